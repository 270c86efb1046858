package org.valuelens.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuelens.gui.common.DirectTaskExecutor;
import org.valuelens.gui.common.FakeDialogService;
import org.valuelens.gui.common.I18n;
import org.valuelens.gui.common.TrackingTaskExecutor;
import org.valuelens.gui.common.UserSettings;
import org.valuelens.gui.common.WorkspaceState;
import org.valuelens.service.Language;
import org.valuelens.service.Settings;
import org.valuelens.service.SettingsService;
import org.valuelens.service.Theme;

/** Main window commands, run without a UI (same-thread executor, fake dialogs). */
class MainViewModelTest {

    @TempDir
    Path dir;

    private final I18n i18n = new I18n(Locale.ENGLISH);
    private final FakeDialogService dialogs = new FakeDialogService();
    private final WorkspaceState state = new WorkspaceState();
    private FakeWorkspaceActions actions;
    private SettingsService settingsService;
    private UserSettings settings;
    private MainViewModel model;
    private int quits;

    @BeforeEach
    void setUp() {
        actions = new FakeWorkspaceActions(dir);
        settingsService = new SettingsService(dir.resolve("settings.properties"));
        settings = new UserSettings(settingsService, Settings.DEFAULTS);
        model = create(actions);
    }

    private MainViewModel create(WorkspaceActions a) {
        WorkspaceCommands commands = new WorkspaceCommands(a, new TrackingTaskExecutor(new DirectTaskExecutor()),
                dialogs, settings, state, i18n);
        return new MainViewModel(commands, state, settings, dialogs, i18n, () -> quits++);
    }

    @Test
    void startsOnTheStartPage() {
        assertThat(model.currentPageProperty().get()).isEqualTo(Page.START);
    }

    @Test
    void shortcutDigitsOneToSixSelectTheAnalysisPagesInSidebarOrder() {
        Page[] expected = {Page.OVERVIEW, Page.CLV, Page.SEGMENTS, Page.COHORTS, Page.CHANNELS, Page.CUSTOMERS};
        for (int digit = 1; digit <= 6; digit++) {
            model.showPageByShortcut(digit);
            assertThat(model.currentPageProperty().get()).as("Ctrl+" + digit).isEqualTo(expected[digit - 1]);
        }
    }

    @Test
    void unusedShortcutDigitKeepsThePage() {
        model.showPage(Page.CLV);

        model.showPageByShortcut(9);

        assertThat(model.currentPageProperty().get()).isEqualTo(Page.CLV);
    }

    @Test
    void openingTheSampleFillsTheStatusBarAndShowsTheOverview() {
        model.openSample();

        assertThat(actions.calls).containsExactly("openSample");
        assertThat(model.datasetTextProperty().get()).isEqualTo("CDNOW sample");
        assertThat(model.workspaceTextProperty().get()).isEqualTo(dir.resolve("sample").toString());
        assertThat(model.currentPageProperty().get()).isEqualTo(Page.OVERVIEW);
        assertThat(model.taskRunningProperty().get()).isFalse();
    }

    @Test
    void openedWorkspaceIsRememberedAndSaved() {
        model.openSample();

        assertThat(settings.get().recentWorkspaces()).containsExactly(dir.resolve("sample").toAbsolutePath());
        assertThat(settingsService.load().recentWorkspaces()).containsExactly(dir.resolve("sample"));
    }

    @Test
    void statusBarSaysNoDataBeforeAnythingIsOpen() {
        assertThat(model.datasetTextProperty().get()).isEqualTo(i18n.get("status.noDataset"));
        assertThat(model.workspaceTextProperty().get()).isEqualTo(i18n.get("status.noWorkspace"));
    }

    @Test
    void failedImportShowsOnePlainSentenceWithTheCauseAsDetail() {
        IllegalStateException cause = new IllegalStateException("column 3 is not a date");
        actions.failWith = cause;
        dialogs.chooserAnswers.add(dir.resolve("orders.csv"));

        model.importFile();

        assertThat(dialogs.last().kind()).isEqualTo("error");
        assertThat(dialogs.last().message()).isEqualTo(i18n.format("error.import", "orders.csv"));
        assertThat(dialogs.last().detail()).isSameAs(cause);
        assertThat(state.isLoaded()).isFalse();
    }

