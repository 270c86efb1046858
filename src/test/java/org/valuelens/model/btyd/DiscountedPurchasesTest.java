package org.valuelens.model.btyd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.valuelens.model.TimeUnit;

/**
 * The discounted expected purchases over a horizon against the plain per-period sum
 * {@code Σ_{k=1..H} (E[Y(k)] − E[Y(k−1)]) / (1 + d)^k}, for every purchase model and time unit over many
 * (x, t_x, T) histories including the edges (x = 0, T = 0, t_x = T, large x, T far beyond the horizon).
 */
class DiscountedPurchasesTest {

    /** Relative agreement asked for; the rule is built for about 1e-11. */
    private static final double TOLERANCE = 1e-6;

    /**
     * CDNOW weekly fits (BG/NBD and Pareto/NBD: Fader, Hardie &amp; Lee 2005; MBG/NBD: BTYDplus), converted to the
     * unit (a time scale in weeks times 7 / unit days), and fits with small and large scales and s close to 1.
     */
    static List<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        Object[][] units = {{TimeUnit.DAY, 365}, {TimeUnit.WEEK, 52}, {TimeUnit.MONTH, 60}};
        for (Object[] u : units) {
            TimeUnit unit = (TimeUnit) u[0];
            int horizon = (Integer) u[1];
            double perWeek = 7 / unit.days();
            List<PurchaseModel> models = List.of(
                    new BgNbdModel(0.243, 4.414 * perWeek, 0.793, 2.426),
                    new MbgNbdModel(0.525, 6.183 * perWeek, 0.891, 1.614),
                    new ParetoNbdModel(0.553, 10.578 * perWeek, 0.606, 11.669 * perWeek),
                    new BgNbdModel(3.5, 0.05, 2.5, 6.0),
                    new MbgNbdModel(0.8, 400, 1.7, 0.9),
                    new ParetoNbdModel(2.0, 0.2, 1.0 + 1e-12, 0.3),
                    new ParetoNbdModel(0.3, 50, 3.0, 0.05));
            for (PurchaseModel m : models) {
                for (double rate : new double[] {0.10, 0.0, 0.5}) {
                    cases.add(Arguments.of(m, unit, horizon, unit.periodRate(rate)));
                }
            }
        }
        // ten years of days
        for (PurchaseModel m : List.of(new BgNbdModel(0.243, 30.9, 0.793, 2.426),
                new MbgNbdModel(0.525, 43.3, 0.891, 1.614), new ParetoNbdModel(0.553, 74.0, 0.606, 81.7))) {
            cases.add(Arguments.of(m, TimeUnit.DAY, 3652, TimeUnit.DAY.periodRate(0.10)));
        }
        return cases;
    }

    @ParameterizedTest(name = "{0} {1} H={2} d={3}")
    @MethodSource("cases")
    void agreesWithThePerPeriodSumOverManyHistories(PurchaseModel model, TimeUnit unit, int horizon, double d) {
        DiscountedPurchases dp = new DiscountedPurchases(model, horizon, d);
        double perWeek = 7 / unit.days();
        double worst = 0;
        for (int x : new int[] {0, 1, 3, 20, 500}) {
            for (double weeks : new double[] {0, 0.5, 2, 39, 200, 1000}) {
                double age = weeks * perWeek;
                for (double share : x == 0 ? new double[] {0} : new double[] {0, 0.5, 1}) {
                    double tx = share * age;
                    DiscountedPurchases.Horizon got = dp.of(x, tx, age);
                    double[] want = perPeriod(model, horizon, d, x, tx, age);
                    worst = Math.max(worst, relative(got.discounted(), want[0]));
                    assertThat(relative(got.discounted(), want[0])).as("D for x %d, t_x %s, T %s", x, tx, age)
                            .isLessThanOrEqualTo(TOLERANCE);
                    assertThat(relative(got.expected(), want[1])).as("E[Y(H)] for x %d, t_x %s, T %s", x, tx, age)
                            .isLessThanOrEqualTo(1e-12);
                    assertThat(got.probabilityAlive()).isEqualTo(model.probabilityAlive(x, tx, age));
                }
            }
        }
        System.out.printf("%s %s H=%d: worst relative difference %.2e%n", model, unit, horizon, worst);
    }

    @Test
    void cnbdkHorizonSumsAgreeWithThePerPeriodSum() {
        // BTYDplus's grocery BG/CNBD-k fit (k = 2, weeks) and a more regular MBG/CNBD-k, weekly and monthly; the
        // per-period reference costs a full negative-binomial sum per period, so the histories are fewer
        for (TimeUnit unit : new TimeUnit[] {TimeUnit.WEEK, TimeUnit.MONTH}) {
            double perWeek = 7 / unit.days();
            int horizon = unit == TimeUnit.WEEK ? 52 : 60;
            for (CnbdkModel model : List.of(new CnbdkModel(2, 0.359, 1.129 * perWeek, 0.523, 2.785, false),
                    new CnbdkModel(3, 1.329, 2.813 * perWeek, 0.425, 0.790, true))) {
                DiscountedPurchases dp = new DiscountedPurchases(model, horizon, unit.periodRate(0.10));
                for (double[] h : new double[][] {{0, 0, 30}, {1, 5, 35}, {6, 45, 52}, {20, 70, 78}, {3, 1, 2}}) {
                    int x = (int) h[0];
                    double tx = h[1] * perWeek;
                    double age = h[2] * perWeek;
                    DiscountedPurchases.Horizon got = dp.of(x, tx, age);
                    double[] want = perPeriod(model, horizon, unit.periodRate(0.10), x, tx, age);
                    assertThat(relative(got.discounted(), want[0])).as("%s D for x %d, t_x %s, T %s", model, x, tx,
                            age).isLessThanOrEqualTo(TOLERANCE);
                    assertThat(relative(got.expected(), want[1])).isLessThanOrEqualTo(1e-12);
                }
            }
        }
    }

    @ParameterizedTest(name = "{0} {1} H={2} d={3}")
    @MethodSource("cases")
    void evaluatesTheModelAtFarFewerPointsThanPeriods(PurchaseModel model, TimeUnit unit, int horizon, double d) {
        // worst case: the summand may bend right at t = 0 (no shift)
        int points = DiscountedSumRule.of(1, horizon - 1, 1 / (1 + d), 0).points();
        assertThat(points).isLessThanOrEqualTo(horizon > 100 ? 80 : horizon);
        assertThat(DiscountedSumRule.of(1, 364, 1 / (1 + d), 30).points()).isLessThanOrEqualTo(40);
        assertThat(DiscountedSumRule.of(1, 364, 1 / (1 + d), 512).points()).isEqualTo(DiscountedSumRule.NODES);
    }

    @Test
    void sumsEveryPeriodForAModelOutsideTheBtydFamily() {
        // E[Y(t)] = 2 (1 − e^{−t/10}) whatever the history: D = Σ_k (E(k) − E(k−1)) v^k, a geometric sum
        PurchaseModel dying = new CurveModel(t -> 2 * (1 - Math.exp(-t / 10)), 0.5);
        DiscountedPurchases dp = new DiscountedPurchases(dying, 100, 0.01);
        double q = Math.exp(-0.1);
        double v = 1 / 1.01;
        double want = 2 * (1 - q) * v * (1 - Math.pow(q * v, 100)) / (1 - q * v);
        assertThat(dp.sharesAcrossRecency()).isFalse();
        assertThat(dp.of(3, 2, 5).discounted()).isCloseTo(want, within(1e-12));
        assertThat(dp.of(3, 2, 5).probabilityAlive()).isEqualTo(0.5);
    }

    /** @return {D, E[Y(H)]} by the definition, one model evaluation per period */
    private static double[] perPeriod(PurchaseModel model, int horizon, double d, int x, double tx, double age) {
        double sum = 0;
        double previous = 0;
        double discount = 1;
        for (int k = 1; k <= horizon; k++) {
            double e = model.expectedPurchases(k, x, tx, age);
            discount /= 1 + d;
            sum += (e - previous) * discount;
            previous = e;
        }
        return new double[] {sum, previous};
    }

    private static double relative(double got, double want) {
        return want == 0 ? Math.abs(got) : Math.abs(got - want) / Math.abs(want);
    }
}
