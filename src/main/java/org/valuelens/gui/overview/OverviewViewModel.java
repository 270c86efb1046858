package org.valuelens.gui.overview;

import java.text.NumberFormat;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jfree.chart.JFreeChart;
import org.valuelens.model.format.NumberTexts;
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
import org.valuelens.model.progress.CancelledException;
import org.valuelens.report.chart.ChartText;
import org.valuelens.report.chart.ScriptFonts;
import org.valuelens.report.chart.ValueCharts;
import org.valuelens.service.AnalysisSettings;
import org.valuelens.service.InsightService;
import org.valuelens.service.OverviewReport;

/**
 * State and commands of the Overview page: KPI cards and the CLV histogram and Lorenz curve of the open dataset,
 * computed in the background whenever a dataset is opened. FX thread only.
 */
public final class OverviewViewModel extends PageViewModel {

    /**
     * One KPI card.
     *
     * @param id    stable id ("customers", "revenue", "aov", "frequency", "repeat", "meanClv", "medianClv", "top20")
     * @param label the card title
     * @param value the formatted value
     * @param note  a short note under the value (e.g. the CLV method), empty when none
     */
    public record Kpi(String id, String label, String value, String note) {
    }

    private final SessionHolder sessions;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final UserSettings settings;
    private final I18n i18n;

    private final ObservableList<Kpi> kpis = FXCollections.observableArrayList();
    private final ObservableList<Kpi> kpisView = FXCollections.unmodifiableObservableList(kpis);
    private final ReadOnlyObjectWrapper<OverviewReport> report = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<JFreeChart> histogram = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<JFreeChart> lorenz = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty logScale = new SimpleBooleanProperty(true);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private int generation;

    /**
     * @param workspace    what is open
     * @param emptyActions the commands of the empty state
     * @param sessions     the open session
     * @param tasks        runs the computation
     * @param dialogs      error messages
     * @param settings     currency, time unit, margin, discount rate
     * @param i18n         texts and number formats
     */
    public OverviewViewModel(WorkspaceState workspace, EmptyStateActions emptyActions, SessionHolder sessions,
                             TaskExecutor tasks, DialogService dialogs, UserSettings settings, I18n i18n) {
        super(workspace, emptyActions);
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        settings.settingsProperty().addListener((obs, o, n) -> {
            if (o == null || o.margin() != n.margin() || !o.currencySymbol().equals(n.currencySymbol())
                    || o.defaultTimeUnit() != n.defaultTimeUnit()) {
                refresh();
            }
        });
        logScale.addListener((obs, o, n) -> rebuildHistogram());
    }

    // Properties //

    /** @return the KPI cards, in display order */
    public ObservableList<Kpi> kpis() {
        return kpisView;
    }

    /** @return the figures behind the cards, {@code null} before they are computed */
    public ReadOnlyObjectProperty<OverviewReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** @return the CLV histogram */
    public ReadOnlyObjectProperty<JFreeChart> histogramProperty() {
        return histogram.getReadOnlyProperty();
    }

    /** @return the Lorenz curve of CLV */
    public ReadOnlyObjectProperty<JFreeChart> lorenzProperty() {
        return lorenz.getReadOnlyProperty();
    }

    /** @return whether the histogram uses log-spaced bins */
    public BooleanProperty logScaleProperty() {
        return logScale;
    }

    /** @return whether the figures are being computed */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    // Commands //

    /** Another dataset is open: drop the previous dataset's figures and compute this one's. */
    @Override
    protected void datasetSwitched() {
        generation++;
        busy.set(false);
        kpis.clear();
        report.set(null);
        histogram.set(null);
        lorenz.set(null);
        refresh();
    }

    /** Recomputes the figures of the open dataset in the background (nothing when no data is open). */
    public void refresh() {
        if (!workspace().isLoaded() || sessions.current().isEmpty()) {
            kpis.clear();
            report.set(null);
            return;
        }
        AnalysisSettings analysis = settings.get().analysis(sessions.datasetId());
        busy.set(true);
        int gen = generation;
        tasks.submit(p -> new InsightService(sessions.require().analysis()).overview(analysis, p),
                TaskCallbacks.of(r -> {
                    if (gen == generation) {
                        show(r);
                    }
                }, e -> {
                    busy.set(false);
                    if (!(e instanceof CancelledException)) {
                        dialogs.showError(i18n.get("overview.error"), e);
                    }
                }));
    }

