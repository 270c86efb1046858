package org.valuelens.model.segment;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Churn-risk bands from P(alive) beside the model-free hiatus rule.
 *
 * @param assessments              one per input customer, in input order
 * @param lowCutoff                P(alive) below this is high risk
 * @param highCutoff               P(alive) above this is active
 * @param hiatusMultiple           k of the hiatus rule
 * @param populationMedianGapDays  median of repeat buyers' mean inter-purchase days (NaN when there are none)
 * @param crosstab                 counts [band ordinal][0 = hiatus not at risk, 1 = hiatus at risk];
 *                                 all zeros when no P(alive) was given
 * @param hiatusAtRiskCount        customers at risk by the hiatus rule
 * @param warnings                 human-readable warnings (never {@code null})
 */
public record ChurnResult(List<Assessment> assessments, double lowCutoff, double highCutoff, double hiatusMultiple,
                          double populationMedianGapDays, int[][] crosstab, int hiatusAtRiskCount,
                          List<String> warnings) {

    /** Copies the lists and the table. */
    public ChurnResult {
        assessments = List.copyOf(assessments);
        warnings = List.copyOf(warnings);
        crosstab = deepCopy(crosstab);
    }

    /** @return a copy of the crosstab */
    @Override
    public int[][] crosstab() {
        return deepCopy(crosstab);
    }

    /**
     * @param band   a P(alive) band
     * @param atRisk hiatus-rule verdict
     * @return customers with that band and verdict
     */
    public int count(ChurnBand band, boolean atRisk) {
        return crosstab[band.ordinal()][atRisk ? 1 : 0];
    }

    /**
     * One customer.
     *
     * @param customerId        customer id
     * @param pAlive            P(alive) 0..1, or {@code null} when none was given
     * @param band              band from P(alive), or {@code null} when none was given
     * @param daysSinceLast     days from the last purchase to the analysis date
     * @param expectedGapDays   own mean inter-purchase days, or the population median for one-time buyers
     *                          (NaN when unknown)
     * @param oneTimeBuyer      whether the customer has a single purchase day
     * @param hiatusAtRisk      {@code daysSinceLast > k × expectedGapDays}
     */
    public record Assessment(String customerId, Double pAlive, ChurnBand band, double daysSinceLast,
                             double expectedGapDays, boolean oneTimeBuyer, boolean hiatusAtRisk) {
    }

    /** @return customer id → band display name (or "Hiatus at risk"/"Hiatus ok" without P(alive)) */
    public Map<String, String> segmentByCustomer() {
        Map<String, String> m = new LinkedHashMap<>();
        for (Assessment a : assessments) {
            m.put(a.customerId(), a.band() != null ? a.band().label()
                    : a.hiatusAtRisk() ? "Hiatus at risk" : "Hiatus ok");
        }
        return Collections.unmodifiableMap(m);
    }

    private static int[][] deepCopy(int[][] t) {
        int[][] c = new int[t.length][];
        for (int i = 0; i < t.length; i++) {
            c[i] = t[i].clone();
        }
        return c;
    }
}
