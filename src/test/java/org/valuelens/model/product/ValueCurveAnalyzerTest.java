package org.valuelens.model.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.valuelens.model.summary.ReturnsPolicy;

/**
 * Daily cumulative value per acquired customer and CAC payback: a hand-made log worked out in the comments, and a
 * seeded random log checked against a plain day-by-day loop over the lines written here.
 */
class ValueCurveAnalyzerTest {

    private static int day(String date) {
        return (int) LocalDate.parse(date).toEpochDay();
    }

    /**
     * Ads: A Jan 1 (amount 10, cost 6) and Jan 3 (20, cost 10); B Jan 2 (5, cost 1). Mail: C Jan 1 (30, cost 0).
     * Data end Jan 4.
     */
    private static OrderBook handMade() {
        OrderBookBuilder b = new OrderBookBuilder(0.3, ReturnsPolicy.NET);
        b.add(0, day("2011-01-01"), 0, 10, 6, "ads", "a1", -1, -1, false);
        b.add(0, day("2011-01-03"), 0, 20, 10, "ads", "a2", -1, -1, false);
        b.add(1, day("2011-01-02"), 0, 5, 1, "ads", "b1", -1, -1, false);
        b.add(2, day("2011-01-01"), 0, 30, 0, "mail", "c1", -1, -1, false);
        b.add(2, day("2011-01-04"), 0, 1, 1, "mail", "c2", -1, -1, false);
        return b.build();
    }

