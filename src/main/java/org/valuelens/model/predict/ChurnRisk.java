package org.valuelens.model.predict;

/** A churn-risk band: how likely a customer is to place no order in the window. */
public enum ChurnRisk {
    /** P(no order) below the medium cut-off. */
    LOW("Low"),
    /** P(no order) from the medium cut-off up to the high one. */
    MEDIUM("Medium"),
    /** P(no order) at or above the high cut-off. */
    HIGH("High");

    private final String label;

    ChurnRisk(String label) {
        this.label = label;
    }

    /** @return the English label written in exports ("Low", "Medium", "High") */
    public String label() {
        return label;
    }
}
