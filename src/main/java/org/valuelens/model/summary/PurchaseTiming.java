package org.valuelens.model.summary;

import java.util.Arrays;

/**
 * Timing statistics of the calibration-period purchase days, beyond (x, t_x, T): what the regular-buyer models
 * (BG/CNBD-k, MBG/CNBD-k) and the regularity estimate need. Built by {@link SummaryBuilder} in its one pass.
 *
 * <p>{@code litt} is BTYDplus's {@code litt} ({@code elog2cbs}): per customer the sum of the natural logs of the
 * inter-purchase times (between successive purchase days, in the summary's time unit); 0 for a customer without a
 * repeat purchase. The Wheat &amp; Morrison (1990) statistic uses each customer with at least three purchase days:
 * {@code M = ITT1 / (ITT1 + ITT2)} of the last two inter-purchase times, which is Beta(k, k) when inter-purchase
 * times are Gamma(k, lambda) with a shared k.
 *
 * @param litt               per customer, in the order of {@link SummaryResult#customers()}; copied
 * @param wheatCustomers     customers with at least three purchase days (those with an M)
 * @param wheatSquaredSum    sum over them of {@code (M - 1/2)^2}
 */
public record PurchaseTiming(double[] litt, long wheatCustomers, double wheatSquaredSum) {

    /** Copies the array. */
    public PurchaseTiming {
        litt = litt.clone();
        if (wheatCustomers < 0 || !(wheatSquaredSum >= 0)) {
            throw new IllegalArgumentException("need wheatCustomers >= 0 and wheatSquaredSum >= 0");
        }
    }

    /** @return a copy of the per-customer sums of log inter-purchase times */
    @Override
    public double[] litt() {
        return litt.clone();
    }

    /** @return the number of customers */
    public int size() {
        return litt.length;
    }

    /** @return the sum of {@link #litt()} over all customers */
    public double sumLitt() {
        double s = 0;
        for (double v : litt) {
            s += v;
        }
        return s;
    }

    /**
     * Wheat &amp; Morrison's regularity estimate {@code k = (1 - 4 Var(M)) / (8 Var(M))} (BTYDplus
     * {@code estimateRegularity(method = "wheat")}): about 1 for exponential (memoryless) inter-purchase times,
     * clearly above 1 for regular buyers (2 for Erlang-2). BTYDplus takes one of the last two inter-purchase times
     * at random as ITT1; here Var(M) is the mean of {@code (M - 1/2)^2}, the variance over both choices, so the
     * estimate needs no random numbers.
     *
     * @return the estimate, or {@code NaN} when fewer than 2 customers have three purchase days (or all M are 1/2)
     */
    public double wheatRegularity() {
        if (wheatCustomers < 2 || wheatSquaredSum == 0) {
            return Double.NaN;
        }
        double var = wheatSquaredSum / wheatCustomers;
        return (1 - 4 * var) / (8 * var);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PurchaseTiming t && Arrays.equals(litt, t.litt) && wheatCustomers == t.wheatCustomers
                && Double.compare(wheatSquaredSum, t.wheatSquaredSum) == 0;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(litt) * 31 + Long.hashCode(wheatCustomers);
    }

    @Override
    public String toString() {
        return "PurchaseTiming[customers=" + litt.length + ", wheatCustomers=" + wheatCustomers + "]";
    }
}
