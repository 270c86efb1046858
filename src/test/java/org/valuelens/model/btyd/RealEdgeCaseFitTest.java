package org.valuelens.model.btyd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.valuelens.model.CustomerSummary;

/** Customers real data produce: first purchase on the calibration end (T = 0), boundary optima. */
class RealEdgeCaseFitTest {

    private static final LocalDate DAY = LocalDate.of(2011, 12, 9);

    private static CustomerSummary customer(String id, int x, double tx, double age) {
        return new CustomerSummary(id, DAY.minusDays((long) (age * 7)), DAY, null, x, tx, age, x > 0 ? 10 : 0,
                10.0 * (x + 1), null, x + 1, 0, 0);
    }

    private static List<CustomerSummary> base() {
        List<CustomerSummary> list = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            int x = i % 5;
            double age = 10 + i % 7;
            list.add(customer("C" + i, x, x == 0 ? 0 : age * (0.3 + 0.1 * (i % 6)), age));
        }
        return list;
    }

    @Test
    void customersWithAgeZeroAreLeftOutOfTheLikelihoodAndCounted() {
        List<CustomerSummary> withNew = base();
        withNew.add(customer("17850", 0, 0, 0));
        withNew.add(customer("12346", 0, 0, 0));
        CalibrationData data = CalibrationData.of(withNew);
        assertThat(data.customers()).isEqualTo(40);
        assertThat(data.customersWithoutAge()).isEqualTo(2);
        FitResult<BgNbdModel> fit = BgNbdFitter.bgNbd().fit(data);
        FitResult<BgNbdModel> without = BgNbdFitter.bgNbd().fit(CalibrationData.of(base()));
        // a customer with T = 0 has likelihood 1 whatever the parameters: the optimum is the same
        assertThat(fit.logLikelihood()).isCloseTo(without.logLikelihood(), within(1e-9));
        assertThat(fit.warnings()).anyMatch(w -> w.contains("2 customers") && w.contains("calibration end"));
    }

    @Test
    void everyModelFitsAndPredictsWithAgeZeroCustomers() {
        List<CustomerSummary> withNew = base();
        withNew.add(customer("17850", 0, 0, 0));
        CalibrationData data = CalibrationData.of(withNew);
        List<PurchaseModel> models = List.of(BgNbdFitter.bgNbd().fit(data).model(),
                BgNbdFitter.mbgNbd().fit(data).model(), new ParetoNbdFitter().fit(data).model());
        for (PurchaseModel m : models) {
            double p = m.probabilityAlive(0, 0, 0);
            double e = m.expectedPurchases(52, 0, 0, 0);
            assertThat(p).as(m.getClass().getSimpleName()).isBetween(0.0, 1.0);
            assertThat(e).as(m.getClass().getSimpleName()).isFinite().isGreaterThanOrEqualTo(0);
        }
    }

    @Test
    void aBadSummaryIsNamedByTheCustomerIdOfTheFile() {
        int[] x = {1, 0};
        double[] tx = {5, 0};
        double[] age = {4, 3};
        assertThatThrownBy(() -> CalibrationData.of(x, tx, age)).hasMessageNotContaining("customer 0")
                .hasMessageContaining("row 1");
    }

    /** Steady buyers, each still buying at the end: no sign of drop-out. */
    private static CalibrationData noDropout() {
        int n = 80;
        int[] x = new int[n];
        double[] tx = new double[n];
        double[] age = new double[n];
        for (int i = 0; i < n; i++) {
            age[i] = 26;
            x[i] = 1 + (i * 7) % 13;
            tx[i] = age[i] - 26.0 / (x[i] + 1) * ((i % 3) * 0.3);
        }
        return CalibrationData.of(x, tx, age);
    }

    @Test
    void bgNbdWithoutVisibleDropoutConvergesAtTheBoundaryAndPredictsTheNbdLimit() {
        FitResult<BgNbdModel> fit = BgNbdFitter.bgNbd().fit(noDropout());
        BgNbdModel m = fit.model();
        assertThat(fit.atBoundary()).isTrue();
        assertThat(fit.converged()).isTrue();
        assertThat(m.a() / (m.a() + m.b())).isLessThan(1e-4);
        assertThat(fit.warnings()).anyMatch(w -> w.contains("no sign of customers dropping out"));
        // the NBD limit, computed independently: E[Y(t) | x, T] = (r + x) / (alpha + T) * t, P(alive) = 1
        double nbd = (m.r() + 5) / (m.alpha() + 26) * 13;
        assertThat(m.expectedPurchases(13, 5, 20, 26)).isCloseTo(nbd, within(1e-3 * nbd));
        assertThat(m.probabilityAlive(5, 20, 26)).isCloseTo(1.0, within(1e-3));
    }

    @Test
    void bgNbdPredictsNearItsNoDropoutLimitWithoutNumericalFailure() {
        // Online Retail's first half-year: a -> 0, b -> infinity; the hypergeometric term must still evaluate
        BgNbdModel m = new BgNbdModel(0.74, 11.72, 1e-3, 5e5);
        double nbd = (0.74 + 2) / (11.72 + 20) * 52;
        assertThat(m.expectedPurchases(52, 2, 15, 20)).isCloseTo(nbd, within(1e-3 * nbd));
        MbgNbdModel mbg = new MbgNbdModel(0.74, 11.72, 1e-3, 5e5);
        assertThat(mbg.expectedPurchases(52, 2, 15, 20)).isCloseTo(nbd, within(1e-3 * nbd));
    }

    @Test
    void aCustomerWhoseRepeatPurchasesNetBelowZeroGetsAFiniteClv() {
        GammaGammaModel gg = new GammaGammaModel(2, 3, 40);
        BgNbdModel m = new BgNbdModel(0.8, 12, 0.5, 2);
        CustomerSummary returner = new CustomerSummary("17548", DAY.minusDays(70), DAY.minusDays(7), null, 1, 9,
                10, -0.24, 10, null, 3, 0, 0);
        double clv = org.valuelens.model.clv.ClvFormulas.predictiveValue(m, gg, returner,
                org.valuelens.model.TimeUnit.WEEK, 52, 0.3, 0.1);
        CustomerSummary zero = new CustomerSummary("x", DAY.minusDays(70), DAY.minusDays(7), null, 1, 9, 10, 0, 10,
                null, 3, 0, 0);
        assertThat(clv).isEqualTo(org.valuelens.model.clv.ClvFormulas.predictiveValue(m, gg, zero,
                org.valuelens.model.TimeUnit.WEEK, 52, 0.3, 0.1)).isPositive();
    }
}
