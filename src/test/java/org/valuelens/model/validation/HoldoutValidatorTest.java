package org.valuelens.model.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.valuelens.model.CustomerSummary;
import org.valuelens.model.TimeUnit;
import org.valuelens.model.btyd.PurchaseModel;
import org.valuelens.model.summary.SummaryBuilder;
import org.valuelens.model.summary.SummaryResult;
import org.valuelens.model.summary.SummarySettings;

public class HoldoutValidatorTest {

    /**
     * @param rate purchases per time unit
     * @return a model with a constant purchase rate where nobody leaves: E[Y(t)] = E[X(t)] = rate × t
     */
    public static PurchaseModel poisson(double rate) {
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
                return 1;
            }
        };
    }

    static CustomerSummary customer(String id, int x, double tx, double age, int holdout) {
        LocalDate d = LocalDate.of(2024, 1, 1);
        return new CustomerSummary(id, d, d, null, x, tx, age, 0, 0, null, x + 1, holdout, 0);
    }

    /** @return the CDNOW sample in weeks, calibration to 1997-09-30, holdout to 1998-06-30 */
    public static SummaryResult cdnow() throws IOException {
        SummaryBuilder b = new SummaryBuilder(SummarySettings.of(TimeUnit.WEEK)
                .withCalibrationEnd(LocalDate.of(1997, 9, 30)).withObservationEnd(LocalDate.of(1998, 6, 30)));
        try (InputStream in = HoldoutValidatorTest.class.getResourceAsStream("/data/cdnow/CDNOW_sample.txt");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII))) {
            String line;
            while ((line = r.readLine()) != null) {
                String[] f = line.trim().split("\\s+");
                if (f.length == 5) {
                    b.add(f[1], LocalDate.parse(f[2], DateTimeFormatter.BASIC_ISO_DATE).toEpochDay(),
                            Double.parseDouble(f[4]), Double.NaN, null, false);
                }
            }
        }
        return b.build();
    }

    // ------------------------------------------------------------------ hand-checked

    private static HoldoutValidation threeCustomers() {
        // rate 0.1 per week, holdout 10 weeks -> every prediction is 1.0
        // A: x=0, T=10, actual 2, baseline 0;  B: x=2, T=20, actual 1, baseline 2/20 × 10 = 1;
        // C: x=9, T=0, actual 4, baseline 0 (T = 0)
        return HoldoutValidator.validate(poisson(0.1), List.of(customer("A", 0, 0, 10, 2),
                customer("B", 2, 5, 20, 1), customer("C", 9, 0, 0, 4)), 10, TimeUnit.WEEK);
    }

    @Test
    void modelErrorsByHand() {
        ErrorSummary m = threeCustomers().model();
        assertThat(m.mae()).isCloseTo(4.0 / 3.0, within(1e-12)); // (1 + 0 + 3) / 3
        assertThat(m.rmse()).isCloseTo(Math.sqrt(10.0 / 3.0), within(1e-12)); // sqrt((1 + 0 + 9) / 3)
        assertThat(m.totalPredicted()).isCloseTo(3.0, within(1e-12));
        assertThat(m.totalActual()).isEqualTo(7.0);
        assertThat(m.percentError()).isCloseTo(-400.0 / 7.0, within(1e-9)); // (3 − 7) / 7 × 100
    }

    @Test
    void baselineIsHistoricalRateTimesHoldoutLength() {
        ErrorSummary b = threeCustomers().baseline();
        assertThat(b.totalPredicted()).isCloseTo(1.0, within(1e-12)); // 0 + 1 + 0
        assertThat(b.mae()).isCloseTo(2.0, within(1e-12)); // (2 + 0 + 4) / 3
        assertThat(b.rmse()).isCloseTo(Math.sqrt(20.0 / 3.0), within(1e-12)); // sqrt((4 + 0 + 16) / 3)
    }

    @Test
    void bucketsGroupByCalibrationFrequencyWithSevenPlus() {
        List<FrequencyBucket> buckets = threeCustomers().buckets();
        assertThat(buckets).extracting(FrequencyBucket::label)
                .containsExactly("0", "1", "2", "3", "4", "5", "6", "7+");
        assertThat(buckets.get(0)).isEqualTo(new FrequencyBucket("0", 1, 2.0, 1.0, 0.0));
        assertThat(buckets.get(2).meanBaseline()).isCloseTo(1.0, within(1e-12));
        assertThat(buckets.get(7).customers()).isEqualTo(1);
        assertThat(buckets.get(7).meanActual()).isEqualTo(4.0);
        assertThat(buckets.get(1)).isEqualTo(new FrequencyBucket("1", 0, 0, 0, 0));
    }

    @Test
    void emptyInputGivesZerosAndNoPercentage() {
        HoldoutValidation v = HoldoutValidator.validate(poisson(1), List.of(), 39, TimeUnit.WEEK);
        assertThat(v.customers()).isZero();
        assertThat(v.buckets()).hasSize(8).allSatisfy(b -> assertThat(b.customers()).isZero());
        assertThat(v.model().mae()).isZero();
        assertThat(v.model().rmse()).isZero();
        assertThat(v.model().percentError()).isNull();
    }

    @Test
    void allOneTimeBuyersWithNoHoldoutPurchasesGiveNoNaN() {
        HoldoutValidation v = HoldoutValidator.validate(poisson(0), List.of(customer("a", 0, 0, 0, 0),
                customer("b", 0, 0, 5, 0)), 0, TimeUnit.DAY);
        assertThat(v.model().mae()).isZero();
        assertThat(v.baseline().totalPredicted()).isZero();
        assertThat(v.model().percentError()).isNull();
        assertThat(v.buckets().get(0).meanPredicted()).isZero();
    }

    @Test
    void rejectsNegativeHoldoutLength() {
        assertThatThrownBy(() -> HoldoutValidator.validate(poisson(1), List.of(), -1, TimeUnit.WEEK))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("non-negative number of weeks");
    }

    @Test
    void trackingSumsEachCustomersExpectationFromItsOwnStart() {
        // rate 0.5, starts 0 and 1.5: cumulative k=1: 0.5; k=2: 0.5×2 + 0.5×0.5 = 1.25; k=3: 1.5 + 0.75 = 2.25
        CumulativeTracking t = HoldoutValidator.track(poisson(0.5), new double[] {0, 1.5}, new long[] {1, 2, 0},
                TimeUnit.WEEK);
        assertThat(t.points()).extracting(TrackingPoint::predictedCumulative).containsExactly(0.5, 1.25, 2.25);
        assertThat(t.points()).extracting(TrackingPoint::predicted).containsExactly(0.5, 0.75, 1.0);
        assertThat(t.points()).extracting(TrackingPoint::actualCumulative).containsExactly(1.0, 3.0, 3.0);
    }

    @Test
    void trackingWithNoPeriodsIsEmpty() {
        assertThat(HoldoutValidator.track(poisson(1), new double[0], new long[0], TimeUnit.WEEK).points()).isEmpty();
    }

    // ------------------------------------------------------------------ CDNOW against the BTYD walkthrough

    @Test
    void referenceModelReproducesHardiesExpectedPurchases() {
        // sanity check of the test model itself: PUBLISHED.md, E[X(t)] t = 1, 3, 32, 78 weeks
        ReferenceBgNbd m = new ReferenceBgNbd(0.2426, 4.4137, 0.7930, 2.4262);
        assertThat(m.expectedPurchasesNewCustomer(1)).isCloseTo(0.0532, within(1e-3));
        assertThat(m.expectedPurchasesNewCustomer(78)).isCloseTo(1.8576, within(0.005 * 1.8576));
        assertThat(m.expectedPurchases(39, 2, 30.43, 38.86)).isCloseTo(1.226, within(0.005 * 1.226));
    }

    @Test
    void cdnowBucketsMatchTheBtydWalkthrough() throws IOException {
        SummaryResult s = cdnow();
        HoldoutValidation v = HoldoutValidator.validate(new ReferenceBgNbd(0.2426, 4.4137, 0.7930, 2.4262),
                s.customers(), s.holdoutLength(), TimeUnit.WEEK);
        double[] actual = {0.237, 0.697, 1.393, 1.560, 2.532, 2.947, 3.862, 6.359};
        double[] predicted = {0.225, 0.523, 1.044, 1.520, 2.164, 2.654, 3.504, 6.157};
        int[] counts = {1411, 439, 214, 100, 62, 38, 29, 64};
        assertThat(v.holdoutLength()).isCloseTo(39.0, within(1e-12));
        for (int k = 0; k < 8; k++) {
            FrequencyBucket b = v.buckets().get(k);
            assertThat(b.customers()).as("bucket " + b.label()).isEqualTo(counts[k]);
            assertThat(b.meanActual()).as("actual " + b.label()).isCloseTo(actual[k], within(0.0005));
            assertThat(b.meanPredicted()).as("predicted " + b.label()).isCloseTo(predicted[k],
                    within(0.01 * predicted[k]));
        }
    }

    @Test
    void cdnowTrackingCumulatesActualsAndSumsPredictionsOverCustomerStarts() throws IOException {
        SummaryResult s = cdnow();
        CumulativeTracking t = HoldoutValidator.track(new ReferenceBgNbd(0.2426, 4.4137, 0.7930, 2.4262),
                s.firstPurchaseOffsets(), s.repeatPurchasesPerPeriod(), TimeUnit.WEEK);
        assertThat(t.points()).hasSize(78);
        // all repeat purchases of calibration and holdout (week-by-week values are checked in SummaryBuilderTest)
        int total = s.customers().stream().mapToInt(c -> c.frequency() + c.holdoutFrequency()).sum();
        assertThat(t.points().get(77).actualCumulative()).isEqualTo(total);
        // predicted at week 78 = Σ_i E[X(78 − f_i)], computed here customer by customer
        ReferenceBgNbd m = new ReferenceBgNbd(0.2426, 4.4137, 0.7930, 2.4262);
        double direct = 0;
        for (double f : s.firstPurchaseOffsets()) {
            direct += m.expectedPurchasesNewCustomer(78 - f);
        }
        assertThat(t.points().get(77).predictedCumulative()).isCloseTo(direct, within(1e-6));
    }
}
