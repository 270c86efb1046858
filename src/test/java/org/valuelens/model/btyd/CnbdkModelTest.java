package org.valuelens.model.btyd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.random.MersenneTwister;
import org.junit.jupiter.api.Test;

/**
 * The (M)BG/CNBD-k predictions: at k = 1 they must equal the BG/NBD and MBG/NBD closed forms; for k > 1 they are
 * checked against a simulation of the model's own process (law of total expectation: over a simulated cohort the
 * sums of the conditional predictions estimate the sums of what happened).
 */
class CnbdkModelTest {

    @Test
    void atKOneThePredictionsAreBgNbdAndMbgNbd() {
        BgNbdModel bg = new BgNbdModel(0.25, 4.4, 0.8, 2.4);
        MbgNbdModel mbg = new MbgNbdModel(0.52, 6.2, 0.9, 1.6);
        CnbdkModel cbg = new CnbdkModel(1, 0.25, 4.4, 0.8, 2.4, false);
        CnbdkModel cmbg = new CnbdkModel(1, 0.52, 6.2, 0.9, 1.6, true);
        double[][] histories = {{0, 0, 38.86}, {2, 30.43, 38.86}, {26, 30.86, 31}, {5, 10, 39}, {1, 2, 20}};
        for (double[] h : histories) {
            int x = (int) h[0];
            for (double t : new double[] {1, 39, 52}) {
                assertThat(cbg.expectedPurchases(t, x, h[1], h[2]))
                        .isCloseTo(bg.expectedPurchases(t, x, h[1], h[2]), offset(1e-9));
                assertThat(cmbg.expectedPurchases(t, x, h[1], h[2]))
                        .isCloseTo(mbg.expectedPurchases(t, x, h[1], h[2]), offset(1e-9));
            }
            assertThat(cbg.probabilityAlive(x, h[1], h[2])).isCloseTo(bg.probabilityAlive(x, h[1], h[2]),
                    offset(1e-12));
            assertThat(cmbg.probabilityAlive(x, h[1], h[2])).isCloseTo(mbg.probabilityAlive(x, h[1], h[2]),
                    offset(1e-12));
        }
        for (double t : new double[] {1, 3, 32, 78}) {
            assertThat(cbg.expectedPurchasesNewCustomer(t)).isCloseTo(bg.expectedPurchasesNewCustomer(t),
                    offset(1e-9));
            assertThat(cmbg.expectedPurchasesNewCustomer(t)).isCloseTo(mbg.expectedPurchasesNewCustomer(t),
                    offset(1e-9));
        }
    }

    @Test
    void atKOneNoPurchaseIsTheClosedFormOfAnAliveExponentialBuyer() {
        // alive BG/NBD customer: P(no purchase in t | alive) = ((alpha+T)/(alpha+T+t))^(r+x)
        CnbdkModel m = new CnbdkModel(1, 0.25, 4.4, 0.8, 2.4, false);
        double pAlive = m.probabilityAlive(3, 20, 39);
        double expected = 1 - pAlive + pAlive * Math.pow((4.4 + 39) / (4.4 + 39 + 13), 0.25 + 3);
        assertThat(m.probabilityNoPurchase(13, 3, 20, 39)).isCloseTo(expected, offset(1e-12));
    }

