package org.valuelens.gui.customers;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.valuelens.gui.common.DialogService;
import org.valuelens.gui.common.EmptyStateActions;
import org.valuelens.gui.common.ExportActions;
import org.valuelens.gui.common.I18n;
import org.valuelens.gui.common.PageViewModel;
import org.valuelens.gui.common.SessionHolder;
import org.valuelens.gui.common.TaskCallbacks;
import org.valuelens.gui.common.TaskExecutor;
import org.valuelens.gui.common.UserSettings;
import org.valuelens.gui.common.WorkspaceState;
import org.valuelens.model.CustomerSummary;
import org.valuelens.model.progress.CancelledException;
import org.valuelens.report.chart.ChartText;
import org.valuelens.report.chart.ScriptFonts;
import org.valuelens.report.chart.ValueCharts;
import org.valuelens.service.AnalysisSettings;
import org.valuelens.service.CustomerDetail;
import org.valuelens.service.InsightService;
import org.valuelens.service.WorkspaceSession;

/**
 * State and commands of the Customers page: a searchable customer list and the selected customer's timeline, CLV
 * inputs and BG/NBD P(alive) over time. FX thread only.
 */
public final class CustomersViewModel extends PageViewModel {

    private final SessionHolder sessions;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final UserSettings settings;
    private final I18n i18n;

    private final ObservableList<CustomerSummary> all = FXCollections.observableArrayList();
    private final FilteredList<CustomerSummary> shown = new FilteredList<>(all);
    private final StringProperty search = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<CustomerDetail> detail = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<JFreeChart> timeline = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<JFreeChart> aliveChart = new ReadOnlyObjectWrapper<>();
    private final PredictionsViewModel predictions;
    private InsightService insight;
    private WorkspaceSession insightFor;
    private int generation;

    /**
     * @param workspace    what is open
     * @param emptyActions the commands of the empty state
     * @param sessions     the open session
     * @param tasks        runs the computations
     * @param dialogs      error messages
     * @param settings     currency, time unit, margin
     * @param i18n         texts and number formats
     */
    public CustomersViewModel(WorkspaceState workspace, EmptyStateActions emptyActions, SessionHolder sessions,
                              TaskExecutor tasks, DialogService dialogs, UserSettings settings, I18n i18n) {
        super(workspace, emptyActions);
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        this.predictions = new PredictionsViewModel(sessions, tasks, dialogs, i18n,
                () -> settings.get().currencySymbol());
        search.addListener((obs, o, n) -> {
            String q = n == null ? "" : n.trim().toLowerCase(Locale.ROOT);
            shown.setPredicate(q.isEmpty() ? null : c -> c.customerId().toLowerCase(Locale.ROOT).contains(q));
        });
    }

    /** Another dataset is open: drop the previous dataset's customers and load this one's. */
    @Override
    protected void datasetSwitched() {
        generation++;
        all.clear();
        detail.set(null);
        timeline.set(null);
        aliveChart.set(null);
        refresh();
    }

    // Properties //

    /** @return the customers matching the search */
    public ObservableList<CustomerSummary> customers() {
        return shown;
    }

    /** @return the predictions of the table columns, the detail and the "At risk" export */
    public PredictionsViewModel predictions() {
        return predictions;
    }

    /** @return the search text (part of a customer id, case-insensitive) */
    public StringProperty searchProperty() {
        return search;
    }

    /** @return the selected customer's history, {@code null} when none */
    public ReadOnlyObjectProperty<CustomerDetail> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    /** @return amount by date of the selected customer */
    public ReadOnlyObjectProperty<JFreeChart> timelineProperty() {
        return timeline.getReadOnlyProperty();
    }

    /** @return P(alive) over time of the selected customer */
    public ReadOnlyObjectProperty<JFreeChart> aliveChartProperty() {
        return aliveChart.getReadOnlyProperty();
    }

    /** @return the selected customer's CLV inputs as label/value lines */
    public List<String[]> inputs() {
        CustomerDetail d = detail.get();
        if (d == null) {
            return List.of();
        }
        CustomerSummary c = d.summary();
        NumberFormat n2 = NumberFormat.getNumberInstance(i18n.locale());
        n2.setMaximumFractionDigits(2);
        n2.setMinimumFractionDigits(2);
        String unit = unitName().toLowerCase(i18n.locale()); // inside a sentence: "(t_x, weeks)"
        String cur = settings.get().currencySymbol();
        double last = d.pAlive().length == 0 ? Double.NaN : d.pAlive()[d.pAlive().length - 1];
        return List.of(
                new String[] {i18n.get("customers.input.x"), Integer.toString(c.frequency())},
                new String[] {i18n.format("customers.input.tx", unit), n2.format(c.recency())},
                new String[] {i18n.format("customers.input.age", unit), n2.format(c.age())},
                new String[] {i18n.get("customers.input.spend"), i18n.numbers(cur).money(c.monetaryValue(), 2)},
                new String[] {i18n.get("customers.input.revenue"), i18n.numbers(cur).money(c.revenue(), 2)},
                new String[] {i18n.get("customers.input.alive"), i18n.numbers(cur).percent(last, 1)});
    }

    // Commands //

