package org.valuelens.gui.ltv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuelens.gui.channels.ChannelsViewModel;
import org.valuelens.gui.cohorts.CohortsViewModel;
import org.valuelens.gui.common.DirectTaskExecutor;
import org.valuelens.gui.common.EmptyStateActions;
import org.valuelens.gui.common.FakeDialogService;
import org.valuelens.gui.common.I18n;
import org.valuelens.gui.common.SessionHolder;
import org.valuelens.gui.common.UserSettings;
import org.valuelens.gui.common.WorkspaceState;
import org.valuelens.gui.segments.CdnowSample;
import org.valuelens.model.product.LtvGrouping;
import org.valuelens.model.progress.ProgressListener;
import org.valuelens.service.ImportRequest;
import org.valuelens.service.Settings;
import org.valuelens.service.SettingsService;
import org.valuelens.service.WorkspaceSession;

/**
 * The N-day value and time-between-orders sections of the Channels and Cohorts pages: payback days against a plain
 * day-by-day loop over a hand-made file with channels and costs, and the notices of the CDNOW sample (no channel,
 * no cost).
 */
class LtvDaysViewModelTest {
    /** customer, date, amount, cost, channel ("" = none). */
    private static final String[][] LINES = {
        {"a", "2021-01-01", "40", "30", "ads"}, {"a", "2021-01-11", "50", "20", "ads"},
        {"b", "2021-01-05", "20", "10", "ads"}, {"b", "2021-02-20", "30", "10", "ads"},
        {"c", "2021-01-03", "100", "40", "mail"}, {"d", "2021-02-01", "10", "5", "mail"},
        {"d", "2021-03-01", "20", "5", "mail"}, {"e", "2021-03-20", "15", "5", ""},
    };

    @TempDir
    static Path dir;
    private static WorkspaceSession shop;
    private static WorkspaceSession cdnow;
    private static final I18n EN = new I18n(Locale.ENGLISH);

    @BeforeAll
    static void importFiles() throws Exception {
        StringBuilder csv = new StringBuilder("customer,date,amount,cost,channel\n");
        for (String[] l : LINES) {
            csv.append(String.join(",", l)).append('\n');
        }
        Path file = Files.writeString(dir.resolve("shop.csv"), csv);
        shop = WorkspaceSession.open(dir.resolve("shop"));
        shop.imports().importFile(new ImportRequest(file, null, true, null, null, null, null, Map.of()), false,
                ProgressListener.NONE);
        cdnow = CdnowSample.open(Files.createDirectories(dir.resolve("cdnow")));
    }

    @AfterAll
    static void close() {
        shop.close();
        cdnow.close();
    }

    private static SessionHolder holder(WorkspaceSession session) {
        SessionHolder holder = new SessionHolder();
        holder.replace(session);
        return holder;
    }

    private static WorkspaceState state(WorkspaceSession session) {
        WorkspaceState state = new WorkspaceState();
        state.set(session.directory(), "data");
        return state;
    }

    private static UserSettings settings() {
        return new UserSettings(new SettingsService(dir.resolve("s-" + System.nanoTime())), Settings.DEFAULTS);
    }

    private static ChannelsViewModel channels(WorkspaceSession session) {
        return new ChannelsViewModel(state(session), EmptyStateActions.NONE, holder(session), settings(),
                new DirectTaskExecutor(), new FakeDialogService(), EN);
    }

    private static CohortsViewModel cohorts(WorkspaceSession session) {
        return new CohortsViewModel(state(session), EmptyStateActions.NONE, holder(session), settings(),
                new DirectTaskExecutor(), new FakeDialogService(), EN);
    }

