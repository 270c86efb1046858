package org.valuelens.gui.cohorts;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
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
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.jfree.chart.JFreeChart;
import org.valuelens.gui.common.DialogService;
import org.valuelens.gui.common.EmptyStateActions;
import org.valuelens.gui.common.ErrorTexts;
import org.valuelens.gui.common.ExportActions;
import org.valuelens.gui.common.I18n;
import org.valuelens.gui.common.PageViewModel;
import org.valuelens.gui.common.SessionHolder;
import org.valuelens.gui.common.TaskCallbacks;
import org.valuelens.gui.common.TaskExecutor;
import org.valuelens.gui.common.UserSettings;
import org.valuelens.gui.common.WorkspaceState;
import org.valuelens.gui.ltv.LtvDaysViewModel;
import org.valuelens.model.cohort.AcquisitionCosts;
import org.valuelens.model.cohort.Cohort;
import org.valuelens.model.cohort.CohortPeriod;
import org.valuelens.model.cohort.CohortResult;
import org.valuelens.model.progress.CancelledException;
import org.valuelens.report.chart.ChartText;
import org.valuelens.report.chart.CohortCharts;
import org.valuelens.report.chart.ScriptFonts;
import org.valuelens.report.chart.ValueCharts;
import org.valuelens.report.export.TableExport;
import org.valuelens.service.AnalysisSettings;
import org.valuelens.service.Settings;

/**
 * State and commands of the Cohorts page: acquisition cohorts by month or quarter, the retention heatmap,
 * retention curves and cumulative margin (LTV) per acquired customer with an optional CAC line. FX thread only.
 */
public final class CohortsViewModel extends PageViewModel {

    /** Charts of one run. */
    record Charts(CohortResult result, JFreeChart heatmap, JFreeChart retention, JFreeChart ltv, String payback) {
    }

    private final SessionHolder sessions;
    private final UserSettings settings;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final I18n i18n;
    private final ChartText chartText;

    private final ObjectProperty<CohortPeriod> period = new SimpleObjectProperty<>(CohortPeriod.MONTH);
    private final StringProperty cac = new SimpleStringProperty("");
    private int generation;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper payback = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<CohortResult> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<JFreeChart> heatmap = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<JFreeChart> retention = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<JFreeChart> ltv = new ReadOnlyObjectWrapper<>();
    private final LtvDaysViewModel ltvDays;

    /**
     * @param workspace    what is open
     * @param emptyActions the commands of the empty state
     * @param sessions     the open workspace's services
     * @param settings     user settings (margin, currency)
     * @param tasks        runs the analysis off the FX thread
     * @param dialogs      error messages
     * @param i18n         texts
     */
    public CohortsViewModel(WorkspaceState workspace, EmptyStateActions emptyActions, SessionHolder sessions,
                            UserSettings settings, TaskExecutor tasks, DialogService dialogs, I18n i18n) {
        super(workspace, emptyActions);
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        this.chartText = ChartText.of(i18n.locale());
        this.ltvDays = new LtvDaysViewModel(sessions, settings, tasks, dialogs, i18n,
                org.valuelens.model.product.LtvGrouping.MONTH);
        cac.set(cacText(datasetSettings().cac()));
        ltvDays.setCacForAll(datasetSettings().cac());
        // the CAC is one figure per dataset, shared with the CLV page
        workspace.settingsProperty().addListener((obs, old, now) -> {
            if (!Objects.equals(old.cac(), now.cac())) {
                cac.set(cacText(now.cac()));
                ltvDays.setCacForAll(now.cac());
            }
        });
    }

    /** Another dataset is open: drop the previous dataset's cohorts and show this dataset's CAC. */
    @Override
    protected void datasetSwitched() {
        generation++;
        running.set(false);
        result.set(null);
        heatmap.set(null);
        retention.set(null);
        ltv.set(null);
        summary.set("");
        payback.set("");
        message.set("");
        cac.set(cacText(datasetSettings().cac()));
        ltvDays.clear();
        ltvDays.setCacForAll(datasetSettings().cac());
    }

    /** @return the N-day value and time-between-orders sections, by acquisition cohort */
    public LtvDaysViewModel ltvDays() {
        return ltvDays;
    }

