/**
 * Condensing a transaction log into per-customer summaries (frequency, recency, age, spend, holdout purchases):
 * {@link org.valuelens.model.summary.SummaryBuilder} with {@link org.valuelens.model.summary.SummarySettings},
 * giving a {@link org.valuelens.model.summary.SummaryResult}.
 */
package org.valuelens.model.summary;
