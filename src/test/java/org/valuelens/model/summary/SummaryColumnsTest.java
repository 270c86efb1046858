package org.valuelens.model.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.valuelens.model.TimeUnit;

/**
 * {@link SummaryBuilder#of}: a summary built from whole columns (the analysis store's) is the one built line by
 * line from the same lines, and the columns are never written to.
 */
class SummaryColumnsTest {

    private static final String[] IDS = {"C-1", "客户二", "Клиент 3", "c4", "c5", "c6", "c7", "c8", "c9", "c10"};
    private static final String[] CHANNELS = {"web", "门店", "phone"};

    /** Random lines: returns, costs and channels on some lines only. */
    private static LineColumns randomLines(int n, long seed) {
        Random r = new Random(seed);
        int[] customer = new int[n];
        int[] day = new int[n];
        double[] amount = new double[n];
        double[] cost = new double[n];
        int[] channel = new int[n];
        boolean[] ret = new boolean[n];
        int start = (int) LocalDate.of(2021, 1, 1).toEpochDay();
        for (int i = 0; i < n; i++) {
            customer[i] = r.nextInt(IDS.length);
            day[i] = start + r.nextInt(400);
            ret[i] = r.nextInt(10) == 0;
            amount[i] = (ret[i] ? -1 : 1) * (1 + r.nextInt(9_000) / 100.0);
            cost[i] = r.nextBoolean() ? Double.NaN : Math.abs(amount[i]) * 0.4;
            channel[i] = r.nextInt(4) - 1;
        }
        return new LineColumns(n, IDS, customer, day, amount, cost, channel, CHANNELS, ret);
    }

    /** The same lines, one call per line, customers registered in code order. */
    private static SummaryBuilder lineByLine(SummarySettings settings, LineColumns l) {
        SummaryBuilder b = new SummaryBuilder(settings);
        for (String id : l.customerIds()) {
            b.registerCustomer(id);
        }
        for (int i = 0; i < l.size(); i++) {
            b.add(l.customer()[i], l.day()[i], l.amount()[i], l.cost()[i],
                    l.channel()[i] < 0 ? null : l.channels()[l.channel()[i]], l.isReturn()[i]);
        }
        return b;
    }

    @Test
    void columnsGiveTheSummaryOfTheSameLinesAddedOneByOne() {
        LineColumns lines = randomLines(3_000, 11);
        LocalDate cal = LocalDate.of(2021, 10, 1);
        for (ReturnsPolicy returns : ReturnsPolicy.values()) {
            for (TimeUnit unit : new TimeUnit[] {TimeUnit.DAY, TimeUnit.WEEK}) {
                SummarySettings s = SummarySettings.of(unit).withCalibrationEnd(cal)
                        .withObservationEnd(LocalDate.of(2022, 1, 15)).withReturns(returns).withIncludeCost(true);
                SummaryResult expected = lineByLine(s, lines).build();
                assertThat(expected.customers()).isNotEmpty();
                assertThat(SummaryBuilder.of(s, lines).build()).as("%s, %s", returns, unit).isEqualTo(expected);
            }
        }
    }

    @Test
    void columnsWithoutCostsOrChannelsGiveTheSameSummaryToo() {
        LineColumns all = randomLines(500, 5);
        LineColumns plain = new LineColumns(all.size(), IDS, all.customer(), all.day(), all.amount(), null, null,
                null, all.isReturn());
        SummarySettings s = SummarySettings.of(TimeUnit.DAY);
        SummaryBuilder b = new SummaryBuilder(s);
        for (String id : IDS) {
            b.registerCustomer(id);
        }
        for (int i = 0; i < plain.size(); i++) {
            b.add(plain.customer()[i], plain.day()[i], plain.amount()[i], Double.NaN, null, plain.isReturn()[i]);
        }
        assertThat(SummaryBuilder.of(s, plain).build()).isEqualTo(b.build());
    }

    @Test
    void linesAddedAfterTheColumnsAreSummarisedAndTheColumnsStayAsTheyWere() {
        LineColumns lines = randomLines(1_000, 3);
        int[] customer = lines.customer().clone();
        double[] amount = lines.amount().clone();
        int[] channel = lines.channel().clone();
        SummarySettings s = SummarySettings.of(TimeUnit.DAY);
        SummaryBuilder fromColumns = SummaryBuilder.of(s, lines);
        SummaryBuilder oneByOne = lineByLine(s, lines);
        for (SummaryBuilder b : new SummaryBuilder[] {fromColumns, oneByOne}) {
            b.add("C-1", LocalDate.of(2022, 3, 1).toEpochDay(), 12.5, 3.0, "mail", false);
            b.add("new customer", LocalDate.of(2022, 3, 2).toEpochDay(), 7.0, Double.NaN, null, false);
        }
        assertThat(fromColumns.build()).isEqualTo(oneByOne.build());
        assertThat(lines.customer()).isEqualTo(customer);
        assertThat(lines.amount()).isEqualTo(amount);
        assertThat(lines.channel()).isEqualTo(channel);
    }

    @Test
    void aBadLineIsRefusedNamingItsCustomer() {
        LineColumns lines = randomLines(50, 1);
        lines.amount()[7] = Double.NaN;
        String id = IDS[lines.customer()[7]];
        assertThatThrownBy(() -> SummaryBuilder.of(SummarySettings.of(TimeUnit.DAY), lines))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("customer " + id);
        LineColumns early = randomLines(50, 2);
        early.day()[3] = (int) LocalDate.of(999, 12, 31).toEpochDay();
        assertThatThrownBy(() -> SummaryBuilder.of(SummarySettings.of(TimeUnit.DAY), early))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("years 1000 to 9999");
    }

    @Test
    void aDictionaryOfDistinctStringsCodesThemInArrayOrderAndGrowsWithoutTouchingTheArray() {
        String[] ids = {"a", "b", "Aa", "BB"}; // "Aa" and "BB" share a hash code
        StringDictionary d = StringDictionary.ofDistinct(ids);
        assertThat(d.size()).isEqualTo(4);
        assertThat(d.get(2)).isEqualTo("Aa");
        assertThat(d.encode(new String("BB"))).isEqualTo(3);
        assertThat(d.encode("a")).isZero();
        assertThat(d.encode("c")).isEqualTo(4);
        assertThat(d.get(4)).isEqualTo("c");
        assertThat(ids).containsExactly("a", "b", "Aa", "BB");
    }
}
