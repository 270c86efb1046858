package org.valuelens.model.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.valuelens.model.Transaction;
import org.valuelens.model.segment.RealData;

/** The last period of the data is partial when the data ends before that period's last day. */
class CohortPartialPeriodTest {

    private record Line(String id, LocalDate day, double amount) {
    }

    /** Hand-built log from 2021-01-05 to 2021-03-15: March is partial (15 of 31 days). */
    private static final List<Line> LINES = List.of(
            new Line("a", LocalDate.of(2021, 1, 5), 10), new Line("a", LocalDate.of(2021, 2, 10), 20),
            new Line("a", LocalDate.of(2021, 3, 15), 5),
            new Line("b", LocalDate.of(2021, 1, 20), 30), new Line("b", LocalDate.of(2021, 3, 2), 10),
            new Line("c", LocalDate.of(2021, 2, 3), 40), new Line("c", LocalDate.of(2021, 3, 10), 8),
            new Line("d", LocalDate.of(2021, 2, 25), 15),
            new Line("e", LocalDate.of(2021, 3, 5), 12));

    private static CohortResult monthly(List<Line> lines) {
        CohortAnalyzer a = new CohortAnalyzer(CohortPeriod.MONTH, 1.0);
        for (Line l : lines) {
            a.add(new Transaction(l.id(), l.day().atStartOfDay(), l.amount(), null, null, null, null, null, 0,
                    false));
        }
        return a.result(null);
    }

    /**
     * Expected size-weighted averages over cohorts, computed straight from the lines with sets and calendar months:
     * only (cohort, month) cells whose month ends on or before the last line day count.
     *
     * @return [retention, cumulative margin per customer] per period since acquisition
     */
    private static List<List<Double>> expectedAverages(List<Line> lines) {
        Map<String, YearMonth> first = new HashMap<>();
        LocalDate last = LocalDate.MIN;
        for (Line l : lines) {
            first.merge(l.id(), YearMonth.from(l.day()), (x, y) -> x.isBefore(y) ? x : y);
            last = l.day().isAfter(last) ? l.day() : last;
        }
        List<Double> retention = new ArrayList<>();
        List<Double> ltv = new ArrayList<>();
        for (int p = 0; ; p++) {
            int customers = 0;
            Set<String> active = new HashSet<>();
            double margin = 0;
            for (Map.Entry<String, YearMonth> e : first.entrySet()) {
                YearMonth month = e.getValue().plusMonths(p);
                if (month.atEndOfMonth().isAfter(last)) {
                    continue; // partial or beyond the data
                }
                customers++;
                for (Line l : lines) {
                    if (l.id().equals(e.getKey()) && !YearMonth.from(l.day()).isAfter(month)) {
                        margin += l.amount();
                        if (YearMonth.from(l.day()).equals(month)) {
                            active.add(l.id());
                        }
                    }
                }
            }
            if (customers == 0) {
                return List.of(retention, ltv);
            }
            retention.add(p == 0 ? 1.0 : active.size() / (double) customers);
            ltv.add(margin / customers);
        }
    }

    @Test
    void eachCohortsCellInThePartialLastMonthIsMarked() {
        CohortResult r = monthly(LINES);
        assertThat(r.observationEnd()).isEqualTo(LocalDate.of(2021, 3, 15));
        assertThat(r.lastPeriodPartial()).isTrue();
        // hand count: January cohort (a, b) sees Jan, Feb complete and March partial; February (c, d) sees Feb
        // complete; March (e) has only the partial March
        assertThat(r.cohorts()).extracting(Cohort::label).containsExactly("2021-01", "2021-02", "2021-03");
        assertThat(r.cohorts()).extracting(Cohort::periods).containsExactly(3, 2, 1);
        assertThat(r.cohorts()).extracting(Cohort::completePeriods).containsExactly(2, 1, 0);
        assertThat(r.cohort("2021-01").complete(1)).isTrue();
        assertThat(r.cohort("2021-01").complete(2)).isFalse();
        // the partial cells keep their values: 2 of 2 January customers bought in March
        assertThat(r.cohort("2021-01").retention().get(2)).isEqualTo(1.0);
    }

