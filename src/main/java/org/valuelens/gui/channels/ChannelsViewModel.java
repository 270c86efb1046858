package org.valuelens.gui.channels;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
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
import org.valuelens.model.cohort.ChannelSummary;
import org.valuelens.model.cohort.CohortAnalyzer;
import org.valuelens.model.cohort.CohortResult;
import org.valuelens.model.progress.CancelledException;
import org.valuelens.report.chart.ChartText;
import org.valuelens.report.chart.ScriptFonts;
import org.valuelens.report.chart.ValueCharts;
import org.valuelens.service.AnalysisSettings;
import org.valuelens.service.ClvMethod;
import org.valuelens.service.ClvReport;
import org.valuelens.service.CustomerClv;
import org.valuelens.service.DatasetReports;
import org.valuelens.service.Settings;

/**
 * State and commands of the Channels page: customers, average CLV, CAC, LTV:CAC and payback per acquisition
 * channel, with a per-customer CAC the user may type for channels whose data carries no cost. FX thread only.
 */
public final class ChannelsViewModel extends PageViewModel {

    private record Outcome(CohortResult result, JFreeChart chart, boolean summaryOnly) {
    }

    private final SessionHolder sessions;
    private final UserSettings settings;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final I18n i18n;
    private final ChartText chartText;

    private final ObjectProperty<ClvMethod> method = new SimpleObjectProperty<>(ClvMethod.HISTORICAL);
    private int generation;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ObservableList<ChannelSummary> channels = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<JFreeChart> chart = new ReadOnlyObjectWrapper<>();
    private final LtvDaysViewModel ltvDays;

    /**
     * @param workspace    what is open
     * @param emptyActions the commands of the empty state
     * @param sessions     the open workspace's services
     * @param settings     user settings (margin, currency, time unit)
     * @param tasks        runs the analysis off the FX thread
     * @param dialogs      error messages
     * @param i18n         texts
     */
    public ChannelsViewModel(WorkspaceState workspace, EmptyStateActions emptyActions, SessionHolder sessions,
                             UserSettings settings, TaskExecutor tasks, DialogService dialogs, I18n i18n) {
        super(workspace, emptyActions);
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        this.chartText = ChartText.of(i18n.locale());
        this.ltvDays = new LtvDaysViewModel(sessions, settings, tasks, dialogs, i18n,
                org.valuelens.model.product.LtvGrouping.CHANNEL);
    }

    /** @return the N-day value (with CAC payback) and time-between-orders sections, by channel */
    public LtvDaysViewModel ltvDays() {
        return ltvDays;
    }

    /** @return CLV method behind the average CLV (LTV) */
    public ObjectProperty<ClvMethod> methodProperty() {
        return method;
    }

    /** @return whether a job is running */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** @return one row per channel */
    public ObservableList<ChannelSummary> channels() {
        return channels;
    }

    /** @return LTV vs CAC bars */
    public ReadOnlyObjectProperty<JFreeChart> chartProperty() {
        return chart.getReadOnlyProperty();
    }

    /** @return the currency symbol */
    public String currency() {
        return settings.get().currencySymbol();
    }

    /**
     * Sets a channel's acquisition cost per customer and recomputes.
     *
     * @param channel the channel
     * @param cac     cost per customer, currency ({@code null} or negative = unknown)
     */
    public void setCac(String channel, Double cac) {
        Double value = cac == null || !(cac >= 0) || cac.isInfinite() ? null : cac;
        updateDatasetSettings(s -> s.withChannelCac(channel, value));
        run();
    }

    /** Another dataset is open: drop the previous dataset's channels (its typed costs stay with it). */
    @Override
    protected void datasetSwitched() {
        generation++;
        running.set(false);
        channels.clear();
        chart.set(null);
        method.set(ClvMethod.HISTORICAL);
        ltvDays.clear();
        ltvDays.setCac(Map.of());
    }

    /** Runs the analysis when a workspace session is open (used when data is opened); otherwise does nothing. */
    public void refresh() {
        if (sessions.current().isPresent()) {
            run();
            ltvDays.invalidate();
        }
    }

    /** Computes the channel table in the background. */
    public void run() {
        Settings s = settings.get();
        AnalysisSettings as = s.analysis(sessions.datasetId());
        ClvMethod m = method.get();
        // the per-customer costs typed for this dataset, turned into spend with this dataset's channel sizes
        Map<String, Double> cacs = new LinkedHashMap<>(datasetSettings().channelCac());
        String currency = s.currencySymbol();
        running.set(true);
        int gen = generation;
        tasks.submit(p -> {
            ClvReport clv = sessions.require().analysis().clv(m, as, p);
            Map<String, Double> byId = new HashMap<>();
            for (CustomerClv c : clv.customers()) {
                byId.put(c.summary().customerId(), c.clv());
            }
            Map<String, Double> spend = DatasetReports.channelSpend(sessions.require().segments(), cacs, as, p);
            CohortResult r = sessions.require().segments().channels(as, new AcquisitionCosts(Map.of(), spend), byId, p);
            return new Outcome(r, chart(r.channels(), currency), sessions.require().analysis()
                    .isSummaryOnly(as.datasetId()));
        }, TaskCallbacks.of(o -> {
            if (gen != generation) {
                return;
            }
            running.set(false);
            channels.setAll(o.result().channels());
            chart.set(localise(o.chart()));
            setNotice(o.summaryOnly() ? i18n.get("channels.summaryOnly") : "");
            Map<String, Double> costs = new HashMap<>();
            for (ChannelSummary c : o.result().channels()) {
                if (c.cac() != null) {
                    costs.put(c.channel(), c.cac());
                }
            }
            // payback days are read from the N-day curves with the channel costs this table shows
            ltvDays.setCac(costs);
        }, e -> {
            running.set(false);
            if (!(e instanceof CancelledException) && !noticeNoAmounts(e, i18n.get("page.noAmounts"))) {
                dialogs.showError(i18n.format("error.analysis", ErrorTexts.message(i18n, e)), e);
            }
        }));
    }

    /**
     * @param c a channel
     * @return its LTV: average CLV when known, else historical margin per customer
     */
    public static double ltv(ChannelSummary c) {
        return c.averageClv() != null ? c.averageClv() : c.historicalMarginPerCustomer();
    }

    /**
     * @param channel a channel as the data names it ({@code null} permitted)
     * @return the name to show: the model's "(unknown)" in the interface language, other names unchanged
     */
    public String channelName(String channel) {
        return CohortAnalyzer.UNKNOWN_CHANNEL.equals(channel) ? i18n.get("channels.unknown") : channel;
    }

    private JFreeChart chart(List<ChannelSummary> list, String currency) {
        String[] cats = list.stream().map(c -> channelName(c.channel())).toArray(String[]::new);
        double[][] v = new double[2][cats.length];
        for (int i = 0; i < cats.length; i++) {
            v[0][i] = ltv(list.get(i));
            v[1][i] = list.get(i).cac() == null ? Double.NaN : list.get(i).cac();
        }
        return ValueCharts.bars(i18n.get("channels.chart.title"), i18n.get("channels.chart.x"),
                i18n.format("channels.chart.y", currency), new String[] {i18n.get("channels.chart.ltv"),
                        i18n.get("channels.chart.cac")}, cats, v, false, chartText);
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
