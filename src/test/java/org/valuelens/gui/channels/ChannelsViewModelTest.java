package org.valuelens.gui.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuelens.gui.common.DirectTaskExecutor;
import org.valuelens.gui.common.EmptyStateActions;
import org.valuelens.gui.common.FakeDialogService;
import org.valuelens.gui.common.I18n;
import org.valuelens.gui.common.SessionHolder;
import org.valuelens.gui.common.UserSettings;
import org.valuelens.gui.common.WorkspaceState;
import org.valuelens.gui.cohorts.CohortsViewModel;
import org.valuelens.gui.segments.CdnowSample;
import org.valuelens.model.cohort.ChannelSummary;
import org.valuelens.model.cohort.Cohort;
import org.valuelens.service.Settings;
import org.valuelens.service.SettingsService;
import org.valuelens.service.WorkspaceSession;

/** Channels and Cohorts page state over the CDNOW sample (no channel column: one "(unknown)" channel). */
class ChannelsViewModelTest {

    @TempDir
    static Path dir;
    private static WorkspaceSession session;
    private static SessionHolder holder;
    private static WorkspaceState state;

    @BeforeAll
    static void importSample() throws Exception {
        session = CdnowSample.open(dir);
        holder = new SessionHolder();
        holder.replace(session);
        state = new WorkspaceState();
        state.set(session.directory(), "CDNOW sample");
    }

    @AfterAll
    static void close() {
        session.close();
    }

    private static UserSettings settings() {
        return new UserSettings(new SettingsService(dir.resolve("s-" + System.nanoTime())), Settings.DEFAULTS);
    }

    @Test
    void typedCacGivesLtvToCacRatio() {
        ChannelsViewModel model = new ChannelsViewModel(state, EmptyStateActions.NONE, holder, settings(),
                new DirectTaskExecutor(), new FakeDialogService(), new I18n(Locale.ENGLISH));
        model.run();
        ChannelSummary before = model.channels().get(0);
        assertThat(before.customers()).isEqualTo(CdnowSample.CUSTOMERS);
        assertThat(before.cac()).isNull();

        model.setCac(before.channel(), 10.0);

        ChannelSummary after = model.channels().get(0);
        assertThat(after.cac()).isCloseTo(10.0, within(1e-9));
        assertThat(after.ltvToCac()).isCloseTo(ChannelsViewModel.ltv(after) / 10.0, within(1e-9));
        assertThat(model.chartProperty().get()).isNotNull();
    }

    @Test
    void monthlyCohortsCoverEveryCustomer() {
        CohortsViewModel model = new CohortsViewModel(state, EmptyStateActions.NONE, holder, settings(),
                new DirectTaskExecutor(), new FakeDialogService(), new I18n(Locale.ENGLISH));

        model.run();

        // CDNOW sample: customers first bought in January-March 1997
        assertThat(model.resultProperty().get().cohorts()).extracting(Cohort::label)
                .containsExactly("1997-01", "1997-02", "1997-03");
        assertThat(model.resultProperty().get().cohorts().stream().mapToInt(Cohort::size).sum())
                .isEqualTo(CdnowSample.CUSTOMERS);
        assertThat(model.heatmapProperty().get()).isNotNull();
    }

    @Test
    void aNegativeCohortCacIsRejectedWithAMessage() {
        I18n en = new I18n(Locale.ENGLISH);
        CohortsViewModel model = new CohortsViewModel(state, EmptyStateActions.NONE, holder, settings(),
                new DirectTaskExecutor(), new FakeDialogService(), en);
        model.cacProperty().set("-5");

        model.run();

        assertThat(model.messageProperty().get()).isEqualTo(en.get("cohorts.error.cac"));
    }

    @Test
    void typedCohortCacShowsEachCohortsPaybackPeriod() {
        CohortsViewModel model = new CohortsViewModel(state, EmptyStateActions.NONE, holder, settings(),
                new DirectTaskExecutor(), new FakeDialogService(), new I18n(Locale.ENGLISH));
        model.cacProperty().set("25");

        model.run();

        for (Cohort c : model.resultProperty().get().cohorts()) {
            int expected = -1;
            for (int i = 0; i < c.cumulativeMarginPerCustomer().size() && expected < 0; i++) {
                if (c.cumulativeMarginPerCustomer().get(i) >= 25) {
                    expected = i;
                }
            }
            String part = expected < 0 ? c.label() + " not yet" : c.label() + " after " + expected + " months";
            assertThat(model.paybackProperty().get()).contains(part);
        }
    }
}
