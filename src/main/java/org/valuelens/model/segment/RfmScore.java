package org.valuelens.model.segment;

/**
 * One customer's RFM values and scores.
 *
 * @param customerId  customer id
 * @param recencyDays days from the last purchase day to the analysis date ({@code >= 0}; lower is better)
 * @param frequency   purchase days up to the calibration end, first included ({@code >= 1})
 * @param monetary    mean revenue per purchase day, or total revenue (see {@link RfmScorer.Monetary}), currency
 * @param r           recency score 1..5 (5 = most recent)
 * @param f           frequency score 1..5 (5 = most frequent)
 * @param m           monetary score 1..5 (5 = highest)
 * @param fm          combined score {@link RfmSegment#fmScore(int, int)}
 * @param segment     the named segment
 */
public record RfmScore(String customerId, double recencyDays, int frequency, double monetary, int r, int f, int m,
                       int fm, RfmSegment segment) {

    /** @return the three scores as a code, e.g. "545" */
    public String code() {
        return "" + r + f + m;
    }
}
