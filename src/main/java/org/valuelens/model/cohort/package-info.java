/**
 * Acquisition cohorts and channels from a streamed transaction log: cohort size, retention, revenue and margin per
 * period since acquisition, LTV curves, CAC and payback, per cohort and per acquisition channel.
 *
 * <p>Periods are calendar months or quarters ({@link org.valuelens.model.cohort.CohortPeriod}); money is in the
 * dataset's currency. {@code null} arguments are rejected unless a parameter says otherwise.
 */
package org.valuelens.model.cohort;
