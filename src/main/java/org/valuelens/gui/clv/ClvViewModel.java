package org.valuelens.gui.clv;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.jfree.chart.JFreeChart;
import org.valuelens.model.format.NumberTexts;
import org.valuelens.gui.common.DialogService;
import org.valuelens.gui.common.EmptyStateActions;
import org.valuelens.gui.common.ErrorTexts;
import org.valuelens.gui.common.ExportActions;
import org.valuelens.gui.common.I18n;
import org.valuelens.gui.common.ModelWarnings;
import org.valuelens.gui.common.PageViewModel;
import org.valuelens.gui.common.SessionHolder;
import org.valuelens.gui.common.TaskCallbacks;
import org.valuelens.gui.common.TaskExecutor;
import org.valuelens.gui.common.UserSettings;
import org.valuelens.gui.common.WorkspaceState;
import org.valuelens.model.TimeUnit;
import org.valuelens.model.btyd.FitResult;
import org.valuelens.model.progress.CancelledException;
import org.valuelens.model.summary.SummaryResult;
import org.valuelens.model.validation.ErrorSummary;
import org.valuelens.model.validation.HoldoutValidation;
import org.valuelens.report.chart.ChartText;
import org.valuelens.report.chart.ScriptFonts;
import org.valuelens.report.chart.ModelCharts;
import org.valuelens.report.chart.ValueCharts;
import org.valuelens.service.AnalysisService;
import org.valuelens.service.AnalysisSettings;
import org.valuelens.service.ClvMethod;
import org.valuelens.service.ClvReport;
import org.valuelens.service.CustomerClv;
import org.valuelens.service.Settings;
import org.valuelens.service.ValidationReport;
import org.valuelens.service.WorkspaceSession;

/**
 * State and commands of the CLV page: method and parameters, per-customer results (filter by minimum CLV, search
 * by id, copy as tab-separated text), summary, and for probabilistic methods the model diagnostics and a
 * calibration/holdout validation with its charts. All computation runs in one background job. FX thread only.
 */
public final class ClvViewModel extends PageViewModel {

    /**
     * One customer's result row.
     *
     * @param customerId customer id
     * @param x          repeat purchases
     * @param tx         recency t_x, in the time unit
     * @param age        age T, in the time unit
     * @param revenue    historical revenue, currency
     * @param historical realised margin to date, currency
     * @param clv        CLV, currency
     * @param pAlive     P(alive), {@code NaN} for deterministic methods
     */
    public record Row(String customerId, int x, double tx, double age, double revenue, double historical, double clv,
                      double pAlive) {
        static Row of(CustomerClv c) {
            return new Row(c.summary().customerId(), c.summary().frequency(), c.summary().recency(),
                    c.summary().age(), c.summary().revenue(), c.historical(), c.clv(), c.pAlive());
        }
    }

    /**
     * One fitted parameter.
     *
     * @param name          parameter name
     * @param estimate      estimate
     * @param standardError standard error ({@code NaN} when unknown)
     */
    public record Parameter(String name, double estimate, double standardError) {
    }

    /**
     * Holdout accuracy of the model or the baseline.
     *
     * @param label        "Model" or "Baseline (historical rate)"
     * @param mae          mean absolute error per customer, purchases
     * @param rmse         root mean squared error per customer, purchases
     * @param percentError (predicted − actual) / actual × 100, {@code NaN} when actual is 0
     * @param predicted    predicted holdout purchases
     * @param actual       actual holdout purchases
     */
    public record Accuracy(String label, double mae, double rmse, double percentError, double predicted,
                           double actual) {
        static Accuracy of(String label, ErrorSummary e) {
            return new Accuracy(label, e.mae(), e.rmse(), e.percentError() == null ? Double.NaN : e.percentError(),
                    e.totalPredicted(), e.totalActual());
        }
    }

    /** Holdout outcome shown in the diagnostics. */
    record Outcome(ClvReport clv, ValidationReport validation, LocalDate calibrationEnd, JFreeChart histogram,
                   JFreeChart bars, JFreeChart tracking) {
    }

