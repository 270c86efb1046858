package org.valuelens.model.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.valuelens.model.CustomerRecord;
import org.valuelens.model.Transaction;
import org.valuelens.model.segment.RealData;

class CohortAnalyzerTest {

    private final List<RealData.Line> cdnow = RealData.cdnowLines();

    private static Transaction tx(String id, LocalDate day, double amount) {
        return new Transaction(id, day.atStartOfDay(), amount, null, null, null, null, null, 0, amount < 0);
    }

    private CohortResult cdnowBy(CohortPeriod period) {
        CohortAnalyzer a = new CohortAnalyzer(period, 1.0);
        cdnow.forEach(l -> a.add(tx(l.id(), l.day(), l.amount())));
        return a.result(null);
    }

    /** Independent hand count: first-purchase month per customer, then buyers in a later calendar month. */
    private int[] handCount(int cohortMonth, int year, int month) {
        Map<String, LocalDate> first = new HashMap<>();
        for (RealData.Line l : cdnow) {
            first.merge(l.id(), l.day(), (x, y) -> x.isBefore(y) ? x : y);
        }
        Set<String> cohort = new HashSet<>();
        first.forEach((id, d) -> {
            if (d.getYear() == 1997 && d.getMonthValue() == cohortMonth) {
                cohort.add(id);
            }
        });
        Set<String> active = new HashSet<>();
        for (RealData.Line l : cdnow) {
            if (cohort.contains(l.id()) && l.day().getYear() == year && l.day().getMonthValue() == month) {
                active.add(l.id());
            }
        }
        return new int[] {cohort.size(), active.size()};
    }

    @Test
    void cdnowCustomersAreAllAcquiredInTheFirstQuarterOf1997() {
        CohortResult byQuarter = cdnowBy(CohortPeriod.QUARTER);
        long customers = cdnow.stream().map(RealData.Line::id).distinct().count();
        assertThat(byQuarter.cohorts()).hasSize(1);
        assertThat(byQuarter.cohorts().get(0).label()).isEqualTo("1997-Q1");
        assertThat(byQuarter.cohorts().get(0).size()).isEqualTo((int) customers);
        assertThat(byQuarter.lastPeriod()).isEqualTo("1998-Q2");
        assertThat(cdnowBy(CohortPeriod.MONTH).cohorts()).extracting(Cohort::label)
                .containsExactly("1997-01", "1997-02", "1997-03");
    }

    @Test
    void januaryCohortRetentionInAprilMatchesAHandCount() {
        int[] hand = handCount(1, 1997, 4);
        Cohort jan = cdnowBy(CohortPeriod.MONTH).cohort("1997-01");
        assertThat(jan.size()).isEqualTo(hand[0]);
        assertThat(jan.activeCustomers().get(3)).isEqualTo(hand[1]);
        assertThat(jan.retention().get(3)).isCloseTo(hand[1] / (double) hand[0], within(1e-12));
        assertThat(jan.retention().get(0)).isEqualTo(1.0);
    }

    @Test
    void februaryCohortRetentionTwelveMonthsLaterMatchesAHandCount() {
        int[] hand = handCount(2, 1998, 2);
        Cohort feb = cdnowBy(CohortPeriod.MONTH).cohort("1997-02");
        assertThat(feb.size()).isEqualTo(hand[0]);
        assertThat(feb.retention().get(12)).isCloseTo(hand[1] / (double) hand[0], within(1e-12));
        assertThat(feb.periods()).isEqualTo(17);
    }

    @Test
    void cdnowCumulativeRevenuePerCustomerEndsAtTotalRevenueOverCustomers() {
        CohortResult q = cdnowBy(CohortPeriod.QUARTER);
        double total = cdnow.stream().mapToDouble(RealData.Line::amount).sum();
        Cohort c = q.cohorts().get(0);
        List<Double> curve = c.cumulativeRevenuePerCustomer();
        assertThat(curve.get(curve.size() - 1)).isCloseTo(total / c.size(), within(1e-6));
    }

    @Test
    void returnLinesReduceRevenueButDoNotCountAsActivity() {
        CohortAnalyzer a = new CohortAnalyzer(CohortPeriod.MONTH, 1.0);
        a.add(tx("a", LocalDate.of(2020, 1, 5), 50));
        a.add(tx("b", LocalDate.of(2020, 1, 9), 30));
        a.add(tx("a", LocalDate.of(2020, 2, 3), -20));
        a.add(tx("b", LocalDate.of(2020, 2, 4), 10));
        Cohort c = a.result(null).cohort("2020-01");
        assertThat(c.activeCustomers()).containsExactly(2, 1);
        assertThat(c.retention()).containsExactly(1.0, 0.5);
        assertThat(c.revenue()).containsExactly(80.0, -10.0);
    }