    /** Day t: margin bought on days [first, first + t] by the channel's customers observed t days, / them. */
    private static Integer loopPayback(String channel, double cac) {
        Map<String, Long> first = new HashMap<>();
        Map<String, String> channelOf = new HashMap<>();
        long end = Long.MIN_VALUE;
        for (String[] l : LINES) {
            long day = LocalDate.parse(l[1]).toEpochDay();
            end = Math.max(end, day);
            if (!first.containsKey(l[0]) || day < first.get(l[0])) {
                first.put(l[0], day);
                channelOf.put(l[0], l[4]);
            }
        }
        for (int t = 0; ; t++) {
            double sum = 0;
            int observed = 0;
            for (Map.Entry<String, Long> c : first.entrySet()) {
                if (!channelOf.get(c.getKey()).equals(channel) || c.getValue() + t > end) {
                    continue;
                }
                observed++;
                for (String[] l : LINES) {
                    if (l[0].equals(c.getKey()) && LocalDate.parse(l[1]).toEpochDay() <= c.getValue() + t) {
                        sum += Double.parseDouble(l[2]) - Double.parseDouble(l[3]);
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
    }

    @Test
    void channelPaybackDaysAgreeWithADayByDayLoopAndSayNotYet() {
        ChannelsViewModel page = channels(shop);
        page.run();
        page.setCac("ads", 25.0);
        page.setCac("mail", 70.0);
        LtvDaysViewModel model = page.ltvDays();
        model.activeProperty().set(true);

        assertThat(model.noticeProperty().get()).isEmpty();
        assertThat(model.rows()).extracting(r -> r.cohort().label()).containsExactly("ads", "mail", "(unknown)",
                "all");
        Map<String, Integer> payback = model.paybackDays();
        // ads: a (10) and b (10) on day 0, a's second order (+30) on day 10: (40 + 10) / 2 = 25
        assertThat(payback.get("ads")).isEqualTo(10).isEqualTo(loopPayback("ads", 25));
        // mail never reaches 70 within the data
        assertThat(loopPayback("mail", 70)).isNull();
        assertThat(payback).containsEntry("mail", null);
        assertThat(model.label("(unknown)")).isEqualTo(EN.get("channels.unknown"));
        assertThat(model.curveChartProperty().get()).isNotNull();
        assertThat(model.repeatChartProperty().get()).isNotNull();
        // each group's three steps, then everyone's
        assertThat(model.repeatRows()).hasSize(4 * 3);
        // ads 1 -> 2: a after 10 days, b after 46 days
        assertThat(model.repeatRows().get(0).label()).isEqualTo("ads");
        assertThat(model.repeatRows().get(0).step().medianDays()).isEqualTo((10 + 46) / 2.0);

        page.setCac("mail", 30.0);
        assertThat(model.paybackDays().get("mail")).isEqualTo(loopPayback("mail", 30)).isNotNull();
    }

    @Test
    void cohortsWhoseWindowRunsPastTheDataEndAreMarkedAndTheFootnoteSaysSo() {
        CohortsViewModel page = cohorts(shop);
        LtvDaysViewModel model = page.ltvDays();
        model.activeProperty().set(true);

        LtvRow january = model.rows().get(0);
        assertThat(january.cohort().label()).isEqualTo("2021-01");
        // a, b and c (first days Jan 1, 3, 5) are observed 60 days but not 90 (data end 2021-03-20)
        assertThat(january.cohort().complete()).startsWith(true, true, false);
        // 30 days: a 40 + 50 (Jan 11), b 20, c 100
        assertThat(model.values(january).get(0)).isEqualTo((40 + 50 + 20 + 100) / 3.0);
        assertThat(model.values(january).get(2)).isNull();
        assertThat(model.footnoteProperty().get()).contains("2021-03-20");

        model.groupingProperty().set(LtvGrouping.QUARTER);
        assertThat(model.rows()).extracting(r -> r.cohort().label()).containsExactly("2021-Q1", "all");
    }

    @Test
    void withoutChannelTheChannelSectionSaysWhyAndWithoutCostPaybackIsReadFromRevenue() {
        ChannelsViewModel page = channels(cdnow);
        page.ltvDays().activeProperty().set(true);
        assertThat(page.ltvDays().noticeProperty().get()).isEqualTo(EN.get("ltv.notice.noChannel"));
        assertThat(page.ltvDays().reasonProperty().get()).isEqualTo(EN.get("ltv.notice.noChannel"));
        assertThat(page.ltvDays().rows()).isEmpty();

        CohortsViewModel cohortsPage = cohorts(cdnow);
        cohortsPage.cacProperty().set("40");
        cohortsPage.run();
        LtvDaysViewModel model = cohortsPage.ltvDays();
        model.activeProperty().set(true);
        assertThat(model.noticeProperty().get()).isEqualTo(EN.format("ltv.notice.noCost", "30%"));
        assertThat(model.reasonProperty().get()).isEmpty();
        assertThat(model.rows()).extracting(r -> r.cohort().label()).containsExactly("1997-01", "1997-02",
                "1997-03", "all");
        // the payback is read from the revenue curve: the first day it reaches 40
        for (LtvRow r : model.rows().subList(0, 3)) {
            assertThat(r.cac()).isEqualTo(40.0);
            Integer expected = null;
            for (int t = 0; t < r.curve().length() && expected == null; t++) {
                if (r.curve().value(org.valuelens.model.product.ValueMetric.REVENUE, t) >= 40) {
                    expected = t;
                }
            }
            assertThat(r.paybackDay()).as(r.cohort().label()).isEqualTo(expected);
        }
        List<String> ids = new ArrayList<>(List.of(model.curveTable().name()));
        assertThat(ids).containsExactly("ltv-curves");
    }
}
