package org.valuelens.model.btyd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The window predictions of BG/NBD, MBG/NBD, Pareto/NBD, BG/CNBD-k and MBG/CNBD-k against a seeded simulation of
 * the model itself ({@link PosteriorSimulation}: prior draws weighted by the history's likelihood, then purchases
 * simulated forward),
 * at CDNOW's published weekly fits (BG/NBD, Pareto/NBD: Fader, Hardie &amp; Lee 2005; MBG/NBD: BTYDplus). Each
 * figure must lie within four simulation standard errors. Two more fits per model with frequent buyers and
 * frequent drop-outs make the window start matter, so that a wrong posterior would show; the CNBD-k cases are
 * BTYDplus's grocery BG/CNBD-k fit (k = 2) and regular frequent buyers (k = 3), simulated with Erlang waits and the
 * phase reached since the last purchase drawn from its own likelihood.
 */
class PurchasePredictorTest {

    private static final int PRIOR_DRAWS = 250_000;
    private static final int PATHS = 200_000;

    static List<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        Object[][] models = {
            {PosteriorSimulation.Kind.BG, new double[] {0.243, 4.414, 0.793, 2.426}},
            {PosteriorSimulation.Kind.MBG, new double[] {0.525, 6.183, 0.891, 1.614}},
            {PosteriorSimulation.Kind.PARETO, new double[] {0.553, 10.578, 0.606, 11.669}},
            // frequent buyers who drop out often: the window start matters much more
            {PosteriorSimulation.Kind.BG, new double[] {2, 10, 2, 4}},
            {PosteriorSimulation.Kind.MBG, new double[] {2, 10, 2, 4}},
            {PosteriorSimulation.Kind.PARETO, new double[] {2, 10, 2, 20}},
            // (M)BG/CNBD-k: k, r, alpha, a, b; BTYDplus's grocery BG/CNBD-k fit, and regular frequent buyers
            {PosteriorSimulation.Kind.BG_CNBD, new double[] {2, 0.359, 1.129, 0.523, 2.785}},
            {PosteriorSimulation.Kind.MBG_CNBD, new double[] {3, 2, 10, 2, 4}},
        };
        // x, t_x, T, window from, window to (weeks after T)
        double[][] histories = {
            {0, 0, 30, 0, 13},
            {2, 30.43, 38.86, 0, 39},
            {1, 5, 35, 13, 26},
            {3, 20, 50, 4, 30},
            {4, 29, 30, 15, 30},
        };
        for (Object[] m : models) {
            for (double[] h : histories) {
                out.add(Arguments.of(m[0], m[1], (int) h[0], h[1], h[2], h[3], h[4]));
            }
        }
        return out;
    }

    private static PurchasePredictor model(PosteriorSimulation.Kind kind, double[] p) {
        return switch (kind) {
            case BG -> new BgNbdModel(p[0], p[1], p[2], p[3]);
            case MBG -> new MbgNbdModel(p[0], p[1], p[2], p[3]);
            case PARETO -> new ParetoNbdModel(p[0], p[1], p[2], p[3]);
            case BG_CNBD, MBG_CNBD -> new CnbdkModel((int) p[0], p[1], p[2], p[3], p[4],
                    kind == PosteriorSimulation.Kind.MBG_CNBD);
        };
    }

    private static double se(double p, double n) {
        return Math.sqrt(Math.max(p * (1 - p), 1e-4) / n);
    }

    @ParameterizedTest(name = "{0} x={2} tx={3} T={4} window ({5}, {6}]")
    @MethodSource("cases")
    void windowFiguresAndNextPurchaseQuartilesAgreeWithSimulation(PosteriorSimulation.Kind kind, double[] p, int x, double tx, double age,
                                          double from, double to) {
        PurchasePredictor model = model(kind, p);
        PosteriorSimulation.Outcome sim = new PosteriorSimulation(kind, p)
                .run(x, tx, age, from, to, PRIOR_DRAWS, PATHS, 20_261_203L + x);
        double n = Math.min(sim.effectiveSize(), sim.paths());
        assertThat(n).as("effective sample size").isGreaterThan(5_000);

        assertThat(model.probabilityAlive(x, tx, age)).isCloseTo(sim.pAlive(), within(4 * se(sim.pAlive(), n)));
        assertThat(model.probabilityNoPurchase(from, to, x, tx, age))
                .isCloseTo(sim.pNoPurchase(), within(4 * se(sim.pNoPurchase(), n)));
        assertThat(model.probabilityPurchaseAgain(x, tx, age))
                .isCloseTo(sim.pAgain(), within(4 * se(sim.pAgain(), n)));
        double expected = model.expectedPurchasesBetween(from, to, x, tx, age);
        // purchase counts: the standard error of a mean count with variance at most (2 + mean) * mean per path
        double countSe = Math.sqrt(Math.max(sim.meanCount() * (2 + 3 * sim.meanCount()), 1e-4) / n);
        assertThat(expected).isCloseTo(sim.meanCount(), within(4 * countSe));

        double[] times = sim.nextTimes();
        double m = Math.min(times.length, n * sim.pAgain());
        for (double q : new double[] {0.25, 0.5, 0.75}) {
            double t = model.nextPurchaseQuantile(q, x, tx, age);
            // the share of simulated next purchases by the model's quantile is q within simulation error
            double share = (double) upperIndex(times, t) / times.length;
            assertThat(share).as("share of simulated next purchases by the model's %s quantile %s", q, t)
                    .isCloseTo(q, within(4 * Math.sqrt(q * (1 - q) / m)));
        }
    }

    private static int upperIndex(double[] sorted, double t) {
        int i = Arrays.binarySearch(sorted, t);
        return i < 0 ? -i - 1 : i + 1;
    }

    @Test
    void defaultBisectionMatchesTheClosedFormQuantile() {
        BgNbdModel bg = new BgNbdModel(0.243, 4.414, 0.793, 2.426);
        PurchasePredictor generic = new PlainPredictor(bg, false);
        for (double q : new double[] {0.1, 0.25, 0.5, 0.75, 0.9}) {
            double closed = bg.nextPurchaseQuantile(q, 2, 30.43, 38.86);
            assertThat(generic.nextPurchaseQuantile(q, 2, 30.43, 38.86)).isCloseTo(closed, within(1e-6 * closed));
        }
    }

    @Test
    void aWindowStartingNowIsTheSameAsTheTotalFromNow() {
        ParetoNbdModel m = new ParetoNbdModel(0.553, 10.578, 0.606, 11.669);
        assertThat(m.expectedPurchasesBetween(0, 39, 2, 30.43, 38.86))
                .isCloseTo(m.expectedPurchases(39, 2, 30.43, 38.86), within(1e-12));
        // an empty window holds no purchase
        assertThat(m.probabilityNoPurchase(5, 5, 2, 30.43, 38.86)).isEqualTo(1.0);
    }

    @Test
    void theQuadratureFallbackAgreesWithTheSeries() {
        // including A far above or below B, where the series needs its Euler integral (small and large R)
        double[][] cases = {{2.553, 49.4, 0.606, 50.5}, {0.8, 20, 0.6, 80}, {30, 200, 2, 60}, {5, 10, 1, 10},
            {0.25, 500, 0.6, 2}, {0.25, 2, 0.6, 500}, {40, 900, 3, 5}, {0.6, 60, 0.3, 1}};
        for (double[] c : cases) {
            assertThat(WindowMath.buysBeforeDropoutQuadrature(c[0], c[1], c[2], c[3]))
                    .as("R=%s A=%s S=%s B=%s", c[0], c[1], c[2], c[3])
                    .isCloseTo(Hypergeometric.hyp2f1(1, 1, 1, 0) * seriesValue(c), within(1e-7));
        }
        // where the series gives up (a boundary fit with a huge r), the fallback still gives a probability
        assertThat(WindowMath.buysBeforeDropout(15_620, 3_000, 17.8, 0.52)).isBetween(0.0, 1.0);
    }

    /** E[lambda/(lambda+mu)] by the 2F1 form (series or Euler integral), whatever the ratio of A and B. */
    private static double seriesValue(double[] c) {
        double r = c[0];
        double a = c[1];
        double s = c[2];
        double b = c[3];
        return a >= b ? b / a * r / (r + s) * Hypergeometric.hyp2f1(1, r + 1, r + s + 1, 1 - b / a)
                : 1 - a / b * s / (r + s) * Hypergeometric.hyp2f1(1, s + 1, r + s + 1, 1 - a / b);
    }

    @Test
    void newtonQuantilesMatchTheDefaultBisection() {
        // CDNOW's Pareto/NBD fit, one with rare drop-out (large s and beta, as fitted on the bench data), one with
        // s near 0, and the two CNBD-k models; the default bisection inverts 1 - P(no order in (0, t])
        for (PurchasePredictor m : List.of(new ParetoNbdModel(0.553, 10.578, 0.606, 11.669),
                new ParetoNbdModel(0.84, 3.5, 32.3, 1370), new ParetoNbdModel(2.0, 0.2, 1e-3, 0.3),
                new CnbdkModel(2, 0.359, 1.129, 0.523, 2.785, false), new CnbdkModel(3, 2, 10, 2, 4, true))) {
            PurchasePredictor generic = new PlainPredictor(m, false);
            for (double[] h : new double[][] {{2, 30.43, 38.86}, {0, 0, 20}, {12, 50, 52}}) {
                int x = (int) h[0];
                for (double q : new double[] {0.1, 0.25, 0.5, 0.75, 0.9}) {
                    double newton = m.nextPurchaseQuantile(q, x, h[1], h[2]);
                    assertThat(generic.nextPurchaseQuantile(q, x, h[1], h[2])).as("%s q=%s history %s", m, q,
                            Arrays.toString(h)).isCloseTo(newton, within(1e-6 * newton));
                }
            }
        }
    }
}
