package org.valuelens.gui.segments;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jfree.chart.JFreeChart;
import org.valuelens.gui.common.DialogService;
import org.valuelens.gui.common.ErrorTexts;
import org.valuelens.gui.common.I18n;
import org.valuelens.gui.common.SessionHolder;
import org.valuelens.gui.common.TaskCallbacks;
import org.valuelens.gui.common.TaskExecutor;
import org.valuelens.gui.common.UserSettings;
import org.valuelens.model.progress.CancelledException;
import org.valuelens.report.chart.ChartText;
import org.valuelens.report.chart.MigrationChart;
import org.valuelens.report.chart.ScriptFonts;
import org.valuelens.service.AnalysisSettings;
import org.valuelens.service.MigrationReport;
import org.valuelens.service.MigrationService;
import org.valuelens.service.SegmentService;
import org.valuelens.service.Settings;

/**
 * State and commands of the migration section of the Segments page: a scheme and a split date, the matrix of
 * customers per (segment before, segment after) and its flow chart. Runs in the background. FX thread only.
 */
public final class MigrationViewModel {
    /** Schemes whose segments are comparable across periods. */
    public static final List<String> SCHEMES = MigrationService.SCHEMES;

    /**
     * One row of the matrix table.
     *
     * @param from   display name of the segment before
     * @param counts customers per segment after (same order as {@link #columns()})
     * @param total  customers of the row
     */
    public record MatrixRow(String from, List<Integer> counts, int total) {
        /** Copies the list. */
        public MatrixRow {
            counts = List.copyOf(counts);
        }
    }

    private final SessionHolder sessions;
    private final UserSettings settings;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final I18n i18n;
    private final ChartText chartText;

    // Properties //

    private final ObjectProperty<String> scheme = new SimpleObjectProperty<>("quadrant");
    private final ObjectProperty<LocalDate> split = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<MigrationReport> report = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<JFreeChart> chart = new ReadOnlyObjectWrapper<>();
    private final ObservableList<String> columns = FXCollections.observableArrayList();
    private final ObservableList<MatrixRow> rows = FXCollections.observableArrayList();

    /**
     * @param sessions the open workspace's services
     * @param settings user settings (time unit, margin)
     * @param tasks    runs the migration off the FX thread
     * @param dialogs  error and explanation messages
     * @param i18n     texts
     */
    public MigrationViewModel(SessionHolder sessions, UserSettings settings, TaskExecutor tasks,
                              DialogService dialogs, I18n i18n) {
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        this.chartText = ChartText.of(i18n.locale());
    }

    /** @return quadrant or rfm */
    public ObjectProperty<String> schemeProperty() {
        return scheme;
    }

    /** @return first day of the second period; {@code null} = the middle of the data (filled in after a run) */
    public ObjectProperty<LocalDate> splitProperty() {
        return split;
    }

    /** @return whether a migration is being computed */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** @return one sentence: periods and how many customers stayed ("" before a run) */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** @return the last migration, {@code null} before a run */
    public ReadOnlyObjectProperty<MigrationReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** @return the flow chart of the last run */
    public ReadOnlyObjectProperty<JFreeChart> chartProperty() {
        return chart.getReadOnlyProperty();
    }

    /** @return display names of the matrix columns (segments after, then "no purchase after") */
    public ObservableList<String> columns() {
        return columns;
    }

    /** @return the matrix rows (segments before, then "new") */
    public ObservableList<MatrixRow> rows() {
        return rows;
    }

    // Commands //

    /** Computes the migration of the open dataset in the background. */
    public void run() {
        Settings user = settings.get();
        AnalysisSettings analysis = AnalysisSettings.defaults(user.defaultTimeUnit())
                .withDataset(sessions.datasetId()).withMargin(user.margin());
        String s = scheme.get();
        LocalDate at = split.get();
        running.set(true);
        tasks.submit(p -> {
            MigrationReport r = sessions.require().migrations().migration(s, at, SegmentService.Options.defaults(),
                    analysis, p);
            JFreeChart c = MigrationChart.sankey(r.matrix(), r.firstStart(), r.split(), r.secondEnd(), chartText);
            return new Object[] {r, c};
        }, TaskCallbacks.of(this::show, this::failed));
    }

    /** Forgets the last result (another dataset was opened); the split goes back to the data's middle. */
    public void clear() {
        report.set(null);
        chart.set(null);
        split.set(null);
        summary.set("");
        rows.clear();
        columns.clear();
    }

    /** Shows how the migration is computed. */
    public void explain() {
        dialogs.showInfo(i18n.get("migration.explain.title"), i18n.get("migration.explain.text"));
    }

    private void show(Object[] result) {
        running.set(false);
        MigrationReport r = (MigrationReport) result[0];
        report.set(r);
        split.set(r.split());
        String[] to = MigrationChart.names(r.matrix().toLabels(), chartText);
        String[] from = MigrationChart.names(r.matrix().fromLabels(), chartText);
        columns.setAll(to);
        List<MatrixRow> list = new ArrayList<>();
        int[][] c = r.matrix().counts();
        for (int i = 0; i < c.length; i++) {
            List<Integer> counts = new ArrayList<>();
            int total = 0;
            for (int v : c[i]) {
                counts.add(v);
                total += v;
            }
            list.add(new MatrixRow(from[i], counts, total));
        }
        rows.setAll(list);
        summary.set(i18n.format("migration.summary", r.firstStart().toString(), r.split().minusDays(1).toString(),
                r.split().toString(), r.secondEnd().toString(), r.customersBefore(), r.customersAfter(),
                r.stayed()));
        chart.set(result[1] == null ? null : ScriptFonts.localise((JFreeChart) result[1], i18n.locale()));
    }

    private void failed(Throwable e) {
        running.set(false);
        if (org.valuelens.service.SummaryOnly.is(e)) {
            // one row per customer: the split needs the purchases by day, said under the pane, not as an error
            rows.clear();
            chart.set(null);
            summary.set(i18n.get("page.summaryOnly"));
        } else if (!(e instanceof CancelledException)) {
            dialogs.showError(i18n.format("error.analysis", ErrorTexts.message(i18n, e)), e);
        }
    }
}