    /**
     * @param value a CAC ({@code null} = unknown)
     * @return it as typed: plain digits, "" when unknown
     */
    static String cacText(Double value) {
        if (value == null) {
            return "";
        }
        java.text.DecimalFormat f = new java.text.DecimalFormat("0.######",
                java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT));
        return f.format(value);
    }

    /** @return month or quarter cohorts */
    public ObjectProperty<CohortPeriod> periodProperty() {
        return period;
    }

    /** @return acquisition cost per customer as typed (currency; blank = unknown) */
    public StringProperty cacProperty() {
        return cac;
    }

    /** @return validation message ("" when none) */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** @return one-line summary of the last run */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** @return CAC payback period per cohort ("" when the CAC is unknown) */
    public ReadOnlyStringProperty paybackProperty() {
        return payback.getReadOnlyProperty();
    }

    /**
     * @param cohorts the cohorts
     * @param cac     acquisition cost per customer, currency
     * @param unit    name of the period unit
     * @return "CAC payback: 1997-01 after 11 months · 1997-02 not yet …"
     */
    String payback(List<Cohort> cohorts, double cac, String unit) {
        StringBuilder b = new StringBuilder();
        for (Cohort co : cohorts) {
            Integer at = paybackPeriod(co.cumulativeMarginPerCustomer(), cac);
            if (b.length() > 0) {
                b.append(" · ");
            }
            b.append(at == null ? i18n.format("cohorts.payback.never", co.label())
                    : i18n.format("cohorts.payback.at", co.label(), at, unit));
        }
        return i18n.format("cohorts.payback", b.toString());
    }

    /**
     * @param cumulative cumulative margin per customer by period since acquisition
     * @param cac        acquisition cost per customer
     * @return the first period whose cumulative margin reaches the CAC, or {@code null}
     */
    static Integer paybackPeriod(List<Double> cumulative, double cac) {
        for (int i = 0; i < cumulative.size(); i++) {
            if (cumulative.get(i) >= cac) {
                return i;
            }
        }
        return null;
    }

    /** @return whether a job is running */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** @return the last result */
    public ReadOnlyObjectProperty<CohortResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** @return cohort × period retention heatmap */
    public ReadOnlyObjectProperty<JFreeChart> heatmapProperty() {
        return heatmap.getReadOnlyProperty();
    }

    /** @return retention curves */
    public ReadOnlyObjectProperty<JFreeChart> retentionProperty() {
        return retention.getReadOnlyProperty();
    }

    /** @return cumulative margin per acquired customer */
    public ReadOnlyObjectProperty<JFreeChart> ltvProperty() {
        return ltv.getReadOnlyProperty();
    }

    /** @return the currency symbol */
    public String currency() {
        return settings.get().currencySymbol();
    }

    /** Runs the analysis when a workspace session is open (used when data is opened); otherwise does nothing. */
    public void refresh() {
        if (sessions.current().isPresent()) {
            run(); // also marks the N-day tabs for a new run
        }
    }

    /** Computes the cohorts in the background. */
    public void run() {
        Double cacValue = null;
        String t = cac.get() == null ? "" : cac.get().trim();
        if (!t.isEmpty()) {
            try {
                cacValue = Double.parseDouble(t.replace(",", ""));
            } catch (NumberFormatException e) {
                cacValue = -1.0;
            }
            if (!(cacValue >= 0)) {
                message.set(i18n.get("cohorts.error.cac"));
                return;
            }
        }
        message.set("");
        Double typed = cacValue;
        updateDatasetSettings(d -> d.withCac(typed));
        // the N-day tabs read their payback from this CAC and draw it on the curve: run them again when shown
        ltvDays.setCacForAll(typed);
        ltvDays.invalidate();
        Settings s = settings.get();
        AnalysisSettings as = AnalysisSettings.defaults(s.defaultTimeUnit()).withMargin(s.margin())
                .withDataset(sessions.datasetId());
        CohortPeriod p = period.get();
        Double cacFinal = cacValue;
        String currency = s.currencySymbol();
        running.set(true);
        int gen = generation;
        java.util.concurrent.atomic.AtomicBoolean amounts = new java.util.concurrent.atomic.AtomicBoolean(true);
        tasks.submit(progress -> {
            amounts.set(sessions.require().analysis().hasAmounts(as.datasetId()));
            CohortResult r = sessions.require().segments().cohorts(p, as, AcquisitionCosts.none(), null, progress);
            return charts(r, cacFinal, currency);
        }, TaskCallbacks.of(c -> {
            if (gen != generation) {
                return;
            }
            running.set(false);
            result.set(c.result());
            heatmap.set(localise(c.heatmap()));
            retention.set(localise(c.retention()));
            // a count-only dataset (no amount column): retention is real, the margin curves and payback are not
            ltv.set(amounts.get() ? localise(c.ltv()) : null);
            setNotice(amounts.get() ? "" : i18n.get("cohorts.noAmounts"));
            summary.set(i18n.format("cohorts.summary", c.result().cohorts().size(),
                    NumberFormat.getIntegerInstance(i18n.locale()).format(c.result().customers()),
                    c.result().lastPeriod()));
            payback.set(amounts.get() ? c.payback() : "");
        }, e -> {
            running.set(false);
            if (!(e instanceof CancelledException) && !noticeSummaryOnly(e, i18n.get("page.summaryOnly"))) {
                dialogs.showError(i18n.format("error.analysis", ErrorTexts.message(i18n, e)), e);
            }
        }));
    }

    private Charts charts(CohortResult r, Double cacValue, String currency) {
        List<Cohort> cohorts = r.cohorts();
        int periods = cohorts.stream().mapToInt(Cohort::periods).max().orElse(0);
        String[] rows = cohorts.stream().map(c -> c.label() + " (" + c.size() + ")").toArray(String[]::new);
        String[] cols = new String[periods];
        double[] x = new double[periods];
        for (int i = 0; i < periods; i++) {
            cols[i] = String.valueOf(i);
            x[i] = i;
        }
        double[][] ret = CohortCharts.values(cohorts, Cohort::retention, periods, false);
        // the curves leave out partial cells (cut off by the end of the data) and add the average over cohorts
        String average = chartText.get("cohort.average");
        CohortCharts.Series retSeries = CohortCharts.completeSeries(cohorts, Cohort::retention, periods)
                .with(average, r.averageRetention());
        CohortCharts.Series cumSeries = CohortCharts.completeSeries(cohorts, Cohort::cumulativeMarginPerCustomer,
                periods).with(average, r.averageCumulativeMarginPerCustomer());
        String unit = i18n.get(period.get() == CohortPeriod.MONTH ? "cohorts.period.months"
                : "cohorts.period.quarters");
        NumberFormat pct = i18n.numbers(currency).percentFormat(0);
        JFreeChart heat = ValueCharts.heatmap(chartText.get("cohort.heatmap.title"),
                chartText.get("cohort.heatmap.x", unit), chartText.get("cohort.heatmap.y"),
                chartText.get("cohort.heatmap.legend"), rows, cols, ret, pct);
        CohortCharts.hatchPartialCells(heat, cohorts, periods, chartText.get("cohort.partial.note",
                r.lastPeriod(), r.observationEnd() == null ? "" : r.observationEnd().toString()));
        JFreeChart curves = ValueCharts.lines(chartText.get("cohort.retention.title"),
                chartText.get("cohort.heatmap.x", unit), chartText.get("cohort.retention.y"), retSeries.names(), x,
                retSeries.values(), true, chartText);
        CohortCharts.emphasiseLastSeries(curves);
        JFreeChart ltvChart = ValueCharts.lines(chartText.get("cohort.ltv.title"),
                chartText.get("cohort.heatmap.x", unit), i18n.format("cohorts.chart.ltvY", currency),
                cumSeries.names(), x, cumSeries.values(), false, chartText);
        CohortCharts.emphasiseLastSeries(ltvChart);
        Double line = cacValue;
        if (line == null) {
            double sum = 0;
            int n = 0;
            for (Cohort co : cohorts) {
                if (co.cac() != null) {
                    sum += co.cac();
                    n++;
                }
            }
            line = n == 0 ? null : sum / n;
        }
        if (line != null) {
            ValueCharts.withHorizontalLine(ltvChart, line, chartText.get("cohort.cac",
                    i18n.numbers(currency).money(line, 2)));
        }
        return new Charts(r, heat, curves, ltvChart, line == null ? "" : payback(cohorts, line, unit));
    }

    /**
     * @param chart a chart ({@code null} permitted)
     * @return the chart, with a CJK font family when the interface is Chinese (SC or TC)
     */
    private JFreeChart localise(JFreeChart chart) {
        return ScriptFonts.localise(chart, i18n.locale());
    }

    /**
     * The last run as a long table for spreadsheets: one row per cohort and period since acquisition.
     *
     * @return the table, {@code null} before the first run
     */
    public ExportActions.Table cohortTable() {
        CohortResult r = result.get();
        if (r == null) {
            return null;
        }
        List<TableExport.Column> cols = List.of(
                new TableExport.Column(i18n.get("cohorts.export.cohort"), TableExport.Format.GENERAL),
                new TableExport.Column(i18n.get("cohorts.export.start"), TableExport.Format.DATE),
                new TableExport.Column(i18n.get("cohorts.export.size"), TableExport.Format.INTEGER),
                new TableExport.Column(i18n.get("cohorts.export.period"), TableExport.Format.INTEGER),
                new TableExport.Column(i18n.get("cohorts.export.active"), TableExport.Format.INTEGER),
                new TableExport.Column(i18n.get("cohorts.export.retention"), TableExport.Format.PERCENT),
                new TableExport.Column(i18n.get("cohorts.export.revenue"), TableExport.Format.CURRENCY),
                new TableExport.Column(i18n.get("cohorts.export.margin"), TableExport.Format.CURRENCY),
                new TableExport.Column(i18n.get("cohorts.export.cumRevenue"), TableExport.Format.CURRENCY),
                new TableExport.Column(i18n.get("cohorts.export.cumMargin"), TableExport.Format.CURRENCY),
                new TableExport.Column(i18n.get("cohorts.export.complete"), TableExport.Format.GENERAL));
        List<List<Object>> rows = new ArrayList<>();
        for (Cohort c : r.cohorts()) {
            for (int i = 0; i < c.periods(); i++) {
                rows.add(Arrays.asList(c.label(), c.start(), c.size(), i, c.activeCustomers().get(i),
                        c.retention().get(i), c.revenue().get(i), c.margin().get(i),
                        c.cumulativeRevenuePerCustomer().get(i), c.cumulativeMarginPerCustomer().get(i),
                        c.complete(i)));
            }
        }
        return new ExportActions.Table("cohorts", cols, rows);
    }

    /** @return chart and table export commands for this page's views (a new instance each call) */
    public ExportActions exports() {
        return new ExportActions(tasks, dialogs, i18n, this::currency);
    }
}