    private final SessionHolder sessions;
    private final UserSettings settings;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final I18n i18n;
    private final ChartText chartText;
    private final ModelChecksViewModel checks;

    // Properties //

    private final ObjectProperty<ClvMethod> method = new SimpleObjectProperty<>(ClvMethod.BG_NBD);
    private final ObjectProperty<TimeUnit> timeUnit = new SimpleObjectProperty<>();
    private final StringProperty horizon = new SimpleStringProperty();
    private final StringProperty discountPercent = new SimpleStringProperty();
    private final StringProperty marginPercent = new SimpleStringProperty();
    private final StringProperty cac = new SimpleStringProperty("0");
    private final StringProperty lifespan = new SimpleStringProperty("3");
    private final StringProperty calibrationEnd = new SimpleStringProperty("");
    private final StringProperty minClv = new SimpleStringProperty("");
    private final StringProperty search = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper fitSummary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper accuracy = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper probabilistic = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<ClvReport> report = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<JFreeChart> histogram = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<JFreeChart> holdoutBars = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<JFreeChart> tracking = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final FilteredList<Row> visible = new FilteredList<>(rows);
    private final ObservableList<Parameter> parameters = FXCollections.observableArrayList();
    private final ObservableList<Accuracy> accuracyRows = FXCollections.observableArrayList();
    private AnalysisSettings runSettings;
    private int generation;
    private AnalysisSettings shownSettings;