    @Test
    void dayByDayMarginOfAChannelCountsOnlyCustomersObservedThatLong() {
        ValueCurves curves = new ValueCurveAnalyzer(LtvGrouping.CHANNEL).analyze(handMade());
        assertThat(curves.hasCost()).isTrue();
        assertThat(curves.paybackMetric()).isEqualTo(ValueMetric.MARGIN);
        ValueCurve ads = curves.group("ads");
        // A is observed days 0..3 (Jan 1..4), B days 0..2 (Jan 2..4): the curve has 4 days
        assertThat(ads.length()).isEqualTo(4);
        // day 0: A margin 4, B margin 4 -> 4; day 1: A 4, B 4 -> 4; day 2: A 4 + 10, B 4 -> 9; day 3: A alone 14
        assertThat(ads.value(ValueMetric.MARGIN, 0)).isCloseTo(4.0, within(1e-12));
        assertThat(ads.value(ValueMetric.MARGIN, 2)).isCloseTo(9.0, within(1e-12));
        assertThat(ads.value(ValueMetric.MARGIN, 3)).isCloseTo(14.0, within(1e-12));
        assertThat(ads.observed(2)).isEqualTo(2);
        assertThat(ads.observed(3)).isEqualTo(1);
        assertThat(ads.value(ValueMetric.REVENUE, 2)).isCloseTo((30 + 5) / 2.0, within(1e-12));
        assertThat(ads.value(ValueMetric.ORDERS, 2)).isCloseTo(1.5, within(1e-12));
        assertThat(ads.toDate(ValueMetric.REVENUE)).isCloseTo(17.5, within(1e-12));
        // CAC 8 is reached on day 2; CAC 20 is never reached within the data
        assertThat(ads.paybackDay(ValueMetric.MARGIN, 8)).isEqualTo(2);
        assertThat(ads.paybackDay(ValueMetric.MARGIN, 20)).isNull();
        assertThat(curves.group("mail").paybackDay(ValueMetric.MARGIN, 30)).isZero();
        assertThatThrownBy(() -> ads.paybackDay(ValueMetric.MARGIN, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void withoutCostsPaybackIsReadFromRevenue() {
        OrderBookBuilder b = new OrderBookBuilder(0.3, ReturnsPolicy.NET);
        b.add(0, day("2011-01-01"), 0, 10, Double.NaN, null, null, -1, -1, false);
        b.add(0, day("2011-01-05"), 0, 10, Double.NaN, null, null, -1, -1, false);
        ValueCurves curves = new ValueCurveAnalyzer(LtvGrouping.CHANNEL).analyze(b.build());
        assertThat(curves.hasCost()).isFalse();
        assertThat(curves.paybackMetric()).isEqualTo(ValueMetric.REVENUE);
        assertThat(curves.groups()).extracting(ValueCurve::label).containsExactly("(unknown)");
        assertThat(curves.all().paybackDay(curves.paybackMetric(), 15)).isEqualTo(4);
    }

    @Test
    void curveAtDayNMinusOneIsTheNDayValueOfTheCompleteWindows() {
        OrderBook book = random(7);
        ValueCurves curves = new ValueCurveAnalyzer(LtvGrouping.MONTH).analyze(book);
        LtvCohortTable table = new LtvCohortAnalyzer(LtvGrouping.MONTH, List.of(30, 90), 1).analyze(book, null);
        assertThat(curves.groups()).extracting(ValueCurve::label)
                .containsExactlyElementsOf(table.cohorts().stream().map(LtvCohort::label).toList());
        for (int g = 0; g < table.cohorts().size(); g++) {
            LtvCohort co = table.cohorts().get(g);
            ValueCurve cu = curves.groups().get(g);
            for (int k = 0; k < 2; k++) {
                int n = table.days().get(k);
                if (co.windowCustomers().get(k) > 0) {
                    assertThat(cu.observed(n - 1)).isEqualTo(co.windowCustomers().get(k));
                    assertThat(cu.value(ValueMetric.MARGIN, n - 1)).isCloseTo(co.margin().get(k), within(1e-9));
                    assertThat(cu.value(ValueMetric.ORDERS, n - 1)).isCloseTo(co.orders().get(k), within(1e-9));
                }
            }
        }
    }

    @Test
    void paybackDayAgreesWithAPlainDayByDayLoop() {
        List<Object[]> lines = new ArrayList<>();
        OrderBook book = random(11, lines);
        ValueCurves curves = new ValueCurveAnalyzer(LtvGrouping.CHANNEL).analyze(book);
        int end = lines.stream().mapToInt(l -> (int) l[1]).max().orElseThrow();
        for (String channel : List.of("ads", "mail", "shop")) {
            for (double cac : new double[] {5, 25, 60, 400}) {
                Integer expected = loopPayback(lines, channel, cac, end);
                assertThat(curves.group(channel).paybackDay(ValueMetric.MARGIN, cac)).as(channel + " " + cac)
                        .isEqualTo(expected);
            }
        }
    }

    /** Per day t: margin bought on days [first, first + t] by the channel's customers observed t days, / them. */
    private static Integer loopPayback(List<Object[]> lines, String channel, double cac, int end) {
        java.util.Map<Integer, Integer> first = new java.util.HashMap<>();
        java.util.Map<Integer, String> channelOf = new java.util.HashMap<>();
        for (Object[] l : lines) {
            int c = (int) l[0];
            if (!first.containsKey(c) || (int) l[1] < first.get(c)) {
                first.put(c, (int) l[1]);
                channelOf.put(c, (String) l[3]);
            }
        }
        for (int t = 0; t <= 2000; t++) {
            double sum = 0;
            int observed = 0;
            for (java.util.Map.Entry<Integer, Integer> e : first.entrySet()) {
                if (!channelOf.get(e.getKey()).equals(channel) || e.getValue() + t > end) {
                    continue;
                }
                observed++;
                for (Object[] l : lines) {
                    if ((int) l[0] == e.getKey() && (int) l[1] <= e.getValue() + t) {
                        sum += (double) l[2];
                    }
                }
            }
            if (observed == 0) {
                return null;
            }
            if (sum / observed >= cac) {
                return t;
            }
        }
        return null;
    }

    private static OrderBook random(long seed) {
        return random(seed, new ArrayList<>());
    }

    /** 300 customers over two years, 1-6 orders each; lines as {customer, day, margin, channel}. */
    private static OrderBook random(long seed, List<Object[]> lines) {
        Random rnd = new Random(seed);
        OrderBookBuilder b = new OrderBookBuilder(0.25, ReturnsPolicy.NET);
        String[] channels = {"ads", "mail", "shop"};
        int start = day("2010-01-01");
        for (int c = 0; c < 300; c++) {
            int d = start + rnd.nextInt(700);
            String ch = channels[rnd.nextInt(3)];
            int orders = 1 + rnd.nextInt(6);
            for (int o = 0; o < orders; o++) {
                double amount = 5 + rnd.nextInt(50);
                double cost = amount * 0.6;
                b.add(c, d, o, amount, cost, ch, "i" + c + "-" + o, -1, -1, false);
                lines.add(new Object[] {c, d, amount - cost, ch});
                d += rnd.nextInt(90);
            }
        }
        return b.build();
    }
}
