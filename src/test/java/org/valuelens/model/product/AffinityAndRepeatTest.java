package org.valuelens.model.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.valuelens.model.summary.ReturnsPolicy;

/** Ordered affinity and time between orders on hand-made logs. */
class AffinityAndRepeatTest {

    private static void line(OrderBookBuilder b, int customer, int day, int product) {
        b.add(customer, day, 0, 1, Double.NaN, null, null, product, -1, false);
    }

    @Test
    void affinityCountsCustomersWhoBoughtALaterBAndItsLift() {
        OrderBookBuilder b = new OrderBookBuilder(0.3, ReturnsPolicy.NET);
        line(b, 0, 1, 1);
        line(b, 0, 5, 2);      // 0: P1 then P2
        line(b, 1, 1, 1);
        line(b, 1, 9, 2);      // 1: P1 then P2
        line(b, 2, 1, 2);
        line(b, 2, 3, 1);      // 2: P2 then P1
        line(b, 3, 2, 3);      // 3: P3 only
        line(b, 4, 2, 1);
        line(b, 4, 2, 2);      // 4: P1 and P2 in one order: not "later"
        List<AffinityPair> pairs = new AffinityAnalyzer(10, 1).analyze(b.build());
        AffinityPair p12 = pairs.stream().filter(p -> p.a() == 1 && p.b() == 2).findFirst().orElseThrow();
        // 4 buyers of P1, 4 of P2, 5 customers: confidence 2/4, lift (2/4) / (4/5) = 0.625
        assertThat(p12.pairs()).isEqualTo(2);
        assertThat(p12.confidence()).isCloseTo(0.5, within(1e-12));
        assertThat(p12.lift()).isCloseTo(0.625, within(1e-12));
        assertThat(p12.support()).isCloseTo(0.4, within(1e-12));
        AffinityPair p21 = pairs.stream().filter(p -> p.a() == 2 && p.b() == 1).findFirst().orElseThrow();
        assertThat(p21.pairs()).isEqualTo(1);
        assertThat(pairs).noneMatch(p -> p.a() == 3 || p.b() == 3);
    }

    @Test
    void repeatStepsGiveQuartilesOfTheGapsAndTheShareWithinNDays() {
        OrderBookBuilder b = new OrderBookBuilder(0.3, ReturnsPolicy.NET);
        int[] gaps = {2, 4, 10, 40};
        for (int c = 0; c < gaps.length; c++) {
            line(b, c, 0, 0);
            line(b, c, gaps[c], 0);
        }
        line(b, 4, 0, 0);      // a one-order customer
        line(b, 5, 95, 0);     // the data end: day 95, too late to have 30 days
        RepeatResult r = new RepeatAnalyzer(2, List.of(30)).analyze(b.build());
        RepeatStep s = r.steps().get(0);
        assertThat(r.repeatShare()).isCloseTo(4.0 / 6, within(1e-12));
        assertThat(s.customers()).isEqualTo(4);
        // sorted gaps 2, 4, 10, 40: median (4 + 10) / 2; p25 at position 0.75: 2 + 0.75 × 2; p75 at 2.25
        assertThat(s.medianDays()).isCloseTo(7.0, within(1e-12));
        assertThat(s.p25Days()).isCloseTo(3.5, within(1e-12));
        assertThat(s.p75Days()).isCloseTo(17.5, within(1e-12));
        // customers 0..4 had 30 days after their first order; 3 of them ordered again within 30 days
        assertThat(s.shareWithin().get(0)).isCloseTo(3.0 / 5, within(1e-12));
        assertThat(s.histogram()).containsExactly(2, 1, 0, 1, 0, 0, 0, 0);
        assertThat(r.steps().get(1).customers()).isZero();
        assertThat(r.steps().get(1).medianDays()).isNull();
    }
}