    /** Loads the customer list of the open dataset in the background. */
    public void refresh() {
        detail.set(null);
        if (!workspace().isLoaded() || sessions.current().isEmpty()) {
            all.clear();
            return;
        }
        AnalysisSettings s = analysisSettings();
        int gen = generation;
        tasks.submit(p -> insight().customers(s, p), TaskCallbacks.of(list -> {
            if (gen == generation) {
                all.setAll(list);
                predictions.load(s);
            }
        }, this::failed));
    }

    /**
     * Shows one customer's history (computed in the background; fits BG/NBD once per dataset).
     *
     * @param customerId the customer, {@code null} clears the detail
     */
    public void select(String customerId) {
        if (customerId == null) {
            detail.set(null);
            return;
        }
        AnalysisSettings s = analysisSettings();
        int gen = generation;
        tasks.submit(p -> insight().customer(customerId, s, p), TaskCallbacks.of(d -> {
            if (gen == generation) {
                show(d);
            }
        }, this::failed));
    }

    /** @return the request to explain the selected customer's BG/NBD CLV, empty when none is selected */
    public java.util.Optional<org.valuelens.gui.explain.ExplainRequest> explainSelected() {
        CustomerDetail d = detail.get();
        if (d == null) {
            return java.util.Optional.empty();
        }
        String id = d.summary().customerId();
        return java.util.Optional.of(org.valuelens.gui.explain.ExplainRequest.customer(
                i18n.format("explain.subject.customer", id), id, org.valuelens.service.ClvMethod.BG_NBD,
                analysisSettings()));
    }

    private AnalysisSettings analysisSettings() {
        return settings.get().analysis(sessions.datasetId());
    }

    private synchronized InsightService insight() {
        WorkspaceSession s = sessions.require();
        if (insight == null || insightFor != s) {
            insight = new InsightService(s.analysis());
            insightFor = s;
        }
        return insight;
    }

    private void show(CustomerDetail d) {
        ChartText text = ChartText.of(i18n.locale());
        TimeSeries series = new TimeSeries(i18n.get("customers.chart.amount"));
        for (int i = 0; i < d.days().size(); i++) {
            LocalDate day = d.days().get(i);
            series.addOrUpdate(new Day(java.util.Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant()),
                    java.util.TimeZone.getTimeZone("UTC"), i18n.locale()), d.dayAmounts()[i]);
        }
        JFreeChart t = ChartFactory.createXYBarChart(i18n.format("customers.chart.timeline", d.summary().customerId()),
                i18n.get("customers.chart.date"), true,
                i18n.format("customers.chart.amountAxis", settings.get().currencySymbol()),
                new TimeSeriesCollection(series));
        org.valuelens.report.chart.ChartStyle.apply(t);
        t.removeLegend();
        XYPlot plot = t.getXYPlot();
        XYBarRenderer bars = (XYBarRenderer) plot.getRenderer();
        bars.setBarPainter(new org.jfree.chart.renderer.xy.StandardXYBarPainter());
        bars.setShadowVisible(false);
        bars.setSeriesPaint(0, org.valuelens.report.chart.ChartStyle.color(0));
        // the whole observation window: first purchase to the end of the customer's age T
        LocalDate from = d.summary().firstPurchase().minusDays(7);
        LocalDate to = d.summary().firstPurchase().plusDays(
                (long) Math.ceil(d.summary().age() * settings.get().defaultTimeUnit().days()) + 7);
        org.jfree.chart.axis.DateAxis axis = (org.jfree.chart.axis.DateAxis) plot.getDomainAxis();
        axis.setTimeZone(java.util.TimeZone.getTimeZone("UTC"));
        axis.setRange(java.util.Date.from(from.atStartOfDay(ZoneOffset.UTC).toInstant()),
                java.util.Date.from(to.atStartOfDay(ZoneOffset.UTC).toInstant()));
        axis.setDateFormatOverride(new java.text.SimpleDateFormat("yyyy-MM-dd", i18n.locale()));
        bars.setBarAlignmentFactor(0.5);
        timeline.set(ScriptFonts.localise(t, i18n.locale()));
        String unit = unitName();
        aliveChart.set(ValueCharts.lines(i18n.get("customers.chart.alive"),
                i18n.format("customers.chart.since", unit), i18n.get("customers.chart.aliveAxis"),
                new String[] {"BG/NBD"}, d.periods(), new double[][] {d.pAlive()}, true, text));
        ScriptFonts.localise(aliveChart.get(), i18n.locale());
        detail.set(d);
    }

    private void failed(Throwable e) {
        if (!(e instanceof CancelledException) && !noticeSummaryOnly(e, i18n.get("page.summaryOnly"))) {
            dialogs.showError(i18n.get("customers.error"), e);
        }
    }

    /** @return the default time unit's name in the interface language */
    private String unitName() {
        return switch (settings.get().defaultTimeUnit()) {
            case DAY -> i18n.get("timeUnit.day");
            case WEEK -> i18n.get("timeUnit.week");
            default -> i18n.get("timeUnit.month");
        };
    }

    /** @return chart and table export commands for this page's views (a new instance each call) */
    public ExportActions exports() {
        return new ExportActions(tasks, dialogs, i18n, () -> settings.get().currencySymbol());
    }
}
