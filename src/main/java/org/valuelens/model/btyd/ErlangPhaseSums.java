package org.valuelens.model.btyd;

import org.apache.commons.math3.special.Beta;

/**
 * The negative-binomial sums behind the (M)BG/CNBD-k predictions ({@link CnbdkModel}): the number M of Erlang
 * phases completed in a window by a customer whose rate is Gamma(shape, scale) is negative binomial; a purchase
 * happens every k-th phase. Stateless.
 */
final class ErlangPhaseSums {

    /** Tail probability below which the negative-binomial sums stop. */
    private static final double TAIL = 1e-13;
    /**
     * Below this, the rest of a negative-binomial distribution no longer moves a sum of its probabilities near 1
     * (half an ulp of 1 is 1.1e-16): for large shapes the rounding of that sum can stay above {@link #TAIL}, and
     * the sums stop when the rest is below this instead of running to {@link #MAX_TERMS}.
     */
    private static final double NOISE = 1e-17;
    /** Upper bound of terms in one negative-binomial sum. */
    private static final int MAX_TERMS = 2_000_000;
    /** Below this m, P(M >= m) is summed directly instead of by the incomplete beta function. */
    private static final int SMALL_M = 64;

    private ErlangPhaseSums() {
    }

    /**
     * Expected purchases in a window of length {@code t} of a customer alive at its start, in Erlang phase
     * {@code j} of {@code k}, with rate ~ Gamma(shape, scale) and drop-out ~ Beta(a, bb) after each purchase:
     * {@code sum_{n>=1} E[(1-p)^(n-1)] P(M >= nk - j)}, M negative binomial (the phase count in the window).
     */
    static double purchases(double t, int k, double shape, double scale, double a, double bb, int j) {
        double q = t / (scale + t);
        double pm = Math.exp(shape * (Math.log(scale) - Math.log(scale + t))); // P(M = 0)
        double cdf = 0;
        double survivalWeight = 1; // E[(1-p)^(n-1)] for the next n
        int n = 1;
        double sum = 0;
        for (int m = 0; m < MAX_TERMS; m++) {
            // before adding pm: cdf = P(M < m)
            int needed = n * k - j;
            while (m == needed) {
                double tail = 1 - cdf;
                if (tail < TAIL) {
                    return sum;
                }
                sum += survivalWeight * tail;
                survivalWeight *= (bb + n - 1) / (a + bb + n - 1);
                n++;
                needed = n * k - j;
            }
            cdf += pm;
            double ratio = (shape + m) / (m + 1) * q;
            pm *= ratio;
            if (pm == 0 && cdf == 0) {
                // P(M = 0) underflowed: take the tails from the incomplete beta function
                return purchasesByIncompleteBeta(t, k, shape, scale, a, bb, j);
            }
            if (ratio < 1 && pm < NOISE * (1 - Math.max(ratio, q))) {
                // the later ratios lie between this one and q, so P(M > m) <= pm / (1 - max(ratio, q)), below
                // rounding: what 1 - cdf still shows is rounding error
                return sum;
            }
        }
        return sum;
    }

    /** As {@link #purchases} with the survival of M from the regularized incomplete beta function. */
    private static double purchasesByIncompleteBeta(double t, int k, double shape, double scale, double a, double bb,
                                                    int j) {
        double survivalWeight = 1;
        double sum = 0;
        for (int n = 1; n < MAX_TERMS; n++) {
            double tail = negBinSurvival(n * k - j, shape, scale, t);
            if (tail < TAIL) {
                break;
            }
            sum += survivalWeight * tail;
            survivalWeight *= (bb + n - 1) / (a + bb + n - 1);
        }
        return sum;
    }

