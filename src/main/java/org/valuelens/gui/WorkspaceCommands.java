package org.valuelens.gui;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.valuelens.gui.common.BackgroundJob;
import org.valuelens.gui.common.DialogService;
import org.valuelens.gui.common.EmptyStateActions;
import org.valuelens.gui.common.FileFilter;
import org.valuelens.gui.common.I18n;
import org.valuelens.gui.common.TaskCallbacks;
import org.valuelens.gui.common.TrackingTaskExecutor;
import org.valuelens.gui.common.UserSettings;
import org.valuelens.gui.common.WorkspaceState;
import org.valuelens.model.progress.CancelledException;
import org.valuelens.service.ClvMethod;
import org.valuelens.service.DuplicateImportException;
import org.valuelens.service.ReportRequest;
import org.valuelens.service.Settings;

/**
 * The open/import/export commands shared by the File menu and the start screen. Each runs its
 * {@link WorkspaceActions} call in the background, then updates {@link WorkspaceState} and the recent list, or
 * shows one plain sentence when it fails. FX thread only.
 */
public final class WorkspaceCommands implements EmptyStateActions {

    /** File name endings accepted for import (lower case). */
    public static final List<String> IMPORTABLE = List.of(".csv", ".txt", ".xlsx", ".xls");

    private final WorkspaceActions actions;
    private final TrackingTaskExecutor tasks;
    private final DialogService dialogs;
    private final UserSettings settings;
    private final WorkspaceState state;
    private final I18n i18n;
    private java.util.function.Consumer<Path> importWizard;
    private Runnable databaseWizard;

    /**
     * @param actions  the data operations (use {@link WorkspaceActions#NONE} until they exist)
     * @param tasks    runs the operations and shows them in the status bar
     * @param dialogs  choosers and messages
     * @param settings receives the recent-workspace list
     * @param state    receives what was opened
     * @param i18n     texts
     */
    public WorkspaceCommands(WorkspaceActions actions, TrackingTaskExecutor tasks, DialogService dialogs,
                             UserSettings settings, WorkspaceState state, I18n i18n) {
        this.actions = Objects.requireNonNull(actions, "actions");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.state = Objects.requireNonNull(state, "state");
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        state.setSettingsSaver(this::saveDatasetSettings);
        // the open dataset's own currency (found in its file at import) replaces the app's currency sign
        settings.setDatasetCurrency(state.settings().currency());
        state.settingsProperty().addListener((obs, old, now) -> settings.setDatasetCurrency(now.currency()));
        settings.setDatasetCurrencySaver(c -> state.updateSettings(d -> d.withCurrency(c)));
    }