    @Test
    void cancelledImportShowsNoDialog() {
        actions.failWith = new org.valuelens.model.progress.CancelledException();

        model.openSample();

        assertThat(dialogs.shown).isEmpty();
    }

    @Test
    void unwiredActionsSayNotAvailableInsteadOfFailing() {
        MainViewModel unwired = create(WorkspaceActions.NONE);

        unwired.openSample();

        assertThat(dialogs.last().kind()).isEqualTo("info");
        assertThat(dialogs.last().message()).isEqualTo(i18n.get("info.notAvailable"));
    }

    @Test
    void cancellingTheFileChooserImportsNothing() {
        model.importFile();

        assertThat(actions.calls).isEmpty();
        assertThat(dialogs.chooserTitles).containsExactly(i18n.get("chooser.import"));
    }

    @Test
    void droppedFilesImportTheFirstSpreadsheetOrTextFile() {
        boolean accepted = model.dropFiles(List.of(dir.resolve("notes.pdf"), dir.resolve("Orders.XLSX"),
                dir.resolve("b.csv")));

        assertThat(accepted).isTrue();
        assertThat(actions.calls).containsExactly("importFile Orders.XLSX");
    }

    @Test
    void droppedFilesWithoutADataFileAreRefused() {
        assertThat(model.dropFiles(List.of(dir.resolve("photo.png")))).isFalse();
        assertThat(actions.calls).isEmpty();
    }

    @Test
    void exportWithoutDataAsksToOpenDataFirst() {
        model.export();

        assertThat(dialogs.last().message()).isEqualTo(i18n.get("info.noData"));
        assertThat(actions.calls).isEmpty();
    }

    @Test
    void exportWritesTheReportIntoTheChosenFolderInTheInterfaceLanguage() {
        model.openSample();
        dialogs.chooserAnswers.add(dir.resolve("out"));

        model.export();

        assertThat(actions.calls).containsExactly("openSample", "export out " + i18n.locale().toLanguageTag());
        assertThat(dialogs.last().message()).isEqualTo(i18n.format("info.exported", dir.resolve("out")));
    }

    @Test
    void openWorkspaceUsesTheChosenFolder() {
        dialogs.chooserAnswers.add(dir.resolve("shop"));

        model.openWorkspace();

        assertThat(actions.calls).containsExactly("openWorkspace shop");
        assertThat(state.workspaceProperty().get()).isEqualTo(dir.resolve("shop"));
    }

    @Test
    void themeChangeIsSavedAtOnce() {
        model.setTheme(Theme.DARK);

        assertThat(settingsService.load().theme()).isEqualTo(Theme.DARK);
    }

    @Test
    void languageChangeIsSavedAndTheUserIsToldItAppliesAfterRestart() {
        model.setLanguage(Language.CHINESE_SIMPLIFIED);

        assertThat(settingsService.load().language()).isEqualTo(Language.CHINESE_SIMPLIFIED);
        assertThat(dialogs.last().message()).as("said in the new language first, then in the one in use")
                .startsWith(new I18n(Locale.SIMPLIFIED_CHINESE).get("info.restartForLanguage"))
                .endsWith(i18n.get("info.restartForLanguage"));
    }

    @Test
    void quitRunsTheQuitAction() {
        model.quit();

        assertThat(quits).isEqualTo(1);
    }

    @Test
    void glossaryExplainsClv() {
        model.showGlossary();

        assertThat(dialogs.last().message()).contains("CLV").contains("P(alive)");
    }

    @org.junit.jupiter.api.Test
    void aboutListsEveryBundledLibraryWithItsLicence() throws java.io.IOException {
        model.showAbout();
        String message = dialogs.shown.get(dialogs.shown.size() - 1).message();
        java.util.List<String> libraries;
        try (var in = getClass().getResourceAsStream("/about/third-party-licenses.txt")) {
            libraries = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t")[0]).toList();
        }
        org.assertj.core.api.Assertions.assertThat(libraries).contains("org.jfree:jfreechart", "com.h2database:h2");
        for (String library : libraries) {
            org.assertj.core.api.Assertions.assertThat(message).contains(library + " ");
        }
        org.assertj.core.api.Assertions.assertThat(message).contains("Apache");
        org.assertj.core.api.Assertions.assertThat(dialogs.last().message())
                .contains("Licensed under the Apache License, Version 2.0");
    }
}
