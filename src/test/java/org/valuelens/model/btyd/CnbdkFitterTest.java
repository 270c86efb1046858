package org.valuelens.model.btyd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.valuelens.model.CustomerSummary;
import org.valuelens.model.summary.SummaryResult;

/**
 * BG/CNBD-k and MBG/CNBD-k against published BTYDplus figures.
 *
 * <p>Grocery: BTYDplus 1.2.0 vignette "BTYDplus-HowTo" (inst/doc/BTYDplus-HowTo.pdf of github.com/cran/BTYDplus,
 * commit ff811cab), section "BG/CNBD-k and MBG/CNBD-k", on {@code elog2cbs(groceryElog, T.cal = "2006-12-31")}:
 * <pre>
 *             k     r  alpha     a     b      LL
 * BG/NBD      1 0.349  2.581 0.504 3.644  -15837
 * BG/CNBD-k   2 0.359  1.129 0.523 2.785  -15054
 * MBG/NBD     1 1.257  6.038 0.368 0.716  -15782
 * MBG/CNBD-k  2 1.329  2.813 0.425 0.790  -14978
 * </pre>
 * and, for MBG/CNBD-k with x = 1..5, t_x = 12, T = 52: conditional expected transactions in 52 weeks
 * 0.282, 0.075, 0.013, 0.002, 0.000; P(alive) 15.64, 2.92, 0.39, 0.04, 0.00 %; the cohort's predicted holdout
 * total 3970 (actual 3389). Tolerance: the printed rounding (half a unit of the last digit) plus 0.2 % relative.
 *
 * <p>CDNOW: BTYDplus demo/cdnow.R states "k=1 -> no regularity detected for CDNow", so the fits must equal the
 * published BG/NBD and MBG/NBD estimates (data/reference/PUBLISHED.md), within 0.5 %.
 */
class CnbdkFitterTest {

    private static SummaryResult grocery;
    private static CalibrationData groceryData;
    private static double groceryLitt;
    private static FitResult<CnbdkModel> groceryBg;
    private static FitResult<CnbdkModel> groceryMbg;

    @BeforeAll
    static void fitGrocery() {
        grocery = GroceryFixture.summary(GroceryFixture.CAL_END);
        groceryData = CalibrationData.of(grocery.customers());
        groceryLitt = grocery.timing().sumLitt();
        groceryBg = CnbdkFitter.bgCnbdk().fit(groceryData, groceryLitt);
        groceryMbg = CnbdkFitter.mbgCnbdk().fit(groceryData, groceryLitt);
    }

    /** |actual - printed| within half a unit of the printed last digit plus 0.2 % of the value. */
    private static void assertPrinted(double actual, double printed, double unit) {
        assertThat(actual).isCloseTo(printed, offset(unit / 2 + 0.002 * Math.abs(printed)));
    }

    private static void assertPublished(FitResult<CnbdkModel> fit, int k, double r, double alpha, double a, double b,
                                        double ll) {
        assertThat(fit.model().k()).isEqualTo(k);
        assertThat(fit.parameter("k")).isEqualTo(k);
        assertPrinted(fit.parameter("r"), r, 0.001);
        assertPrinted(fit.parameter("alpha"), alpha, 0.001);
        assertPrinted(fit.parameter("a"), a, 0.001);
        assertPrinted(fit.parameter("b"), b, 0.001);
        assertThat(fit.logLikelihood()).isCloseTo(ll, offset(0.5));
    }

    @Test
    void groceryBgCnbdkMatchesVignette() {
        assertPublished(groceryBg, 2, 0.359, 1.129, 0.523, 2.785, -15054);
        assertThat(groceryBg.modelId()).isEqualTo("bg-cnbd-k");
        assertThat(groceryBg.warnings().get(0)).contains("k = 2 chosen by likelihood among k = 1..");
    }

    @Test
    void groceryMbgCnbdkMatchesVignette() {
        assertPublished(groceryMbg, 2, 1.329, 2.813, 0.425, 0.790, -14978);
        assertThat(groceryMbg.modelId()).isEqualTo("mbg-cnbd-k");
    }

    @Test
    void groceryAtKOneMatchesVignetteBgNbdAndMbgNbd() {
        assertPublished(CnbdkFitter.bgCnbdk().fitFixedK(groceryData, groceryLitt, 1), 1, 0.349, 2.581, 0.504,
                3.644, -15837);
        assertPublished(CnbdkFitter.mbgCnbdk().fitFixedK(groceryData, groceryLitt, 1), 1, 1.257, 6.038, 0.368,
                0.716, -15782);
    }

    @Test
    void groceryPAliveAndBtydplusConditionalMatchVignette() {
        CnbdkModel m = groceryMbg.model();
        double[] expected = {0.282, 0.075, 0.013, 0.002, 0.000};
        double[] alivePercent = {15.64, 2.92, 0.39, 0.04, 0.00};
        for (int x = 1; x <= 5; x++) {
            assertPrinted(m.btydplusExpectedPurchases(52, x, 12, 52), expected[x - 1], 0.001);
            assertPrinted(100 * m.probabilityAlive(x, 12, 52), alivePercent[x - 1], 0.01);
        }
    }