    /**
     * P(M >= m) for M negative binomial(shape, scale/(scale+t)): for small m one minus the first m probabilities
     * (absolute error about 1e-16), otherwise, or when P(M = 0) underflows, the regularized incomplete beta
     * I_q(m, shape).
     */
    static double negBinSurvival(int m, double shape, double scale, double t) {
        if (m <= 0) {
            return 1;
        }
        double q = t / (scale + t);
        double pm = Math.exp(shape * (Math.log(scale) - Math.log(scale + t)));
        if (m <= SMALL_M && pm > Double.MIN_NORMAL) {
            double cdf = 0;
            for (int i = 0; i < m; i++) {
                cdf += pm;
                pm *= (shape + i) / (i + 1) * q;
            }
            return Math.max(0, 1 - cdf);
        }
        return Beta.regularizedBeta(q, m, shape, 1e-15, 100_000);
    }
    /**
     * P(at least one purchase in {@code (from, to]}) of a customer alive at time 0 in Erlang phase {@code j} of
     * {@code k}, rate ~ Gamma(shape, scale), drop-out ~ Beta(a, bb) after each purchase. With N phases completed by
     * {@code from} (negative binomial), {@code c = floor((N + j) / k)} purchases fell before the window; the
     * customer is still alive after them with probability {@code E[(1-p)^c]}, and then buys in the window when the
     * phases completed in it (negative binomial with shape + N and scale + from) reach {@code (c+1)k - j - N}.
     */
    static double buysInWindow(int k, int j, double shape, double scale, double a, double bb, double from,
                               double to) {
        if (to <= from) {
            return 0;
        }
        if (from == 0) {
            return negBinSurvival(k - j, shape, scale, to);
        }
        double logQ = Math.log(from) - Math.log(scale + from);
        double qFrom = from / (scale + from);
        double logPm = shape * (Math.log(scale) - Math.log(scale + from)); // ln P(N = 0)
        double cdf = 0;
        double sum = 0;
        int purchases = 0;
        double survival = 1; // E[(1-p)^purchases]
        for (int m = 0; m < MAX_TERMS && cdf < 1 - TAIL; m++) {
            int c = (m + j) / k;
            while (purchases < c) {
                survival *= (bb + purchases) / (a + bb + purchases);
                purchases++;
            }
            double pm = Math.exp(logPm);
            double ratio = (shape + m) / (m + 1) * qFrom;
            if (cdf > 0 && ratio < 1 && pm < NOISE * (1 - Math.max(ratio, qFrom))) {
                break; // P(N >= m) is below rounding (as in purchases)
            }
            if (pm > 0) {
                cdf += pm;
                sum += pm * survival * negBinSurvival((c + 1) * k - j - m, shape + m, scale + from, to - from);
            } else if (m > shape * from / scale + 50 && cdf > 0) {
                break; // far beyond the mean: the remaining terms have underflowed
            }
            logPm += Math.log((shape + m) / (m + 1)) + logQ;
        }
        return Math.min(1, sum);
    }
    /**
     * The {@code q}-quantile of the wait for the next purchase of an alive customer: {@code G(s) = sum_j w_j
     * P(M_s >= k - j)} with {@code M_s} negative binomial(shape + j, scale/(scale+s)), solved by Newton steps on the
     * density {@code dI_u(m, shape)/du du/ds} (u = s/(scale+s)) inside a bisection bracket; relative precision 1e-9.
     *
     * @param logWeights the phase log weights, their log-sum at index k (as {@code CnbdkModel} builds them)
     * @param shape      the rate's posterior shape in phase 0 ({@code r + kx})
     * @param scale      its posterior scale ({@code alpha + T})
     */
    static double waitQuantile(double q, int k, double[] logWeights, double shape, double scale) {
        if (k == 1) {
            return scale * Math.expm1(-Math.log1p(-q) / shape);
        }
        double[] weight = new double[k];
        double[] logNorm = new double[k];
        double meanPhases = 0;
        for (int j = 0; j < k; j++) {
            weight[j] = Math.exp(logWeights[j] - logWeights[k]);
            logNorm[j] = -Beta.logBeta(k - j, shape + j) + Math.log(scale);
            meanPhases += weight[j] * (k - j);
        }
        double lo = 0;
        double hi = Math.max(1e-9, scale * meanPhases / shape);
        while (waitProbability(hi, k, weight, shape, scale) < q) {
            lo = hi;
            hi *= 2;
            if (hi > 1e15) {
                return Double.POSITIVE_INFINITY;
            }
        }
        return SafeguardedNewton.solve(s -> waitProbability(s, k, weight, shape, scale) - q, s -> {
            double u = s / (scale + s);
            double density = 0;
            for (int j = 0; j < k; j++) {
                density += weight[j] * Math.exp(logNorm[j] + (k - j - 1) * Math.log(u)
                        + (shape + j - 1) * Math.log1p(-u) - 2 * Math.log(scale + s));
            }
            return density;
        }, lo, hi, 0.5 * (lo + hi), 1e-10);
    }

    private static double waitProbability(double s, int k, double[] weight, double shape, double scale) {
        double g = 0;
        for (int j = 0; j < k; j++) {
            g += weight[j] * negBinSurvival(k - j, shape + j, scale, s);
        }
        return g;
    }
}
