package org.valuelens.gui.ltv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jfree.chart.JFreeChart;
import org.valuelens.gui.common.DialogService;
import org.valuelens.gui.common.ErrorTexts;
import org.valuelens.gui.common.ExportActions;
import org.valuelens.gui.common.I18n;
import org.valuelens.gui.common.SessionHolder;
import org.valuelens.gui.common.TaskCallbacks;
import org.valuelens.gui.common.TaskExecutor;
import org.valuelens.gui.common.UserSettings;
import org.valuelens.model.product.LtvCohort;
import org.valuelens.model.product.LtvGrouping;
import org.valuelens.model.product.RepeatResult;
import org.valuelens.model.product.RepeatStep;
import org.valuelens.model.product.ValueCurve;
import org.valuelens.model.product.ValueMetric;
import org.valuelens.model.progress.CancelledException;
import org.valuelens.report.export.TableExport.Column;
import org.valuelens.report.export.TableExport.Format;
import org.valuelens.service.AnalysisSettings;
import org.valuelens.service.Settings;

/**
 * State and commands of the "N-day value" and "time between orders" sections of the Cohorts and Channels pages
 * (issue 17 items 3, 4 and 6): N-day revenue, margin or orders per acquired customer by acquisition cohort or
 * channel with incomplete cells marked, the daily cumulative curve, CAC payback read from it, and the days between
 * orders. Runs only while a section is shown ({@link #activeProperty()}), again after {@link #invalidate()}.
 * FX thread only.
 */
public final class LtvDaysViewModel {

    private final SessionHolder sessions;
    private final UserSettings settings;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final I18n i18n;

    private final ObjectProperty<LtvGrouping> grouping;
    private final ObjectProperty<ValueMetric> metric = new SimpleObjectProperty<>(ValueMetric.REVENUE);
    private final BooleanProperty active = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper reason = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper footnote = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<ValueMetric> shownMetric = new ReadOnlyObjectWrapper<>(ValueMetric.REVENUE);
    private final ObservableList<LtvRow> rows = FXCollections.observableArrayList();
    private final ObservableList<RepeatRow> repeatRows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<JFreeChart> curveChart = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<JFreeChart> repeatChart = new ReadOnlyObjectWrapper<>();
    private Map<String, Double> cac = Map.of();
    private Double cacForAll;
    private LtvOutcome last;
    private boolean stale = true;
    private int generation;

    /**
     * @param sessions the open workspace's services
     * @param settings user settings (margin, currency, returns)
     * @param tasks    runs the analysis off the FX thread
     * @param dialogs  error messages
     * @param i18n     texts
     * @param grouping {@link LtvGrouping#CHANNEL} for the Channels page, else the first cohort period shown
     */
    public LtvDaysViewModel(SessionHolder sessions, UserSettings settings, TaskExecutor tasks, DialogService dialogs,
                            I18n i18n, LtvGrouping grouping) {
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        this.grouping = new SimpleObjectProperty<>(Objects.requireNonNull(grouping, "grouping"));
        active.addListener((o, was, now) -> {
            if (now && stale) {
                run();
            }
        });
        this.grouping.addListener((o, was, now) -> invalidate());
        metric.addListener((o, was, now) -> invalidate());
    }

    // Properties //

    /** @return month, quarter or year cohorts, or channels (fixed on the Channels page) */
    public ObjectProperty<LtvGrouping> groupingProperty() {
        return grouping;
    }

    /** @return the value shown: revenue, margin or orders per acquired customer */
    public ObjectProperty<ValueMetric> metricProperty() {
        return metric;
    }

    /** @return whether a section is on screen (set by the view; a stale section runs when it becomes active) */
    public BooleanProperty activeProperty() {
        return active;
    }

    /** @return whether a job is running */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** @return why the section is empty, or what its figures rest on ("" when nothing to say) */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** @return why the sections are empty (summary-only dataset, no channel column), "" when they are not */
    public ReadOnlyStringProperty reasonProperty() {
        return reason.getReadOnlyProperty();
    }

    /** @return what the "*" of an incomplete cell means ("" when no cell is incomplete) */
    public ReadOnlyStringProperty footnoteProperty() {
        return footnote.getReadOnlyProperty();
    }

