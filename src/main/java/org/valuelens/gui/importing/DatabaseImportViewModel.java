package org.valuelens.gui.importing;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.valuelens.gui.OpenedWorkspace;
import org.valuelens.gui.common.BackgroundJob;
import org.valuelens.gui.common.I18n;
import org.valuelens.gui.common.TaskCallbacks;
import org.valuelens.gui.common.TaskExecutor;
import org.valuelens.gui.common.TaskHandle;
import org.valuelens.model.progress.CancelledException;
import org.valuelens.service.DatabaseImportOutcome;
import org.valuelens.service.DatabaseImportRequest;
import org.valuelens.service.DatabasePreview;
import org.valuelens.service.ImportOutcome;

/**
 * The import wizard's Database source: connection (URL, user, password kept in memory only), a table or a query,
 * a preview of the first rows, the column mapping and the mode; then the import, with progress and cancel.
 */
public final class DatabaseImportViewModel {

    /** Role keys of the mapping, in display order. */
    public static final List<String> ROLES = List.of("customer", "date", "amount", "quantity", "price", "cost",
            "channel", "invoice");
    /** Rows shown in the preview. */
    public static final int PREVIEW_ROWS = 20;

    private final DatabaseBackend backend;
    private final TaskExecutor tasks;
    private final I18n i18n;
    private final Consumer<OpenedWorkspace> onImported;

    // Properties //

    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(false);
    private final StringProperty url = new SimpleStringProperty("jdbc:postgresql://localhost:5432/");
    private final StringProperty user = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final BooleanProperty useQuery = new SimpleBooleanProperty(false);
    private final StringProperty table = new SimpleStringProperty("");
    private final StringProperty query = new SimpleStringProperty("");
    private final BooleanProperty summaryMode = new SimpleBooleanProperty(false);
    private final StringProperty calibrationEnd = new SimpleStringProperty("");
    private final ObservableList<String> columns = FXCollections.observableArrayList();
    private final ObservableList<List<String>> previewRows = FXCollections.observableArrayList();
    private final Map<String, ObjectProperty<String>> mapping = new LinkedHashMap<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper previewed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper importing = new ReadOnlyBooleanWrapper(false);
    private final javafx.beans.property.ReadOnlyDoubleWrapper progress =
            new javafx.beans.property.ReadOnlyDoubleWrapper(-1);
    private TaskHandle running;

    /**
     * @param backend    preview and import ({@code null} not permitted)
     * @param tasks      runs the work off the FX thread ({@code null} not permitted)
     * @param i18n       texts ({@code null} not permitted)
     * @param onImported told about the new dataset, to open it ({@code null} not permitted)
     */
    public DatabaseImportViewModel(DatabaseBackend backend, TaskExecutor tasks, I18n i18n,
                                   Consumer<OpenedWorkspace> onImported) {
        this.backend = Objects.requireNonNull(backend, "backend");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        this.onImported = Objects.requireNonNull(onImported, "onImported");
        for (String role : ROLES) {
            mapping.put(role, new SimpleObjectProperty<>());
        }
    }

    /** @return whether an import (not a preview) runs: the main window waits for it */
    public ReadOnlyBooleanProperty importingProperty() {
        return importing.getReadOnlyProperty();
    }

    /** @return the share of a running import done, in [0, 1], or -1 while unknown */
    public javafx.beans.property.ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** @return whether the wizard shows the Database source instead of the file steps */
    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    /** @return the JDBC URL (editable) */
    public StringProperty urlProperty() {
        return url;
    }

    /** @return the user name (editable) */
    public StringProperty userProperty() {
        return user;
    }

    /** @return the password (editable; in memory only, never stored) */
    public StringProperty passwordProperty() {
        return password;
    }

    /** @return whether a query is read instead of a table (editable) */
    public BooleanProperty useQueryProperty() {
        return useQuery;
    }

    /** @return the table name (editable) */
    public StringProperty tableProperty() {
        return table;
    }

    /** @return the query (editable) */
    public StringProperty queryProperty() {
        return query;
    }

    /** @return whether the summary-only mode is chosen (editable; default aggregated) */
    public BooleanProperty summaryModeProperty() {
        return summaryMode;
    }

    /** @return the summary's calibration end as typed, YYYY-MM-DD or empty (editable) */
    public StringProperty calibrationEndProperty() {
        return calibrationEnd;
    }

    /** @return the source's column names after a preview */
    public ObservableList<String> columns() {
        return FXCollections.unmodifiableObservableList(columns);
    }

    /** @return the first rows after a preview */
    public ObservableList<List<String>> previewRows() {
        return FXCollections.unmodifiableObservableList(previewRows);
    }

    /**
     * @param role one of {@link #ROLES}
     * @return the column chosen for it ({@code null} = none; editable)
     */
    public ObjectProperty<String> mappingProperty(String role) {
        ObjectProperty<String> p = mapping.get(role);
        if (p == null) {
            throw new IllegalArgumentException("Unknown role " + role);
        }
        return p;
    }

    /** @return whether a preview or an import runs */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** @return whether the current source has been previewed (the import needs it) */
    public ReadOnlyBooleanProperty previewedProperty() {
        return previewed.getReadOnlyProperty();
    }

