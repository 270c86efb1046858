package org.valuelens.model.btyd;

import org.apache.commons.math3.special.Beta;

/**
 * A fitted shifted-beta-geometric contractual retention model (Fader &amp; Hardie 2007, "How to project customer
 * retention"): each customer churns at the end of every period with probability {@code theta ~ Beta(alpha, beta)}.
 * Periods are whole renewal periods (e.g. years); period 0 is acquisition.
 *
 * @param alpha beta shape ({@code > 0})
 * @param beta  beta shape ({@code > 0})
 */
public record SbgModel(double alpha, double beta) {

    /** Checks that both parameters are finite and positive. */
    public SbgModel {
        Checks.positive("alpha", alpha);
        Checks.positive("beta", beta);
    }

    /**
     * @param t period ({@code >= 0})
     * @return S(t) = B(alpha, beta + t) / B(alpha, beta), the share of the cohort still active after t periods
     */
    public double survival(int t) {
        requirePeriod(t, 0);
        return Math.exp(Beta.logBeta(alpha, beta + t) - Beta.logBeta(alpha, beta));
    }

    /**
     * @param t period ({@code >= 1})
     * @return P(T = t) = B(alpha + 1, beta + t - 1) / B(alpha, beta), the share churning at the end of period t
     */
    public double churnProbability(int t) {
        requirePeriod(t, 1);
        return Math.exp(Beta.logBeta(alpha + 1, beta + t - 1) - Beta.logBeta(alpha, beta));
    }

    /**
     * @param t period ({@code >= 1})
     * @return r(t) = S(t) / S(t-1) = (beta + t - 1) / (alpha + beta + t - 1)
     */
    public double retentionRate(int t) {
        requirePeriod(t, 1);
        return (beta + t - 1) / (alpha + beta + t - 1);
    }

    /**
     * Discounted expected lifetime of a new customer, in periods, counting the acquisition period undiscounted:
     * {@code sum_{t>=0} S(t) / (1+d)^t = 2F1(1, beta; alpha+beta; 1/(1+d))}. Multiply by the margin per period.
     *
     * @param discountRate per-period discount rate ({@code > 0})
     * @return DEL in periods
     */
    public double discountedExpectedLifetime(double discountRate) {
        requireRate(discountRate);
        return Hypergeometric.hyp2f1(1, beta, alpha + beta, 1 / (1 + discountRate));
    }

    /**
     * Discounted expected residual lifetime (Fader &amp; Hardie 2010) of a customer who has renewed {@code n - 1 =
     * renewals} times, evaluated just before the next renewal decision, in periods; the payment at that pending
     * renewal counts undiscounted and each later one is discounted one more period,
     * {@code sum_{j > renewals} S(j) / S(renewals) / (1+d)^(j - renewals - 1)}, which equals
     * {@code (beta+renewals)/(alpha+beta+renewals) 2F1(1, beta+renewals+1; alpha+beta+renewals+1; 1/(1+d))}.
     *
     * @param discountRate per-period discount rate ({@code > 0})
     * @param renewals     renewals so far ({@code >= 0})
     * @return DERL in periods
     */
    public double discountedExpectedResidualLifetime(double discountRate, int renewals) {
        requireRate(discountRate);
        requirePeriod(renewals, 0);
        double k = renewals;
        return (beta + k) / (alpha + beta + k)
                * Hypergeometric.hyp2f1(1, beta + k + 1, alpha + beta + k + 1, 1 / (1 + discountRate));
    }

    private static void requirePeriod(int t, int min) {
        if (t < min) {
            throw new IllegalArgumentException("period must be >= " + min + ", was " + t);
        }
    }

    private static void requireRate(double d) {
        if (!(d > 0) || Double.isInfinite(d)) {
            throw new IllegalArgumentException("discount rate must be finite and > 0, was " + d);
        }
    }
}
