package org.valuelens.gui.datasets;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuelens.gui.SessionWorkspaceActions;
import org.valuelens.gui.WorkspaceCommands;
import org.valuelens.gui.common.DirectTaskExecutor;
import org.valuelens.gui.common.FakeDialogService;
import org.valuelens.gui.common.FxToolkit;
import org.valuelens.gui.common.I18n;
import org.valuelens.gui.common.SessionHolder;
import org.valuelens.gui.common.TrackingTaskExecutor;
import org.valuelens.gui.common.UserSettings;
import org.valuelens.gui.common.WorkspaceState;
import org.valuelens.model.progress.ProgressListener;
import org.valuelens.service.Settings;
import org.valuelens.service.SettingsService;

/** The Datasets page's commands over a real workspace with two small datasets. */
class DatasetsViewModelTest {

    @TempDir
    Path dir;

    private final SessionHolder sessions = new SessionHolder();
    private final FakeDialogService dialogs = new FakeDialogService();
    private final WorkspaceState state = new WorkspaceState();
    private SessionWorkspaceActions actions;
    private WorkspaceCommands commands;
    private DatasetsViewModel model;
    private int first;
    private int second;

    @BeforeEach
    void twoDatasets() throws Exception {
        FxToolkit.start();
        actions = new SessionWorkspaceActions(sessions, dir.resolve("ws"), dir.resolve("samples"));
        I18n i18n = new I18n(Locale.ENGLISH);
        TrackingTaskExecutor tasks = new TrackingTaskExecutor(new DirectTaskExecutor());
        commands = new WorkspaceCommands(actions, tasks, dialogs, new UserSettings(
                new SettingsService(dir.resolve("settings.properties")), Settings.DEFAULTS), state, i18n);
        model = new DatasetsViewModel(actions, commands, state, tasks, dialogs, i18n);
        commands.opened(actions.importFile(write("north.csv", "C1,2024-01-02,10", "C2,2024-01-05,5",
                "C1,2024-03-01,7"), ProgressListener.NONE));
        first = state.datasetIdProperty().get();
        commands.opened(actions.importFile(write("south.csv", "D1,2023-05-02,3", "D2,2023-06-05,4",
                "D3,2023-07-01,8", "D4,2023-07-09,1"), ProgressListener.NONE));
        second = state.datasetIdProperty().get();
    }

    @AfterEach
    void close() {
        sessions.close();
    }

    private Path write(String name, String... rows) throws Exception {
        return Files.writeString(dir.resolve(name), "customer,date,amount\n" + String.join("\n", rows) + "\n");
    }

    @Test
    void listShowsEveryDatasetWithItsCountsDatesAndWhichOneIsOpen() {
        model.refresh();

        assertThat(model.rows()).extracting(DatasetsViewModel.Row::name).containsExactly("north.csv", "south.csv");
        DatasetsViewModel.Row north = model.rows().get(0);
        assertThat(north.rows()).isEqualTo(3);
        assertThat(north.customers()).isEqualTo(2);
        assertThat(north.firstDate()).hasToString("2024-01-02");
        assertThat(north.lastDate()).hasToString("2024-03-01");
        assertThat(model.rows()).filteredOn(DatasetsViewModel.Row::open).extracting(DatasetsViewModel.Row::id)
                .containsExactly(second);
    }

    @Test
    void openingADatasetSwitchesTheStateToItAndItsSavedChoices() {
        state.updateSettings(s -> s.withQuadrantThresholds(2.0, 9.0));
        model.refresh();
        int switches = state.switchProperty().get();

        model.open(model.rows().get(0));

        assertThat(state.datasetIdProperty().get()).isEqualTo(first);
        assertThat(state.datasetNameProperty().get()).isEqualTo("north.csv");
        assertThat(state.settings().quadrantX()).isNull();
        assertThat(state.switchProperty().get()).isEqualTo(switches + 1);
        model.open(model.rows().get(1));
        assertThat(state.settings().quadrantX()).isEqualTo(2.0);
        assertThat(state.settings().quadrantY()).isEqualTo(9.0);
    }

    @Test
    void renamingTheOpenDatasetRenamesItInTheListAndTheStatusBar() {
        model.refresh();
        dialogs.textAnswers.add("South shop 2023");

        model.rename(model.rows().get(1));

        assertThat(model.rows().get(1).name()).isEqualTo("South shop 2023");
        assertThat(model.rows().get(1).fileName()).isEqualTo("south.csv");
        assertThat(state.datasetNameProperty().get()).isEqualTo("South shop 2023");
        dialogs.textAnswers.add(" ");
        model.rename(model.rows().get(1));
        assertThat(model.rows().get(1).name()).isEqualTo("south.csv");
    }

    @Test
    void deleteAsksFirstAndDoesNothingWhenDeclined() {
        model.refresh();
        dialogs.confirmAnswer = false;

        model.delete(model.rows().get(0));

        assertThat(dialogs.last().kind()).isEqualTo("confirm");
        assertThat(dialogs.last().message()).contains("north.csv").contains("3 rows");
        assertThat(model.rows()).hasSize(2);
    }

    @Test
    void deletingTheOpenDatasetRemovesItsRowsAndOpensTheRemainingOne() {
        model.refresh();

        model.delete(model.rows().get(1));

        assertThat(model.rows()).extracting(DatasetsViewModel.Row::id).containsExactly(first);
        assertThat(state.datasetIdProperty().get()).isEqualTo(first);
        long[] rows = {0};
        sessions.require().workspace().forEachTransaction(second, false, t -> rows[0]++);
        assertThat(rows[0]).isZero();
        model.delete(model.rows().get(0));
        assertThat(model.rows()).isEmpty();
        assertThat(state.isLoaded()).isFalse();
    }

    @Test
    void importingAFileAgainOffersToOpenItsDatasetAndOpensIt() throws Exception {
        Path north = dir.resolve("north.csv");
        assertThat(state.datasetIdProperty().get()).isEqualTo(second);

        commands.importFile(north);

        assertThat(dialogs.last().kind()).isEqualTo("confirm");
        assertThat(dialogs.last().message()).isEqualTo(new I18n(Locale.ENGLISH).format("duplicate.message",
                "north.csv"));
        assertThat(state.datasetIdProperty().get()).isEqualTo(first);
        assertThat(sessions.require().workspace().listDatasets()).hasSize(2);
    }

    @Test
    void reopeningTheWorkspaceOpensTheLastActiveDatasetWithItsChoices() throws Exception {
        model.refresh();
        model.open(model.rows().get(0));
        state.updateSettings(s -> s.withCac(12.0));
        sessions.close();

        SessionHolder restarted = new SessionHolder();
        try {
            org.valuelens.gui.OpenedWorkspace opened = new SessionWorkspaceActions(restarted, dir.resolve("ws"),
                    dir.resolve("samples")).openWorkspace(dir.resolve("ws"), ProgressListener.NONE);
            assertThat(opened.datasetId()).isEqualTo(first);
            assertThat(opened.datasetName()).isEqualTo("north.csv");
            assertThat(opened.settings().cac()).isEqualTo(12.0);
            assertThat(restarted.datasetId()).isEqualTo(first);
        } finally {
            restarted.close();
        }
    }
}
