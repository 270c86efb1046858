package org.valuelens.model.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.valuelens.model.CustomerRecord;
import org.valuelens.model.CustomerSummary;
import org.valuelens.model.TimeUnit;
import org.valuelens.model.btyd.PurchaseModel;
import org.valuelens.model.btyd.SpendModel;

class ClvFormulasTest {

    /** Customers buy at a constant rate and never leave: E[Y(t)] = E[X(t)] = rate × t, P(alive) = 1. */
    static PurchaseModel poisson(double rate) {
        return new PurchaseModel() {
            @Override
            public String id() {
                return "poisson";
            }

            @Override
            public double expectedPurchasesNewCustomer(double t) {
                return rate * t;
            }

            @Override
            public double expectedPurchases(double t, int x, double tx, double age) {
                return rate * t;
            }

            @Override
            public double probabilityAlive(int x, double tx, double age) {
                return 1.0;
            }
        };
    }

    /** Spend = the customer's own mean, or 15 for one-time buyers. */
    static final SpendModel SPEND = (x, mean) -> x == 0 ? 15.0 : mean;

    static CustomerSummary summary(int x, double tx, double age, double mean, double revenue, Double cost) {
        LocalDate first = LocalDate.of(2024, 1, 1);
        return new CustomerSummary("c", first, first, null, x, tx, age, mean, revenue, cost, x + 1, 0, 0);
    }

    // ------------------------------------------------------------------ simple

    @Test
    void simpleIsAovTimesFrequencyTimesLifespanMinusCac() {
        ClvResult r = ClvFormulas.simple(50, 4, 3, 100);
        assertThat(r.value()).isEqualTo(500.0); // 50 × 4 × 3 − 100
        assertThat(r.formula()).isEqualTo("CLV = AOV × F × L − CAC");
        assertThat(r.inputs()).containsKeys("average order value AOV (currency)", "purchase frequency F (per year)",
                "lifespan L (years)", "acquisition cost CAC (currency)");
        assertThat(r.inputs().keySet()).first().isEqualTo("average order value AOV (currency)");
        assertThat(r.steps()).extracting(ClvStep::value).containsExactly(200.0, 600.0, 500.0);
    }

    @Test
    void simpleWithMarginAppliesTheMarginBeforeCac() {
        assertThat(ClvFormulas.simpleWithMargin(50, 4, 3, 0.3, 100).value()).isCloseTo(80.0, within(1e-12));
    }

    @Test
    void simpleFromRecordUsesDefaultLifespanAndZeroCacWhenMissing() {
        CustomerRecord rec = new CustomerRecord("a", null, null, null, 40.0, 2.0, null, null, 2);
        ClvResult r = ClvFormulas.simple(rec, 5);
        assertThat(r.value()).isEqualTo(400.0); // 40 × 2 × 5 − 0
        CustomerRecord withAll = new CustomerRecord("b", null, null, 30.0, 40.0, 2.0, 4.0, 0.5, 3);
        assertThat(ClvFormulas.simple(withAll, 5).value()).isEqualTo(130.0); // 40 × 2 × 4 × 0.5 − 30
    }

