package org.valuelens.model.segment;

/** Churn-risk band from P(alive). */
public enum ChurnBand {
    /** P(alive) below the low cut-off (default 0.3). */
    HIGH_RISK("High risk"),
    /** P(alive) from the low to the high cut-off, both included (default 0.3–0.7). */
    WATCH("Watch"),
    /** P(alive) above the high cut-off (default 0.7). */
    ACTIVE("Active");

    private final String label;

    ChurnBand(String label) {
        this.label = label;
    }

    /** @return display name */
    public String label() {
        return label;
    }
}
