package org.valuelens.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TimeUnitTest {

    @Test
    void twelveMonthlyRatesCompoundToTheAnnualRate() {
        double monthly = TimeUnit.MONTH.periodRate(0.10);
        assertThat(Math.pow(1 + monthly, 12)).isCloseTo(1.10, within(1e-12));
        // hand value: 1.1^(1/12) - 1
        assertThat(monthly).isCloseTo(0.007974140428, within(1e-11));
    }

    @Test
    void weekIsSevenDaysAndYearHas52Point18Weeks() {
        assertThat(TimeUnit.WEEK.fromDays(14)).isEqualTo(2.0);
        assertThat(TimeUnit.WEEK.periodsPerYear()).isCloseTo(52.1786, within(1e-4));
    }

    @Test
    void parsesCommandLineNamesAndRejectsOthers() {
        assertThat(TimeUnit.parse("Weeks")).isEqualTo(TimeUnit.WEEK);
        assertThatThrownBy(() -> TimeUnit.parse("fortnight")).hasMessageContaining("day, week or month");
    }

    @Test
    void rejectsAnnualRatesAtOrBelowMinusOne() {
        assertThatThrownBy(() -> TimeUnit.DAY.periodRate(-1.0)).isInstanceOf(IllegalArgumentException.class);
    }
}
