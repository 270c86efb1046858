package org.valuelens.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.special.Beta;
import org.junit.jupiter.api.Test;

/**
 * sBG subscription cohorts against Fader &amp; Hardie (2007), "How to project customer retention" (1,000 customers
 * per segment, years 0..7 fitted; figures in src/test/resources/data/reference/PUBLISHED.md).
 */
class SubscriptionServiceTest {
    /** Regular segment, customers still active after years 0..7 (100, 63.1, 46.8, ... % of 1,000). */
    private static final double[] REGULAR = {1000, 631, 468, 382, 326, 289, 262, 241};
    /** High-end segment, years 0..7. */
    private static final double[] HIGH_END = {1000, 869, 743, 653, 593, 551, 517, 491};

    private final SubscriptionService service = new SubscriptionService();

    @Test
    void regularSegmentMatchesThePublishedFit() {
        SubscriptionReport r = service.fit(REGULAR, 1000, 5, 0.1, 1);
        assertThat(r.fit().parameter("alpha")).isCloseTo(0.704, offset(0.005 * 0.704));
        assertThat(r.fit().parameter("beta")).isCloseTo(1.182, offset(0.005 * 1.182));
    }

    @Test
    void highEndSegmentMatchesThePublishedFitAndProjection() {
        SubscriptionReport r = service.fit(HIGH_END, 1000, 5, 0.1, 1);
        assertThat(r.fit().parameter("alpha")).isCloseTo(0.668, offset(0.005 * 0.668));
        assertThat(r.fit().parameter("beta")).isCloseTo(3.806, offset(0.005 * 3.806));
        double[] published = {0.460, 0.436, 0.414, 0.395, 0.378};
        for (int i = 0; i < published.length; i++) {
            SubscriptionReport.Period p = r.periods().get(8 + i);
            assertThat(p.projected()).isTrue();
            assertThat(p.observedActive()).isNull();
            assertThat(p.fittedShare()).as("year %d", 8 + i).isCloseTo(published[i], within(0.005));
        }
    }

    @Test
    void percentagesAreReadOnTheCohortSize() {
        double[] percent = {100, 63.1, 46.8, 38.2, 32.6, 28.9, 26.2, 24.1};
        SubscriptionReport r = service.fit(percent, 1000, 0, 0.1, 1);
        assertThat(r.asPercent()).isTrue();
        assertThat(r.active()).containsExactly(1000, 631, 468, 382, 326, 289, 262, 241);
    }

    @Test
    void residualValueIsTheActiveBaseTimesTheDirectlySummedResidualLifetime() {
        double[] fiveYears = {1000, 631, 468, 382, 326};
        double d = 0.1;
        SubscriptionReport r = service.fit(fiveYears, 1000, 3, d, 50);
        double a = r.fit().parameter("alpha");
        double b = r.fit().parameter("beta");
        int n = 4;
        double sn = Math.exp(Beta.logBeta(a, b + n) - Beta.logBeta(a, b));
        double sum = 0;
        for (int j = n + 1; j < 20_000; j++) {
            sum += Math.exp(Beta.logBeta(a, b + j) - Beta.logBeta(a, b)) / sn / Math.pow(1 + d, j - n - 1);
        }
        assertThat(r.residualLifetime()).isCloseTo(sum, within(1e-6));
        assertThat(r.residualValue()).isCloseTo(326 * sum * 50, within(1e-3));
        assertThat(r.periods()).hasSize(5 + 3);
        assertThat(r.periods().get(4).observedActive()).isEqualTo(326L);
    }

    @Test
    void parsingAcceptsCommasSpacesNewLinesAndTheChineseComma() {
        assertThat(SubscriptionService.parseActive("1000，631; 468 382\n326"))
                .containsExactly(1000, 631, 468, 382, 326);
    }

    @Test
    void aGrowingCohortIsRefusedNamingThePeriodAndValues() {
        assertThatThrownBy(() -> service.fit(new double[] {1000, 631, 700}, 1000, 5, 0.1, 1))
                .isInstanceOf(ServiceException.class).hasMessageContaining("Period 2 has 700")
                .hasMessageContaining("631 of period 1");
    }

    @Test
    void aWordIsRefusedByName() {
        assertThatThrownBy(() -> SubscriptionService.parseActive("1000, abc"))
                .isInstanceOf(ServiceException.class).hasMessageContaining("'abc' is not a number");
    }

    @Test
    void aCohortWhereNobodyLeftCannotBeFittedAndSaysWhy() {
        assertThatThrownBy(() -> service.fit(new double[] {100, 100, 100}, 1000, 5, 0.1, 1))
                .isInstanceOf(ServiceException.class).hasMessageContaining("nobody churned");
    }
}
