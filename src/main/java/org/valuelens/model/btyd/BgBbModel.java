package org.valuelens.model.btyd;

import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.special.Gamma;

/**
 * A fitted BG/BB model for discrete transaction opportunities (Fader, Hardie &amp; Shang 2010): while alive a
 * customer transacts at each opportunity with probability {@code p ~ Beta(alpha, beta)} and becomes inactive
 * before each opportunity with probability {@code theta ~ Beta(gamma, delta)}. Time is counted in opportunities
 * (e.g. years); {@code x} transactions in {@code n} opportunities after the first, the last at opportunity
 * {@code t_x} ({@code 0 <= x <= t_x <= n}, {@code t_x = 0} when {@code x = 0}).
 *
 * @param alpha transaction-probability beta shape ({@code > 0})
 * @param beta  transaction-probability beta shape ({@code > 0})
 * @param gamma dropout-probability beta shape ({@code > 0})
 * @param delta dropout-probability beta shape ({@code > 0})
 */
public record BgBbModel(double alpha, double beta, double gamma, double delta) {

    /** Checks that every parameter is finite and positive. */
    public BgBbModel {
        Checks.positive("alpha", alpha);
        Checks.positive("beta", beta);
        Checks.positive("gamma", gamma);
        Checks.positive("delta", delta);
    }

    /**
     * @param n opportunities ({@code >= 0})
     * @return E[X(n)], expected transactions of a new customer in the next {@code n} opportunities (FHS 2010, eq. 7)
     */
    public double expectedTransactionsNewCustomer(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0, was " + n);
        }
        double meanP = alpha / (alpha + beta);
        if (Math.abs(gamma - 1) < 1e-9) {
            // closed form has a removable singularity: sum the alive probabilities directly
            double sum = 0;
            for (int t = 1; t <= n; t++) {
                sum += Math.exp(Beta.logBeta(gamma, delta + t) - Beta.logBeta(gamma, delta));
            }
            return meanP * sum;
        }
        double logRatio = Gamma.logGamma(gamma + delta) - Gamma.logGamma(gamma + delta + n)
                + Gamma.logGamma(1 + delta + n) - Gamma.logGamma(1 + delta);
        return meanP * delta / (gamma - 1) * (1 - Math.exp(logRatio));
    }

    /**
     * @return P(alive at opportunity n + 1 | x, t_x, n) in [0, 1]
     */
    public double probabilityAlive(int x, int tx, int n) {
        checkHistory(x, tx, n);
        double alive = Beta.logBeta(alpha + x, beta + n - x) - Beta.logBeta(alpha, beta)
                + Beta.logBeta(gamma, delta + n + 1) - Beta.logBeta(gamma, delta);
        return Math.exp(alive - logLikelihood(x, tx, n));
    }

    /** Individual log-likelihood (FHS 2010, eq. 5). */
    double logLikelihood(int x, int tx, int n) {
        double lbAB = Beta.logBeta(alpha, beta);
        double lbGD = Beta.logBeta(gamma, delta);
        double ll = Beta.logBeta(alpha + x, beta + n - x) - lbAB + Beta.logBeta(gamma, delta + n) - lbGD;
        for (int i = 0; i <= n - tx - 1; i++) {
            double term = Beta.logBeta(alpha + x, beta + tx - x + i) - lbAB
                    + Beta.logBeta(gamma + 1, delta + tx + i) - lbGD;
            ll = MaxLikelihood.logSumExp(ll, term);
        }
        return ll;
    }

    static void checkHistory(int x, int tx, int n) {
        if (x < 0 || tx < x || tx > n || (x == 0 && tx != 0) || (x > 0 && tx < 1)) {
            throw new IllegalArgumentException("need 0 <= x <= t_x <= n (t_x = 0 when x = 0), got x " + x
                    + ", t_x " + tx + ", n " + n);
        }
    }
}
