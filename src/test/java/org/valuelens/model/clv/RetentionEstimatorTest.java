package org.valuelens.model.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetentionEstimatorTest {

    private static final LocalDate START = LocalDate.of(2020, 1, 1);
    private static final LocalDate END = LocalDate.of(2022, 12, 31);

    @Test
    void pooledShareOfActiveCustomersWhoBuyAgainNextPeriod() {
        // years: A 1,2,3; B 1,2; C 1; D 2,3
        // year1->2: active A,B,C, retained A,B (2/3); year2->3: active A,B,D, retained A,D (2/3) -> 4/6
        RetentionEstimator e = new RetentionEstimator(START, END, 365.25);
        e.add("A", LocalDate.of(2020, 3, 1));
        e.add("A", LocalDate.of(2021, 3, 1));
        e.add("A", LocalDate.of(2022, 3, 1));
        e.add("B", LocalDate.of(2020, 5, 1));
        e.add("B", LocalDate.of(2020, 6, 1));
        e.add("B", LocalDate.of(2021, 12, 30));
        e.add("C", LocalDate.of(2020, 12, 30));
        e.add("D", LocalDate.of(2021, 1, 2));
        e.add("D", LocalDate.of(2022, 7, 1));
        RetentionEstimate r = e.estimate();
        assertThat(r.periods()).isEqualTo(3);
        assertThat(r.activeCustomerPeriods()).isEqualTo(6);
        assertThat(r.retainedCustomerPeriods()).isEqualTo(4);
        assertThat(r.rate()).isCloseTo(4.0 / 6.0, within(1e-12));
        assertThat(r.ratePerTransition()).containsExactly(2.0 / 3.0, 2.0 / 3.0);
    }

    @Test
    void incompletePeriodsAreIgnored() {
        // end 2021-06-30 -> one complete year only: no transition can be followed
        RetentionEstimator e = new RetentionEstimator(START, LocalDate.of(2021, 6, 30), 365.25);
        e.add("A", LocalDate.of(2020, 3, 1));
        e.add("A", LocalDate.of(2021, 3, 1));
        RetentionEstimate r = e.estimate();
        assertThat(r.periods()).isEqualTo(1);
        assertThat(r.rate()).isZero();
        assertThat(r.activeCustomerPeriods()).isZero();
    }

    @Test
    void emptyInputGivesZeroNotNaN() {
        RetentionEstimate r = RetentionEstimator.estimate(List.of(), 0);
        assertThat(r.rate()).isZero();
        assertThat(r.ratePerTransition()).isEmpty();
    }

    @Test
    void rejectsNonPositivePeriodLength() {
        assertThatThrownBy(() -> new RetentionEstimator(START, END, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive number of days");
    }
}