    @Test
    void predictionsMatchASimulatedCohort() {
        for (boolean modified : new boolean[] {false, true}) {
            CnbdkModel m = new CnbdkModel(3, 0.85, 1.45, 0.79, 2.42, modified);
            Cohort c = Cohort.simulate(m, 30_000, 36, 96, 36, new MersenneTwister(20261203L + (modified ? 1 : 0)));
            double expected = 0;
            double alive = 0;
            double within = 0;
            double quarter = 9;
            for (int i = 0; i < c.n; i++) {
                expected += m.expectedPurchases(36, c.x[i], c.tx[i], c.age[i]);
                alive += m.probabilityAlive(c.x[i], c.tx[i], c.age[i]);
                within += m.probabilityPurchaseWithin(quarter, c.x[i], c.tx[i], c.age[i]);
            }
            long holdout = 0;
            long aliveCount = 0;
            long withinCount = 0;
            for (int i = 0; i < c.n; i++) {
                holdout += c.holdout[i];
                aliveCount += c.alive[i] ? 1 : 0;
                withinCount += c.firstHoldout[i] <= quarter ? 1 : 0;
            }
            assertThat(expected).as("expected purchases, modified=" + modified).isCloseTo(holdout,
                    offset(0.03 * holdout));
            assertThat(alive).as("P(alive), modified=" + modified).isCloseTo(aliveCount, offset(0.03 * aliveCount));
            assertThat(within).as("P(purchase within 9), modified=" + modified).isCloseTo(withinCount,
                    offset(0.04 * withinCount));
        }
    }

    @Test
    void nextPurchaseQuantilesInvertTheDistribution() {
        CnbdkModel m = new CnbdkModel(2, 1.33, 2.81, 0.42, 0.79, true);
        double pAlive = m.probabilityAlive(6, 45, 52);
        // the quantiles are of the wait given that there is a next purchase: the defective distribution reaches
        // q P(alive) there
        for (double q : new double[] {0.25, 0.5, 0.99}) {
            double s = m.nextPurchaseQuantile(q, 6, 45, 52);
            assertThat(m.probabilityPurchaseWithin(s, 6, 45, 52)).isCloseTo(q * pAlive, offset(1e-8));
        }
        assertThat(m.nextPurchaseQuantiles(new double[] {0.25, 0.75}, 6, 45, 52))
                .containsExactly(m.nextPurchaseQuantile(0.25, 6, 45, 52), m.nextPurchaseQuantile(0.75, 6, 45, 52));
        assertThat(m.probabilityPurchaseWithin(1e6, 6, 45, 52)).isCloseTo(pAlive, offset(1e-9));
        assertThat(m.probabilityNoPurchase(10, 6, 45, 52)).isCloseTo(1 - m.probabilityPurchaseWithin(10, 6, 45, 52),
                offset(1e-15));
    }

    @Test
    void nextPurchaseDistributionMatchesSimulationForGivenHistories() {
        // every simulated customer has T = 52 exactly; those with x = 0 (t_x = 0) share one history, so their
        // times to the first holdout purchase are draws from the conditional distribution of the model; for x = 1
        // with t_x in [24, 40] the model's probability is averaged over the customers' own t_x
        CnbdkModel m = new CnbdkModel(2, 1.33, 2.81, 0.42, 0.79, true);
        Cohort c = Cohort.simulate(m, 150_000, 52, 52, 400, new MersenneTwister(77L));
        checkHistory(m, c, 0, 0, 0);
        checkHistory(m, c, 1, 24, 40);
    }

    private static void checkHistory(CnbdkModel m, Cohort c, int x, double txFrom, double txTo) {
        java.util.List<Integer> members = new java.util.ArrayList<>();
        for (int i = 0; i < c.n; i++) {
            if (c.x[i] == x && c.tx[i] >= txFrom && c.tx[i] <= txTo) {
                members.add(i);
            }
        }
        int n = members.size();
        assertThat(n).isGreaterThan(1000);
        double mid = (txFrom + txTo) / 2;
        double pAlive = m.probabilityAlive(x, mid, 52);
        for (double q : new double[] {0.25, 0.5, 0.75}) {
            double s = m.nextPurchaseQuantile(q, x, mid, 52);
            double model = members.stream().mapToDouble(i -> m.probabilityPurchaseWithin(s, x, c.tx[i], 52))
                    .average().orElseThrow();
            double actual = members.stream().filter(i -> c.firstHoldout[i] <= s).count() / (double) n;
            double se = Math.sqrt(model * (1 - model) / n);
            assertThat(actual).as("x=%d, P(next purchase within %.2f), n=%d", x, s, n)
                    .isCloseTo(model, offset(4 * se));
        }
    }