    /**
     * @param file a file name or path ({@code null} gives {@code false})
     * @return whether its extension is one the importer reads (.csv, .txt, .xlsx, .xls; any case)
     */
    public static boolean isImportable(Path file) {
        if (file == null || file.getFileName() == null) {
            return false;
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return IMPORTABLE.stream().anyMatch(name::endsWith);
    }

    /** @return the running/progress/message of background work, for binding */
    public TrackingTaskExecutor tasks() {
        return tasks;
    }

    /** Imports the bundled CDNOW sample. */
    @Override
    public void openSample() {
        open(i18n.get("status.openingSample"), actions::openSample, i18n.get("error.openSample"));
    }

    /** Lets the user choose a data file, then imports it. */
    @Override
    public void chooseAndImport() {
        List<FileFilter> filters = List.of(
                new FileFilter(i18n.get("filter.data"), List.of("*.csv", "*.txt", "*.xlsx", "*.xls")),
                new FileFilter(i18n.get("filter.all"), List.of("*.*")));
        dialogs.chooseFileToOpen(i18n.get("chooser.import"), filters).ifPresent(this::importFile);
    }

    /**
     * Imports one file.
     *
     * @param file the file ({@code null} not permitted)
     */
    public void importFile(Path file) {
        Objects.requireNonNull(file, "file");
        if (importWizard != null) {
            importWizard.accept(file);
            return;
        }
        String name = String.valueOf(file.getFileName());
        open(i18n.format("status.importing", name), p -> actions.importFile(file, p),
                i18n.format("error.import", name));
    }

    /**
     * Imports the first importable file of a drag-and-drop gesture.
     *
     * @param files the dropped files
     * @return {@code true} when one was importable and its import started
     */
    public boolean importDropped(List<Path> files) {
        Optional<Path> first = files.stream().filter(WorkspaceCommands::isImportable).findFirst();
        first.ifPresent(this::importFile);
        return first.isPresent();
    }

    /** Lets the user choose a workspace folder, then opens it. */
    public void chooseAndOpenWorkspace() {
        dialogs.chooseDirectory(i18n.get("chooser.workspace")).ifPresent(this::openWorkspace);
    }

    /**
     * Opens a workspace folder.
     *
     * @param workspace the folder ({@code null} not permitted)
     */
    public void openWorkspace(Path workspace) {
        Objects.requireNonNull(workspace, "workspace");
        String name = String.valueOf(workspace.getFileName());
        open(i18n.format("status.opening", name), p -> actions.openWorkspace(workspace, p),
                i18n.format("error.openWorkspace", name));
    }

    /** Asks for a target file and exports the results; tells the user to open data first when none is open. */
    public void chooseAndExport() {
        if (!state.isLoaded()) {
            dialogs.showInfo(i18n.get("menu.file.export"), i18n.get("info.noData"));
            return;
        }
        Settings s = settings.get();
        ReportRequest request = new ReportRequest(s.analysis(null), ClvMethod.BG_NBD,
                i18n.locale(), s.currencySymbol(), null);
        dialogs.chooseDirectory(i18n.get("chooser.export"))
                .ifPresent(folder -> tasks.submit(i18n.get("status.exporting"),
                        p -> actions.export(folder, request, p),
                        TaskCallbacks.of(
                                deck -> dialogs.showInfo(i18n.get("menu.file.export"),
                                        i18n.format("info.exported", String.valueOf(deck.getParent()))),
                                error -> fail(i18n.get("error.export"), error))));
    }

    /**
     * Opens another dataset of the open workspace; every page then shows that dataset with its saved choices.
     *
     * @param datasetId the dataset
     */
    public void openDataset(int datasetId) {
        open(i18n.get("status.openingDataset"), p -> actions.openDataset(datasetId, p),
                i18n.get("error.openDataset"));
    }

    /**
     * Reopens the most recent workspace at its last active dataset (at start-up); does nothing when there is no
     * recent workspace or it is gone, and stays on the start screen quietly when it cannot be opened.
     */
    public void reopenLast() {
        List<Path> recent = settings.get().recentWorkspaces();
        if (recent.isEmpty() || !java.nio.file.Files.isDirectory(recent.get(0))) {
            return;
        }
        Path ws = recent.get(0);
        tasks.submit(i18n.format("status.opening", String.valueOf(ws.getFileName())),
                p -> actions.openWorkspace(ws, p), TaskCallbacks.of(this::opened, error -> { }));
    }

    /** Stores a dataset's changed choices in the background; a failure is shown, the page keeps the values. */
    private void saveDatasetSettings(Integer datasetId, org.valuelens.service.DatasetSettings choices) {
        tasks.submit(p -> {
            actions.saveDatasetSettings(datasetId, choices);
            return Boolean.TRUE;
        }, TaskCallbacks.of(ok -> { }, error -> {
            if (!(error instanceof UnsupportedOperationException)) {
                dialogs.showError(i18n.get("error.saveDatasetSettings"), error);
            }
        }));
    }

    private void open(String label, BackgroundJob<OpenedWorkspace> job, String failure) {
        tasks.submit(label, job, TaskCallbacks.of(this::opened, error -> fail(failure, error)));
    }

    /**
     * Routes {@link #importFile} through an import wizard (which collects the choices, runs the import itself and
     * reports back through {@link #opened}) instead of importing with detected settings.
     *
     * @param wizard opens the wizard for a file on the FX thread ({@code null} = import directly)
     */
    public void setImportWizard(java.util.function.Consumer<Path> wizard) {
        this.importWizard = wizard;
    }

    /**
     * @param wizard opens the import wizard on its Database source (FX thread); {@code null} = none
     */
    public void setDatabaseWizard(Runnable wizard) {
        this.databaseWizard = wizard;
    }

    /** File ▸ Import from a database…: opens the import wizard on its Database source, when there is one. */
    public void importDatabase() {
        if (databaseWizard != null) {
            databaseWizard.run();
        }
    }

    /**
     * Records data that was opened outside these commands (e.g. by the import wizard): updates the state and the
     * recent list.
     *
     * @param result what was opened ({@code null} not permitted)
     */
    public void opened(OpenedWorkspace result) {
        state.open(result.workspace(), result.datasetId(), result.datasetName(), result.settings());
        if (result.workspace() != null) {
            try {
                settings.update(s -> s.withRecentWorkspace(result.workspace()));
            } catch (RuntimeException e) {
                dialogs.showError(i18n.get("error.saveSettings"), e);
            }
        }
    }

    private void fail(String sentence, Throwable error) {
        if (error instanceof CancelledException) {
            return; // the user asked for it; the status bar already cleared
        }
        if (error instanceof UnsupportedOperationException) {
            dialogs.showInfo(i18n.get("info.notAvailable.title"), i18n.get("info.notAvailable"));
            return;
        }
        if (error instanceof DuplicateImportException duplicate) {
            offerExisting(duplicate);
            return;
        }
        dialogs.showError(sentence, error);
    }

    /**
     * Tells the user the file is already a dataset and offers to open it.
     *
     * @param duplicate the refused import
     */
    public void offerExisting(DuplicateImportException duplicate) {
        String name = duplicate.existingDatasetName() != null ? duplicate.existingDatasetName()
                : "#" + duplicate.existingDatasetId();
        if (dialogs.confirm(i18n.get("duplicate.title"), i18n.format("duplicate.message", name),
                i18n.get("duplicate.open"))) {
            openDataset(duplicate.existingDatasetId());
        }
    }
}
