package org.valuelens.gui.datasets;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.valuelens.gui.WorkspaceActions;
import org.valuelens.gui.WorkspaceCommands;
import org.valuelens.gui.common.DialogService;
import org.valuelens.gui.common.ErrorTexts;
import org.valuelens.gui.common.I18n;
import org.valuelens.gui.common.TaskCallbacks;
import org.valuelens.gui.common.TaskExecutor;
import org.valuelens.gui.common.WorkspaceState;
import org.valuelens.model.progress.CancelledException;
import org.valuelens.service.DatasetDetails;

/**
 * State and commands of the Datasets page: the open workspace's datasets, and opening, renaming and deleting
 * one. Database work runs through the task executor. FX thread only.
 */
public final class DatasetsViewModel {

    /**
     * One dataset as listed.
     *
     * @param id         dataset id
     * @param name       display name (the file name unless renamed)
     * @param fileName   source file name
     * @param rows       rows imported
     * @param customers  distinct customers
     * @param firstDate  first transaction day, {@code null} when none
     * @param lastDate   last transaction day, {@code null} when none
     * @param importedAt when the import committed
     * @param open       whether it is the dataset the pages show
     */
    public record Row(int id, String name, String fileName, long rows, int customers, LocalDate firstDate,
                      LocalDate lastDate, Instant importedAt, boolean open) {
        static Row of(DatasetDetails d, Integer openId) {
            return new Row(d.id(), d.name(), d.fileName(), d.rowsImported(), d.customers(),
                    d.firstDate() == null ? null : d.firstDate().toLocalDate(),
                    d.lastDate() == null ? null : d.lastDate().toLocalDate(), d.importedAt(),
                    Integer.valueOf(d.id()).equals(openId));
        }
    }

    private final WorkspaceActions actions;
    private final WorkspaceCommands commands;
    private final WorkspaceState state;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final I18n i18n;

    // Properties //

    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<Row> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();

    /**
     * @param actions  the data operations (list, rename, delete)
     * @param commands opens a dataset and imports files
     * @param state    what is open (the list follows dataset switches)
     * @param tasks    runs the database work
     * @param dialogs  confirmation, name input and errors
     * @param i18n     texts
     */
    public DatasetsViewModel(WorkspaceActions actions, WorkspaceCommands commands, WorkspaceState state,
                             TaskExecutor tasks, DialogService dialogs, I18n i18n) {
        this.actions = Objects.requireNonNull(actions, "actions");
        this.commands = Objects.requireNonNull(commands, "commands");
        this.state = Objects.requireNonNull(state, "state");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        state.switchProperty().addListener((obs, old, now) -> refresh());
        state.datasetNameProperty().addListener((obs, old, now) -> refresh());
    }

    /** @return the datasets, oldest first (read-only) */
    public ObservableList<Row> rows() {
        return rowsView;
    }

    /** @return whether the list is being read */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** @return whether a workspace is open (otherwise the page offers the sample and import) */
    public boolean hasWorkspace() {
        return state.workspaceProperty().get() != null;
    }

    /**
     * @param row a dataset
     * @return "1,234 rows · 56 customers" in the interface language
     */
    public String sizeText(Row row) {
        NumberFormat n = NumberFormat.getIntegerInstance(i18n.locale());
        return i18n.format("datasets.size", n.format(row.rows()), n.format(row.customers()));
    }

    // Commands //

    /** Reads the list again (in the background). */
    public void refresh() {
        if (!hasWorkspace()) {
            rows.clear();
            return;
        }
        loading.set(true);
        tasks.submit(p -> actions.listDatasets(), TaskCallbacks.of(list -> {
            loading.set(false);
            List<Row> out = new ArrayList<>();
            for (DatasetDetails d : list) {
                out.add(Row.of(d, state.datasetIdProperty().get()));
            }
            rows.setAll(out);
        }, this::failed));
    }

    /** @param row the dataset the pages should show */
    public void open(Row row) {
        if (row != null) {
            commands.openDataset(row.id());
        }
    }

    /**
     * Asks for a new name and renames the dataset (a blank name goes back to the file name).
     *
     * @param row the dataset
     */
    public void rename(Row row) {
        if (row == null) {
            return;
        }
        dialogs.askText(i18n.get("datasets.rename.title"), i18n.format("datasets.rename.message", row.fileName()),
                row.name()).ifPresent(name -> tasks.submit(p -> actions.renameDataset(row.id(), name),
                TaskCallbacks.of(d -> {
                    if (Integer.valueOf(d.id()).equals(state.datasetIdProperty().get())) {
                        state.rename(d.name());
                    }
                    refresh();
                }, this::failed)));
    }

    /**
     * Asks for confirmation, then deletes the dataset with all its rows and saved choices. When it was the open
     * dataset, the newest remaining one opens (or none when it was the last).
     *
     * @param row the dataset
     */
    public void delete(Row row) {
        if (row == null || !dialogs.confirm(i18n.get("datasets.delete.title"), i18n.format("datasets.delete.message",
                row.name(), sizeText(row)), i18n.get("datasets.delete.confirm"))) {
            return;
        }
        boolean wasOpen = Integer.valueOf(row.id()).equals(state.datasetIdProperty().get());
        tasks.submit(p -> {
            actions.deleteDataset(row.id());
            return actions.listDatasets();
        }, TaskCallbacks.of(remaining -> {
            if (wasOpen) {
                if (remaining.isEmpty()) {
                    state.set(state.workspaceProperty().get(), null);
                } else {
                    commands.openDataset(remaining.get(remaining.size() - 1).id());
                }
            }
            refresh();
        }, this::failed));
    }

    /** File ▸ Import file…, from the page. */
    public void importFile() {
        commands.chooseAndImport();
    }

    /** Opens the bundled sample, from the page. */
    public void openSample() {
        commands.openSample();
    }

    private void failed(Throwable e) {
        loading.set(false);
        if (e instanceof CancelledException || e instanceof UnsupportedOperationException) {
            return;
        }
        dialogs.showError(i18n.format("datasets.error", ErrorTexts.message(i18n, e)), e);
    }
}