    /**
     * @param workspace    what is open
     * @param emptyActions the commands of the empty state
     * @param sessions     the open workspace's services
     * @param settings     user settings (defaults, currency symbol)
     * @param tasks        runs the analysis off the FX thread
     * @param dialogs      error messages
     * @param i18n         texts
     */
    public ClvViewModel(WorkspaceState workspace, EmptyStateActions emptyActions, SessionHolder sessions,
                        UserSettings settings, TaskExecutor tasks, DialogService dialogs, I18n i18n) {
        super(workspace, emptyActions);
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        this.chartText = ChartText.of(i18n.locale());
        this.checks = new ModelChecksViewModel(sessions, tasks, dialogs, i18n);
        Settings s = settings.get();
        timeUnit.set(s.defaultTimeUnit());
        horizon.set(String.valueOf(Math.round(s.defaultTimeUnit().periodsPerYear())));
        discountPercent.set(plain(s.annualDiscountRate() * 100));
        marginPercent.set(plain(s.margin() * 100));
        timeUnit.addListener((obs, old, unit) -> {
            if (old != null && unit != null) {
                try {
                    double years = Integer.parseInt(horizon.get().trim()) / old.periodsPerYear();
                    horizon.set(String.valueOf(Math.round(years * unit.periodsPerYear())));
                } catch (NumberFormatException ignored) {
                    horizon.set(String.valueOf(Math.round(unit.periodsPerYear())));
                }
            }
        });
        minClv.addListener((obs, o, n) -> refilter());
        search.addListener((obs, o, n) -> refilter());
        probabilistic.bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> method.get() != null && method.get().probabilistic(), method));
        takeDatasetChoices();
        // the CAC is one figure per dataset, shared with the Cohorts page
        workspace.settingsProperty().addListener((obs, old, now) -> {
            if (!Objects.equals(old.cac(), now.cac())) {
                cac.set(now.cac() == null ? "0" : plain(now.cac()));
            }
        });
    }

    /** Another dataset is open: drop the previous dataset's results and take this dataset's saved choices. */
    @Override
    protected void datasetSwitched() {
        generation++;
        running.set(false);
        shownSettings = null;
        report.set(null);
        rows.clear();
        parameters.clear();
        accuracyRows.clear();
        summary.set("");
        fitSummary.set("");
        accuracy.set("");
        message.set("");
        histogram.set(null);
        holdoutBars.set(null);
        tracking.set(null);
        checks.clear();
        takeDatasetChoices();
    }

    private void takeDatasetChoices() {
        org.valuelens.service.DatasetSettings d = datasetSettings();
        method.set(d.clvMethodOrDefault());
        calibrationEnd.set(d.calibrationEnd() == null ? "" : d.calibrationEnd().toString());
        cac.set(d.cac() == null ? "0" : plain(d.cac()));
        lifespan.set(d.lifespanYears() == null ? "3" : plain(d.lifespanYears()));
    }

    // ------------------------------------------------------------------ properties

    /** @return the CLV method */
    public ObjectProperty<ClvMethod> methodProperty() {
        return method;
    }

    /** @return time unit of the horizon, t_x and T */
    public ObjectProperty<TimeUnit> timeUnitProperty() {
        return timeUnit;
    }

    /** @return horizon in periods of the time unit, as typed */
    public StringProperty horizonProperty() {
        return horizon;
    }

    /** @return annual discount rate in percent, as typed */
    public StringProperty discountPercentProperty() {
        return discountPercent;
    }

    /** @return margin in percent of revenue, as typed */
    public StringProperty marginPercentProperty() {
        return marginPercent;
    }

    /** @return acquisition cost per customer (currency), as typed */
    public StringProperty cacProperty() {
        return cac;
    }

    /** @return lifespan in years (simple method), as typed */
    public StringProperty lifespanProperty() {
        return lifespan;
    }

    /** @return calibration end for the holdout validation (yyyy-mm-dd); blank = the middle of the data span */
    public StringProperty calibrationEndProperty() {
        return calibrationEnd;
    }

    /** @return minimum CLV shown (currency), as typed; blank = no minimum */
    public StringProperty minClvProperty() {
        return minClv;
    }

    /** @return customer-id search text (case-insensitive substring) */
    public StringProperty searchProperty() {
        return search;
    }

    /** @return the parameter validation or status sentence ("" when none) */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** @return "N customers · total · mean · median · formula" of the last run */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** @return log-likelihood, AIC/BIC, convergence and warnings of the fit ("" for deterministic methods) */
    public ReadOnlyStringProperty fitSummaryProperty() {
        return fitSummary.getReadOnlyProperty();
    }

    /** @return holdout MAE/RMSE/% error for model and baseline ("" when not validated) */
    public ReadOnlyStringProperty accuracyProperty() {
        return accuracy.getReadOnlyProperty();
    }

    /** @return whether a job is running */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** @return whether the chosen method is probabilistic (diagnostics apply) */
    public ReadOnlyBooleanProperty probabilisticProperty() {
        return probabilistic.getReadOnlyProperty();
    }

    /** @return the last report, {@code null} before a run */
    public ReadOnlyObjectProperty<ClvReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** @return CLV distribution chart */
    public ReadOnlyObjectProperty<JFreeChart> histogramProperty() {
        return histogram.getReadOnlyProperty();
    }

    /** @return holdout purchases by calibration frequency (actual / model / baseline) */
    public ReadOnlyObjectProperty<JFreeChart> holdoutBarsProperty() {
        return holdoutBars.getReadOnlyProperty();
    }

    /** @return cumulative repeat purchases, actual vs model, with the calibration end */
    public ReadOnlyObjectProperty<JFreeChart> trackingProperty() {
        return tracking.getReadOnlyProperty();
    }

    /** @return the rows passing the filter and search (the table sorts a view of it) */
    public ObservableList<Row> visibleRows() {
        return visible;
    }

    /** @return fitted parameters with standard errors */
    public ObservableList<Parameter> parameters() {
        return parameters;
    }

    /** @return holdout accuracy of the model and the baseline (empty when not validated) */
    public ObservableList<Accuracy> accuracyRows() {
        return accuracyRows;
    }

    /** @return the state of the Holdout tab's "Model checks" section: diagnostics charts and the side-by-side comparison */
    public ModelChecksViewModel checks() {
        return checks;
    }

    /** @return the currency symbol */
    public String currency() {
        return settings.get().currencySymbol();
    }

    // ------------------------------------------------------------------ commands

    /**
     * Checks the parameter fields.
     *
     * @return the settings they describe, or empty with {@link #messageProperty()} set to what is wrong
     */
    Optional<AnalysisSettings> parameters(boolean report) {
        String error = null;
        AnalysisSettings s = null;
        try {
            int h = parseInt(horizon.get(), "clv.error.horizon");
            double d = parse(discountPercent.get(), "clv.error.discount") / 100;
            double m = parse(marginPercent.get(), "clv.error.margin") / 100;
            double c = parse(cac.get(), "clv.error.cac");
            double l = parse(lifespan.get(), "clv.error.lifespan");
            if (h < 0 || h > 10_000) {
                throw new FieldException("clv.error.horizon");
            }
            if (!(d >= 0 && d < 1)) {
                throw new FieldException("clv.error.discount");
            }
            if (!(m > 0 && m <= 1)) {
                throw new FieldException("clv.error.margin");
            }
            if (!(c >= 0)) {
                throw new FieldException("clv.error.cac");
            }
            if (!(l >= 0 && l <= 100)) {
                throw new FieldException("clv.error.lifespan");
            }
            String cal = calibrationEnd.get();
            if (cal != null && !cal.isBlank()) {
                try {
                    LocalDate.parse(cal.trim());
                } catch (DateTimeParseException e) {
                    throw new FieldException("clv.error.calibrationEnd");
                }
            }
            s = AnalysisSettings.defaults(timeUnit.get()).withDataset(sessions.datasetId()).withMargin(m)
                    .withDiscountAndHorizon(d, h)
                    .withSimpleInputs(c, l);
        } catch (FieldException e) {
            error = i18n.get(e.getMessage());
        }
        if (report) {
            message.set(error == null ? "" : error);
        }
        return Optional.ofNullable(s);
    }

    /** Validates the fields and computes CLV (and for probabilistic methods the validation) in the background. */
    public void run() {
        Optional<AnalysisSettings> checked = parameters(true);
        if (checked.isEmpty()) {
            return;
        }
        AnalysisSettings s = checked.get();
        ClvMethod m = method.get();
        String cal = calibrationEnd.get() == null ? "" : calibrationEnd.get().trim();
        // saved with the dataset: the report and the next visit use the same choices
        updateDatasetSettings(d -> d.withClvMethod(m).withCalibrationEnd(cal.isEmpty() ? null : LocalDate.parse(cal))
                .withCac(s.acquisitionCost() > 0 ? s.acquisitionCost() : null)
                .withLifespanYears(s.lifespanYears()));
        String currency = currency();
        running.set(true);
        runSettings = s;
        int gen = generation;
        tasks.submit(p -> {
            WorkspaceSession session = sessions.require();
            ClvReport clv = session.analysis().clv(m, s, p);
            double[] values = clv.customers().stream().mapToDouble(CustomerClv::clv).toArray();
            JFreeChart hist = ValueCharts.clvHistogram(values, currency, false, chartText);
            if (!m.probabilistic()) {
                return new Outcome(clv, null, null, hist, null, null);
            }
            LocalDate calEnd = cal.isEmpty() ? defaultCalibrationEnd(session.analysis().summarize(s, p)) : LocalDate
                    .parse(cal);
            ValidationReport v = session.analysis().validate(m.cliName(), s.withPeriod(calEnd, null), p);
            return new Outcome(clv, v, calEnd, hist, barsChart(v.validation()), trackingChart(v, calEnd));
        }, TaskCallbacks.of(o -> {
            if (gen == generation) {
                show(o);
            }
        }, this::failed));
    }

    /**
     * @param summary the whole-history summary
     * @return the middle day of the span from the first purchase to the last transaction (as in the report)
     */
    static LocalDate defaultCalibrationEnd(SummaryResult summary) {
        return AnalysisService.defaultHoldoutCalibrationEnd(summary);
    }

    /**
     * Tab-separated text of rows with a header row, numbers written plainly (no grouping, '.' decimal point,
     * at most 6 decimals, empty for unknown values), lines ended by '\n': pastes into spreadsheet cells.
     *
     * @param selected the rows to copy; empty = all visible rows
     * @return the text
     */
    public String copyText(List<Row> selected) {
        List<Row> list = selected == null || selected.isEmpty() ? visible : selected;
        StringBuilder b = new StringBuilder();
        b.append(String.join("\t", "customer", "x", "t_x (" + timeUnitName() + ")", "T (" + timeUnitName() + ")",
                "revenue (" + currency() + ")", "historical value (" + currency() + ")", "CLV (" + currency() + ")",
                "P(alive)")).append('\n');
        for (Row r : list) {
            b.append(r.customerId().replace('\t', ' ')).append('\t').append(r.x()).append('\t')
                    .append(plain(r.tx())).append('\t').append(plain(r.age())).append('\t')
                    .append(plain(r.revenue())).append('\t').append(plain(r.historical())).append('\t')
                    .append(plain(r.clv())).append('\t').append(plain(r.pAlive())).append('\n');
        }
        return b.toString();
    }

    /**
     * @param customerId a customer of the shown results
     * @return the request to explain that customer's CLV, empty before a run
     */
    public Optional<org.valuelens.gui.explain.ExplainRequest> explainCustomer(String customerId) {
        if (report.get() == null || shownSettings == null || customerId == null) {
            return Optional.empty();
        }
        return Optional.of(org.valuelens.gui.explain.ExplainRequest.customer(
                i18n.format("explain.subject.customer", customerId), customerId, report.get().method(),
                shownSettings));
    }

    /** @return the request to explain the shown mean CLV (all customers), empty before a run */
    public Optional<org.valuelens.gui.explain.ExplainRequest> explainMean() {
        if (report.get() == null || shownSettings == null) {
            return Optional.empty();
        }
        return Optional.of(org.valuelens.gui.explain.ExplainRequest.group(i18n.get("explain.subject.all"), null,
                report.get().method(), shownSettings));
    }

    private String timeUnitName() {
        return timeUnit.get() == null ? "" : timeUnit.get().cliName();
    }

    /**
     * @param v a number
     * @return it written plainly: no grouping, '.' decimal point, up to 6 decimals; "" for NaN/infinite
     */
    static String plain(double v) {
        if (!Double.isFinite(v)) {
            return "";
        }
        DecimalFormat f = new DecimalFormat("0.######", DecimalFormatSymbols.getInstance(Locale.ROOT));
        String s = f.format(v);
        return "-0".equals(s) ? "0" : s;
    }

    private void refilter() {
        double min;
        try {
            String t = minClv.get() == null ? "" : minClv.get().trim().replace(",", "");
            min = t.isEmpty() ? Double.NEGATIVE_INFINITY : Double.parseDouble(t);
        } catch (NumberFormatException e) {
            min = Double.NEGATIVE_INFINITY;
        }
        String q = search.get() == null ? "" : search.get().trim().toLowerCase(Locale.ROOT);
        double threshold = min;
        visible.setPredicate(r -> r.clv() >= threshold
                && (q.isEmpty() || r.customerId().toLowerCase(Locale.ROOT).contains(q)));
    }

    /**
     * Shows a finished run (also used by tests to inject a report).
     *
     * @param o the outcome
     */
    void show(Outcome o) {
        running.set(false);
        shownSettings = runSettings;
        ClvReport r = o.clv();
        report.set(r);
        List<Row> list = new ArrayList<>(r.customers().size());
        for (CustomerClv c : r.customers()) {
            list.add(Row.of(c));
        }
        // in the table's first order (CLV, highest first), so that its sorted view finds the rows in order: sorting
        // 100,000 rows through the table's column comparator took half a second on the FX thread
        list.sort(Comparator.comparingDouble(Row::clv).reversed());
        rows.setAll(list);
        refilter();
        NumberTexts nt = i18n.numbers(currency());
        // the formula itself is typeset in "How is this computed?", not printed raw under the table
        summary.set(i18n.format("clv.summary", nt.integer(r.customers().size()), nt.money(r.total(), 2),
                nt.money(r.mean(), 2), nt.money(r.median(), 2)));
        histogram.set(localise(o.histogram()));
        parameters.clear();
        fitSummary.set("");
        accuracy.set("");
        accuracyRows.clear();
        holdoutBars.set(localise(o.bars()));
        tracking.set(localise(o.tracking()));
        if (r.fit() != null) {
            FitResult<?> f = r.fit().fit();
            for (Map.Entry<String, Double> e : f.parameters().entrySet()) {
                Double se = f.standardErrors().get(e.getKey());
                parameters.add(new Parameter(e.getKey(), e.getValue(), se == null ? Double.NaN : se));
            }
            NumberFormat two = NumberFormat.getNumberInstance(i18n.locale());
            two.setMaximumFractionDigits(2);
            two.setMinimumFractionDigits(2);
            StringBuilder t = new StringBuilder(i18n.format("clv.fit.summary", f.modelId(),
                    two.format(f.logLikelihood()), two.format(f.aic()), two.format(f.bic()),
                    i18n.get(f.converged() ? "clv.fit.converged" : "clv.fit.notConverged"),
                    NumberFormat.getIntegerInstance(i18n.locale()).format(f.customers())));
            java.util.Set<String> warnings = new java.util.LinkedHashSet<>(f.warnings());
            warnings.addAll(r.warnings());
            for (String w : warnings) {
                t.append('\n').append("⚠ ").append(ModelWarnings.localise(i18n, w));
            }
            fitSummary.set(t.toString());
        }
        checks.show(o.validation(), o.validation() == null || shownSettings == null ? null
                : shownSettings.withPeriod(o.calibrationEnd(), null), o.calibrationEnd());
        if (o.validation() != null) {
            HoldoutValidation v = o.validation().validation();
            accuracy.set(i18n.format("clv.accuracy.calibration", o.calibrationEnd().toString(),
                    NumberFormat.getIntegerInstance(i18n.locale()).format(v.customers()),
                    NumberFormat.getIntegerInstance(i18n.locale()).format(Math.round(v.model().totalActual()))));
            accuracyRows.setAll(Accuracy.of(i18n.get("clv.accuracy.model"), v.model()),
                    Accuracy.of(i18n.get("clv.accuracy.baseline"), v.baseline()));
        }
    }

    private void failed(Throwable e) {
        running.set(false);
        if (!(e instanceof CancelledException) && !noticeNoAmounts(e, i18n.get("page.noAmounts"))) {
            dialogs.showError(i18n.format("error.analysis", ErrorTexts.message(i18n, e)), e);
        }
    }

    private JFreeChart barsChart(HoldoutValidation v) {
        return ModelCharts.holdoutBars(v, chartText);
    }

    private JFreeChart trackingChart(ValidationReport v, LocalDate calEnd) {
        return ValueCharts.tracking(v.tracking(), i18n.get(unitKey(v.tracking().unit())),
                v.fit().summary().trackingStart(), calEnd, chartText);
    }

    static String unitKey(TimeUnit unit) {
        return switch (unit) {
            case DAY -> "timeUnit.day";
            case WEEK -> "timeUnit.week";
            default -> "timeUnit.month";
        };
    }

    private static int parseInt(String text, String key) {
        try {
            return Integer.parseInt(text == null ? "" : text.trim());
        } catch (NumberFormatException e) {
            throw new FieldException(key);
        }
    }

    private static double parse(String text, String key) {
        try {
            double v = Double.parseDouble(text == null ? "" : text.trim().replace(",", ""));
            if (!Double.isFinite(v)) {
                throw new FieldException(key);
            }
            return v;
        } catch (NumberFormatException e) {
            throw new FieldException(key);
        }
    }

    /** A field that does not parse or is out of range; the message is the bundle key. */
    private static final class FieldException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        FieldException(String key) {
            super(key, null, false, false);
        }
    }

    /**
     * @param chart a chart ({@code null} permitted)
     * @return the chart, with a CJK font family when the interface is Chinese (SC or TC)
     */
    private JFreeChart localise(JFreeChart chart) {
        return ScriptFonts.localise(chart, i18n.locale());
    }

    /** @return chart and table export commands for this page's views (a new instance each call) */
    public ExportActions exports() {
        return new ExportActions(tasks, dialogs, i18n, this::currency);
    }
}