    /** @return the value the rows and the curve show (orders when the dataset has no amounts) */
    public ReadOnlyObjectProperty<ValueMetric> shownMetricProperty() {
        return shownMetric.getReadOnlyProperty();
    }

    /** @return N-day value rows: groups, then the average over complete groups */
    public ObservableList<LtvRow> rows() {
        return rows;
    }

    /** @return time between orders: each group's steps, then everyone's */
    public ObservableList<RepeatRow> repeatRows() {
        return repeatRows;
    }

    /** @return cumulative value by days since the first purchase */
    public ReadOnlyObjectProperty<JFreeChart> curveChartProperty() {
        return curveChart.getReadOnlyProperty();
    }

    /** @return median days between orders by group */
    public ReadOnlyObjectProperty<JFreeChart> repeatChartProperty() {
        return repeatChart.getReadOnlyProperty();
    }

    /** @return the currency symbol */
    public String currency() {
        return settings.get().currencySymbol();
    }

    /** @param label a group label of the rows @return it as shown ("(unknown)" and "all" translated) */
    public String label(String label) {
        return "all".equals(label) ? i18n.get("ltv.all") : LtvCharts.label(i18n, label);
    }

    /** @param label a group label of the repeat rows @return it as shown ("all" = everyone) */
    public String repeatLabel(String label) {
        return LtvCharts.label(i18n, label);
    }

    /**
     * @param row a row
     * @return its N-day values of the shown metric, per window of {@link #days()}
     */
    public List<Double> values(LtvRow row) {
        return switch (shownMetric.get()) {
            case REVENUE -> row.cohort().revenue();
            case MARGIN -> row.cohort().margin();
            default -> row.cohort().orders();
        };
    }

    /** @return the cost per customer of every group set by {@link #setCacForAll}, {@code null} when none */
    public Double cacForAll() {
        return cacForAll;
    }

    /** @return the N-day windows of the table */
    public List<Integer> days() {
        return LtvOutcome.DAYS;
    }

    // Commands //

    /**
     * Sets the acquisition cost per customer of each group (by the model's label: channel name or cohort label)
     * and reads the payback days again from the last curves; the CAC line of the chart follows on the next run.
     *
     * @param costs group → cost per customer ({@code null} = none known)
     */
    public void setCac(Map<String, Double> costs) {
        cac = costs == null ? Map.of() : Map.copyOf(costs);
        if (last != null) {
            show(last);
        }
    }

    /**
     * Sets one acquisition cost per customer for every group (the dataset's CAC on the Cohorts page); a cost of
     * {@link #setCac} for a group wins. The chart's CAC line follows on the next run.
     *
     * @param cost cost per customer ({@code null} = unknown)
     */
    public void setCacForAll(Double cost) {
        cacForAll = cost;
        if (last != null) {
            show(last);
        }
    }

    /** The data or a setting changed: runs now when a section is shown, otherwise when one is shown next. */
    public void invalidate() {
        stale = true;
        if (active.get()) {
            run();
        }
    }

    /** Another dataset is open: drop the results. */
    public void clear() {
        generation++;
        running.set(false);
        last = null;
        rows.clear();
        repeatRows.clear();
        curveChart.set(null);
        repeatChart.set(null);
        notice.set("");
        reason.set("");
        footnote.set("");
        stale = true;
    }

    /** Computes the tables and charts in the background (nothing when no workspace is open). */
    public void run() {
        if (sessions.current().isEmpty()) {
            return;
        }
        stale = false;
        Settings s = settings.get();
        AnalysisSettings as = s.analysis(sessions.datasetId());
        LtvGrouping g = grouping.get();
        ValueMetric m = metric.get();
        Double line = g == LtvGrouping.CHANNEL ? null : cacForAll;
        LtvCharts charts = new LtvCharts(i18n, s.currencySymbol());
        running.set(true);
        int gen = ++generation;
        tasks.submit(p -> LtvOutcome.compute(sessions.require(), as, g, m, line, charts, p), TaskCallbacks.of(o -> {
            if (gen != generation) {
                return;
            }
            running.set(false);
            last = o;
            show(o);
        }, e -> {
            if (gen != generation) {
                return;
            }
            running.set(false);
            if (!(e instanceof CancelledException)) {
                dialogs.showError(i18n.format("error.analysis", ErrorTexts.message(i18n, e)), e);
            }
        }));
    }

