package org.valuelens.gui.segments;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuelens.gui.common.DirectTaskExecutor;
import org.valuelens.gui.common.EmptyStateActions;
import org.valuelens.gui.common.FakeDialogService;
import org.valuelens.gui.common.I18n;
import org.valuelens.gui.common.SessionHolder;
import org.valuelens.gui.common.UserSettings;
import org.valuelens.gui.common.WorkspaceState;
import org.valuelens.model.segment.ChurnResult;
import org.valuelens.service.Settings;
import org.valuelens.service.SettingsService;
import org.valuelens.service.WorkspaceSession;

/** The migration section and the churn scheme of the Segments page without a UI, over the CDNOW sample. */
class MigrationViewModelTest {
    @TempDir
    static Path dir;
    private static WorkspaceSession session;
    private final FakeDialogService dialogs = new FakeDialogService();
    private SegmentsViewModel model;

    @BeforeAll
    static void importSample() throws Exception {
        session = CdnowSample.open(dir);
    }

    @AfterAll
    static void close() {
        session.close();
    }

    @BeforeEach
    void setUp() {
        SessionHolder holder = new SessionHolder();
        holder.replace(session);
        WorkspaceState state = new WorkspaceState();
        state.set(session.directory(), "CDNOW sample");
        model = new SegmentsViewModel(state, EmptyStateActions.NONE, holder,
                new UserSettings(new SettingsService(dir.resolve("s-" + System.nanoTime())), Settings.DEFAULTS),
                new DirectTaskExecutor(), dialogs, new I18n(Locale.ENGLISH));
    }

    @Test
    void migrationFillsTheSplitTheMatrixAndTheChart() {
        MigrationViewModel m = model.migration();
        m.run();
        assertThat(dialogs.shown).isEmpty();
        assertThat(m.splitProperty().get()).isNotNull();
        // five rows (four quadrants + new) and five columns (four quadrants + no purchase after)
        assertThat(m.rows()).hasSize(5);
        assertThat(m.columns()).hasSize(5).endsWith("No purchase after");
        assertThat(m.rows().get(4).from()).isEqualTo("New (first bought after)");
        int before = 0;
        for (int i = 0; i < 4; i++) {
            before += m.rows().get(i).total();
        }
        assertThat(before).isEqualTo(m.reportProperty().get().customersBefore());
        assertThat(m.chartProperty().get()).isNotNull();
        assertThat(m.summaryProperty().get()).contains("stayed in the same segment");
    }

    @Test
    void aChosenSplitIsUsedAndRefreshForgetsIt() {
        MigrationViewModel m = model.migration();
        m.splitProperty().set(LocalDate.of(1997, 10, 1));
        m.schemeProperty().set("rfm");
        m.run();
        assertThat(m.reportProperty().get().split()).isEqualTo(LocalDate.of(1997, 10, 1));
        assertThat(m.reportProperty().get().scheme()).isEqualTo("rfm");
        model.refresh();
        assertThat(m.reportProperty().get()).isNull();
        assertThat(m.splitProperty().get()).isNull();
        assertThat(m.rows()).isEmpty();
    }

    @Test
    void aSplitBeforeTheDataIsReportedAsOneSentence() {
        MigrationViewModel m = model.migration();
        m.splitProperty().set(LocalDate.of(1990, 1, 1));
        m.run();
        assertThat(dialogs.shown).singleElement().satisfies(s -> assertThat(s.message()).contains("1990-01-01"));
        assertThat(m.runningProperty().get()).isFalse();
    }

    @Test
    void churnSchemeGivesThreeBandsTwoChartsAndCustomersPerBand() {
        model.schemeProperty().set("churn");
        model.run();
        assertThat(model.segments()).hasSize(3);
        assertThat(model.reportProperty().get().detail()).isInstanceOf(ChurnResult.class);
        assertThat(model.chartProperty().get()).isNotNull();
        assertThat(model.secondChartProperty().get()).isNotNull();
        model.selectSegment("High risk");
        assertThat(model.members()).hasSize(model.counts().get(0));
        model.explainChurn();
        assertThat(dialogs.shown).singleElement().satisfies(s -> assertThat(s.message()).contains("0.3")
                .contains("hiatus rule"));
    }
}
