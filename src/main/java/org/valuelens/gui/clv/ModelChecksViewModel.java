package org.valuelens.gui.clv;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jfree.chart.JFreeChart;
import org.valuelens.gui.common.DialogService;
import org.valuelens.gui.common.ErrorTexts;
import org.valuelens.gui.common.I18n;
import org.valuelens.gui.common.SessionHolder;
import org.valuelens.gui.common.TaskCallbacks;
import org.valuelens.gui.common.TaskExecutor;
import org.valuelens.model.diagnostics.AccuracyRow;
import org.valuelens.model.diagnostics.HoldoutAccuracy;
import org.valuelens.model.progress.CancelledException;
import org.valuelens.report.chart.ChartText;
import org.valuelens.report.chart.DiagnosticCharts;
import org.valuelens.report.chart.ScriptFonts;
import org.valuelens.service.AnalysisSettings;
import org.valuelens.service.DiagnosticsService;
import org.valuelens.service.ModelComparison;
import org.valuelens.service.ModelDiagnostics;
import org.valuelens.service.ValidationReport;

/**
 * The "Model checks" section of the CLV page's Holdout tab: for the validated model, customers by repeat purchases (actual vs model),
 * repeat purchases per period, the frequency x recency heatmaps of expected purchases and P(alive); on request the
 * holdout accuracy of every purchase model side by side. Work runs through the injected executor. FX thread only.
 */
public final class ModelChecksViewModel {

    /**
     * One row of the side-by-side accuracy table.
     *
     * @param model        model name (or the baseline's)
     * @param mae          mean absolute error per customer ({@code NaN} when not fitted)
     * @param rmse         root mean squared error per customer ({@code NaN} when not fitted)
     * @param correlation  correlation of predicted and actual purchases ({@code NaN} when unknown)
     * @param percentError aggregate error in percent ({@code NaN} when unknown)
     * @param predicted    predicted holdout purchases ({@code NaN} when not fitted)
     * @param actual       actual holdout purchases
     * @param note         why the model was not fitted ("" when it was)
     */
    public record ComparisonRow(String model, double mae, double rmse, double correlation, double percentError,
                                double predicted, double actual, String note) {
    }

    /** The charts of one model, computed off the FX thread. */
    private record Charts(JFreeChart repeats, JFreeChart incremental, JFreeChart expected, JFreeChart alive) {
    }

    private final SessionHolder sessions;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final I18n i18n;
    private final ChartText chartText;

    private final ReadOnlyObjectWrapper<JFreeChart> repeats = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<JFreeChart> incremental = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<JFreeChart> expectedGrid = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<JFreeChart> aliveGrid = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper comparing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper comparisonNote = new ReadOnlyStringWrapper("");
    private final ObservableList<ComparisonRow> comparison = FXCollections.observableArrayList();
    private AnalysisSettings settings;
    private int generation;

    ModelChecksViewModel(SessionHolder sessions, TaskExecutor tasks, DialogService dialogs, I18n i18n) {
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        this.chartText = ChartText.of(i18n.locale());
    }

    // Properties //

    /** @return customers by repeat purchases in the calibration period, actual vs model */
    public ReadOnlyObjectProperty<JFreeChart> repeatsProperty() {
        return repeats.getReadOnlyProperty();
    }

    /** @return repeat purchases per period, actual vs model */
    public ReadOnlyObjectProperty<JFreeChart> incrementalProperty() {
        return incremental.getReadOnlyProperty();
    }

    /** @return heatmap of expected purchases by frequency and recency */
    public ReadOnlyObjectProperty<JFreeChart> expectedGridProperty() {
        return expectedGrid.getReadOnlyProperty();
    }

    /** @return heatmap of P(alive) by frequency and recency */
    public ReadOnlyObjectProperty<JFreeChart> aliveGridProperty() {
        return aliveGrid.getReadOnlyProperty();
    }

    /** @return whether a validated model is shown (the comparison can run) */
    public ReadOnlyBooleanProperty availableProperty() {
        return available.getReadOnlyProperty();
    }

    /** @return whether the comparison of all models is running */
    public ReadOnlyBooleanProperty comparingProperty() {
        return comparing.getReadOnlyProperty();
    }