    @Test
    void fitRecoversSimulatedParameters() {
        CnbdkModel truth = new CnbdkModel(3, 0.85, 1.45, 0.79, 2.42, true);
        Cohort c = Cohort.simulate(truth, 8000, 36, 96, 0, new MersenneTwister(1L));
        FitResult<CnbdkModel> fit = CnbdkFitter.mbgCnbdk().fit(CalibrationData.of(c.x, c.tx, c.age), c.sumLitt());
        assertThat(fit.model().k()).isEqualTo(3);
        // BTYDplus's own recovery test (tests/testthat/test-mbg-cnbd-k.R) allows 10 %
        assertThat(fit.parameter("r")).isCloseTo(0.85, offset(0.1 * 0.85));
        assertThat(fit.parameter("alpha")).isCloseTo(1.45, offset(0.1 * 1.45));
        assertThat(fit.parameter("a")).isCloseTo(0.79, offset(0.1 * 0.79));
        assertThat(fit.parameter("b")).isCloseTo(2.42, offset(0.1 * 2.42));
    }

    @Test
    void rejectsBadParameters() {
        assertThatThrownBy(() -> new CnbdkModel(0, 1, 1, 1, 1, false)).hasMessageContaining("k must be between 1");
        assertThatThrownBy(() -> new CnbdkModel(11, 1, 1, 1, 1, false)).hasMessageContaining("k must be between 1");
        assertThatThrownBy(() -> new CnbdkModel(2, -1, 1, 1, 1, false)).hasMessageContaining("r must be");
    }

    /** A cohort simulated from the model's process, birth spread so that T runs from tMin to tMax. */
    static final class Cohort {
        final int n;
        final int[] x;
        final double[] tx;
        final double[] age;
        final double[] litt;
        final int[] holdout;
        final boolean[] alive;
        final double[] firstHoldout;

        private Cohort(int n) {
            this.n = n;
            x = new int[n];
            tx = new double[n];
            age = new double[n];
            litt = new double[n];
            holdout = new int[n];
            alive = new boolean[n];
            firstHoldout = new double[n];
        }

        double sumLitt() {
            double s = 0;
            for (double v : litt) {
                s += v;
            }
            return s;
        }

        static Cohort simulate(CnbdkModel m, int n, double tMin, double tMax, double holdoutLength,
                               MersenneTwister rng) {
            GammaDistribution lambdas = new GammaDistribution(rng, m.r(), 1 / m.alpha());
            BetaDistribution ps = new BetaDistribution(rng, m.a(), m.b());
            Cohort c = new Cohort(n);
            for (int i = 0; i < n; i++) {
                double lambda = lambdas.sample();
                double p = Math.max(ps.sample(), 1e-5);
                double cal = tMin + rng.nextDouble() * (tMax - tMin);
                c.age[i] = cal;
                c.firstHoldout[i] = Double.POSITIVE_INFINITY;
                boolean droppedAtFirst = m.modified() && rng.nextDouble() < p;
                boolean active = !droppedAtFirst;
                double t = 0;
                while (active) {
                    double itt = 0;
                    for (int j = 0; j < m.k(); j++) {
                        itt -= Math.log(1 - rng.nextDouble()) / lambda;
                    }
                    t += itt;
                    if (t > cal + holdoutLength) {
                        break;
                    }
                    if (t <= cal) {
                        c.x[i]++;
                        c.tx[i] = t;
                        c.litt[i] += Math.log(itt);
                    } else {
                        c.holdout[i]++;
                        c.firstHoldout[i] = Math.min(c.firstHoldout[i], t - cal);
                    }
                    active = rng.nextDouble() >= p;
                    if (t <= cal) {
                        c.alive[i] = active;
                    }
                }
                if (c.x[i] == 0) {
                    c.alive[i] = !droppedAtFirst;
                }
            }
            return c;
        }
    }
}
