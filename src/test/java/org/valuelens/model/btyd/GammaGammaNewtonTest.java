package org.valuelens.model.btyd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.random.MersenneTwister;
import org.junit.jupiter.api.Test;

/**
 * Gamma-Gamma's analytic derivatives (for the Newton finish on many customers, docs/decisions/0042) against central
 * differences of its log-likelihood, and a fit finished by Newton against the same fit finished by Nelder-Mead.
 */
class GammaGammaNewtonTest {

    /** Spend simulated from known parameters: per customer nu ~ Gamma(q, gamma), each spend ~ Gamma(p, nu). */
    private static double[][] simulate(int customers, long seed) {
        MersenneTwister rng = new MersenneTwister(seed);
        Random counts = new Random(seed);
        GammaDistribution nuDist = new GammaDistribution(rng, 4.0, 1.0 / 40.0);
        int[] x = new int[customers];
        double[] m = new double[customers];
        double[][] out = new double[2][customers];
        for (int i = 0; i < customers; i++) {
            x[i] = 1 + counts.nextInt(12);
            double nu = nuDist.sample();
            GammaDistribution spend = new GammaDistribution(rng, 3.0, 1.0 / nu);
            double total = 0;
            for (int k = 0; k < x[i]; k++) {
                total += spend.sample();
            }
            out[0][i] = x[i];
            out[1][i] = total / x[i];
        }
        return out;
    }

    private static GammaGammaFitter.SpendData data(double[][] sim) {
        int n = sim[0].length;
        int[] x = new int[n];
        for (int i = 0; i < n; i++) {
            x[i] = (int) sim[0][i];
        }
        return new GammaGammaFitter.SpendData(x, sim[1]);
    }

    @Test
    void derivativesAgreeWithCentralDifferences() {
        GammaGammaFitter.SpendData d = data(simulate(50_000, 7));
        for (double[] at : List.of(new double[] {3, 4, 40}, new double[] {0.7, 9, 300}, new double[] {6, 2.2, 12})) {
            double[] u = {Math.log(at[0]), Math.log(at[1]), Math.log(at[2])};
            double[] g = new double[3];
            double[][] h = new double[3][3];
            double f = d.negLogLikLogSpace(u, g, h);
            assertThat(f).isCloseTo(-d.logLikelihood(at), within(1e-9 * Math.abs(f)));
            DerivativeChecks.matchCentralDifferences(d::negLogLikLogSpace, u, java.util.Arrays.toString(at));
        }
    }

    @Test
    void theNewtonFinishReachesTheNelderMeadOptimum() {
        double[][] sim = simulate(60_000, 11);
        GammaGammaFitter.SpendData data = data(sim);
        int[] x = new int[sim[0].length];
        for (int i = 0; i < x.length; i++) {
            x[i] = (int) sim[0][i];
        }
        FitResult<GammaGammaModel> newton = new GammaGammaFitter().fit(x, sim[1]);
        double mean = java.util.Arrays.stream(sim[1]).average().orElseThrow();
        List<double[]> starts = List.of(new double[] {1, 1, mean}, new double[] {2, 3, mean});
        MaxLikelihood.Estimate nelderMead = MaxLikelihood.maximise(data::logLikelihood, starts,
                new String[] {"p", "q", "gamma"});

        assertThat(newton.logLikelihood()).isGreaterThanOrEqualTo(nelderMead.logLik() - 1e-6);
        assertThat(newton.converged()).isTrue();
        double[] expected = nelderMead.params();
        assertThat(newton.parameters().get("p")).isCloseTo(expected[0], within(1e-4 * expected[0]));
        assertThat(newton.parameters().get("q")).isCloseTo(expected[1], within(1e-4 * expected[1]));
        assertThat(newton.parameters().get("gamma")).isCloseTo(expected[2], within(1e-4 * expected[2]));
        // and both near the truth (p 3, q 4, gamma 40) within a few standard errors
        assertThat(newton.parameters().get("p")).isCloseTo(3.0, within(5 * newton.standardErrors().get("p")));
    }
}
