package org.valuelens.gui.importing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.valuelens.gui.OpenedWorkspace;
import org.valuelens.gui.common.BackgroundJob;
import org.valuelens.gui.common.DialogService;
import org.valuelens.gui.common.ExportActions;
import org.valuelens.gui.common.FileFilter;
import org.valuelens.gui.common.I18n;
import org.valuelens.gui.common.ProgressTexts;
import org.valuelens.gui.common.TaskCallbacks;
import org.valuelens.gui.common.TaskExecutor;
import org.valuelens.gui.common.TaskHandle;
import org.valuelens.gui.common.TrackingTaskExecutor;
import org.valuelens.model.progress.CancelledException;
import org.valuelens.service.DuplicateImportException;
import org.valuelens.service.FilePreview;
import org.valuelens.service.ImportOutcome;
import org.valuelens.service.ImportRequest;
import org.valuelens.service.RejectedRowView;

/**
 * State and commands of the import wizard: file → preview (encoding, delimiter, header, sheet) → column mapping →
 * import with progress and cancel → validation summary. FX thread only; slow work goes through the executor.
 */
public final class ImportWizardViewModel {

    /** The wizard's steps, in order. */
    public enum Step { FILE, PREVIEW, MAPPING, RUNNING, SUMMARY }

    /** Role keys of the mapping step, in display order (the service's column keys). */
    public static final List<String> ROLES = List.of("customer", "date", "amount", "quantity", "price", "cost",
            "channel", "invoice", "product", "category");
    /** Delimiter choices ("tab" and "whitespace" by name). */
    public static final List<String> DELIMITERS = List.of(",", ";", "tab", "|", "whitespace");
    /** Encoding choices offered besides the detected one. */
    public static final List<String> ENCODINGS = List.of("UTF-8", "windows-1252", "ISO-8859-1", "GB18030", "Big5",
            "UTF-16LE", "UTF-16BE");
    /** Rows shown in the preview. */
    public static final int PREVIEW_ROWS = 50;
    /** Rejected rows shown in the summary. */
    public static final int REJECTED_ROWS = 1000;

    private final ImportBackend backend;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final I18n i18n;
    private final Consumer<OpenedWorkspace> onImported;

    // Properties //

    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(Step.FILE);
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper encoding = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper delimiter = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper header = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper sheet = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper excel = new ReadOnlyBooleanWrapper();
    private final ObservableList<String> encodings = FXCollections.observableArrayList(ENCODINGS);
    private final ObservableList<String> encodingsView = FXCollections.unmodifiableObservableList(encodings);
    private final ObservableList<String> sheets = FXCollections.observableArrayList();
    private final ObservableList<String> sheetsView = FXCollections.unmodifiableObservableList(sheets);
    private final ObservableList<String> columns = FXCollections.observableArrayList();
    private final ObservableList<String> columnsView = FXCollections.unmodifiableObservableList(columns);
    private final ObservableList<List<String>> previewRows = FXCollections.observableArrayList();
    private final ObservableList<List<String>> previewRowsView =
            FXCollections.unmodifiableObservableList(previewRows);
    private final ReadOnlyStringWrapper warnings = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper dateReading = new ReadOnlyStringWrapper("");
    private final Map<String, ObjectProperty<String>> mapping = new LinkedHashMap<>();
    private final BooleanProperty customerTable = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper closeRequested = new ReadOnlyBooleanWrapper();
    private java.util.function.IntConsumer openExisting;
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper progressMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper timeLeft = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper runningLabel = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<ImportOutcome> outcome = new ReadOnlyObjectWrapper<>();
    private final ObservableList<RejectedRowView> rejected = FXCollections.observableArrayList();
    private final ObservableList<RejectedRowView> rejectedView = FXCollections.unmodifiableObservableList(rejected);
    private TaskHandle running;
    private long startedNanos;
    /** When the running import first reported a share read (-1 before), and that share. */
    private long firstReportNanos = -1;
    /** Whether the running import has read every row and saves them (the service said "Saving …"). */
    private boolean saving;
    private double firstFraction;
    /** The dataset a re-run replaces: the one this wizard imported last, -1 before any. */
    private int replaceable = -1;

