package org.valuelens.model.segment;

/**
 * Named RFM segments as a rule table on the recency score R and the combined frequency–monetary score
 * {@code FM = (F + M + 1) / 2} (integer division, i.e. the mean of F and M rounded half up, 1..5).
 *
 * <p>The ranges are inclusive and do not overlap, so every (R, F, M) combination of scores 1–5 matches exactly one
 * row (the constants are also in priority order, and {@link #of} takes the first match):
 *
 * <pre>
 * segment              R      FM
 * Champions            4–5    4–5
 * Loyal                3      4–5
 * Potential loyalist   4–5    2–3
 * New                  5      1
 * Promising            4      1
 * Need attention       3      2–3
 * About to sleep       3      1
 * Can't lose           1–2    5
 * At risk              1–2    3–4
 * Hibernating          2      1–2
 * Lost                 1      1–2
 * </pre>
 */
public enum RfmSegment {
    /** Bought recently, often and for much. */
    CHAMPIONS("Champions", 4, 5, 4, 5, "Reward them: early access, loyalty perks; ask for reviews and referrals."),
    /** Frequent, valuable, moderately recent. */
    LOYAL("Loyal", 3, 3, 4, 5, "Keep them engaged: upsell higher-value products and loyalty programme offers."),
    /** Recent with average frequency or spend. */
    POTENTIAL_LOYALIST("Potential loyalist", 4, 5, 2, 3,
            "Offer membership or a loyalty programme and personalised recommendations."),
    /** Very recent, first purchases only. */
    NEW("New", 5, 5, 1, 1, "Onboard them: welcome series, support and an incentive for the second purchase."),
    /** Recent, low frequency and spend. */
    PROMISING("Promising", 4, 4, 1, 1, "Build brand awareness; offer free trials or a small incentive."),
    /** Average recency, frequency and spend. */
    NEED_ATTENTION("Need attention", 3, 3, 2, 3, "Reactivate with limited-time, personalised offers."),
    /** Average recency, low frequency and spend. */
    ABOUT_TO_SLEEP("About to sleep", 3, 3, 1, 1, "Share popular products and a reconnect offer before they lapse."),
    /** Used to buy often and for much, not lately. */
    CANT_LOSE("Can't lose", 1, 2, 5, 5, "Win them back personally: talk to them, new products, no hard sell."),
    /** Good customers who have not bought for a while. */
    AT_RISK("At risk", 1, 2, 3, 4, "Send personalised win-back emails with relevant offers."),
    /** Long since the last purchase, low frequency and spend. */
    HIBERNATING("Hibernating", 2, 2, 1, 2, "Offer relevant products and special discounts; recreate interest."),
    /** Lowest recency, frequency and spend. */
    LOST("Lost", 1, 1, 1, 2, "Revive with one low-cost campaign, otherwise stop spending on them.");

    private static final RfmSegment[] ALL = values();

    private final String label;
    private final int rMin;
    private final int rMax;
    private final int fmMin;
    private final int fmMax;
    private final String defaultAction;

    RfmSegment(String label, int rMin, int rMax, int fmMin, int fmMax, String defaultAction) {
        this.label = label;
        this.rMin = rMin;
        this.rMax = rMax;
        this.fmMin = fmMin;
        this.fmMax = fmMax;
        this.defaultAction = defaultAction;
    }

    /** @return display name, e.g. "Can't lose" */
    public String label() {
        return label;
    }

    /** @return lowest R score of the rule (1..5) */
    public int rMin() {
        return rMin;
    }

    /** @return highest R score of the rule (1..5) */
    public int rMax() {
        return rMax;
    }

    /** @return lowest FM score of the rule (1..5) */
    public int fmMin() {
        return fmMin;
    }

    /** @return highest FM score of the rule (1..5) */
    public int fmMax() {
        return fmMax;
    }

    /** @return the default suggested action sentence */
    public String defaultAction() {
        return defaultAction;
    }

    /**
     * @param r  recency score 1..5
     * @param fm combined frequency–monetary score 1..5
     * @return whether this rule covers the pair
     */
    public boolean matches(int r, int fm) {
        return r >= rMin && r <= rMax && fm >= fmMin && fm <= fmMax;
    }

    /**
     * The combined score: mean of F and M rounded half up.
     *
     * @param f frequency score 1..5
     * @param m monetary score 1..5
     * @return FM 1..5
     */
    public static int fmScore(int f, int m) {
        checkScore(f);
        checkScore(m);
        return (f + m + 1) / 2;
    }

    /**
     * Looks up the segment for three scores (first matching rule in table order).
     *
     * @param r recency score 1..5
     * @param f frequency score 1..5
     * @param m monetary score 1..5
     * @return the segment (never {@code null})
     * @throws IllegalArgumentException for a score outside 1..5
     */
    public static RfmSegment of(int r, int f, int m) {
        checkScore(r);
        int fm = fmScore(f, m);
        for (RfmSegment s : ALL) {
            if (s.matches(r, fm)) {
                return s;
            }
        }
        throw new IllegalStateException("rule table misses R=" + r + " FM=" + fm);
    }

    private static void checkScore(int s) {
        if (s < 1 || s > 5) {
            throw new IllegalArgumentException("score must be 1..5, was " + s);
        }
    }
}