    /**
     * Hand-computed example (margin 50 %, no line costs).
     * search: A cost 60, B cost 40, both first buy Jan 2020 → CAC 50; margin Jan 80, Feb 10, Mar 20 →
     * per customer 40, 45, 55 → payback in period 2; historical margin 55 per customer.
     * social: C, D without own cost, channel spend 30 → 15 each; first buy Feb; margin Feb 10, Mar 15 →
     * per customer 5, 12.5 → no payback; LTV:CAC = 12.5 / 15.
     * A's March line is on the 31st so that the data ends on a month end and March is a complete period (a log
     * ending earlier in March would make March partial and leave it out of the channel curves).
     */
    private CohortAnalyzer channelExample() {
        CohortAnalyzer a = new CohortAnalyzer(CohortPeriod.MONTH, 0.5);
        a.addCustomer(new CustomerRecord("A", null, "search", 60.0, null, null, null, null, 1));
        a.addCustomer(new CustomerRecord("B", null, "search", 40.0, null, null, null, null, 2));
        a.addCustomer(new CustomerRecord("C", null, "social", null, null, null, null, null, 3));
        a.addCustomer(new CustomerRecord("D", null, "social", null, null, null, null, null, 4));
        a.add(tx("A", LocalDate.of(2020, 1, 2), 100));
        a.add(tx("A", LocalDate.of(2020, 3, 31), 40));
        a.add(tx("B", LocalDate.of(2020, 1, 20), 60));
        a.add(tx("B", LocalDate.of(2020, 2, 20), 20));
        a.add(tx("C", LocalDate.of(2020, 2, 1), 10));
        a.add(tx("C", LocalDate.of(2020, 3, 1), 30));
        a.add(tx("D", LocalDate.of(2020, 2, 15), 10));
        return a;
    }

    @Test
    void channelCacLtvRatioAndPaybackMatchHandComputation() {
        CohortResult r = channelExample().result(AcquisitionCosts.perChannel(Map.of("social", 30.0)));
        ChannelSummary search = r.channel("search");
        assertThat(search.customers()).isEqualTo(2);
        assertThat(search.cac()).isCloseTo(50.0, within(1e-12));
        assertThat(search.cumulativeMarginPerCustomer()).containsExactly(40.0, 45.0, 55.0);
        assertThat(search.paybackPeriod()).isEqualTo(2);
        assertThat(search.ltvToCac()).isCloseTo(55.0 / 50.0, within(1e-12));
        ChannelSummary social = r.channel("social");
        assertThat(social.cac()).isCloseTo(15.0, within(1e-12));
        assertThat(social.cumulativeMarginPerCustomer()).containsExactly(5.0, 12.5);
        assertThat(social.paybackPeriod()).isNull();
        assertThat(social.ltvToCac()).isCloseTo(12.5 / 15.0, within(1e-12));
    }

    @Test
    void channelLtvUsesAverageClvWhenGiven() {
        CohortResult r = channelExample().result(AcquisitionCosts.none(), Map.of("A", 300.0, "B", 100.0));
        ChannelSummary search = r.channel("search");
        assertThat(search.averageClv()).isEqualTo(200.0);
        assertThat(search.ltvToCac()).isCloseTo(4.0, within(1e-12));
        assertThat(r.channel("social").cac()).isNull();
        assertThat(r.channel("social").ltvToCac()).isNull();
    }

    @Test
    void cohortCacAndPaybackMatchHandComputation() {
        CohortResult r = channelExample().result(AcquisitionCosts.perChannel(Map.of("social", 30.0)));
        Cohort jan = r.cohort("2020-01");
        assertThat(jan.cac()).isCloseTo(50.0, within(1e-12));
        assertThat(jan.cumulativeMarginPerCustomer()).containsExactly(40.0, 45.0, 55.0);
        assertThat(jan.paybackPeriod()).isEqualTo(2);
        assertThat(jan.retention()).containsExactly(1.0, 0.5, 0.5);
        Cohort feb = r.cohort("2020-02");
        assertThat(feb.paybackPeriod()).isNull();
        CohortResult perCohort = channelExample().result(AcquisitionCosts.perCohort(Map.of("2020-02", 20.0)));
        assertThat(perCohort.cohort("2020-02").cac()).isCloseTo(10.0, within(1e-12));
        assertThat(perCohort.cohort("2020-02").paybackPeriod()).isEqualTo(1);
    }

    @Test
    void recordAcquisitionDateSetsTheCohortAndLineCostSetsTheMargin() {
        CohortAnalyzer a = new CohortAnalyzer(CohortPeriod.QUARTER, 0.5);
        a.addCustomer(new CustomerRecord("x", LocalDate.of(2019, 12, 30), "tv", 5.0, null, null, null, null, 1));
        a.add(new Transaction("x", LocalDate.of(2020, 1, 3).atStartOfDay(), 100, null, null, 70.0, "web", null, 2,
                false));
        CohortResult r = a.result(null);
        Cohort c = r.cohort("2019-Q4");
        assertThat(c.size()).isEqualTo(1);
        assertThat(c.margin()).containsExactly(0.0, 30.0);
        assertThat(c.paybackPeriod()).isEqualTo(1);
        assertThat(r.channel("tv").customers()).isEqualTo(1);
    }