    /** @return the sentence above the comparison table ("" before one) */
    public ReadOnlyStringProperty comparisonNoteProperty() {
        return comparisonNote.getReadOnlyProperty();
    }

    /** @return the side-by-side accuracy rows (empty until compared) */
    public ObservableList<ComparisonRow> comparison() {
        return comparison;
    }

    // Commands //

    /**
     * Shows the checks of a validated model, or clears them.
     *
     * @param v              the validation ({@code null}: clear)
     * @param validated      the settings it ran with, calibration end included
     * @param calibrationEnd the calibration end
     */
    void show(ValidationReport v, AnalysisSettings validated, LocalDate calibrationEnd) {
        clear();
        if (v == null || validated == null) {
            return;
        }
        settings = validated;
        available.set(true);
        int gen = generation;
        String unit = i18n.get(ClvViewModel.unitKey(validated.timeUnit()));
        String modelId = v.fit().fit().modelId();
        tasks.submit(p -> {
            ModelDiagnostics d = new DiagnosticsService(sessions.require().analysis()).diagnose(modelId, validated,
                    null, p);
            return new Charts(DiagnosticCharts.repeats(d.repeats(), chartText),
                    DiagnosticCharts.incremental(v.tracking(), unit, v.fit().summary().trackingStart(),
                            calibrationEnd, chartText),
                    DiagnosticCharts.grid(d.grid(), false, unit, chartText),
                    DiagnosticCharts.grid(d.grid(), true, unit, chartText));
        }, TaskCallbacks.of(c -> {
            if (gen == generation) {
                repeats.set(localise(c.repeats()));
                incremental.set(localise(c.incremental()));
                expectedGrid.set(localise(c.expected()));
                aliveGrid.set(localise(c.alive()));
            }
        }, this::failed));
    }

    /** Drops what is shown (another dataset, another run). */
    void clear() {
        generation++;
        settings = null;
        available.set(false);
        comparing.set(false);
        comparisonNote.set("");
        comparison.clear();
        repeats.set(null);
        incremental.set(null);
        expectedGrid.set(null);
        aliveGrid.set(null);
    }

    /** Fits every purchase model on the shown calibration period and fills the side-by-side table. */
    public void compare() {
        if (settings == null || comparing.get()) {
            return;
        }
        AnalysisSettings s = settings;
        int gen = generation;
        comparing.set(true);
        tasks.submit(p -> new DiagnosticsService(sessions.require().analysis()).compare(s, p),
                TaskCallbacks.of(c -> {
                    if (gen == generation) {
                        comparing.set(false);
                        showComparison(c);
                    }
                }, this::failed));
    }

    void showComparison(ModelComparison c) {
        List<ComparisonRow> rows = new ArrayList<>();
        for (AccuracyRow r : c.rows()) {
            rows.add(new ComparisonRow(name(r.modelId()), r.mae(), r.rmse(), r.correlation(),
                    r.percentError() == null ? Double.NaN : r.percentError(), r.totalPredicted(), r.totalActual(),
                    r.ok() ? "" : i18n.format("clv.checks.notFitted", ErrorTexts.message(i18n,
                            new org.valuelens.service.ServiceException(r.failure())))));
        }
        comparison.setAll(rows);
        comparisonNote.set(i18n.format("clv.checks.compared", String.valueOf(c.calibrationEnd()),
                java.text.NumberFormat.getIntegerInstance(i18n.locale()).format(c.customers())));
    }

    private String name(String modelId) {
        return switch (modelId) {
            case "bg-nbd" -> i18n.get("method.bgNbd");
            case "mbg-nbd" -> i18n.get("method.mbgNbd");
            case "pareto-nbd" -> i18n.get("method.paretoNbd");
            case "bg-cnbd-k" -> "BG/CNBD-k";
            case "mbg-cnbd-k" -> "MBG/CNBD-k";
            case HoldoutAccuracy.BASELINE -> i18n.get("clv.accuracy.baseline");
            default -> modelId;
        };
    }

    private void failed(Throwable e) {
        comparing.set(false);
        if (!(e instanceof CancelledException)) {
            dialogs.showError(i18n.format("error.analysis", ErrorTexts.message(i18n, e)), e);
        }
    }

    private JFreeChart localise(JFreeChart chart) {
        return ScriptFonts.localise(chart, i18n.locale());
    }
}