    @Test
    void groceryCohortTotalMatchesVignette() {
        // BTYDplus scales its conditional predictions of a whole cohort so that they sum to the unconditional
        // expectation sum_i E[X(T_i + 52)] - E[X(T_i)]: the printed 3970 checks expectedPurchasesNewCustomer
        CnbdkModel m = groceryMbg.model();
        double total = 0;
        for (CustomerSummary c : grocery.customers()) {
            total += m.expectedPurchasesNewCustomer(c.age() + 52) - m.expectedPurchasesNewCustomer(c.age());
        }
        assertPrinted(total, 3970, 1);
        long actual = grocery.customers().stream().mapToLong(CustomerSummary::holdoutFrequency).sum();
        assertThat(actual).isEqualTo(3389);
    }

    @Test
    void cdnowChoosesKOneAndReproducesPublishedBgNbdAndMbgNbd() {
        SummaryResult s = GroceryFixture.cdnow();
        CalibrationData d = CalibrationData.of(s.customers());
        FitResult<CnbdkModel> bg = CnbdkFitter.bgCnbdk().fit(d, s.timing().sumLitt());
        assertWithinHalfPercent(bg, 0.2426, 4.4137, 0.7930, 2.4262);
        assertThat(bg.logLikelihood()).isCloseTo(-9582.43, offset(0.05));
        FitResult<CnbdkModel> mbg = CnbdkFitter.mbgCnbdk().fit(d, s.timing().sumLitt());
        assertWithinHalfPercent(mbg, 0.525, 6.183, 0.891, 1.614);
        assertThat(mbg.warnings().get(0)).contains("k = 1 is MBG/NBD");
    }

    private static void assertWithinHalfPercent(FitResult<CnbdkModel> fit, double... rAlphaAB) {
        assertThat(fit.model().k()).isEqualTo(1);
        String[] names = {"r", "alpha", "a", "b"};
        for (int i = 0; i < names.length; i++) {
            BgNbdFitterTest.assertRel(fit.parameter(names[i]), rAlphaAB[i], 0.005);
        }
    }

    @Test
    void likelihoodAtKOneEqualsTheBgNbdImplementation() {
        for (double[] p : List.of(new double[] {0.3, 3.0, 0.7, 2.5}, new double[] {1.2, 6.0, 0.4, 0.8})) {
            CnbdkModel bg = new CnbdkModel(1, p[0], p[1], p[2], p[3], false);
            CnbdkModel mbg = new CnbdkModel(1, p[0], p[1], p[2], p[3], true);
            assertThat(CnbdkFitter.bgCnbdk().logLikelihood(groceryData, groceryLitt, bg))
                    .isCloseTo(BgNbdFitter.logLikelihood(groceryData, p, false), offset(1e-6));
            assertThat(CnbdkFitter.mbgCnbdk().logLikelihood(groceryData, groceryLitt, mbg))
                    .isCloseTo(BgNbdFitter.logLikelihood(groceryData, p, true), offset(1e-6));
        }
    }

    @Test
    void choosingKOnASampleOfHistoriesGivesTheSameFit() {
        FitResult<CnbdkModel> sampled = CnbdkFitter.mbgCnbdk().withSelectionRows(300).fit(groceryData, groceryLitt);
        assertThat(groceryData.rows()).isGreaterThan(300);
        assertThat(sampled.model().k()).isEqualTo(groceryMbg.model().k());
        for (String p : List.of("r", "alpha", "a", "b")) {
            assertThat(sampled.parameter(p)).isCloseTo(groceryMbg.parameter(p), offset(1e-3 * groceryMbg.parameter(p)));
        }
        assertThat(sampled.logLikelihood()).isCloseTo(groceryMbg.logLikelihood(), offset(0.01));
        assertThat(sampled.warnings().get(0)).contains("at the optimum of a weighted sample of");
    }

    @Test
    void aSavedFitRestoresTheSameModel() {
        for (FitResult<CnbdkModel> fit : List.of(groceryBg, groceryMbg)) {
            FitResult<?> back = SavedFits.restore(fit.modelId(), fit.parameters(), fit.standardErrors(),
                    fit.logLikelihood(), fit.aic(), fit.bic(), fit.converged(), fit.atBoundary(), fit.customers(),
                    fit.warnings());
            assertThat(back.model()).isEqualTo(fit.model());
            assertThat(((PurchaseModel) back.model()).expectedPurchases(52, 3, 40, 52))
                    .isEqualTo(fit.model().expectedPurchases(52, 3, 40, 52));
        }
    }

    @Test
    void theLogInterPurchaseTimesEnterTheLikelihoodLinearlyInK() {
        CnbdkModel m2 = new CnbdkModel(2, 0.5, 2, 0.5, 2, true);
        CnbdkFitter f = CnbdkFitter.mbgCnbdk();
        double withLitt = f.logLikelihood(groceryData, groceryLitt, m2);
        double without = f.logLikelihood(groceryData, 0, m2);
        assertThat(withLitt - without).isCloseTo((2 - 1) * groceryLitt, offset(1e-6));
    }
}