    /** CDNOW through the primitive path, customers coded in reverse order of first appearance. */
    private CohortResult cdnowPrimitiveBy(CohortPeriod period) {
        CohortAnalyzer a = new CohortAnalyzer(period, 1.0);
        List<String> ids = new java.util.ArrayList<>(new java.util.LinkedHashSet<>(
                cdnow.stream().map(RealData.Line::id).toList()));
        java.util.Collections.reverse(ids);
        Map<String, Integer> codes = new HashMap<>();
        ids.forEach(id -> codes.put(id, a.customerCode(id)));
        cdnow.forEach(l -> a.add(codes.get(l.id()), l.day().toEpochDay(), 0, l.amount(), Double.NaN, null,
                l.amount() < 0));
        return a.result(null);
    }

    /** Equal up to the summation order of per-customer sums (the codes are issued in another order). */
    private static void assertSameResult(CohortResult actual, CohortResult expected) {
        java.util.Comparator<Double> close = (x, y) -> Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(y)) ? 0
                : Double.compare(x, y);
        assertThat(actual).usingRecursiveComparison().withComparatorForType(close, Double.class).isEqualTo(expected);
    }

    @Test
    void primitiveLinesGiveTheSameCdnowCohortsAsTransactions() {
        assertSameResult(cdnowPrimitiveBy(CohortPeriod.MONTH), cdnowBy(CohortPeriod.MONTH));
        assertSameResult(cdnowPrimitiveBy(CohortPeriod.QUARTER), cdnowBy(CohortPeriod.QUARTER));
    }

    @Test
    void primitiveLinesReproduceTheJanuaryHandCount() {
        int[] hand = handCount(1, 1997, 4);
        Cohort jan = cdnowPrimitiveBy(CohortPeriod.MONTH).cohort("1997-01");
        assertThat(jan.size()).isEqualTo(hand[0]);
        assertThat(jan.activeCustomers().get(3)).isEqualTo(hand[1]);
    }

    @Test
    void firstChannelIsThatOfTheEarliestPurchaseByTimeOfDay() {
        CohortAnalyzer a = new CohortAnalyzer(CohortPeriod.MONTH, 1.0);
        int x = a.customerCode("x");
        long day = LocalDate.of(2021, 3, 9).toEpochDay();
        a.add(x, day, 15 * 3600, 10, Double.NaN, "email", false);
        a.add(x, day, 8 * 3600, -5, Double.NaN, "store", true); // a return never sets the channel
        a.add(x, day, 9 * 3600, 20, Double.NaN, "search", false);
        a.add(x, day + 1, 0, 20, Double.NaN, "social", false);
        CohortResult r = a.result(null);
        assertThat(r.channels()).extracting(ChannelSummary::channel).containsExactly("search");
        assertThat(r.cohort("2021-03").revenue()).containsExactly(45.0);
    }

    @Test
    void primitiveLinesFarApartInTimeFallInTheirOwnPeriods() {
        CohortAnalyzer a = new CohortAnalyzer(CohortPeriod.QUARTER, 1.0);
        int x = a.customerCode("x");
        int y = a.customerCode("y");
        a.add(x, LocalDate.of(2020, 5, 1).toEpochDay(), 0, 1, Double.NaN, null, false);
        a.add(y, LocalDate.of(1899, 12, 31).toEpochDay(), 0, 2, Double.NaN, null, false);
        a.add(x, LocalDate.of(2031, 1, 1).toEpochDay(), 0, 4, Double.NaN, null, false);
        a.add(y, LocalDate.of(1900, 1, 1).toEpochDay(), 0, 8, Double.NaN, null, false);
        CohortResult r = a.result(null);
        assertThat(r.cohorts()).extracting(Cohort::label).containsExactly("1899-Q4", "2020-Q2");
        assertThat(r.cohort("1899-Q4").revenue().subList(0, 2)).containsExactly(2.0, 8.0);
        assertThat(r.lastPeriod()).isEqualTo("2031-Q1");
        assertThat(r.cohort("2020-Q2").revenue().get(43)).isEqualTo(4.0); // 2031-Q1 is 43 quarters later
    }

    @Test
    void primitiveAddRejectsACodeThatWasNeverIssued() {
        CohortAnalyzer a = new CohortAnalyzer(CohortPeriod.MONTH, 1.0);
        a.customerCode("x");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> a.add(1, 0, 0, 1, Double.NaN, null, false))
                .isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void newCustomerCodesAreFoundAgainByIdAndByTheirRecords() {
        CohortAnalyzer a = new CohortAnalyzer(CohortPeriod.MONTH, 0.5);
        int x = a.newCustomerCode("x");
        int y = a.newCustomerCode("y");
        assertThat(a.customerCode("y")).isEqualTo(y);
        assertThat(a.customerCode("x")).isEqualTo(x);
        assertThat(a.customerCode("z")).isNotIn(x, y);
        a.add(x, LocalDate.of(2020, 1, 5).toEpochDay(), 0, 100, Double.NaN, "web", false);
        a.add(y, LocalDate.of(2020, 2, 5).toEpochDay(), 0, 10, Double.NaN, "web", false);
        a.addCustomer(new CustomerRecord("x", null, "tv", null, null, null, null, 0.2, 1));
        CohortResult r = a.result(null);
        assertThat(r.channel("tv").customers()).isEqualTo(1);
        assertThat(r.cohort("2020-01").margin()).containsExactly(20.0, 0.0); // 100 × the record's 20 %, then none
        assertThat(r.cohort("2020-02").margin()).containsExactly(5.0);
    }

    /** x and y join in Jan 2000; x buys twice in March and once ten years later, y once in March. */
    private static CohortAnalyzer twoBuyers(LocalDate late) {
        CohortAnalyzer a = new CohortAnalyzer(CohortPeriod.MONTH, 1.0);
        int x = a.reserveCustomerCodes(2);
        int y = x + 1;
        long jan = LocalDate.of(2000, 1, 10).toEpochDay();
        long mar = LocalDate.of(2000, 3, 10).toEpochDay();
        a.add(x, jan, 0, 10, Double.NaN, null, false);
        a.add(y, jan, 0, 10, Double.NaN, null, false);
        a.add(x, mar, 0, 10, Double.NaN, null, false);
        a.add(x, mar + 1, 0, 10, Double.NaN, null, false);
        a.add(y, mar, 0, 10, Double.NaN, null, false);
        a.add(y, mar + 2, 0, -10, Double.NaN, null, true);
        a.add(x, late.toEpochDay(), 0, 10, Double.NaN, null, false);
        return a;
    }

    @Test
    void activeCustomersCountEachBuyerOncePerPeriodWithinSixtyFourPeriods() {
        Cohort jan = twoBuyers(LocalDate.of(2004, 12, 1)).result(null).cohort("2000-01"); // 60 periods
        assertThat(jan.activeCustomers()).hasSize(60);
        assertThat(jan.activeCustomers().subList(0, 3)).containsExactly(2, 0, 2);
        assertThat(jan.activeCustomers().get(59)).isEqualTo(1);
        assertThat(jan.activeCustomers().stream().mapToInt(Integer::intValue).sum()).isEqualTo(5);
    }

    @Test
    void activeCustomersCountEachBuyerOncePerPeriodBeyondSixtyFourPeriods() {
        Cohort jan = twoBuyers(LocalDate.of(2010, 1, 1)).result(null).cohort("2000-01"); // 121 periods
        assertThat(jan.activeCustomers()).hasSize(121);
        assertThat(jan.activeCustomers().subList(0, 3)).containsExactly(2, 0, 2);
        assertThat(jan.activeCustomers().get(120)).isEqualTo(1);
        assertThat(jan.activeCustomers().stream().mapToInt(Integer::intValue).sum()).isEqualTo(5);
    }

    @Test
    void reservedCodesNeedIdsBeforeRecordsOrClvAndThenMatchThem() {
        CohortAnalyzer a = new CohortAnalyzer(CohortPeriod.MONTH, 0.5);
        int first = a.reserveCustomerCodes(2);
        a.add(first, LocalDate.of(2020, 1, 5).toEpochDay(), 0, 100, Double.NaN, "web", false);
        a.add(first + 1, LocalDate.of(2020, 1, 6).toEpochDay(), 0, 50, Double.NaN, "web", false);
        CustomerRecord tv = new CustomerRecord("q", null, "tv", null, null, null, null, null, 1);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> a.addCustomer(tv))
                .isInstanceOf(IllegalStateException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> a.result(null, Map.of("p", 1.0)))
                .isInstanceOf(IllegalStateException.class);
        assertThat(a.result(null).cohort("2020-01").size()).isEqualTo(2);
        a.nameCustomers(first, new String[] {"p", "q"});
        a.addCustomer(tv);
        CohortResult r = a.result(null, Map.of("p", 300.0, "q", 100.0));
        assertThat(r.channel("tv").customers()).isEqualTo(1);
        assertThat(r.channel("web").averageClv()).isEqualTo(300.0);
        assertThat(r.channel("tv").averageClv()).isEqualTo(100.0);
    }
}
