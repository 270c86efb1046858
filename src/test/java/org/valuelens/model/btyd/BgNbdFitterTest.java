package org.valuelens.model.btyd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** BG/NBD on CDNOW against PUBLISHED.md (FHL 2005, BTYD, lifetimes, Hardie's spreadsheet). */
class BgNbdFitterTest {

    private static FitResult<BgNbdModel> fit;
    private static BgNbdModel model;

    @BeforeAll
    static void fitCdnow() {
        fit = BgNbdFitter.bgNbd().fit(CdnowFixture.load().calibration());
        model = fit.model();
    }

    static void assertRel(double actual, double expected, double rel) {
        assertThat(actual).isCloseTo(expected, offset(Math.abs(expected) * rel));
    }

    /** Default prediction tolerance: 0.5 % relative or 1e-3 absolute, whichever is larger. */
    static void assertPrediction(double actual, double expected) {
        assertThat(actual).isCloseTo(expected, offset(Math.max(0.005 * Math.abs(expected), 1e-3)));
    }

    @Test
    void parametersMatchPublished() {
        assertRel(fit.parameter("r"), 0.2426, 0.005);
        assertRel(fit.parameter("alpha"), 4.4137, 0.005);
        assertRel(fit.parameter("a"), 0.7930, 0.005);
        assertRel(fit.parameter("b"), 2.4262, 0.005);
        assertThat(fit.parameters().keySet()).containsExactly("r", "alpha", "a", "b");
    }

    @Test
    void logLikelihoodMatchesPublished() {
        assertThat(fit.logLikelihood()).isCloseTo(-9582.43, within(0.05));
    }

    @Test
    void standardErrorsMatchLifetimesWithinFivePercent() {
        assertRel(fit.standardError("r"), 0.0126, 0.05);
        assertRel(fit.standardError("alpha"), 0.3782, 0.05);
        assertRel(fit.standardError("a"), 0.1857, 0.05);
        assertRel(fit.standardError("b"), 0.7053, 0.05);
    }

    @Test
    void informationCriteriaFollowFromLogLikelihood() {
        assertThat(fit.aic()).isCloseTo(8 - 2 * fit.logLikelihood(), within(1e-9));
        assertThat(fit.bic()).isCloseTo(4 * Math.log(2357) - 2 * fit.logLikelihood(), within(1e-9));
        assertThat(fit.customers()).isEqualTo(2357);
    }

    @Test
    void reportsConvergenceAndTheOneTimeBuyerWarning() {
        assertThat(fit.converged()).isTrue();
        assertThat(fit.modelId()).isEqualTo("bg-nbd");
        assertThat(fit.warnings()).contains("BG/NBD assumes one-time buyers are certainly alive (P(alive)=1); "
                + "compare MBG/NBD or Pareto/NBD.");
    }

    @Test
    void expectedPurchasesOfNewCustomerMatchSpreadsheet() {
        assertPrediction(model.expectedPurchasesNewCustomer(1), 0.0532);
        assertPrediction(model.expectedPurchasesNewCustomer(3), 0.1506);
        assertPrediction(model.expectedPurchasesNewCustomer(32), 1.0437);
        assertPrediction(model.expectedPurchasesNewCustomer(78), 1.8576);
    }

    @Test
    void expectedPurchasesInOneYearMatchBtyd() {
        assertPrediction(model.expectedPurchasesNewCustomer(52), 1.444);
    }

    @Test
    void conditionalExpectationForSpreadsheetCustomer() {
        assertPrediction(model.expectedPurchases(39, 2, 30.43, 38.86), 1.226);
    }

    @Test
    void walkthroughCustomerPAliveAndExpectations() {
        assertPrediction(model.probabilityAlive(26, 30.86, 31), 0.9689);
        assertPrediction(model.expectedPurchases(52, 26, 30.86, 31), 25.757);
        assertPrediction(model.expectedPurchases(1, 26, 30.86, 31), 0.7106);
    }

    @Test
    void expectationFallsWithFrequencyForAStaleCustomer() {
        double[] published = {0.34746, 0.042834, 0.0041590, 0.00035837};
        int[] xs = {10, 15, 20, 25};
        for (int i = 0; i < xs.length; i++) {
            assertRel(model.expectedPurchases(52, xs[i], 20, 39), published[i], 0.01);
        }
    }

    @Test
    void probabilityOfNoPurchaseIn39WeeksMatchesBtyd() {
        assertPrediction(model.probabilityOfPurchases(0, 39), 0.5738);
    }

    @Test
    void purchaseCountProbabilitiesSumToOneAndMatchTheMean() {
        double total = 0;
        double mean = 0;
        for (int n = 0; n <= 300; n++) {
            double p = model.probabilityOfPurchases(n, 39);
            total += p;
            mean += n * p;
        }
        assertThat(total).isCloseTo(1.0, within(1e-9));
        assertThat(mean).isCloseTo(model.expectedPurchasesNewCustomer(39), within(1e-6));
    }

    @Test
    void oneTimeBuyersAreCertainlyAlive() {
        assertThat(model.probabilityAlive(0, 0, 38.86)).isEqualTo(1.0);
    }

    @Test
    void holdoutPredictionsByFrequencyMatchWalkthrough() {
        CdnowFixture fx = CdnowFixture.load();
        double[] published = {0.225, 0.523, 1.044, 1.520, 2.164, 2.654, 3.504, 6.157};
        double[] predicted = HoldoutBuckets.meanPredicted(model, fx, 39);
        for (int b = 0; b < 8; b++) {
            assertThat(predicted[b]).as("bucket %d", b)
                    .isCloseTo(published[b], offset(Math.max(0.01 * published[b], 1e-3)));
        }
    }
}
