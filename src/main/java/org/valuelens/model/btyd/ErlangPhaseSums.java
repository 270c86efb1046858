package org.valuelens.model.btyd;

/**
 * The negative-binomial sums behind the (M)BG/CNBD-k predictions ({@link CnbdkModel}): the number M of Erlang
 * phases completed in a window by a customer whose rate is Gamma(shape, scale) is negative binomial; a purchase
 * happens every k-th phase. Stateless.
 */
final class ErlangPhaseSums {

    /** Tail probability below which the negative-binomial sums stop. */
    private static final double TAIL = 1e-13;
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
            pm *= (shape + m) / (m + 1) * q;
            if (pm == 0 && cdf == 0) {
                // P(M = 0) underflowed: take the tails from the incomplete beta function
                return purchasesByIncompleteBeta(t, k, shape, scale, a, bb, j);
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
        return org.apache.commons.math3.special.Beta.regularizedBeta(q, m, shape, 1e-15, 100_000);
    }
}