    /** @return what is happening or what the import did */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** @return the last error as one sentence, empty when none */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    // Commands //

    /** @param value whether to show the Database source */
    public void setActive(boolean value) {
        active.set(value);
    }

    /** Connects and reads the columns and first rows; suggests a mapping for roles not chosen yet. */
    public void preview() {
        if (busy.get()) {
            return;
        }
        DatabaseImportRequest request = request();
        if (request == null) {
            return;
        }
        start(i18n.get("database.status.previewing"));
        BackgroundJob<DatabasePreview> job = p -> backend.previewDatabase(request, PREVIEW_ROWS);
        running = tasks.submit(job, TaskCallbacks.of(this::previewed, this::failed));
    }

    /** Imports the previewed source with the chosen mapping and mode. */
    public void runImport() {
        if (busy.get()) {
            return;
        }
        if (!previewed.get()) {
            error.set(i18n.get("database.error.previewFirst"));
            return;
        }
        if (mapping.get("customer").get() == null || mapping.get("date").get() == null) {
            error.set(i18n.get("database.error.mapping"));
            return;
        }
        DatabaseImportRequest request = request();
        if (request == null) {
            return;
        }
        start(i18n.get("database.status.importing"));
        progress.set(-1);
        importing.set(true);
        BackgroundJob<Imported> job = p -> new Imported(backend.importDatabase(request, p),
                backend.workspaceDirectory());
        running = tasks.submit(job, TaskCallbacks.of(this::imported, this::failed)
                .withProgress((fraction, message) -> {
                    progress.set(fraction);
                    if (message != null) {
                        status.set(org.valuelens.gui.common.ProgressTexts.localise(i18n, message));
                    }
                }));
    }

    /** Cancels a running preview or import; the workspace stays as it was. */
    public void cancel() {
        if (running != null) {
            running.cancel();
        }
    }

    private record Imported(DatabaseImportOutcome outcome, java.nio.file.Path workspace) {
    }

    /** @return the request the form describes, or {@code null} (and an error) when the form is incomplete */
    DatabaseImportRequest request() {
        String u = url.get() == null ? "" : url.get().strip();
        String source = useQuery.get() ? query.get() : table.get();
        if (u.isEmpty() || source == null || source.isBlank()) {
            error.set(i18n.get("database.error.source"));
            return null;
        }
        LocalDate cal = null;
        String typed = calibrationEnd.get() == null ? "" : calibrationEnd.get().strip();
        if (summaryMode.get() && !typed.isEmpty()) {
            try {
                cal = LocalDate.parse(typed);
            } catch (DateTimeParseException e) {
                error.set(i18n.format("database.error.date", typed));
                return null;
            }
        }
        Map<String, String> columnsChosen = new LinkedHashMap<>();
        mapping.forEach((role, p) -> {
            if (p.get() != null && !p.get().isBlank()) {
                columnsChosen.put(role, p.get());
            }
        });
        String pw = password.get() == null || password.get().isEmpty() ? null : password.get();
        String name = user.get() == null || user.get().isBlank() ? null : user.get().strip();
        return new DatabaseImportRequest(u, name, pw, useQuery.get() ? null : source.strip(),
                useQuery.get() ? source : null, summaryMode.get() ? DatabaseImportRequest.Mode.SUMMARY
                : DatabaseImportRequest.Mode.AGGREGATED, cal, null, columnsChosen);
    }

    private void start(String message) {
        busy.set(true);
        error.set("");
        status.set(message);
    }

    private void previewed(DatabasePreview p) {
        busy.set(false);
        running = null;
        columns.setAll(p.columns());
        previewRows.setAll(p.rows());
        mapping.forEach((role, prop) -> {
            if (prop.get() == null || !p.columns().contains(prop.get())) {
                prop.set(p.suggested().get(role));
            }
        });
        previewed.set(true);
        String source = p.source().isEmpty() ? p.source()
                : Character.toUpperCase(p.source().charAt(0)) + p.source().substring(1);
        status.set(i18n.format("database.status.previewed", source, p.columns().size()));
    }

    private void imported(Imported result) {
        busy.set(false);
        importing.set(false);
        running = null;
        ImportOutcome o = result.outcome().outcome();
        status.set(i18n.format("database.status.imported", o.file(), o.rowsRead(), result.outcome().rowsTransferred(),
                o.customers()));
        onImported.accept(new OpenedWorkspace(result.workspace(), o.file(), o.datasetId(), null));
    }

    private void failed(Throwable e) {
        busy.set(false);
        importing.set(false);
        running = null;
        if (e instanceof CancelledException) {
            status.set(i18n.get("wizard.cancelled"));
            return;
        }
        status.set("");
        error.set(e.getMessage() == null ? e.toString() : e.getMessage());
    }

    /** @return the role keys with a column chosen, for tests and the summary */
    List<String> mappedRoles() {
        List<String> out = new ArrayList<>();
        mapping.forEach((role, p) -> {
            if (p.get() != null) {
                out.add(role);
            }
        });
        return out;
    }
}