    private void show(LtvOutcome o) {
        shownMetric.set(o.metric());
        curveChart.set(o.curveChart());
        repeatChart.set(o.repeatChart());
        if (o.reason() != null) {
            rows.clear();
            repeatRows.clear();
            notice.set(i18n.get(o.reason()));
            reason.set(notice.get());
            footnote.set("");
            return;
        }
        reason.set("");
        notice.set(!o.hasAmounts() ? i18n.get("ltv.notice.noAmounts") : o.curves().hasCost() ? ""
                : i18n.format("ltv.notice.noCost", i18n.numbers(currency()).percentFormat(0)
                        .format(settings.get().margin())));
        List<LtvRow> list = new ArrayList<>();
        List<LtvCohort> cohorts = new ArrayList<>(o.table().cohorts());
        cohorts.add(o.table().average());
        boolean incomplete = false;
        for (LtvCohort c : cohorts) {
            boolean isAll = "all".equals(c.label());
            ValueCurve curve = isAll ? o.curves().all() : o.curves().group(c.label());
            Double cost = isAll ? null : cac.containsKey(c.label()) ? cac.get(c.label()) : cacForAll;
            Integer day = cost == null || curve == null ? null : curve.paybackDay(o.curves().paybackMetric(), cost);
            list.add(new LtvRow(c, curve, cost, day));
            incomplete |= c.complete().contains(false);
        }
        rows.setAll(list);
        footnote.set(incomplete ? i18n.format("ltv.footnote", String.valueOf(o.table().observationEnd())) : "");
        List<RepeatRow> steps = new ArrayList<>();
        for (RepeatResult r : o.repeat()) {
            for (RepeatStep step : r.steps()) {
                steps.add(new RepeatRow(r.label(), r.customers(), step));
            }
        }
        repeatRows.setAll(steps);
    }

    /**
     * The daily curves of the last run as a long table for spreadsheets: one row per group and day.
     *
     * @return the table, {@code null} before a run with results
     */
    public ExportActions.Table curveTable() {
        if (last == null || last.curves() == null) {
            return null;
        }
        List<Column> cols = new ArrayList<>();
        cols.add(new Column(i18n.get("ltv.col.group"), Format.GENERAL));
        cols.add(new Column(i18n.get("ltv.col.day"), Format.INTEGER));
        cols.add(new Column(i18n.get("ltv.col.observed"), Format.INTEGER));
        cols.add(new Column(i18n.get("ltv.metric.revenue"), Format.CURRENCY));
        cols.add(new Column(i18n.get("ltv.metric.margin"), Format.CURRENCY));
        cols.add(new Column(i18n.get("ltv.metric.orders"), Format.DECIMAL));
        List<List<Object>> out = new ArrayList<>();
        List<ValueCurve> curves = new ArrayList<>(last.curves().groups());
        curves.add(last.curves().all());
        for (ValueCurve c : curves) {
            for (int t = 0; t < c.length(); t++) {
                out.add(List.of(repeatLabel(c.label()), t, c.observed(t), c.value(ValueMetric.REVENUE, t),
                        c.value(ValueMetric.MARGIN, t), c.value(ValueMetric.ORDERS, t)));
            }
        }
        return new ExportActions.Table("ltv-curves", cols, out);
    }

    /** @return chart and table export commands for these sections (a new instance each call) */
    public ExportActions exports() {
        return new ExportActions(tasks, dialogs, i18n, this::currency);
    }

    /** @return label → payback day of the rows with a CAC ({@code null}: not paid back within the data) */
    Map<String, Integer> paybackDays() {
        Map<String, Integer> m = new HashMap<>();
        for (LtvRow r : rows) {
            if (r.cac() != null) {
                m.put(r.cohort().label(), r.paybackDay());
            }
        }
        return m;
    }
}
