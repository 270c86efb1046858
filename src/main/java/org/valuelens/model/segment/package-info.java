/**
 * Customer segmentation: value tiers by CLV, RFM scores and named RFM segments, k-means clusters on RFM,
 * the frequency × profit quadrant, churn-risk bands, segment migration and per-customer export rows.
 *
 * <p>Common conventions: inputs are {@link org.valuelens.model.CustomerSummary} lists; per-customer arrays
 * (CLV, P(alive)) are aligned with the list. Times measured by this package (recency, gaps) are in calendar
 * days, computed from the summary's dates, so they never depend on the summary's {@code TimeUnit}. Money is in
 * the dataset's currency. Every customer lands in exactly one segment of each scheme. Results are immutable
 * records; a share whose total is zero is reported as 0. {@code null} arguments are rejected with
 * {@link java.lang.NullPointerException} unless a parameter says otherwise.
 */
package org.valuelens.model.segment;
