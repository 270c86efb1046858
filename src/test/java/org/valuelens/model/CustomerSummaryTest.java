package org.valuelens.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CustomerSummaryTest {
    private static CustomerSummary withCost(Double cost) {
        LocalDate d = LocalDate.of(2024, 1, 1);
        return new CustomerSummary("A", d, d.plusDays(14), null, 2, 2.0, 4.0, 30.0, 100.0, cost, 3, 0, 0.0);
    }

    @Test
    void historicalMarginIsRevenueMinusCostWhenCostIsKnown() {
        // 100 revenue − 70 cost; the margin fraction is not used
        assertThat(withCost(70.0).historicalMargin(0.3)).isCloseTo(30.0, within(1e-12));
        assertThat(withCost(120.0).historicalMargin(0.3)).isCloseTo(-20.0, within(1e-12));
    }

    @Test
    void historicalMarginIsRevenueTimesTheFractionWithoutCost() {
        assertThat(withCost(null).historicalMargin(0.3)).isCloseTo(30.0, within(1e-12));
    }
}
