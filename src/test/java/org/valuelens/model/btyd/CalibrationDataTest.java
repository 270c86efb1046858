package org.valuelens.model.btyd;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.valuelens.model.CustomerSummary;

class CalibrationDataTest {

    private static CustomerSummary summary(String id, int x, double tx, double age) {
        LocalDate d = LocalDate.of(2020, 1, 1);
        return new CustomerSummary(id, d, d, null, x, tx, age, 10.0, 20.0, null, x + 1, 0, 0.0);
    }

    @Test
    void usesFrequencyRecencyAndAgeOfCustomerSummaries() {
        CalibrationData d = CalibrationData.of(List.of(summary("a", 2, 3.0, 8.0), summary("b", 0, 0, 5.0)));
        assertThat(d.customers()).isEqualTo(2);
        assertThat(d.x()).containsExactly(2, 0);
        assertThat(d.tx()).containsExactly(3.0, 0.0);
        assertThat(d.age()).containsExactly(8.0, 5.0);
    }

    @Test
    void groupsEqualHistoriesIntoWeightedRows() {
        CalibrationData d = CalibrationData.of(List.of(summary("a", 1, 2, 9), summary("b", 1, 2, 9),
                summary("c", 1, 3, 9)));
        assertThat(d.rows()).isEqualTo(2);
        assertThat(d.weight()).containsExactly(2.0, 1.0);
        assertThat(d.repeatCustomers()).isEqualTo(3);
    }

    @Test
    void groupedLikelihoodEqualsUngroupedSum() {
        // the weighted likelihood of grouped rows must equal the sum over individual customers
        CdnowFixture fx = CdnowFixture.load();
        CalibrationData grouped = fx.calibration();
        double[] p = {0.24, 4.4, 0.79, 2.4};
        double sum = 0;
        for (int i = 0; i < fx.size(); i++) {
            CalibrationData one = CalibrationData.of(new int[] {fx.x[i]}, new double[] {fx.tx[i]},
                    new double[] {fx.age[i]});
            sum += BgNbdFitter.logLikelihood(one, p, false);
        }
        assertThat(grouped.rows()).isLessThan(fx.size());
        assertThat(BgNbdFitter.logLikelihood(grouped, p, false)).isCloseTo(sum, org.assertj.core.api.Assertions
                .within(1e-6));
    }

    @Test
    void subsampleKeepsTheCustomerTotal() {
        CalibrationData d = CdnowFixture.load().calibration();
        CalibrationData s = d.subsample(100);
        double total = 0;
        for (double w : s.weight()) {
            total += w;
        }
        assertThat(s.rows()).isLessThanOrEqualTo(100);
        assertThat(total).isCloseTo(2357, org.assertj.core.api.Assertions.within(1e-6));
    }

    @Test
    void groupingManyCustomersCountsEachDistinctTripleOnceWithItsCustomers() {
        Random random = new Random(7);
        int n = 50_000;
        int[] x = new int[n];
        double[] tx = new double[n];
        double[] age = new double[n];
        Map<String, Integer> expected = new HashMap<>();
        for (int i = 0; i < n; i++) {
            x[i] = random.nextInt(6);
            age[i] = 1 + random.nextInt(40) / 7.0;
            tx[i] = x[i] == 0 ? 0 : random.nextInt(1 + (int) Math.floor(age[i] * 7)) / 7.0;
            expected.merge(x[i] + "|" + tx[i] + "|" + age[i], 1, Integer::sum);
        }

        CalibrationData data = CalibrationData.of(x, tx, age);

        assertThat(data.customers()).isEqualTo(n);
        assertThat(data.rows()).isEqualTo(expected.size());
        Map<String, Integer> grouped = new HashMap<>();
        for (int i = 0; i < data.rows(); i++) {
            String key = data.xAt(i) + "|" + data.times()[data.txIndexAt(i)] + "|" + data.times()[data.ageIndexAt(i)];
            grouped.put(key, (int) data.weightAt(i));
        }
        assertThat(grouped).isEqualTo(expected);
    }
}
