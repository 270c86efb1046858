package org.valuelens.model.btyd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.random.MersenneTwister;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * BG/NBD and MBG/NBD analytic derivatives (for the Newton finish on many customers, docs/decisions/0042) against
 * central differences of the log-likelihood, and fits finished by Newton against the same fits finished by
 * Nelder-Mead, on data simulated from known parameters.
 */
class BgNbdNewtonTest {

    /** BG/NBD customers: lambda ~ Gamma(r, alpha), drop-out p ~ Beta(a, b) after each purchase, T in 20..52. */
    private static CalibrationData simulate(int customers, long seed) {
        MersenneTwister rng = new MersenneTwister(seed);
        GammaDistribution lambdas = new GammaDistribution(rng, 0.6, 1 / 0.2);
        BetaDistribution drops = new BetaDistribution(rng, 0.8, 2.5);
        int[] x = new int[customers];
        double[] tx = new double[customers];
        double[] age = new double[customers];
        for (int i = 0; i < customers; i++) {
            double lambda = lambdas.sample() / 1.0;
            double p = drops.sample();
            double t = 20 + rng.nextInt(33);
            double now = 0;
            while (true) {
                now += -Math.log(1 - rng.nextDouble()) / lambda;
                if (now > t) {
                    break;
                }
                x[i]++;
                tx[i] = Math.round(now * 7) / 7.0;
                if (rng.nextDouble() < p) {
                    break;
                }
            }
            age[i] = t;
        }
        return CalibrationData.of(x, tx, age);
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void derivativesAgreeWithCentralDifferences(boolean modified) {
        CalibrationData data = simulate(20_000, 3);
        BgNbdDerivatives d = new BgNbdDerivatives(data, modified);
        for (double[] at : List.of(new double[] {0.6, 5, 0.8, 2.5}, new double[] {1.7, 12, 0.3, 6},
                new double[] {0.2, 1.5, 2, 1.1})) {
            double[] u = new double[4];
            for (int i = 0; i < 4; i++) {
                u[i] = Math.log(at[i]);
            }
            double[] g = new double[4];
            double[][] h = new double[4][4];
            double f = d.at(u, g, h);
            assertThat(f).isCloseTo(-BgNbdFitter.logLikelihood(data, at, modified), within(1e-9 * Math.abs(f)));
            DerivativeChecks.matchCentralDifferences(d, u, java.util.Arrays.toString(at));
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void theNewtonFinishReachesTheNelderMeadOptimum(boolean modified) {
        CalibrationData data = simulate(60_000, 5);
        FitResult<?> newton = modified ? BgNbdFitter.mbgNbd().fit(data) : BgNbdFitter.bgNbd().fit(data);
        List<double[]> starts = List.of(new double[] {1, 5, 1, 1}, new double[] {0.5, 2, 0.5, 2});
        MaxLikelihood.Estimate nelderMead = MaxLikelihood.maximise(
                p -> BgNbdFitter.logLikelihood(data, p, modified), starts, new String[] {"r", "alpha", "a", "b"});

        assertThat(newton.converged()).isTrue();
        assertThat(newton.logLikelihood()).isGreaterThanOrEqualTo(nelderMead.logLik() - 1e-6);
        String[] names = {"r", "alpha", "a", "b"};
        for (int i = 0; i < 4; i++) {
            double expected = nelderMead.params()[i];
            assertThat(newton.parameters().get(names[i])).as(names[i])
                    .isCloseTo(expected, within(1e-4 * expected));
        }
    }
}