    /**
     * @param backend    preview and import
     * @param tasks      runs slow work (the shared tracking executor shows it in the status bar too)
     * @param dialogs    choosers and errors
     * @param i18n       texts
     * @param onImported told on the FX thread when an import committed (e.g. the workspace commands)
     */
    public ImportWizardViewModel(ImportBackend backend, TaskExecutor tasks, DialogService dialogs, I18n i18n,
                                 Consumer<OpenedWorkspace> onImported) {
        this.backend = Objects.requireNonNull(backend, "backend");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        this.onImported = Objects.requireNonNull(onImported, "onImported");
        for (String role : ROLES) {
            mapping.put(role, new SimpleObjectProperty<>());
        }
    }

    /** @return turns true when the wizard should close (the user chose to open an existing dataset instead) */
    public ReadOnlyBooleanProperty closeRequestedProperty() {
        return closeRequested.getReadOnlyProperty();
    }

    /**
     * Offers to open the dataset that already holds a refused file (instead of only saying so).
     *
     * @param open opens a dataset by id ({@code null} = only tell the user)
     */
    public void setOpenExisting(java.util.function.IntConsumer open) {
        this.openExisting = open;
    }

    /** @return the wizard's current step */
    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step.getReadOnlyProperty();
    }

    /** @return the chosen file */
    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    /** @return the encoding in use (detected until changed) */
    public ReadOnlyStringProperty encodingProperty() {
        return encoding.getReadOnlyProperty();
    }

    /** @return the delimiter in use: one of {@link #DELIMITERS} */
    public ReadOnlyStringProperty delimiterProperty() {
        return delimiter.getReadOnlyProperty();
    }

    /** @return whether the first row is a header */
    public ReadOnlyBooleanProperty headerProperty() {
        return header.getReadOnlyProperty();
    }

    /** @return the Excel sheet read, {@code null} for text files */
    public ReadOnlyStringProperty sheetProperty() {
        return sheet.getReadOnlyProperty();
    }

    /** @return whether the file is an Excel workbook (sheet choice instead of encoding/delimiter) */
    public ReadOnlyBooleanProperty excelProperty() {
        return excel.getReadOnlyProperty();
    }

    /** @return encoding choices (the detected one included) */
    public ObservableList<String> encodings() {
        return encodingsView;
    }

    /** @return the workbook's sheets */
    public ObservableList<String> sheets() {
        return sheetsView;
    }

    /** @return column names of the file ("Column 1".. for a headerless file) */
    public ObservableList<String> columns() {
        return columnsView;
    }

    /** @return the first rows as parsed */
    public ObservableList<List<String>> previewRows() {
        return previewRowsView;
    }

    /** @return how the date column is read, e.g. "Dates read as year/month/day"; empty without a date column */
    public ReadOnlyStringProperty dateReadingProperty() {
        return dateReading.getReadOnlyProperty();
    }

    /** @return the preview's warnings, one per line */
    public ReadOnlyStringProperty warningsProperty() {
        return warnings.getReadOnlyProperty();
    }

    /**
     * @param role one of {@link #ROLES}
     * @return the column chosen for it ({@code null} = none); writable by the mapping drop-downs
     */
    public ObjectProperty<String> mappingProperty(String role) {
        ObjectProperty<String> p = mapping.get(role);
        if (p == null) {
            throw new IllegalArgumentException("Unknown role " + role);
        }
        return p;
    }

    /** @return {@code true} for a customer table, {@code false} for a transaction log */
    public BooleanProperty customerTableProperty() {
        return customerTable;
    }

    /** @return whether a preview or import job runs */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** @return import progress in [0, 1], or -1 when unknown */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** @return the import's current step */
    public ReadOnlyStringProperty progressMessageProperty() {
        return progressMessage.getReadOnlyProperty();
    }

    /** @return percentage read and the estimated time left of a running import ("" while unknown) */
    public ReadOnlyStringProperty timeLeftProperty() {
        return timeLeft.getReadOnlyProperty();
    }

    /** @return "Importing FILE…" of the import started last ("" before any) */
    public ReadOnlyStringProperty runningLabelProperty() {
        return runningLabel.getReadOnlyProperty();
    }

    /** @return whether an import of this wizard is committed, so that a re-run replaces it */
    public boolean replacesEarlierImport() {
        return replaceable >= 0;
    }

    /** @return the committed import's figures, {@code null} before */
    public ReadOnlyObjectProperty<ImportOutcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /** @return the first rejected rows of the committed import */
    public ObservableList<RejectedRowView> rejected() {
        return rejectedView;
    }

    /** @param code a reject reason code ("missing-customer-id") @return its name in the interface language */
    public String reasonText(String code) {
        return RejectTexts.reason(i18n, code);
    }

    /** @param message the importer's sentence about a rejected row @return it in the interface language */
    public String messageText(String message) {
        return RejectTexts.message(i18n, message);
    }

    /** @return the summary's lines: rows read, imported, rejected by reason, returns */
    public List<String> summaryLines() {
        ImportOutcome o = outcome.get();
        if (o == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        out.add(i18n.format("wizard.summary.read", count(o.rowsRead())));
        out.add(i18n.format("wizard.summary.imported", count(o.rowsImported()),
                count(o.customers())));
        out.add(i18n.format("wizard.summary.rejected", count(o.rowsRejected())));
        o.rejectedByReason().forEach((reason, n) -> {
            out.add(i18n.format("wizard.summary.reason", RejectTexts.reason(i18n, reason), count(n)));
            for (RejectedRowView r : o.rejectedExamples().getOrDefault(reason, List.of())) {
                String raw = shortRaw(r);
                out.add(r.sheet() == null ? i18n.format("wizard.summary.example", count(r.sourceRow()), raw)
                        : i18n.format("wizard.summary.exampleSheet", count(r.sourceRow()), r.sheet(), raw));
            }
        });
        out.add(i18n.format("wizard.summary.returns", count(o.returns())));
        return out;
    }

    // Commands //

    /** Lets the user choose a file with the native chooser, then previews it. */
    public void chooseFile() {
        List<FileFilter> filters = List.of(
                new FileFilter(i18n.get("filter.data"), List.of("*.csv", "*.txt", "*.xlsx", "*.xls")),
                new FileFilter(i18n.get("filter.all"), List.of("*.*")));
        dialogs.chooseFileToOpen(i18n.get("chooser.import"), filters).ifPresent(this::chooseFile);
    }

    /**
     * Takes a file (programmatic hook used by drag-and-drop, the File menu and tests) and previews it with every
     * setting detected.
     *
     * @param chosen the file ({@code null} not permitted)
     */
    public void chooseFile(Path chosen) {
        file.set(Objects.requireNonNull(chosen, "chosen"));
        replaceable = -1;
        encoding.set(null);
        delimiter.set(null);
        sheet.set(null);
        refresh(null, true);
    }

    /** @param value the encoding to read with; previews again */
    public void setEncoding(String value) {
        if (value != null && !value.equals(encoding.get())) {
            encoding.set(value);
            refresh(header.get(), false);
        }
    }

    /** @param value one of {@link #DELIMITERS}; previews again */
    public void setDelimiter(String value) {
        if (value != null && !value.equals(delimiter.get())) {
            delimiter.set(value);
            refresh(header.get(), false);
        }
    }

    /** @param value whether the first row is a header; previews again */
    public void setHeader(boolean value) {
        if (value != header.get()) {
            header.set(value);
            refresh(value, false);
        }
    }

    /** @param value the sheet to read; previews again */
    public void setSheet(String value) {
        if (value != null && !value.equals(sheet.get())) {
            sheet.set(value);
            refresh(null, false);
        }
    }

    /** Goes to the next step (preview → mapping); from mapping, starts the import. */
    public void next() {
        switch (step.get()) {
            case PREVIEW -> step.set(Step.MAPPING);
            case MAPPING -> runImport();
            default -> { }
        }
    }

    /**
     * Goes back one step: mapping → preview, and summary → mapping, to change the mapping or how the file is read
     * and import again; that re-run replaces the import shown in the summary.
     */
    public void back() {
        if (step.get() == Step.MAPPING) {
            step.set(Step.PREVIEW);
        } else if (step.get() == Step.SUMMARY && !busy.get()) {
            progressMessage.set("");
            step.set(Step.MAPPING);
        }
    }

    /** @return the request the current choices describe (mapping by 1-based column number) */
    public ImportRequest request() {
        Map<String, String> cols = new LinkedHashMap<>();
        for (String role : ROLES) {
            String column = mapping.get(role).get();
            int index = column == null ? -1 : columns.indexOf(column);
            if (index >= 0) {
                cols.put(role, Integer.toString(index + 1));
            }
        }
        return new ImportRequest(file.get(), excel.get() ? sheet.get() : null, header.get(),
                excel.get() ? null : encoding.get(), excel.get() ? null : delimiter.get(), null,
                customerTable.get() ? "customers" : "transactions", cols);
    }

    /**
     * @return whether the required roles have columns: customer id, and for a transaction log a date and either an
     *         amount, a quantity with a unit price, or none of the three (a count-only log: purchase counts only)
     */
    public boolean mappingComplete() {
        if (mapping.get("customer").get() == null) {
            return false;
        }
        if (customerTable.get()) {
            return true;
        }
        boolean quantity = mapping.get("quantity").get() != null;
        boolean price = mapping.get("price").get() != null;
        return mapping.get("date").get() != null && (mapping.get("amount").get() != null
                || quantity == price);
    }

    /** Starts the import in the background; the step becomes {@link Step#RUNNING} until it ends. */
    public void runImport() {
        if (file.get() == null || busy.get()) {
            return;
        }
        if (!mappingComplete()) {
            dialogs.showInfo(i18n.get("wizard.title"), i18n.get("wizard.mapping.missing"));
            return;
        }
        step.set(Step.RUNNING);
        busy.set(true);
        progress.set(-1);
        timeLeft.set("");
        startedNanos = System.nanoTime();
        firstReportNanos = -1;
        saving = false;
        runningLabel.set(i18n.format("status.importing", String.valueOf(file.get().getFileName())));
        progressMessage.set(runningLabel.get());
        TaskCallbacks<Imported> callbacks = new TaskCallbacks<Imported>(this::imported, this::importFailed,
                (fraction, message) -> {
                    progress.set(fraction);
                    long now = System.nanoTime();
                    if (fraction > 0 && firstReportNanos < 0) {
                        firstReportNanos = now;
                        firstFraction = fraction;
                    }
                    if (message != null) {
                        saving = ProgressTexts.isSaving(message);
                    }
                    // rows all read, the workspace still writing them (15-20 s for a large workbook): a phase of
                    // its own instead of a full bar that seems stuck
                    timeLeft.set(saving && fraction < 0 ? i18n.get("wizard.progress.saving")
                            : firstReportNanos < 0 ? timeLeftText(fraction, now - startedNanos)
                            : timeLeftText(fraction, firstFraction, now - firstReportNanos));
                    if (message != null) {
                        progressMessage.set(ProgressTexts.localise(i18n, message));
                    }
                });
        String label = runningLabel.get();
        ImportRequest request = request();
        int replacing = replaceable;
        BackgroundJob<Imported> job = p -> doImport(request, replacing, p);
        running = tasks instanceof TrackingTaskExecutor tracking
                ? tracking.submit(label, job, callbacks) : tasks.submit(job, callbacks);
    }

    private Imported doImport(ImportRequest request, int replacing, org.valuelens.model.progress.ProgressListener p)
            throws Exception {
        ImportOutcome o = replacing >= 0 ? backend.replaceData(request, replacing, p)
                : backend.importData(request, p);
        List<RejectedRowView> rows = o.rowsRejected() > 0 ? backend.rejectedRows(o.datasetId(), REJECTED_ROWS)
                : List.of();
        return new Imported(o, rows, backend.workspaceDirectory());
    }

    private record Imported(ImportOutcome outcome, List<RejectedRowView> rejected, Path workspace) {
    }

    /** Cancels a running import; the workspace stays as it was. */
    public void cancel() {
        if (running != null) {
            running.cancel();
        }
    }

    /**
     * Writes the rejected rows of the committed import to a CSV file chosen by the user.
     */
    public void exportRejected() {
        ImportOutcome o = outcome.get();
        if (o == null) {
            return;
        }
        dialogs.chooseFileToSave(i18n.get("wizard.exportRejected"), "rejected-rows.csv",
                        List.of(new FileFilter(i18n.get("filter.csv"), List.of("*.csv"))))
                .ifPresent(this::exportRejected);
    }

    /**
     * @param target the CSV file to write the rejected rows to
     */
    public void exportRejected(Path target) {
        ImportOutcome o = outcome.get();
        if (o == null) {
            return;
        }
        tasks.submit(p -> backend.exportRejected(o.datasetId(), target), TaskCallbacks.of(
                n -> dialogs.showInfo(i18n.get("wizard.exportRejected"),
                        i18n.format("wizard.exported", count(n), String.valueOf(target.getFileName()))),
                e -> dialogs.showError(i18n.get("error.exportRejected"), e)));
    }

    // Internals //

    /**
     * @param fraction     progress in [0, 1], negative when unknown
     * @param elapsedNanos time since the import started
     * @return "42 % read, about 12 s left"; without the time left until 2 % and 1 s have passed; "" when unknown
     */
    String timeLeftText(double fraction, long elapsedNanos) {
        return timeLeftText(fraction, 0, elapsedNanos);
    }

    /**
     * The time left from the pace since the first share was reported: the time before it (the file's hash, the
     * workbook's shared strings and styles, the format detection) says little about the rows still to read.
     *
     * @param fraction     progress in [0, 1], negative when unknown
     * @param base         the share read at the first report
     * @param elapsedNanos time since that first report
     * @return "42 % read, about 12 s left"; without the time left until 2 % more and 1 s have passed
     */
    String timeLeftText(double fraction, double base, long elapsedNanos) {
        if (!(fraction >= 0) || fraction > 1) {
            return "";
        }
        String percent = Long.toString(Math.round(fraction * 100));
        double seconds = elapsedNanos / 1e9;
        double gained = fraction - base;
        if (gained < 0.02 || seconds < 1 || fraction >= 1) {
            return i18n.format("wizard.progress.percent", percent);
        }
        long left = Math.round(seconds * (1 - fraction) / gained);
        String time = left < 60 ? i18n.format("wizard.time.seconds", Long.toString(Math.max(1, left)))
                : i18n.format("wizard.time.minutes", Long.toString(left / 60), Long.toString(left % 60));
        return i18n.format("wizard.progress.timeLeft", percent, time);
    }

    /** The raw row for one summary line: Excel cells separated by " | ", at most 120 characters. */
    private static String shortRaw(RejectedRowView r) {
        String raw = (r.sheet() == null ? r.rawText() : r.rawText().replace("\t", " | "))
                .replace('\r', ' ').replace('\n', ' ');
        return raw.length() > 120 ? raw.substring(0, 119) + "…" : raw;
    }

    private String count(long n) {
        return java.text.NumberFormat.getIntegerInstance(i18n.locale()).format(n);
    }

    private void refresh(Boolean headerChoice, boolean fresh) {
        Path f = file.get();
        if (f == null) {
            return;
        }
        String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean isExcel = name.endsWith(".xlsx") || name.endsWith(".xls");
        ImportRequest request = new ImportRequest(f, isExcel ? sheet.get() : null, headerChoice,
                isExcel ? null : encoding.get(), isExcel ? null : delimiter.get(), null, null, Map.of());
        busy.set(true);
        tasks.submit(p -> backend.preview(request, PREVIEW_ROWS), TaskCallbacks.of(pr -> {
            busy.set(false);
            show(pr, isExcel);
            if (fresh || step.get() == Step.FILE) {
                step.set(Step.PREVIEW);
            }
        }, e -> {
            busy.set(false);
            if (!(e instanceof CancelledException)) {
                dialogs.showError(i18n.format("error.preview", String.valueOf(f.getFileName())), e);
            }
        }));
    }

    private void show(FilePreview p, boolean isExcel) {
        excel.set(isExcel);
        if (p.encoding() != null && !encodings.contains(p.encoding())) {
            encodings.add(0, p.encoding());
        }
        encoding.set(p.encoding());
        delimiter.set(p.delimiter() == null ? null : "\t".equals(p.delimiter()) ? "tab" : p.delimiter());
        header.set(p.header());
        sheets.setAll(p.sheetsAvailable());
        sheet.set(p.sheet());
        columns.setAll(p.columns());
        previewRows.setAll(p.rows());
        // importer sentences about missing columns (they name command-line options) become the wizard's own hint
        List<String> shown = new ArrayList<>();
        boolean unmapped = false;
        for (String w : p.warnings()) {
            if (w.contains(" COLUMN") || w.contains("--customer ")) { // a missing column, named as a CLI option
                unmapped = true;
            } else {
                shown.add(w);
            }
        }
        if (unmapped) {
            shown.add(0, p.header() ? i18n.get("wizard.warning.unmapped") : i18n.get("wizard.warning.headerless"));
        }
        warnings.set(String.join("\n", shown));
        dateReading.set(describe(p.dates()));
        customerTable.set("CUSTOMERS".equals(p.shape()));
        for (String role : ROLES) {
            Integer index = p.mapping().get(role);
            mapping.get(role).set(index != null && index >= 0 && index < p.columns().size()
                    ? p.columns().get(index) : null);
        }
    }

    private String describe(FilePreview.DateReading dates) {
        if (dates == null) {
            return "";
        }
        String text = i18n.get("wizard.dates." + switch (dates.order()) {
            case "ymd", "dmy", "mdy", "excel" -> dates.order();
            default -> "pattern";
        });
        if (dates.minguo()) {
            text += " " + i18n.get("wizard.dates.minguo");
        }
        Integer century = dates.twoDigitCentury();
        if (century != null) {
            text += "; " + i18n.get(century == 2000 ? "wizard.dates.century2000"
                    : century == 1900 ? "wizard.dates.century1900" : "wizard.dates.centuryBoth");
        }
        return text;
    }

    private void imported(Imported result) {
        busy.set(false);
        running = null;
        progress.set(1);
        rejected.setAll(result.rejected());
        replaceable = result.outcome().datasetId();
        outcome.set(result.outcome());
        step.set(Step.SUMMARY);
        onImported.accept(new OpenedWorkspace(result.workspace(), result.outcome().file(),
                result.outcome().datasetId(), null));
    }

    private void importFailed(Throwable error) {
        busy.set(false);
        running = null;
        if (error instanceof CancelledException) {
            progressMessage.set(i18n.get("wizard.cancelled"));
            step.set(Step.MAPPING);
            return;
        }
        progressMessage.set("");
        step.set(Step.MAPPING);
        if (error instanceof DuplicateImportException duplicate) {
            if (openExisting == null) {
                dialogs.showError(i18n.get("error.duplicateImport"), error);
                return;
            }
            String name = duplicate.existingDatasetName() != null ? duplicate.existingDatasetName()
                    : "#" + duplicate.existingDatasetId();
            if (dialogs.confirm(i18n.get("duplicate.title"), i18n.format("duplicate.message", name),
                    i18n.get("duplicate.open"))) {
                closeRequested.set(true);
                openExisting.accept(duplicate.existingDatasetId());
            }
            return;
        }
        dialogs.showError(i18n.format("error.import", String.valueOf(file.get().getFileName())), error);
    }

    /** @return chart and table export commands for this page's views (a new instance each call) */
    public ExportActions exports() {
        return new ExportActions(tasks, dialogs, i18n, () -> "");
    }
}
