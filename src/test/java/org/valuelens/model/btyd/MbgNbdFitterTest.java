package org.valuelens.model.btyd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.random.MersenneTwister;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** MBG/NBD on CDNOW against PUBLISHED.md (BTYDplus mbgcnbd, k = 1) and its own process by simulation. */
class MbgNbdFitterTest {

    private static FitResult<MbgNbdModel> fit;

    @BeforeAll
    static void fitCdnow() {
        fit = BgNbdFitter.mbgNbd().fit(CdnowFixture.load().calibration());
    }

    @Test
    void parametersMatchPublished() {
        BgNbdFitterTest.assertRel(fit.parameter("r"), 0.525, 0.005);
        BgNbdFitterTest.assertRel(fit.parameter("alpha"), 6.183, 0.005);
        BgNbdFitterTest.assertRel(fit.parameter("a"), 0.891, 0.005);
        BgNbdFitterTest.assertRel(fit.parameter("b"), 1.614, 0.005);
        assertThat(fit.modelId()).isEqualTo("mbg-nbd");
    }

    @Test
    void oneTimeBuyersCanBeInactive() {
        double p = fit.model().probabilityAlive(0, 0, 38.86);
        // P(alive | x = 0) = 1 / (1 + a/b ((alpha+T)/alpha)^r), by hand from the fitted parameters
        MbgNbdModel m = fit.model();
        double byHand = 1 / (1 + m.a() / m.b() * Math.pow((m.alpha() + 38.86) / m.alpha(), m.r()));
        assertThat(p).isLessThan(1.0).isCloseTo(byHand, within(1e-12));
    }

    @Test
    void newCustomerExpectationEqualsConditionalAtTimeZero() {
        MbgNbdModel m = fit.model();
        assertThat(m.expectedPurchases(52, 0, 0, 1e-12)).isCloseTo(m.expectedPurchasesNewCustomer(52), within(1e-9));
    }

    @Test
    void newCustomerExpectationMatchesSimulatedProcess() {
        MbgNbdModel m = new MbgNbdModel(0.5, 6.0, 1.5, 2.0);
        MersenneTwister rng = new MersenneTwister(20261123L);
        GammaDistribution lambdas = new GammaDistribution(rng, m.r(), 1 / m.alpha());
        BetaDistribution ps = new BetaDistribution(rng, m.a(), m.b());
        Random random = new Random(7L);
        double t = 52;
        int n = 200_000;
        double total = 0;
        for (int i = 0; i < n; i++) {
            double lambda = lambdas.sample();
            double p = ps.sample();
            if (random.nextDouble() < p) {
                continue; // dropped out right after the first purchase
            }
            double time = 0;
            while (true) {
                time += -Math.log(1 - random.nextDouble()) / lambda;
                if (time > t) {
                    break;
                }
                total++;
                if (random.nextDouble() < p) {
                    break;
                }
            }
        }
        double simulated = total / n;
        assertThat(m.expectedPurchasesNewCustomer(t)).isCloseTo(simulated, within(0.03 * simulated));
    }
}
