package org.valuelens.model.btyd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.valuelens.model.TimeUnit;
import org.valuelens.model.summary.PurchaseTiming;
import org.valuelens.model.summary.SummaryBuilder;
import org.valuelens.model.summary.SummaryResult;
import org.valuelens.model.summary.SummarySettings;

/**
 * The timing statistics of {@link SummaryBuilder}: litt as BTYDplus {@code elog2cbs} and the Wheat &amp; Morrison
 * regularity as BTYDplus {@code estimateRegularity}, against the BTYDplus 1.2.0 vignette (inst/doc/BTYDplus-HowTo.pdf)
 * on the grocery log: {@code head(groceryCBS)} prints litt 3.917721 (customer 2), 16.952179 (customer 3) and
 * 6.012667 (customer 5); {@code estimateRegularity(groceryElog, method = "wheat")} prints 1.824447.
 */
class PurchaseTimingTest {

    @Test
    void littMatchesTheVignette() {
        SummaryResult s = GroceryFixture.summary(GroceryFixture.CAL_END);
        double[] litt = s.timing().litt();
        java.util.Map<String, Double> byId = new java.util.HashMap<>();
        for (int i = 0; i < litt.length; i++) {
            byId.put(s.customers().get(i).customerId(), litt[i]);
        }
        assertThat(byId.get("1")).isEqualTo(0.0);
        assertThat(byId.get("2")).isCloseTo(3.917721, offset(1e-6));
        assertThat(byId.get("3")).isCloseTo(16.952179, offset(1e-6));
        assertThat(byId.get("5")).isCloseTo(6.012667, offset(1e-6));
    }

    @Test
    void wheatRegularityMatchesTheVignette() {
        // BTYDplus picks ITT1 at random among the last two, so its printed value carries sampling noise; 1 %
        double k = GroceryFixture.summary(null).timing().wheatRegularity();
        assertThat(k).isCloseTo(1.824447, offset(0.01 * 1.824447));
    }

    @Test
    void timingByHandOnASmallLog() {
        SummaryBuilder b = new SummaryBuilder(SummarySettings.of(TimeUnit.WEEK)
                .withCalibrationEnd(LocalDate.of(2020, 3, 1)));
        long d0 = LocalDate.of(2020, 1, 1).toEpochDay();
        // A: purchase days 0, 7, 21 (+ a second line on day 7), 28; B: days 0, 14, 15; C: one day; D: after the end
        for (long d : new long[] {0, 7, 7, 21, 28}) {
            b.add("A", d0 + d, 1, Double.NaN, null, false);
        }
        for (long d : new long[] {0, 14, 15}) {
            b.add("B", d0 + d, 1, Double.NaN, null, false);
        }
        b.add("C", d0 + 3, 1, Double.NaN, null, false);
        b.add("A", d0 + 200, 1, Double.NaN, null, false);
        PurchaseTiming t = b.build().timing();
        double[] litt = t.litt();
        assertThat(litt[0]).isCloseTo(Math.log(1) + Math.log(2) + Math.log(1), offset(1e-12));
        assertThat(litt[1]).isCloseTo(Math.log(2) + Math.log(1.0 / 7), offset(1e-12));
        assertThat(litt[2]).isEqualTo(0.0);
        assertThat(t.wheatCustomers()).isEqualTo(2);
        double mA = 14.0 / (14 + 7) - 0.5;
        double mB = 14.0 / (14 + 1) - 0.5;
        double var = (mA * mA + mB * mB) / 2;
        assertThat(t.wheatRegularity()).isCloseTo((1 - 4 * var) / (8 * var), offset(1e-12));
        assertThat(t.sumLitt()).isCloseTo(litt[0] + litt[1], offset(1e-12));
    }
}
