package org.valuelens.model.predict;

/**
 * Cut-offs on the probability of no order in the window: below {@code mediumFrom} is {@link ChurnRisk#LOW}, from
 * {@code highFrom} on is {@link ChurnRisk#HIGH}, in between {@link ChurnRisk#MEDIUM}.
 *
 * @param mediumFrom lower cut-off, in [0, 1]
 * @param highFrom   upper cut-off, in [{@code mediumFrom}, 1]
 */
public record ChurnBands(double mediumFrom, double highFrom) {

    /** The defaults: Low below 0.5, High from 0.8. */
    public static final ChurnBands DEFAULT = new ChurnBands(0.5, 0.8);

    /** Checks {@code 0 <= mediumFrom <= highFrom <= 1}, with a sentence naming both cut-offs. */
    public ChurnBands {
        if (!(mediumFrom >= 0 && mediumFrom <= highFrom && highFrom <= 1)) {
            throw new IllegalArgumentException("The churn-risk cut-offs must satisfy 0 <= medium <= high <= 1 "
                    + "(probabilities of no order in the window); they were medium " + mediumFrom + " and high "
                    + highFrom + ".");
        }
    }

    /**
     * @param probabilityNoOrder P(no order in the window)
     * @return its band
     */
    public ChurnRisk classify(double probabilityNoOrder) {
        if (probabilityNoOrder >= highFrom) {
            return ChurnRisk.HIGH;
        }
        return probabilityNoOrder >= mediumFrom ? ChurnRisk.MEDIUM : ChurnRisk.LOW;
    }
}
