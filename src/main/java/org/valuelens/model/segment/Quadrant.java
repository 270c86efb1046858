package org.valuelens.model.segment;

/** Frequency × profit quadrant. "High" means strictly above the threshold. */
public enum Quadrant {
    /** Many purchases, high profit per purchase. */
    GOLD("Gold", "Retain and reward."),
    /** Few purchases, high profit per purchase. */
    METEOR("Meteor", "Win the next purchase."),
    /** Many purchases, low profit per purchase. */
    STREAM("Stream", "Upsell and cross-sell."),
    /** Few purchases, low or negative profit per purchase. */
    BURDEN("Burden", "Serve at low cost, stop discount-driven acquisition.");

    private final String label;
    private final String defaultAction;

    Quadrant(String label, String defaultAction) {
        this.label = label;
        this.defaultAction = defaultAction;
    }

    /** @return display name */
    public String label() {
        return label;
    }

    /** @return default suggested action sentence */
    public String defaultAction() {
        return defaultAction;
    }

    /**
     * @param manyPurchases x strictly above its threshold
     * @param highProfit    y strictly above its threshold
     * @return the quadrant
     */
    public static Quadrant of(boolean manyPurchases, boolean highProfit) {
        if (manyPurchases) {
            return highProfit ? GOLD : STREAM;
        }
        return highProfit ? METEOR : BURDEN;
    }
}