    @Test
    void averagesOverCohortsLeaveThePartialCellsOut() {
        CohortResult r = monthly(LINES);
        List<List<Double>> expected = expectedAverages(LINES);
        assertThat(expected.get(0)).containsExactly(1.0, 0.5); // by hand: a of {a, b} bought in February
        assertThat(r.averageRetention()).hasSize(2);
        for (int p = 0; p < 2; p++) {
            assertThat(r.averageRetention().get(p)).isCloseTo(expected.get(0).get(p), within(1e-12));
            assertThat(r.averageCumulativeMarginPerCustomer().get(p)).isCloseTo(expected.get(1).get(p),
                    within(1e-12));
        }
        // by hand: period 0 = (10 + 30 + 40 + 15) / 4, period 1 = January only, (10 + 30 + 20) / 2
        assertThat(r.averageCumulativeMarginPerCustomer()).containsExactly(23.75, 30.0);
    }

    @Test
    void channelLtvCurveUsesCompletePeriodsOnly() {
        ChannelSummary all = monthly(LINES).channel(CohortAnalyzer.UNKNOWN_CHANNEL);
        // by hand: period 0 margin of the complete cells (Jan 40, Feb 55) over 4 customers; period 1 adds January's
        // February margin 20 over its 2 customers; March (partial) is left out
        assertThat(all.cumulativeMarginPerCustomer()).hasSize(2);
        assertThat(all.cumulativeMarginPerCustomer().get(0)).isCloseTo(95.0 / 4, within(1e-12));
        assertThat(all.cumulativeMarginPerCustomer().get(1)).isCloseTo(95.0 / 4 + 20.0 / 2, within(1e-12));
    }

    @Test
    void dataEndingOnTheLastDayOfTheMonthHasNoPartialPeriod() {
        List<Line> full = new ArrayList<>(LINES);
        full.add(new Line("e", LocalDate.of(2021, 3, 31), 3));
        CohortResult r = monthly(full);
        assertThat(r.lastPeriodPartial()).isFalse();
        for (Cohort c : r.cohorts()) {
            assertThat(c.completePeriods()).isEqualTo(c.periods());
        }
        List<List<Double>> expected = expectedAverages(full);
        assertThat(r.averageRetention()).hasSize(3);
        for (int p = 0; p < 3; p++) {
            assertThat(r.averageRetention().get(p)).isCloseTo(expected.get(0).get(p), within(1e-12));
            assertThat(r.averageCumulativeMarginPerCustomer().get(p)).isCloseTo(expected.get(1).get(p),
                    within(1e-12));
        }
    }

    @Test
    void cdnowEndsOnJuneThirtiethSoEveryCellIsComplete() {
        CohortAnalyzer a = new CohortAnalyzer(CohortPeriod.MONTH, 1.0);
        for (RealData.Line l : RealData.cdnowLines()) {
            a.add(new Transaction(l.id(), l.day().atStartOfDay(), l.amount(), null, null, null, null, null, 0,
                    l.amount() < 0));
        }
        CohortResult r = a.result(null);
        assertThat(r.observationEnd()).isEqualTo(LocalDate.of(1998, 6, 30));
        assertThat(r.lastPeriodPartial()).isFalse();
        for (Cohort c : r.cohorts()) {
            assertThat(c.completePeriods()).isEqualTo(c.periods());
        }
        // January 1997 to June 1998: 18 months, all in the channel curve as before
        assertThat(r.channels().get(0).cumulativeMarginPerCustomer()).hasSize(18);
        assertThat(r.averageRetention()).hasSize(18);
        Cohort jan = r.cohort("1997-01");
        double pooled = 0;
        int size = 0;
        for (Cohort c : r.cohorts()) {
            pooled += c.activeCustomers().get(5);
            size += c.size();
        }
        assertThat(r.averageRetention().get(5)).isCloseTo(pooled / size, within(1e-12));
        assertThat(r.averageRetention().get(17)).isEqualTo(jan.retention().get(17));
    }
}
