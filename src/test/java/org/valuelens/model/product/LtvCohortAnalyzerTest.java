package org.valuelens.model.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.valuelens.model.summary.ReturnsPolicy;

/** N-day value by cohort on a hand-made log whose expected values are worked out in the comments. */
class LtvCohortAnalyzerTest {

    private static void line(OrderBookBuilder b, int customer, String date, double amount, String invoice,
                             int product) {
        b.add(customer, (int) LocalDate.parse(date).toEpochDay(), 0, amount, Double.NaN, null, invoice, product, -1,
                false);
    }

    /** A: Jan 5 (10), Feb 1 (20), Jun 1 (5); C: Jan 20 (4); B: May 20 (7), Jun 10 (3). Data end Jun 10. */
    private static OrderBook book() {
        OrderBookBuilder b = new OrderBookBuilder(0.5, ReturnsPolicy.NET);
        line(b, 0, "2011-01-05", 10, "a1", 0);
        line(b, 0, "2011-02-01", 20, "a2", 1);
        line(b, 0, "2011-06-01", 5, "a3", 1);
        line(b, 2, "2011-01-20", 4, "c1", 1);
        line(b, 1, "2011-05-20", 7, "b1", 0);
        line(b, 1, "2011-06-10", 3, "b2", 0);
        return b.build();
    }

    @Test
    void cohortWhoseNinetyDayWindowRunsPastTheDataEndIsMarkedAndLeftOutOfTheAverage() {
        LtvCohortTable t = new LtvCohortAnalyzer(LtvGrouping.MONTH, List.of(30, 90), 1).analyze(book(), null);
        assertThat(t.cohorts()).extracting(LtvCohort::label).containsExactly("2011-01", "2011-05");
        LtvCohort jan = t.cohorts().get(0);
        LtvCohort may = t.cohorts().get(1);
        // January: A's first 90 days hold 10 + 20 (Feb 1 is day 27), C's 4: (30 + 4) / 2 = 17, in both windows
        assertThat(jan.complete()).containsExactly(true, true);
        assertThat(jan.revenue().get(1)).isCloseTo(17.0, within(1e-12));
        assertThat(jan.revenue().get(0)).isCloseTo(17.0, within(1e-12));
        assertThat(jan.orders().get(1)).isCloseTo(1.5, within(1e-12));
        assertThat(jan.margin().get(1)).isCloseTo(8.5, within(1e-12));
        // May 20 + 89 days is past June 10: incomplete, no customer's window is over yet
        assertThat(may.complete()).containsExactly(false, false);
        assertThat(may.windowCustomers()).containsExactly(0, 0);
        assertThat(may.revenue().get(1)).isNull();
        // the average is January's alone, and says that not every cohort entered it
        assertThat(t.average().revenue().get(1)).isCloseTo(17.0, within(1e-12));
        assertThat(t.average().windowCustomers().get(1)).isEqualTo(2);
        assertThat(t.average().complete().get(1)).isFalse();
        assertThat(t.observationEnd()).isEqualTo(LocalDate.parse("2011-06-10"));
    }

    @Test
    void firstProductGroupsCountACustomerUnderEachProductOfTheFirstOrder() {
        OrderBookBuilder b = new OrderBookBuilder(0.3, ReturnsPolicy.NET);
        line(b, 0, "2011-01-05", 10, "x", 0);
        line(b, 0, "2011-01-05", 6, "x", 1);
        line(b, 1, "2011-01-06", 2, "y", 1);
        line(b, 1, "2011-09-06", 1, "z", 1);
        LtvCohortTable t = new LtvCohortAnalyzer(LtvGrouping.FIRST_PRODUCT, List.of(30), 1)
                .analyze(b.build(), List.of("P0", "P1"));
        assertThat(t.cohorts()).extracting(LtvCohort::label).containsExactly("P1", "P0");
        // P1: customer 0 (16 in the first 30 days) and customer 1 (2): 9 per customer
        assertThat(t.cohorts().get(0).revenue().get(0)).isCloseTo(9.0, within(1e-12));
        assertThat(t.cohorts().get(1).revenue().get(0)).isCloseTo(16.0, within(1e-12));
    }

    @Test
    void returnsCountOnTheirDayUnderNetAndNotAtAllUnderExclude() {
        for (ReturnsPolicy policy : ReturnsPolicy.values()) {
            OrderBookBuilder b = new OrderBookBuilder(0.3, policy);
            line(b, 0, "2011-01-05", 10, "a", 0);
            b.add(0, (int) LocalDate.parse("2011-01-10").toEpochDay(), 0, -4, Double.NaN, null, "Ca", 0, -1, true);
            line(b, 1, "2011-06-01", 1, "b", 0);
            LtvCohortTable t = new LtvCohortAnalyzer(LtvGrouping.YEAR, List.of(30), 1).analyze(b.build(), null);
            double expected = policy == ReturnsPolicy.NET ? 6.0 : 10.0;
            // customer 1 (June 1) is the data end: only customer 0's window is over
            assertThat(t.cohorts().get(0).revenue().get(0)).as(policy.name()).isCloseTo(expected, within(1e-12));
            assertThat(t.cohorts().get(0).orders().get(0)).isCloseTo(1.0, within(1e-12));
        }
    }
}
