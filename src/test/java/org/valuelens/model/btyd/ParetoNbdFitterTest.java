package org.valuelens.model.btyd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Pareto/NBD on CDNOW against PUBLISHED.md (FHL 2005, BTYD). */
class ParetoNbdFitterTest {

    private static FitResult<ParetoNbdModel> fit;
    private static ParetoNbdModel model;

    @BeforeAll
    static void fitCdnow() {
        fit = new ParetoNbdFitter().fit(CdnowFixture.load().calibration());
        model = fit.model();
    }

    @Test
    void parametersMatchPublished() {
        BgNbdFitterTest.assertRel(fit.parameter("r"), 0.5534, 0.005);
        BgNbdFitterTest.assertRel(fit.parameter("alpha"), 10.580, 0.005);
        BgNbdFitterTest.assertRel(fit.parameter("s"), 0.6061, 0.005);
        BgNbdFitterTest.assertRel(fit.parameter("beta"), 11.656, 0.01);
        assertThat(fit.parameters().keySet()).containsExactly("r", "alpha", "s", "beta");
    }

    @Test
    void convergesWithoutWarnings() {
        assertThat(fit.converged()).isTrue();
        assertThat(fit.warnings()).isEmpty();
        assertThat(fit.standardErrors().values()).allSatisfy(se -> assertThat(se).isPositive());
    }

    @Test
    void logLikelihoodMatchesPublished() {
        assertThat(fit.logLikelihood()).isCloseTo(-9594.98, within(0.05));
    }

    @Test
    void expectedPurchasesInOneYearMatchBtyd() {
        BgNbdFitterTest.assertPrediction(model.expectedPurchasesNewCustomer(52), 1.4734);
    }

    @Test
    void walkthroughCustomerPAliveAndExpectation() {
        BgNbdFitterTest.assertPrediction(model.probabilityAlive(26, 30.86, 31), 0.9979);
        BgNbdFitterTest.assertPrediction(model.expectedPurchases(52, 26, 30.86, 31), 25.46);
    }

    @Test
    void holdoutPredictionsByFrequencyMatchWalkthrough() {
        double[] published = {0.138, 0.600, 1.196, 1.714, 2.399, 2.907, 3.819, 6.403};
        double[] predicted = HoldoutBuckets.meanPredicted(model, CdnowFixture.load(), 39);
        for (int b = 0; b < 8; b++) {
            assertThat(predicted[b]).as("bucket %d", b)
                    .isCloseTo(published[b], offset(Math.max(0.01 * published[b], 1e-3)));
        }
    }

    @Test
    void likelihoodBranchesAgreeAcrossAlphaEqualsBeta() {
        // the alpha >= beta and alpha < beta forms are the same function: continuity across alpha == beta
        CalibrationData data = CdnowFixture.load().calibration();
        double below = ParetoNbdFitter.logLikelihood(data, new double[] {0.55, 11.0 - 1e-7, 0.6, 11.0});
        double above = ParetoNbdFitter.logLikelihood(data, new double[] {0.55, 11.0 + 1e-7, 0.6, 11.0});
        assertThat(above).isCloseTo(below, within(1e-3));
    }

    @Test
    void likelihoodOfOneCustomerMatchesNumericalIntegration() {
        // independent check of both 2F1 branches: average the individual-level likelihood
        // L(lambda, mu) = lambda^x mu/(lambda+mu) e^{-(lambda+mu) tx} + lambda^{x+1}/(lambda+mu) e^{-(lambda+mu) T}
        // over the gamma mixing distributions numerically (quantile midpoint rule, accuracy ~1e-5 relative)
        double r = 0.8;
        double alpha = 3.0;
        double s = 1.3;
        double beta = 7.0;
        int x = 2;
        double tx = 5.0;
        double age = 12.0;
        double expected = Math.log(integrate(r, alpha, s, beta, x, tx, age));
        CalibrationData one = CalibrationData.of(new int[] {x}, new double[] {tx}, new double[] {age});
        assertThat(ParetoNbdFitter.logLikelihood(one, new double[] {r, alpha, s, beta})).isCloseTo(expected,
                within(1e-4));
        // and the alpha >= beta branch
        double expected2 = Math.log(integrate(r, 9.0, s, 2.0, x, tx, age));
        assertThat(ParetoNbdFitter.logLikelihood(one, new double[] {r, 9.0, s, 2.0})).isCloseTo(expected2,
                within(1e-4));
    }

    @Test
    void groupedLikelihoodEqualsTheSumOfSingleCustomerLikelihoods() {
        // the fitter accumulates the dead integral per x across shared times; each customer alone must agree
        int[] x = {0, 0, 2, 2, 2, 5, 5, 40};
        double[] tx = {0, 0, 3.5, 10, 10, 20.25, 31, 30};
        double[] age = {12, 31, 31, 31, 20, 31, 31, 31};
        double[] p = {0.55, 10.6, 0.61, 11.7};
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            sum += ParetoNbdFitter.logLikelihood(CalibrationData.of(new int[] {x[i]}, new double[] {tx[i]},
                    new double[] {age[i]}), p);
        }
        assertThat(ParetoNbdFitter.logLikelihood(CalibrationData.of(x, tx, age), p)).isCloseTo(sum, within(1e-9));
    }

    /** Mean of L(lambda, mu) over a grid of gamma quantiles (midpoint rule in probability). */
    private static double integrate(double r, double alpha, double s, double beta, int x, double tx, double age) {
        org.apache.commons.math3.distribution.GammaDistribution lam =
                new org.apache.commons.math3.distribution.GammaDistribution(r, 1 / alpha);
        org.apache.commons.math3.distribution.GammaDistribution mu =
                new org.apache.commons.math3.distribution.GammaDistribution(s, 1 / beta);
        int n = 4000;
        double total = 0;
        double[] lq = new double[n];
        double[] mq = new double[n];
        for (int i = 0; i < n; i++) {
            double u = (i + 0.5) / n;
            lq[i] = lam.inverseCumulativeProbability(u);
            mq[i] = mu.inverseCumulativeProbability(u);
        }
        for (int i = 0; i < n; i++) {
            double l = lq[i];
            for (int j = 0; j < n; j++) {
                double m = mq[j];
                total += Math.pow(l, x) * (m / (l + m) * Math.exp(-(l + m) * tx)
                        + l / (l + m) * Math.exp(-(l + m) * age));
            }
        }
        return total / ((double) n * n);
    }
}
