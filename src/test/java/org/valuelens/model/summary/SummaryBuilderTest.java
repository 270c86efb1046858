package org.valuelens.model.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.valuelens.model.CustomerSummary;
import org.valuelens.model.TimeUnit;
import org.valuelens.model.Transaction;
import org.valuelens.model.progress.CancelledException;
import org.valuelens.model.progress.ProgressListener;

class SummaryBuilderTest {

    private static final LocalDate CDNOW_CAL_END = LocalDate.of(1997, 9, 30);
    private static final LocalDate CDNOW_OBS_END = LocalDate.of(1998, 6, 30);

    // ---------------------------------------------------------------- helpers

    static List<String> lines(String resource) throws IOException {
        try (InputStream in = SummaryBuilderTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return r.lines().collect(Collectors.toList());
            }
        }
    }

    static List<Transaction> cdnowTransactions() throws IOException {
        List<Transaction> out = new ArrayList<>();
        long row = 0;
        for (String line : lines("/data/cdnow/CDNOW_sample.txt")) {
            row++;
            String[] f = line.trim().split("\\s+");
            if (f.length < 5) {
                continue;
            }
            LocalDate d = LocalDate.parse(f[2], DateTimeFormatter.BASIC_ISO_DATE);
            out.add(tx(String.valueOf(Integer.parseInt(f[1])), d, Double.parseDouble(f[4]), null, null, false, row));
        }
        return out;
    }

    static Transaction tx(String id, LocalDate d, double amount, Double cost, String channel, boolean ret,
                          long row) {
        return new Transaction(id, d.atStartOfDay(), amount, null, null, cost, channel, null, row, ret);
    }

    static Transaction tx(String id, String date, double amount) {
        return tx(id, LocalDate.parse(date), amount, null, null, false, 1);
    }

    static SummaryResult summarise(SummarySettings s, List<Transaction> txs) {
        SummaryBuilder b = new SummaryBuilder(s);
        txs.forEach(b::add);
        return b.build();
    }

    static SummaryResult cdnow() throws IOException {
        return summarise(SummarySettings.of(TimeUnit.WEEK).withCalibrationEnd(CDNOW_CAL_END)
                .withObservationEnd(CDNOW_OBS_END), cdnowTransactions());
    }

    static Map<String, CustomerSummary> byId(SummaryResult r) {
        return r.customers().stream().collect(Collectors.toMap(CustomerSummary::customerId, Function.identity()));
    }

    // ---------------------------------------------------------------- CDNOW vs BTYD

    @Test
    void cdnowMatchesBtydCbsForEveryCustomer() throws IOException {
        Map<String, CustomerSummary> got = byId(cdnow());
        List<String> ref = lines("/data/btyd/cdnowSummary_cbs.csv");
        assertThat(got).hasSize(ref.size() - 1).hasSize(2357);
        for (String line : ref.subList(1, ref.size())) {
            String[] f = line.replace("\"", "").split(",");
            CustomerSummary s = got.get(f[0]);
            assertThat(s).as("customer " + f[0]).isNotNull();
            assertThat(s.frequency()).as("x of " + f[0]).isEqualTo(Integer.parseInt(f[1]));
            assertThat(s.recency()).as("t.x of " + f[0]).isCloseTo(Double.parseDouble(f[2]), within(1e-9));
            assertThat(s.age()).as("T.cal of " + f[0]).isCloseTo(Double.parseDouble(f[3]), within(1e-9));
            assertThat(s.holdoutFrequency()).as("x.star of " + f[0]).isEqualTo(Integer.parseInt(f[4]));
        }
    }

    @Test
    void cdnowMeanRepeatSpendMatchesBtydMx() throws IOException {
        SummaryResult r = cdnow();
        Map<String, CustomerSummary> got = byId(r);
        List<String> mx = lines("/data/btyd/cdnowSummary_m.x.csv");
        // m.x is in customer order 1..2357 (same order as the cbs file)
        for (int i = 1; i < mx.size(); i++) {
            assertThat(got.get(String.valueOf(i)).monetaryValue()).as("m.x of " + i)
                    .isCloseTo(Double.parseDouble(mx.get(i)), within(1e-6));
        }
    }

    @Test
    void cdnowFrequencyBucketCountsMatchPublished() throws IOException {
        int[] counts = new int[8];
        cdnow().customers().forEach(s -> counts[Math.min(s.frequency(), 7)]++);
        // PUBLISHED.md: 1411 / 439 / 214 / 100 / 62 / 38 / 29 / 64
        assertThat(counts).containsExactly(1411, 439, 214, 100, 62, 38, 29, 64);
    }

    @Test
    void ageOfCustomerFirstBuyingOnJanuaryFirstIs272DaysInWeeks() throws IOException {
        CustomerSummary first = byId(cdnow()).get("1"); // bought 1997-01-01, 01-18, 08-02 (and 12-12 in holdout)
        assertThat(first.age()).isCloseTo(272.0 / 7.0, within(1e-12)); // 38.857 weeks
        assertThat(first.recency()).isCloseTo(213.0 / 7.0, within(1e-12)); // Jan 1 -> Aug 2 = 213 days
        assertThat(first.monetaryValue()).isCloseTo((29.73 + 14.96) / 2, within(1e-12));
        assertThat(first.revenue()).isCloseTo(29.33 + 29.73 + 14.96, within(1e-9));
        assertThat(first.holdoutRevenue()).isCloseTo(26.48, within(1e-9));
        assertThat(first.lastPurchase()).isEqualTo(LocalDate.of(1997, 8, 2));
    }

    @Test
    void cdnowWeeklyRepeatTrackingMatchesBtydCumulativeTracking() throws IOException {
        SummaryResult r = cdnow();
        List<String> cu = lines("/data/btyd/cdnowSummary_cu.tracking.csv");
        long[] weekly = r.repeatPurchasesPerPeriod();
        assertThat(r.trackingStart()).isEqualTo(LocalDate.of(1997, 1, 1));
        assertThat(weekly).hasSize(78); // 1997-01-01 .. 1998-06-30 = 546 days = 78 weeks
        long cumulative = 0;
        for (int k = 0; k < 78; k++) {
            cumulative += weekly[k];
            assertThat(cumulative).as("week " + (k + 1)).isEqualTo(Long.parseLong(cu.get(k + 1).trim()));
        }
    }

    @Test
    void cdnowHoldoutLengthIs39Weeks() throws IOException {
        SummaryResult r = cdnow();
        assertThat(r.holdoutLength()).isCloseTo(273.0 / 7.0, within(1e-12)); // Oct 1 .. Jun 30 = 273 days
        assertThat(r.customersAfterCalibration()).isZero();
        assertThat(r.linesRead()).isEqualTo(6919);
    }

    // ---------------------------------------------------------------- apparel vs independent computation

    @Test
    void apparelMatchesAnIndependentGroupByComputation() throws IOException {
        List<Transaction> txs = new ArrayList<>();
        // independent: customer -> (day -> day total), with a TreeMap
        Map<String, TreeMap<LocalDate, Double>> days = new HashMap<>();
        List<String> csv = lines("/data/apparel/apparelTrans.csv");
        LocalDate last = LocalDate.MIN;
        for (String line : csv.subList(1, csv.size())) {
            String[] f = line.replace("\"", "").split(",");
            LocalDate d = LocalDate.parse(f[1]);
            double amount = Double.parseDouble(f[2]);
            txs.add(tx(f[0], d, amount, null, null, false, 0));
            days.computeIfAbsent(f[0], k -> new TreeMap<>()).merge(d, amount, Double::sum);
            last = d.isAfter(last) ? d : last;
        }
        Collections.shuffle(txs, new Random(7)); // any order
        SummaryResult r = summarise(SummarySettings.of(TimeUnit.WEEK), txs);
        assertThat(r.calibrationEnd()).isEqualTo(last);
        assertThat(r.customers()).hasSize(days.size()).hasSize(600);
        Map<String, CustomerSummary> got = byId(r);
        for (Map.Entry<String, TreeMap<LocalDate, Double>> e : days.entrySet()) {
            TreeMap<LocalDate, Double> m = e.getValue();
            CustomerSummary s = got.get(e.getKey());
            int x = m.size() - 1;
            double total = m.values().stream().mapToDouble(Double::doubleValue).sum();
            double repeatMean = x == 0 ? 0 : (total - m.firstEntry().getValue()) / x;
            assertThat(s.frequency()).isEqualTo(x);
            assertThat(s.recency()).isCloseTo(ChronoUnit.DAYS.between(m.firstKey(), m.lastKey()) / 7.0,
                    within(1e-9));
            assertThat(s.age()).isCloseTo(ChronoUnit.DAYS.between(m.firstKey(), last) / 7.0, within(1e-9));
            assertThat(s.revenue()).isCloseTo(total, within(1e-6));
            assertThat(s.monetaryValue()).isCloseTo(repeatMean, within(1e-6));
            assertThat(s.cost()).isNull();
            assertThat(s.holdoutFrequency()).isZero();
        }
    }

    // ---------------------------------------------------------------- edge cases

    @Test
    void emptyInputGivesEmptyResultWithoutDates() {
        SummaryResult r = new SummaryBuilder(SummarySettings.of(TimeUnit.DAY)).build();
        assertThat(r.customers()).isEmpty();
        assertThat(r.calibrationEnd()).isNull();
        assertThat(r.holdoutLength()).isZero();
        assertThat(r.repeatPurchasesPerPeriod()).isEmpty();
        assertThat(r.firstPurchaseOffsets()).isEmpty();
    }

    @Test
    void oneCustomerOneLineIsAOneTimeBuyerWithZeroAge() {
        SummaryResult r = summarise(SummarySettings.of(TimeUnit.DAY), List.of(tx("a", "2024-03-01", 10)));
        CustomerSummary s = r.customers().get(0);
        assertThat(s.frequency()).isZero();
        assertThat(s.recency()).isZero();
        assertThat(s.age()).isZero();
        assertThat(s.monetaryValue()).isZero();
        assertThat(s.revenue()).isEqualTo(10.0);
        assertThat(s.transactions()).isEqualTo(1);
    }

    @Test
    void sameDayLinesMergeIntoOnePurchaseDay() {
        SummaryResult r = summarise(SummarySettings.of(TimeUnit.DAY), List.of(
                tx("a", "2024-03-01", 10), tx("a", "2024-03-05", 4), tx("a", "2024-03-05", 6),
                tx("a", "2024-03-01", 1)));
        CustomerSummary s = r.customers().get(0);
        assertThat(s.frequency()).isEqualTo(1);
        assertThat(s.recency()).isEqualTo(4.0);
        assertThat(s.monetaryValue()).isEqualTo(10.0); // 4 + 6 on the repeat day
        assertThat(s.revenue()).isEqualTo(21.0);
        assertThat(s.transactions()).isEqualTo(4);
    }

    @Test
    void netReturnsLowerRevenueAndSpendButAreNoPurchaseDay() {
        // purchases 03-01 (100), 03-10 (50); return 03-12 (-20) nets against 03-10; return 03-20 alone
        List<Transaction> txs = List.of(
                tx("a", LocalDate.parse("2024-03-12"), -20, null, null, true, 3),
                tx("a", LocalDate.parse("2024-03-01"), 100, null, null, false, 1),
                tx("a", LocalDate.parse("2024-03-10"), 50, null, null, false, 2),
                tx("a", LocalDate.parse("2024-03-20"), -5, null, null, true, 4));
        CustomerSummary net = summarise(SummarySettings.of(TimeUnit.DAY), txs).customers().get(0);
        assertThat(net.frequency()).isEqualTo(1);
        assertThat(net.recency()).isEqualTo(9.0);
        assertThat(net.age()).isEqualTo(19.0); // calibration end = last line 03-20
        assertThat(net.revenue()).isEqualTo(125.0); // 100 + 50 - 20 - 5
        assertThat(net.monetaryValue()).isEqualTo(25.0); // 50 - 20 - 5
        assertThat(net.transactions()).isEqualTo(4);
    }

    @Test
    void excludedReturnsAreIgnoredEntirely() {
        List<Transaction> txs = List.of(
                tx("a", LocalDate.parse("2024-03-01"), 100, null, null, false, 1),
                tx("a", LocalDate.parse("2024-03-10"), 50, null, null, false, 2),
                tx("a", LocalDate.parse("2024-03-20"), -5, null, null, true, 3),
                tx("b", LocalDate.parse("2024-03-02"), -7, null, null, true, 4));
        SummaryResult r = summarise(SummarySettings.of(TimeUnit.DAY).withReturns(ReturnsPolicy.EXCLUDE), txs);
        CustomerSummary s = r.customers().get(0);
        assertThat(r.customers()).hasSize(1);
        assertThat(s.age()).isEqualTo(9.0); // last kept line is 03-10
        assertThat(s.revenue()).isEqualTo(150.0);
        assertThat(s.monetaryValue()).isEqualTo(50.0);
        assertThat(s.transactions()).isEqualTo(2);
        assertThat(r.returnLines()).isEqualTo(2);
    }

    @Test
    void customerWithOnlyReturnsIsCountedNotSummarised() {
        SummaryResult r = summarise(SummarySettings.of(TimeUnit.DAY), List.of(
                tx("a", "2024-03-01", 10), tx("b", LocalDate.parse("2024-03-02"), -3, null, null, true, 2)));
        assertThat(r.customers()).extracting(CustomerSummary::customerId).containsExactly("a");
        assertThat(r.customersWithoutPurchase()).isEqualTo(1);
    }

    @Test
    void customersFirstBuyingAfterCalibrationAreExcludedAndCounted() {
        SummaryResult r = summarise(SummarySettings.of(TimeUnit.DAY).withCalibrationEnd(LocalDate.of(2024, 3, 10)),
                List.of(tx("a", "2024-03-01", 10), tx("a", "2024-03-15", 5), tx("a", "2024-03-15", 5),
                        tx("b", "2024-03-12", 8)));
        assertThat(r.customers()).hasSize(1);
        assertThat(r.customersAfterCalibration()).isEqualTo(1);
        assertThat(r.observationEnd()).isEqualTo(LocalDate.of(2024, 3, 15));
        assertThat(r.holdoutLength()).isEqualTo(5.0);
        CustomerSummary a = r.customers().get(0);
        assertThat(a.frequency()).isZero();
        assertThat(a.age()).isEqualTo(9.0);
        assertThat(a.holdoutFrequency()).isEqualTo(1);
        assertThat(a.holdoutRevenue()).isEqualTo(10.0);
    }

    @Test
    void linesAfterObservationEndAreIgnoredAndCounted() {
        SummaryResult r = summarise(SummarySettings.of(TimeUnit.DAY).withCalibrationEnd(LocalDate.of(2024, 3, 5))
                .withObservationEnd(LocalDate.of(2024, 3, 10)), List.of(tx("a", "2024-03-01", 10),
                tx("a", "2024-03-08", 5), tx("a", "2024-03-11", 7)));
        assertThat(r.customers().get(0).holdoutFrequency()).isEqualTo(1);
        assertThat(r.customers().get(0).holdoutRevenue()).isEqualTo(5.0);
        assertThat(r.linesAfterObservationEnd()).isEqualTo(1);
    }

    @Test
    void costIsSummedWhenPresentAndNullWhenAbsentOrDisabled() {
        List<Transaction> txs = List.of(
                tx("a", LocalDate.parse("2024-03-01"), 100, 60.0, null, false, 1),
                tx("a", LocalDate.parse("2024-03-02"), 50, null, null, false, 2),
                tx("a", LocalDate.parse("2024-03-03"), 40, 25.0, null, false, 3),
                tx("b", LocalDate.parse("2024-03-03"), 40, null, null, false, 4));
        Map<String, CustomerSummary> on = byId(summarise(SummarySettings.of(TimeUnit.DAY), txs));
        assertThat(on.get("a").cost()).isEqualTo(85.0);
        assertThat(on.get("b").cost()).isNull();
        Map<String, CustomerSummary> off = byId(summarise(SummarySettings.of(TimeUnit.DAY).withIncludeCost(false),
                txs));
        assertThat(off.get("a").cost()).isNull();
    }

    @Test
    void costAndChannelFirstSeenAfterManyLinesKeepEarlierLinesAbsent() {
        // the cost and channel columns start only after the first 5,000 lines (past the initial array size)
        List<Transaction> txs = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            txs.add(tx("c" + i, LocalDate.parse("2024-01-01").plusDays(i % 30), 10, null, null, false, i + 1));
        }
        txs.add(tx("late", LocalDate.parse("2024-02-01"), 30, 12.0, "web", false, 5001));
        txs.add(tx("c7", LocalDate.parse("2024-02-02"), 20, 5.0, "shop", false, 5002));
        Map<String, CustomerSummary> r = byId(summarise(SummarySettings.of(TimeUnit.DAY), txs));
        assertThat(r.get("c0").cost()).isNull();
        assertThat(r.get("c0").channel()).isNull();
        assertThat(r.get("late").cost()).isEqualTo(12.0);
        assertThat(r.get("late").channel()).isEqualTo("web");
        assertThat(r.get("c7").cost()).isEqualTo(5.0);
        assertThat(r.get("c7").channel()).isNull();
    }

    @Test
    void reservingLinesGivesTheSameSummary() {
        List<Transaction> txs = List.of(tx("a", "2024-03-01", 10), tx("a", "2024-03-04", 7), tx("b", "2024-03-02", 3));
        SummaryBuilder reserved = new SummaryBuilder(SummarySettings.of(TimeUnit.DAY));
        reserved.expectLines(100_000);
        txs.forEach(reserved::add);
        assertThat(reserved.build().customers()).isEqualTo(summarise(SummarySettings.of(TimeUnit.DAY), txs)
                .customers());
    }

    @Test
    void channelIsTheChannelOfTheFirstPurchase() {
        List<Transaction> txs = List.of(
                tx("a", LocalDate.parse("2024-03-05"), 10, null, "shop", false, 1),
                tx("a", LocalDate.parse("2024-03-01"), 10, null, "web", false, 2),
                tx("b", LocalDate.parse("2024-03-01"), 10, null, null, false, 3));
        Map<String, CustomerSummary> m = byId(summarise(SummarySettings.of(TimeUnit.DAY), txs));
        assertThat(m.get("a").channel()).isEqualTo("web");
        assertThat(m.get("b").channel()).isNull();
    }

    @Test
    void monthUnitUsesMeanGregorianMonth() {
        SummaryResult r = summarise(SummarySettings.of(TimeUnit.MONTH), List.of(tx("a", "2024-01-01", 1),
                tx("a", "2024-07-01", 1)));
        assertThat(r.customers().get(0).recency()).isCloseTo(182 / 30.4375, within(1e-12));
    }

    @Test
    void rejectsNonFiniteAmountsAndObservationEndBeforeCalibrationEnd() {
        SummaryBuilder b = new SummaryBuilder(SummarySettings.of(TimeUnit.DAY));
        assertThatThrownBy(() -> b.add("a", 0, Double.NaN, Double.NaN, null, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a finite number");
        assertThatThrownBy(() -> SummarySettings.of(TimeUnit.DAY).withCalibrationEnd(LocalDate.of(2024, 2, 1))
                .withObservationEnd(LocalDate.of(2024, 1, 1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void resultDoesNotDependOnInsertionOrder() throws IOException {
        List<Transaction> txs = cdnowTransactions();
        SummarySettings s = SummarySettings.of(TimeUnit.WEEK).withCalibrationEnd(CDNOW_CAL_END);
        Map<String, CustomerSummary> sorted = byId(summarise(s, txs));
        List<Transaction> shuffled = new ArrayList<>(txs);
        Collections.shuffle(shuffled, new Random(42));
        Map<String, CustomerSummary> other = byId(summarise(s, shuffled));
        assertThat(other.keySet()).isEqualTo(sorted.keySet());
        for (CustomerSummary a : sorted.values()) {
            CustomerSummary b = other.get(a.customerId());
            // summation order differs, so money is compared to rounding error
            assertThat(List.of(b.firstPurchase(), b.lastPurchase(), b.frequency(), b.recency(), b.age(),
                    b.transactions(), b.holdoutFrequency())).isEqualTo(List.of(a.firstPurchase(), a.lastPurchase(),
                    a.frequency(), a.recency(), a.age(), a.transactions(), a.holdoutFrequency()));
            assertThat(b.revenue()).isCloseTo(a.revenue(), within(1e-9));
            assertThat(b.monetaryValue()).isCloseTo(a.monetaryValue(), within(1e-9));
            assertThat(b.holdoutRevenue()).isCloseTo(a.holdoutRevenue(), within(1e-9));
        }
    }


    @Test
    void registeredCodesGiveTheSameSummaryAsStringIds() {
        SummaryBuilder b = new SummaryBuilder(SummarySettings.of(TimeUnit.DAY));
        int a = b.registerCustomer("a");
        assertThat(b.registerCustomer("a")).isEqualTo(a);
        b.add(a, LocalDate.parse("2024-03-01").toEpochDay(), 10, Double.NaN, null, false);
        b.add("a", LocalDate.parse("2024-03-04").toEpochDay(), 6, Double.NaN, null, false);
        CustomerSummary s = b.build().customers().get(0);
        assertThat(s.customerId()).isEqualTo("a");
        assertThat(s.frequency()).isEqualTo(1);
        assertThat(s.revenue()).isEqualTo(16.0);
        assertThatThrownBy(() -> b.add(5, 0, 1, Double.NaN, null, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("register the customer first");
    }

    @Test
    void buildCanBeCancelled() {
        SummaryBuilder b = new SummaryBuilder(SummarySettings.of(TimeUnit.DAY));
        b.add(tx("a", "2024-03-01", 10));
        ProgressListener cancelled = new ProgressListener() {
            @Override
            public void progress(long done, long total, String message) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThatThrownBy(() -> b.build(cancelled))
                .isInstanceOf(CancelledException.class);
    }

    @Test
    void buildTwiceGivesEqualResults() {
        SummaryBuilder b = new SummaryBuilder(SummarySettings.of(TimeUnit.DAY));
        b.add(tx("a", "2024-03-05", 10));
        b.add(tx("a", "2024-03-01", 10));
        assertThat(b.build()).isEqualTo(b.build());
    }

    @Test
    void rejectsDatesOutsideYears1000To9999() {
        SummaryBuilder b = new SummaryBuilder(SummarySettings.of(TimeUnit.DAY));
        assertThatThrownBy(() -> b.add(tx("a", "0500-01-01", 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("years 1000 to 9999");
    }
}
