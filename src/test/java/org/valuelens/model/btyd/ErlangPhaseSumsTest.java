package org.valuelens.model.btyd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.special.Beta;
import org.junit.jupiter.api.Test;

/**
 * {@link ErlangPhaseSums} for heavy buyers (large rate shapes), where the running sum of the negative-binomial
 * probabilities rounds to about 1 - 1.1e-13 and never shows a tail below 1e-13: the sums must still be right (they
 * stop once the rest of the distribution is below rounding instead of running two million terms).
 */
class ErlangPhaseSumsTest {

    @Test
    void expectedPurchasesOfHeavyBuyersAgreeWithTheIncompleteBetaSeries() {
        // shapes and scales of the heaviest CNBD-k classes of PredictionBenchTest (k = 2), over a 52-week horizon
        double[][] cases = {{48.83, 2, 131.81, 34.0, 0.757, 67.36, 1}, {29.12, 2, 138.81, 37.86, 0.757, 71.36, 0},
            {16.68, 2, 165.81, 38.43, 0.757, 84.36, 1}, {52, 3, 400.5, 20.0, 1.8, 200.0, 2}, {3, 1, 0.4, 5, 0.8, 2, 0}};
        for (double[] c : cases) {
            double t = c[0];
            int k = (int) c[1];
            int j = (int) c[6];
            double want = series(t, k, c[2], c[3], c[4], c[5], j);
            double got = ErlangPhaseSums.purchases(t, k, c[2], c[3], c[4], c[5], j);
            assertThat(got).as("t %s k %d shape %s", t, k, c[2]).isCloseTo(want, within(1e-10 * want));
        }
    }

    @Test
    void laterWindowsOfHeavyBuyersAreProbabilities() {
        double p = ErlangPhaseSums.buysInWindow(2, 1, 165.81, 38.43, 0.757, 84.36, 20, 30);
        assertThat(p).isBetween(0.0, 1.0);
        // a heavy buyer (about 4 phases a week, drop-out chance about 1 % a purchase) alive now probably buys then
        assertThat(p).isGreaterThan(0.5);
    }

    /** sum over n of E[(1-p)^(n-1)] P(M >= nk - j), each tail from the regularized incomplete beta function. */
    private static double series(double t, int k, double shape, double scale, double a, double bb, int j) {
        double q = t / (scale + t);
        double weight = 1;
        double sum = 0;
        for (int n = 1; n < 1_000_000; n++) {
            double tail = Beta.regularizedBeta(q, n * k - j, shape, 1e-16, 100_000);
            if (tail < 1e-18) {
                break;
            }
            sum += weight * tail;
            weight *= (bb + n - 1) / (a + bb + n - 1);
        }
        return sum;
    }
}