    @Test
    void simpleFromRecordWithoutAovExplainsWhatIsMissing() {
        CustomerRecord rec = new CustomerRecord("a", null, null, null, null, 2.0, 3.0, null, 2);
        assertThatThrownBy(() -> ClvFormulas.simple(rec, 5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Customer a has no average order value");
    }

    @Test
    void simpleFromSummaryDerivesAovAndYearlyFrequency() {
        // 3 purchase days, revenue 300, observed exactly one year (365.25 / 7 weeks): AOV 100, F 3 per year
        CustomerSummary s = summary(2, 20, 365.25 / 7, 100, 300, null);
        ClvResult r = ClvFormulas.simple(s, TimeUnit.WEEK, 2, 0.3, 50);
        assertThat(r.value()).isCloseTo(130.0, within(1e-9)); // 100 × 3 × 2 × 0.3 − 50
    }

    @Test
    void simpleFromSummaryCountsAtLeastOnePeriodOfObservation() {
        // one purchase of 10 on the calibration end day: age 0 -> observed 1 month = 1/12 year -> F = 12 per year
        CustomerSummary s = summary(0, 0, 0, 0, 10, null);
        ClvResult r = ClvFormulas.simple(s, TimeUnit.MONTH, 1, 1, 0);
        assertThat(r.value()).isCloseTo(120.0, within(1e-9));
        // the same customer in days: observed time is still one month, not one day
        assertThat(ClvFormulas.simple(s, TimeUnit.DAY, 1, 1, 0).value()).isCloseTo(120.0, within(1e-9));
    }

    @Test
    void simpleRejectsNegativeFrequencyAndNaN() {
        assertThatThrownBy(() -> ClvFormulas.simple(50, -1, 3, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The purchase frequency must not be negative (it was -1.0).");
        assertThatThrownBy(() -> ClvFormulas.simple(Double.NaN, 1, 3, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be a number");
        assertThatThrownBy(() -> ClvFormulas.simpleWithMargin(50, 1, 3, 30, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0.3");
    }

    @Test
    void simpleWithZeroInputsIsZeroMinusCac() {
        assertThat(ClvFormulas.simple(0, 0, 0, 0).value()).isZero();
        assertThat(ClvFormulas.simple(0, 0, 0, 25).value()).isEqualTo(-25.0);
    }

    // ------------------------------------------------------------------ retention

    @Test
    void retentionFormulaMatchesPublishedArithmetic() {
        // PUBLISHED.md: m = 100, r = 0.8, d = 0.1 -> 100 × 0.8 / 0.3 = 266.67
        ClvResult r = ClvFormulas.retention(100, 0.8, 0.1);
        assertThat(r.value()).isCloseTo(266.6667, within(1e-4));
        assertThat(r.formula()).isEqualTo("CLV = m × r / (1 + d − r)");
    }

    @Test
    void firstMarginUpFrontAddsOneMargin() {
        // 100 × 1.1 / 0.3 = 366.67 = 100 + 266.67
        ClvResult r = ClvFormulas.retentionFirstMarginUpFront(100, 0.8, 0.1);
        assertThat(r.value()).isCloseTo(366.6667, within(1e-4));
        assertThat(r.value()).isCloseTo(100 + ClvFormulas.retention(100, 0.8, 0.1).value(), within(1e-9));
    }

    @Test
    void retentionRejectsRateNotBelowOnePlusDiscount() {
        assertThatThrownBy(() -> ClvFormulas.retention(100, 1.0, 0.0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be below 1 + the discount");
        assertThatThrownBy(() -> ClvFormulas.retention(100, 1.2, 0.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("between 0 and 1");
        assertThatThrownBy(() -> ClvFormulas.retention(100, Double.NaN, 0.1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void zeroRetentionGivesZeroFutureValue() {
        assertThat(ClvFormulas.retention(100, 0, 0.1).value()).isZero();
        assertThat(ClvFormulas.retentionFirstMarginUpFront(100, 0, 0.1).value()).isCloseTo(100, within(1e-12));
    }

    // ------------------------------------------------------------------ discounted cash flow

    @Test
    void discountedCashFlowByHand() {
        // 60 × 0.8 / 1.1 + 60 × 0.64 / 1.21 = 43.6364 + 31.7355 = 75.3719
        ClvResult r = ClvFormulas.discountedCashFlow(new double[] {100, 100}, new double[] {40, 40}, 0.8, 0.1,
                "year");
        assertThat(r.value()).isCloseTo(75.3719, within(1e-4));
        assertThat(r.inputs()).containsEntry("horizon H (years)", 2.0);
    }

    @Test
    void longConstantCashFlowConvergesToTheRetentionFormula() {
        double[] margin = new double[2000];
        java.util.Arrays.fill(margin, 100);
        assertThat(ClvFormulas.discountedCashFlow(margin, null, 0.8, 0.1, "year").value())
                .isCloseTo(100 * 0.8 / (1 + 0.1 - 0.8), within(1e-9));
    }

    @Test
    void discountedCashFlowOfNoPeriodsIsZeroAndMismatchedCostsAreRejected() {
        assertThat(ClvFormulas.discountedCashFlow(new double[0], null, 0.8, 0.1, "year").value()).isZero();
        assertThatThrownBy(() -> ClvFormulas.discountedCashFlow(new double[2], new double[3], 0.8, 0.1, "year"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("same number of years");
    }

    // ------------------------------------------------------------------ historical and total

    @Test
    void historicalValueIsRevenueOrMargin() {
        CustomerSummary withCost = summary(1, 1, 2, 10, 200, 120.0);
        CustomerSummary noCost = summary(1, 1, 2, 10, 200, null);
        assertThat(ClvFormulas.historical(withCost, ValueBasis.REVENUE, null).value()).isEqualTo(200.0);
        assertThat(ClvFormulas.historical(withCost, ValueBasis.MARGIN, null).value()).isEqualTo(80.0);
        assertThat(ClvFormulas.historical(noCost, ValueBasis.MARGIN, 0.25).value()).isEqualTo(50.0);
        assertThatThrownBy(() -> ClvFormulas.historical(noCost, ValueBasis.MARGIN, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no cost data");
    }

    @Test
    void totalIsHistoricalPlusPredicted() {
        ClvResult h = ClvFormulas.historical(summary(1, 1, 2, 10, 200, null), ValueBasis.REVENUE, null);
        ClvResult f = ClvFormulas.retention(100, 0.8, 0.1);
        assertThat(ClvFormulas.total(h, f).value()).isCloseTo(200 + 266.6667, within(1e-4));
    }

    // ------------------------------------------------------------------ predictive

    @Test
    void predictiveWithoutDiscountIsRateTimesHorizonTimesSpendTimesMargin() {
        // 0.5 per week × 2 weeks × 20 × 0.3 = 6
        ClvResult r = ClvFormulas.predictive(poisson(0.5), SPEND, summary(3, 10, 20, 20, 80, null),
                TimeUnit.WEEK, 2, 0.3, 0.0);
        assertThat(r.value()).isCloseTo(6.0, within(1e-12));
        assertThat(r.inputs()).containsKeys("horizon H (weeks)", "recency t_x (weeks)", "discount rate d (per week)");
    }

    @Test
    void predictiveDiscountsEachWeekAtTheWeeklyRate() {
        // d = 1.1^(7/365.25) − 1 = 0.00182828; 3 × (1/(1+d) + 1/(1+d)^2) = 5.983585
        ClvResult r = ClvFormulas.predictive(poisson(0.5), SPEND, summary(3, 10, 20, 20, 80, null),
                TimeUnit.WEEK, 2, 0.3, 0.10);
        assertThat(r.value()).isCloseTo(5.983585, within(1e-6));
        assertThat(r.inputs().get("discount rate d (per week)")).isCloseTo(0.00182828, within(1e-8));
    }

    @Test
    void predictiveUsesPopulationSpendForOneTimeBuyers() {
        // x = 0 -> spend 15; 1 per month × 12 months × 15 × 1.0, no discount = 180
        double v = ClvFormulas.predictiveValue(poisson(1), SPEND, summary(0, 0, 5, 0, 30, null), TimeUnit.MONTH,
                12, 1.0, 0.0);
        assertThat(v).isCloseTo(180.0, within(1e-9));
    }

    @Test
    void predictiveOverZeroHorizonIsZeroAndNegativeHorizonIsRejected() {
        CustomerSummary s = summary(3, 10, 20, 20, 80, null);
        assertThat(ClvFormulas.predictiveValue(poisson(0.5), SPEND, s, TimeUnit.WEEK, 0, 0.3, 0.1)).isZero();
        assertThatThrownBy(() -> ClvFormulas.predictiveValue(poisson(0.5), SPEND, s, TimeUnit.WEEK, -1, 0.3, 0.1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("weeks");
    }

    @Test
    void predictiveReportsAModelThatReturnsNaN() {
        CustomerSummary s = summary(3, 10, 20, 20, 80, null);
        assertThatThrownBy(() -> ClvFormulas.predictiveValue(poisson(Double.NaN), SPEND, s, TimeUnit.WEEK, 3,
                0.3, 0.1)).isInstanceOf(IllegalStateException.class).hasMessageContaining("not a finite number");
    }

    @Test
    void predictiveMatchesTheGeometricSumForAnExponentiallyDyingCustomer() {
        // E[Y(t)] = (λ/μ)(1 − e^{−μt}), so E[Y(k)] − E[Y(k−1)] = (λ/μ)(1 − q) q^{k−1} with q = e^{−μ}, and
        // Σ_{k=1..H} (λ/μ)(1 − q) q^{k−1} v^k = (λ/μ)(1 − q) v (1 − (qv)^H) / (1 − qv), v = 1 / (1 + d)
        double lambda = 1;
        double mu = 0.1;
        PurchaseModel dying = new PurchaseModel() {
            @Override
            public String id() {
                return "exponential";
            }

            @Override
            public double expectedPurchasesNewCustomer(double t) {
                return lambda / mu * (1 - Math.exp(-mu * t));
            }

            @Override
            public double expectedPurchases(double t, int x, double tx, double age) {
                return expectedPurchasesNewCustomer(t);
            }

            @Override
            public double probabilityAlive(int x, double tx, double age) {
                return 1;
            }
        };
        double d = TimeUnit.MONTH.periodRate(0.12);
        double q = Math.exp(-mu);
        double v = 1 / (1 + d);
        int h = 24;
        double expected = lambda / mu * (1 - q) * v * (1 - Math.pow(q * v, h)) / (1 - q * v) * 20 * 0.5;
        double got = ClvFormulas.predictiveValue(dying, SPEND, summary(2, 3, 4, 20, 60, null), TimeUnit.MONTH, h,
                0.5, 0.12);
        assertThat(got).isCloseTo(expected, within(1e-9));
    }
}
