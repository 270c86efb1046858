package org.valuelens.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
import org.valuelens.gui.customers.CustomersViewModel;
import org.valuelens.model.cohort.ChannelSummary;
import org.valuelens.model.progress.ProgressListener;
import org.valuelens.service.ImportRequest;
import org.valuelens.service.Settings;
import org.valuelens.service.SettingsService;
import org.valuelens.service.WorkspaceSession;
import org.valuelens.testing.SparkSummaryFolder;

/**
 * The app's pages on a summary-only dataset (the Spark job's summary output): the Channels page shows its table with
 * a note that payback needs the aggregated mode; the Cohorts page and a customer's timeline say in one translated
 * sentence that they need the purchases by day, without an error dialog.
 */
class SummaryOnlyPagesTest {

    @TempDir
    Path dir;
    private final WorkspaceState state = new WorkspaceState();
    private final SessionHolder sessions = new SessionHolder();
    private final FakeDialogService dialogs = new FakeDialogService();

    @BeforeEach
    void open() throws Exception {
        Path out = SparkSummaryFolder.write(dir.resolve("orders-summary"));
        WorkspaceSession session = WorkspaceSession.open(dir.resolve("ws"));
        int id = session.imports().importFile(new ImportRequest(out, null, null, null, null, null, null, Map.of()),
                false, ProgressListener.NONE).datasetId();
        sessions.replace(session, id);
        state.set(dir.resolve("ws"), "orders-summary");
    }

    @AfterEach
    void close() {
        sessions.close();
    }

    private UserSettings settings() {
        return new UserSettings(new SettingsService(dir.resolve("s-" + System.nanoTime())), Settings.DEFAULTS);
    }

    @Test
    void channelsShowTheirTableAndSayPaybackNeedsTheAggregatedMode() {
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE, new Locale("ru")}) {
            I18n i18n = new I18n(locale);
            ChannelsViewModel model = new ChannelsViewModel(state, EmptyStateActions.NONE, sessions, settings(),
                    new DirectTaskExecutor(), dialogs, i18n);
            model.run();
            assertThat(model.channels()).extracting(ChannelSummary::channel)
                    .containsExactly("Web", "Shop", "(unknown)");
            assertThat(model.channels()).extracting(ChannelSummary::customers).containsExactly(4, 3, 1);
            assertThat(model.noticeProperty().get()).isEqualTo(i18n.get("channels.summaryOnly"));
        }
        assertThat(dialogs.shown).isEmpty();
    }

    @Test
    void cohortsAndTimelinesSayInOneSentenceThatTheyNeedTheAggregatedMode() {
        I18n i18n = new I18n(Locale.TRADITIONAL_CHINESE);
        CohortsViewModel cohorts = new CohortsViewModel(state, EmptyStateActions.NONE, sessions, settings(),
                new DirectTaskExecutor(), dialogs, i18n);
        cohorts.run();
        assertThat(cohorts.noticeProperty().get()).isEqualTo(i18n.get("page.summaryOnly"));
        CustomersViewModel customers = new CustomersViewModel(state, EmptyStateActions.NONE, sessions,
                new DirectTaskExecutor(), dialogs, settings(), i18n);
        customers.refresh();
        customers.select("A");
        assertThat(customers.noticeProperty().get()).isEqualTo(i18n.get("page.summaryOnly"));
        assertThat(dialogs.shown).isEmpty();
    }

    @Test
    void migrationSaysItNeedsTheAggregatedModeInsteadOfAnErrorDialog() {
        I18n i18n = new I18n(new Locale("ru"));
        org.valuelens.gui.segments.MigrationViewModel migration = new org.valuelens.gui.segments.MigrationViewModel(
                sessions, settings(), new DirectTaskExecutor(), dialogs, i18n);
        migration.run();
        assertThat(migration.summaryProperty().get()).isEqualTo(i18n.get("page.summaryOnly"));
        assertThat(migration.rows()).isEmpty();
        assertThat(dialogs.shown).isEmpty();
    }
}
