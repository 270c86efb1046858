package org.valuelens.model.product;

/**
 * Cumulative value per acquired customer of one group, day by day since the first purchase (issue 17 item 3).
 *
 * <p>At day {@code t} (0 = the day of the first order) the value is the sum over the group's customers whose first
 * day + {@code t} is on or before the data end (who were observed that long) of what they bought on days
 * [first day, first day + t], divided by the number of those customers. So {@code value(m, N - 1)} is the N-day
 * value of {@link LtvCohortAnalyzer} over the customers whose N-day window is complete; a customer acquired too late
 * never enters a day he has not reached. Immutable; the arrays are never handed out.
 */
public final class ValueCurve {
    private final String label;
    private final int customers;
    private final double[][] values;
    private final int[] observed;
    private final double[] toDate;

    ValueCurve(String label, int customers, double[][] values, int[] observed, double[] toDate) {
        this.label = label;
        this.customers = customers;
        this.values = new double[values.length][];
        for (int m = 0; m < values.length; m++) {
            this.values[m] = values[m].clone();
        }
        this.observed = observed.clone();
        this.toDate = toDate.clone();
    }

    /** @return "2011-01", "2011-Q1", "2011", a channel, or "all" */
    public String label() {
        return label;
    }

    /** @return customers acquired in the group */
    public int customers() {
        return customers;
    }

    /** @return number of days on the curve: {@code t = 0 .. length() - 1} (0 when the group is empty) */
    public int length() {
        return observed.length;
    }

    /**
     * @param metric revenue, margin or orders
     * @param t      days since the first purchase, {@code 0 <= t < length()}
     * @return cumulative value per customer observed {@code t} days
     */
    public double value(ValueMetric metric, int t) {
        return values[metric.ordinal()][t];
    }

    /** @param t days since the first purchase, {@code 0 <= t < length()} @return customers observed that long */
    public int observed(int t) {
        return observed[t];
    }

    /** @param metric revenue, margin or orders @return everything bought to the data end / customers */
    public double toDate(ValueMetric metric) {
        return toDate[metric.ordinal()];
    }

    /**
     * CAC payback: the first day since the first purchase on which the cumulative value per customer reaches the
     * acquisition cost.
     *
     * @param metric the value that pays back (margin, or revenue when the data has no cost)
     * @param cac    acquisition cost per customer, finite and {@code >= 0}
     * @return the day {@code t}, or {@code null} when the curve never reaches the cost within the data
     */
    public Integer paybackDay(ValueMetric metric, double cac) {
        if (!(cac >= 0) || Double.isInfinite(cac)) {
            throw new IllegalArgumentException("the acquisition cost must be a finite number >= 0, not " + cac);
        }
        double[] v = values[metric.ordinal()];
        for (int t = 0; t < v.length; t++) {
            if (v[t] >= cac) {
                return t;
            }
        }
        return null;
    }
}
