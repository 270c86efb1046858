package org.valuelens.model.segment;

/** CLV value tier, highest first. */
public enum ValueTier {
    /** Highest CLV (default: top 20 % of customers by rank). */
    HIGH("High value", "Retain and reward: loyalty perks, early access and personal service."),
    /** Middle CLV (default: next 30 %). */
    MEDIUM("Medium value", "Grow: targeted cross-sell and upsell to move them into the high tier."),
    /** Lowest CLV (default: bottom 50 %). */
    LOW("Low value", "Serve efficiently: low-cost automated campaigns; limit discounts.");

    private final String label;
    private final String defaultAction;

    ValueTier(String label, String defaultAction) {
        this.label = label;
        this.defaultAction = defaultAction;
    }

    /** @return the display name, e.g. "High value" */
    public String label() {
        return label;
    }

    /** @return the default suggested action sentence */
    public String defaultAction() {
        return defaultAction;
    }
}
