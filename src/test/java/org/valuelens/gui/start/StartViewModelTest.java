package org.valuelens.gui.start;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuelens.gui.OpenedWorkspace;
import org.valuelens.gui.WorkspaceActions;
import org.valuelens.gui.WorkspaceCommands;
import org.valuelens.gui.common.DirectTaskExecutor;
import org.valuelens.gui.common.FakeDialogService;
import org.valuelens.gui.common.I18n;
import org.valuelens.gui.common.TrackingTaskExecutor;
import org.valuelens.gui.common.UserSettings;
import org.valuelens.gui.common.WorkspaceState;
import org.valuelens.model.progress.ProgressListener;
import org.valuelens.service.Language;
import org.valuelens.service.ReportRequest;
import org.valuelens.service.Settings;
import org.valuelens.service.SettingsService;

class StartViewModelTest {

    @TempDir
    Path dir;

    private final FakeDialogService dialogs = new FakeDialogService();
    private final WorkspaceState state = new WorkspaceState();
    private final List<Language> chosen = new ArrayList<>();

    private StartViewModel create(Settings initial, WorkspaceActions actions) {
        UserSettings settings = new UserSettings(new SettingsService(dir.resolve("s.properties")), initial);
        WorkspaceCommands commands = new WorkspaceCommands(actions,
                new TrackingTaskExecutor(new DirectTaskExecutor()), dialogs, settings, state,
                new I18n(Locale.ENGLISH));
        return new StartViewModel(commands, settings, chosen::add);
    }

    private static WorkspaceActions opening(Path ws) {
        return new WorkspaceActions() {
            @Override
            public OpenedWorkspace openSample(ProgressListener p) {
                return new OpenedWorkspace(ws, "sample");
            }

            @Override
            public OpenedWorkspace importFile(Path file, ProgressListener p) {
                return new OpenedWorkspace(ws, file.getFileName().toString());
            }

            @Override
            public OpenedWorkspace openWorkspace(Path workspace, ProgressListener p) {
                return new OpenedWorkspace(workspace, "reopened");
            }

            @Override
            public Path export(Path folder, ReportRequest request, ProgressListener p) {
                return folder;
            }
        };
    }

    @Test
    void offersEveryLanguageAndForwardsTheChoice() {
        StartViewModel model = create(Settings.DEFAULTS.withLanguage(Language.RUSSIAN), opening(dir.resolve("l")));

        assertThat(model.languages()).containsExactly(Language.values());
        assertThat(model.language()).isEqualTo(Language.RUSSIAN);
        model.chooseLanguage(Language.CHINESE_TRADITIONAL);
        assertThat(chosen).containsExactly(Language.CHINESE_TRADITIONAL);
    }

    @Test
    void recentListComesFromTheSettings() {
        StartViewModel model = create(Settings.DEFAULTS.withRecentWorkspaces(List.of(dir.resolve("a"))),
                WorkspaceActions.NONE);

        assertThat(model.recentWorkspaces()).containsExactly(dir.resolve("a"));
        assertThat(model.hasRecentProperty().get()).isTrue();
    }

    @Test
    void openingTheSampleAddsItsWorkspaceToTheTopOfTheRecentList() {
        StartViewModel model = create(Settings.DEFAULTS.withRecentWorkspaces(List.of(dir.resolve("a"))),
                opening(dir.resolve("sample")));

        model.openSample();

        assertThat(model.recentWorkspaces()).containsExactly(dir.resolve("sample"), dir.resolve("a"));
        assertThat(state.datasetNameProperty().get()).isEqualTo("sample");
    }

    @Test
    void openRecentReopensThatWorkspace() {
        StartViewModel model = create(Settings.DEFAULTS, opening(dir.resolve("x")));

        model.openRecent(dir.resolve("old"));

        assertThat(state.workspaceProperty().get()).isEqualTo(dir.resolve("old"));
        assertThat(state.datasetNameProperty().get()).isEqualTo("reopened");
    }

    @Test
    void importAsksForAFileAndImportsIt() {
        StartViewModel model = create(Settings.DEFAULTS, opening(dir.resolve("w")));
        dialogs.chooserAnswers.add(dir.resolve("sales.xlsx"));

        model.importFile();

        assertThat(state.datasetNameProperty().get()).isEqualTo("sales.xlsx");
    }

    @Test
    void notBusyWhenNothingRuns() {
        StartViewModel model = create(Settings.DEFAULTS, WorkspaceActions.NONE);

        assertThat(model.busyProperty().get()).isFalse();
    }
}