    /** @return the request to explain the mean CLV card (all customers), empty before the figures exist */
    public java.util.Optional<org.valuelens.gui.explain.ExplainRequest> explainMeanClv() {
        OverviewReport r = report.get();
        if (r == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(org.valuelens.gui.explain.ExplainRequest.group(i18n.get("explain.subject.all"),
                null, r.clvMethod(), settings.get().analysis(sessions.datasetId())));
    }

    private void show(OverviewReport r) {
        busy.set(false);
        report.set(r);
        String cur = settings.get().currencySymbol();
        NumberFormat integer = NumberFormat.getIntegerInstance(i18n.locale());
        NumberTexts nt = i18n.numbers(cur);
        NumberFormat decimal = NumberFormat.getNumberInstance(i18n.locale());
        decimal.setMinimumFractionDigits(2);
        decimal.setMaximumFractionDigits(2);
        NumberFormat percent = nt.percentFormat(1);
        String method = i18n.get("overview.method.historical");
        if (Double.isNaN(r.revenue())) {
            showCountOnly(r, integer, decimal, percent);
            return;
        }
        kpis.setAll(List.of(
                new Kpi("customers", i18n.get("overview.kpi.customers"), integer.format(r.customers()),
                        r.customersImported() > r.customers() ? i18n.format("overview.note.customers",
                                integer.format(r.customersImported()),
                                integer.format(r.customersImported() - r.customers())) : ""),
                new Kpi("revenue", i18n.get("overview.kpi.revenue"), nt.money(r.revenue(), 0), ""),
                new Kpi("aov", i18n.get("overview.kpi.aov"), nt.money(r.averageOrderValue(), 2),
                        i18n.get("overview.note.aov")),
                new Kpi("frequency", i18n.get("overview.kpi.frequency"), decimal.format(r.purchaseFrequency()),
                        i18n.get("overview.note.frequency")),
                new Kpi("repeat", i18n.get("overview.kpi.repeat"), percent.format(r.repeatRate()), ""),
                new Kpi("meanClv", i18n.get("overview.kpi.meanClv"), nt.money(r.meanClv(), 2), method),
                new Kpi("medianClv", i18n.get("overview.kpi.medianClv"), nt.money(r.medianClv(), 2), method),
                new Kpi("top20", i18n.get("overview.kpi.top20"), percent.format(r.topShare()),
                        i18n.get("overview.note.top20"))));
        rebuildHistogram();
        lorenz.set(ScriptFonts.localise(ValueCharts.lorenzCurve(r.clvValues(), ChartText.of(i18n.locale())),
                i18n.locale()));
    }

    /** A count-only dataset (no amount column): the spend cards say so instead of showing numbers. */
    private void showCountOnly(OverviewReport r, NumberFormat integer, NumberFormat decimal, NumberFormat percent) {
        String none = i18n.get("overview.noAmounts.value");
        String why = i18n.get("overview.noAmounts.note");
        kpis.setAll(List.of(
                new Kpi("customers", i18n.get("overview.kpi.customers"), integer.format(r.customers()), ""),
                new Kpi("revenue", i18n.get("overview.kpi.revenue"), none, why),
                new Kpi("aov", i18n.get("overview.kpi.aov"), none, why),
                new Kpi("frequency", i18n.get("overview.kpi.frequency"), decimal.format(r.purchaseFrequency()),
                        i18n.get("overview.note.frequency")),
                new Kpi("repeat", i18n.get("overview.kpi.repeat"), percent.format(r.repeatRate()), ""),
                new Kpi("meanClv", i18n.get("overview.kpi.meanClv"), none, why),
                new Kpi("medianClv", i18n.get("overview.kpi.medianClv"), none, why),
                new Kpi("top20", i18n.get("overview.kpi.top20"), none, why)));
        rebuildHistogram();
        lorenz.set(ScriptFonts.localise(ValueCharts.lorenzCurve(r.clvValues(), ChartText.of(i18n.locale())),
                i18n.locale()));
    }

    private void rebuildHistogram() {
        OverviewReport r = report.get();
        if (r != null) {
            histogram.set(ScriptFonts.localise(ValueCharts.clvHistogram(r.clvValues(),
                    settings.get().currencySymbol(), logScale.get(), ChartText.of(i18n.locale())), i18n.locale()));
        }
    }

    /** @return chart and table export commands for this page's views (a new instance each call) */
    public ExportActions exports() {
        return new ExportActions(tasks, dialogs, i18n, () -> settings.get().currencySymbol());
    }
}
