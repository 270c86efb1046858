package org.valuelens.model.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.valuelens.model.btyd.BgNbdModel;
import org.valuelens.model.btyd.CnbdkModel;
import org.valuelens.model.btyd.MbgNbdModel;
import org.valuelens.model.btyd.ParetoNbdModel;
import org.valuelens.model.btyd.PurchaseModel;
import org.valuelens.model.validation.HoldoutValidatorTest;

class RepeatCountPmfTest {

    /** CDNOW estimates (PUBLISHED.md) and, for the CNBD-k models, the BTYDplus grocery ones with k = 2 and 3. */
    static List<PurchaseModel> models() {
        return List.of(new BgNbdModel(0.2426, 4.4137, 0.7930, 2.4262),
                new MbgNbdModel(0.525, 6.183, 0.891, 1.614),
                new ParetoNbdModel(0.5534, 10.580, 0.6061, 11.656),
                new CnbdkModel(2, 1.329, 2.813, 0.425, 0.790, true),
                new CnbdkModel(3, 0.8, 1.5, 1.2, 2.5, false));
    }

    @ParameterizedTest
    @MethodSource("models")
    void probabilitiesSumToOneAndTheirMeanIsTheClosedFormExpectation(PurchaseModel model) {
        for (double t : new double[] {1, 13, 39, 78}) {
            double[] p = new RepeatCountPmf(model).probabilities(t, 3000);
            double sum = 0;
            double mean = 0;
            for (int x = 0; x < 3000; x++) {
                sum += p[x];
                mean += x * p[x];
            }
            assertThat(sum).as("%s t=%s", model.id(), t).isCloseTo(1.0, within(1e-9));
            assertThat(p[3000]).isLessThan(1e-9);
            assertThat(mean).as("%s mean t=%s", model.id(), t)
                    .isCloseTo(model.expectedPurchasesNewCustomer(t), within(1e-6 + 1e-6 * mean));
        }
    }

    @Test
    void bgNbdMatchesThePublishedValueAndTheModelsOwnFormula() {
        BgNbdModel bg = (BgNbdModel) models().get(0);
        double[] p = new RepeatCountPmf(bg).probabilities(39, 8);
        assertThat(p[0]).isCloseTo(0.5738, within(1e-3)); // BTYD: P(X(39) = 0) on CDNOW
        for (int x = 0; x < 8; x++) {
            assertThat(p[x]).isCloseTo(bg.probabilityOfPurchases(x, 39), within(1e-12));
        }
    }

    @Test
    void aCnbdkModelWithKOneIsTheBgNbdModel() {
        BgNbdModel bg = new BgNbdModel(0.3, 5, 0.9, 2.1);
        MbgNbdModel mbg = new MbgNbdModel(0.3, 5, 0.9, 2.1);
        double[] a = new RepeatCountPmf(bg).probabilities(30, 10);
        double[] b = new RepeatCountPmf(new CnbdkModel(1, 0.3, 5, 0.9, 2.1, false)).probabilities(30, 10);
        double[] c = new RepeatCountPmf(mbg).probabilities(30, 10);
        double[] d = new RepeatCountPmf(new CnbdkModel(1, 0.3, 5, 0.9, 2.1, true)).probabilities(30, 10);
        assertThat(b).containsExactly(a, within(1e-12));
        assertThat(d).containsExactly(c, within(1e-12));
    }

    /** Customers simulated from the model itself: the count per bucket lies within 4.5 binomial sigma. */
    @ParameterizedTest
    @MethodSource("models")
    void agreesWithASimulationFromTheModel(PurchaseModel model) {
        RandomGenerator rng = new Well19937c(20261203L);
        int n = 40_000;
        double t = 39;
        int buckets = 8;
        long[] counts = new long[buckets];
        for (int i = 0; i < n; i++) {
            counts[Math.min(simulate(model, t, rng), buckets - 1)]++;
        }
        double[] p = new RepeatCountPmf(model).probabilities(t, buckets - 1);
        for (int x = 0; x < buckets; x++) {
            double sigma = Math.sqrt(n * p[x] * (1 - p[x]));
            assertThat((double) counts[x]).as("%s bucket %d", model.id(), x)
                    .isCloseTo(n * p[x], within(4.5 * sigma + 1));
        }
    }

    /** Repeat purchases in (0, t] of one customer drawn from the model's story. */
    static int simulate(PurchaseModel model, double t, RandomGenerator rng) {
        if (model instanceof ParetoNbdModel m) {
            double lambda = new GammaDistribution(rng, m.r(), 1 / m.alpha()).sample();
            double mu = new GammaDistribution(rng, m.s(), 1 / m.beta()).sample();
            double life = -Math.log(rng.nextDouble()) / mu;
            double end = Math.min(t, life);
            int x = 0;
            double clock = -Math.log(rng.nextDouble()) / lambda;
            while (clock <= end) {
                x++;
                clock += -Math.log(rng.nextDouble()) / lambda;
            }
            return x;
        }
        int k;
        double r;
        double alpha;
        double a;
        double b;
        boolean modified;
        if (model instanceof BgNbdModel m) {
            k = 1; r = m.r(); alpha = m.alpha(); a = m.a(); b = m.b(); modified = false;
        } else if (model instanceof MbgNbdModel m) {
            k = 1; r = m.r(); alpha = m.alpha(); a = m.a(); b = m.b(); modified = true;
        } else {
            CnbdkModel m = (CnbdkModel) model;
            k = m.k(); r = m.r(); alpha = m.alpha(); a = m.a(); b = m.b(); modified = m.modified();
        }
        double lambda = new GammaDistribution(rng, r, 1 / alpha).sample();
        double p = new BetaDistribution(rng, a, b).sample();
        if (modified && rng.nextDouble() < p) {
            return 0;
        }
        int x = 0;
        double clock = 0;
        while (true) {
            for (int j = 0; j < k; j++) {
                clock += -Math.log(rng.nextDouble()) / lambda;
            }
            if (clock > t) {
                return x;
            }
            x++;
            if (rng.nextDouble() < p) {
                return x;
            }
        }
    }

    @Test
    void refusesAModelWithoutADistribution() {
        PurchaseModel other = HoldoutValidatorTest.poisson(1);
        assertThat(RepeatCountPmf.supports(other)).isFalse();
        assertThatThrownBy(() -> new RepeatCountPmf(other)).hasMessageContaining("poisson");
    }
}
