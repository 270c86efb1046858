package org.valuelens.gui.segments;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.ArrayList;
import java.util.List;
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
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jfree.chart.JFreeChart;
import org.valuelens.gui.common.DialogService;
import org.valuelens.gui.common.EmptyStateActions;
import org.valuelens.gui.common.ErrorTexts;
import org.valuelens.gui.common.ExportActions;
import org.valuelens.gui.common.FileFilter;
import org.valuelens.gui.common.I18n;
import org.valuelens.gui.common.PageViewModel;
import org.valuelens.gui.common.SessionHolder;
import org.valuelens.gui.common.TaskCallbacks;
import org.valuelens.gui.common.TaskExecutor;
import org.valuelens.gui.common.UserSettings;
import org.valuelens.gui.common.WorkspaceState;
import org.valuelens.model.CustomerSummary;
import org.valuelens.model.progress.CancelledException;
import org.valuelens.model.segment.ChurnBand;
import org.valuelens.model.segment.ChurnResult;
import org.valuelens.model.segment.KMeansResult;
import org.valuelens.model.segment.QuadrantResult;
import org.valuelens.model.segment.RfmResult;
import org.valuelens.model.segment.SegmentExportRow;
import org.valuelens.model.segment.ValueTierResult;
import org.valuelens.report.chart.ChartText;
import org.valuelens.report.chart.RetentionCharts;
import org.valuelens.report.chart.ScriptFonts;
import org.valuelens.report.chart.SegmentCharts;
import org.valuelens.report.chart.ValueCharts;
import org.valuelens.report.export.TableExport;
import org.valuelens.service.AnalysisSettings;
import org.valuelens.service.SegmentReport;
import org.valuelens.service.SegmentRow;
import org.valuelens.service.SegmentService;
import org.valuelens.service.Settings;
import org.valuelens.service.WorkspaceSession;

/**
 * State and commands of the Segments page: one scheme at a time (value tiers, RFM, k-means, quadrant), its charts,
 * the segment summary and the customers of a chosen segment. Segmentation runs in a background job. FX thread only.
 */
public final class SegmentsViewModel extends PageViewModel {

    /** The schemes in display order (service names). */
    public static final List<String> SCHEMES = SegmentService.ALL_SCHEMES;

    /** One editable row of the segment summary. */
    public static final class SegmentItem {
        private final SegmentRow row;
        private final String displayName;
        private final StringProperty action;

        SegmentItem(SegmentRow row) {
            this(row, row.name(), row.action());
        }

        SegmentItem(SegmentRow row, String displayName, String action) {
            this.row = row;
            this.displayName = displayName;
            this.action = new SimpleStringProperty(action);
        }

        /** @return the service's row (its English name is the key for selection and export) */
        public SegmentRow row() {
            return row;
        }

        /** @return the segment's name in the interface language (display only) */
        public String displayName() {
            return displayName;
        }

        /** @return the suggested action, editable by the user */
        public StringProperty actionProperty() {
            return action;
        }
    }

    /**
     * A customer of the selected segment.
     *
     * @param customerId      customer id
     * @param repeatPurchases repeat purchases (x)
     * @param revenue         historical revenue, currency
     * @param lastPurchase    last purchase day
     */
    public record Member(String customerId, int repeatPurchases, double revenue, LocalDate lastPurchase) {
    }

    private final SessionHolder sessions;
    private final UserSettings settings;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final I18n i18n;
    private final ChartText chartText;
    private final MigrationViewModel migration;

    // Properties //

    private final ObjectProperty<String> scheme = new SimpleObjectProperty<>("quadrant");
    private final ObjectProperty<org.valuelens.service.ClvMethod> churnModel =
            new SimpleObjectProperty<>(org.valuelens.service.ClvMethod.PARETO_NBD);
    private final StringProperty kText = new SimpleStringProperty("");
    private final StringProperty seedText = new SimpleStringProperty("42");
    private final ObjectProperty<Double> xThreshold = new SimpleObjectProperty<>();
    private final ObjectProperty<Double> yThreshold = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<SegmentReport> report = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<JFreeChart> chart = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<JFreeChart> secondChart = new ReadOnlyObjectWrapper<>();
    private final ObservableList<SegmentItem> segments = FXCollections.observableArrayList();
    private final ObservableList<Member> members = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper selectedSegment = new ReadOnlyStringWrapper();
    private Map<String, CustomerSummary> summaries = Map.of();
    private final BooleanProperty autoRun = new SimpleBooleanProperty(true);
    private AnalysisSettings lastSettings;
    private int generation;

    /**
     * @param workspace    what is open
     * @param emptyActions the commands of the empty state
     * @param sessions     the open workspace's services
     * @param settings     user settings (currency symbol, time unit, margin)
     * @param tasks        runs the segmentation off the FX thread
     * @param dialogs      error messages
     * @param i18n         texts (chart titles, messages)
     */
    public SegmentsViewModel(WorkspaceState workspace, EmptyStateActions emptyActions, SessionHolder sessions,
                             UserSettings settings, TaskExecutor tasks, DialogService dialogs, I18n i18n) {
        super(workspace, emptyActions);
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        this.chartText = ChartText.of(i18n.locale());
        takeKMeansChoices();
        this.migration = new MigrationViewModel(sessions, settings, tasks, dialogs, i18n);
        scheme.addListener((obs, old, s) -> {
            if (autoRun.get() && workspace.isLoaded()) {
                run();
            }
        });
    }

    /** @return the migration section's view model (same services and settings) */
    public MigrationViewModel migration() {
        return migration;
    }

    /** @return scheme name: tiers, rfm, kmeans, quadrant or churn */
    public ObjectProperty<String> schemeProperty() {
        return scheme;
    }

    /** @return the model giving P(alive) for the churn scheme (Pareto/NBD, MBG/NBD or BG/NBD) */
    public ObjectProperty<org.valuelens.service.ClvMethod> churnModelProperty() {
        return churnModel;
    }

    /** @return k-means clusters as typed; blank = suggest */
    public StringProperty kTextProperty() {
        return kText;
    }

    /** @return k-means seed as typed */
    public StringProperty seedTextProperty() {
        return seedText;
    }

    /** @return quadrant repeat-purchase threshold; {@code null} = median (filled in after a run) */
    public ObjectProperty<Double> xThresholdProperty() {
        return xThreshold;
    }

    /** @return quadrant profit-per-purchase threshold, currency; {@code null} = median (filled in after a run) */
    public ObjectProperty<Double> yThresholdProperty() {
        return yThreshold;
    }

    /** @return whether a segmentation is running */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** @return the last validation or status sentence ("" when none) */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** @return the last segmentation, {@code null} before the first run */
    public ReadOnlyObjectProperty<SegmentReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** @return the scheme's main chart */
    public ReadOnlyObjectProperty<JFreeChart> chartProperty() {
        return chart.getReadOnlyProperty();
    }

    /** @return the scheme's second chart (tiers: CLV box plot), {@code null} when none */
    public ReadOnlyObjectProperty<JFreeChart> secondChartProperty() {
        return secondChart.getReadOnlyProperty();
    }

    /** @return the segment summary rows */
    public ObservableList<SegmentItem> segments() {
        return segments;
    }

    /** @return customers of the selected segment */
    public ObservableList<Member> members() {
        return members;
    }

    /** @return the selected segment's name, {@code null} when none */
    public ReadOnlyStringProperty selectedSegmentProperty() {
        return selectedSegment.getReadOnlyProperty();
    }

    /**
     * @param englishName a segment name as the model gives it ({@code null} permitted)
     * @return the name in the interface language (display only; {@code null} stays {@code null})
     */
    public String displayName(String englishName) {
        return englishName == null ? null : chartText.segmentName(englishName);
    }

    /** @return the currency symbol of the settings */
    public String currency() {
        return settings.get().currencySymbol();
    }

    // Commands //

    /** Runs the analysis when a workspace session is open (used when data is opened); otherwise does nothing. */
    public void refresh() {
        migration.clear();
        if (sessions.current().isPresent()) {
            run();
        }
    }

    /** Segments the open data by the current scheme in the background. */
    public void run() {
        Integer k;
        long seed;
        try {
            k = kText.get() == null || kText.get().isBlank() ? null : Integer.valueOf(kText.get().trim());
            seed = Long.parseLong(seedText.get().trim());
        } catch (NumberFormatException e) {
            message.set(i18n.get("segments.error.kmeansFields"));
            return;
        }
        if (k != null && (k < 2 || k > 12)) {
            message.set(i18n.get("segments.error.kRange"));
            return;
        }
        // the thresholds chosen for this dataset (null = medians), never the previous run's medians
        Double x = datasetSettings().quadrantX();
        Double y = datasetSettings().quadrantY();
        message.set("");
        Integer chosenK = k;
        long chosenSeed = seed;
        updateDatasetSettings(d -> d.withKMeans(chosenK, chosenSeed));
        String s = scheme.get();
        Settings user = settings.get();
        AnalysisSettings analysisSettings = AnalysisSettings.defaults(user.defaultTimeUnit())
                .withDataset(sessions.datasetId())
                .withMargin(user.margin())
                .withDiscountAndHorizon(user.annualDiscountRate(),
                        (int) Math.round(user.defaultTimeUnit().periodsPerYear()));
        SegmentService.Options options = SegmentService.Options.defaults().withKMeans(k, seed).withThresholds(x, y)
                .withChurn(churnModel.get().cliName(), 0.3, 0.7);
        String currency = user.currencySymbol();
        lastSettings = analysisSettings;
        running.set(true);
        int gen = generation;
        tasks.submit(p -> {
            WorkspaceSession session = sessions.require();
            SegmentReport r = session.segments().segment(s, options, analysisSettings, p);
            Map<String, CustomerSummary> byId = new HashMap<>();
            for (CustomerSummary c : session.analysis().summarize(analysisSettings, p).customers()) {
                byId.put(c.customerId(), c);
            }
            return new Result(r, charts(r, currency), byId);
        }, TaskCallbacks.of(r -> {
            if (gen == generation) {
                show(r);
            }
        }, this::failed));
    }

    /**
     * Sets both quadrant thresholds and recomputes.
     *
     * @param x repeat purchases ({@code >= 0})
     * @param y profit per purchase, currency
     */
    public void setThresholds(double x, double y) {
        if (!(x >= 0) || !Double.isFinite(y)) {
            message.set(i18n.get("segments.error.threshold"));
            return;
        }
        xThreshold.set(x);
        yThreshold.set(y);
        updateDatasetSettings(s -> s.withQuadrantThresholds(x, y));
        run();
    }

    /** Resets the quadrant thresholds to the medians and recomputes. */
    public void resetThresholds() {
        xThreshold.set(null);
        yThreshold.set(null);
        updateDatasetSettings(s -> s.withQuadrantThresholds(null, null));
        run();
    }

    /** Another dataset is open: drop the previous dataset's segments and take this dataset's thresholds. */
    @Override
    protected void datasetSwitched() {
        generation++;
        running.set(false);
        report.set(null);
        chart.set(null);
        secondChart.set(null);
        segments.clear();
        members.clear();
        selectedSegment.set(null);
        summaries = Map.of();
        message.set("");
        xThreshold.set(datasetSettings().quadrantX());
        yThreshold.set(datasetSettings().quadrantY());
        takeKMeansChoices();
    }

    private void takeKMeansChoices() {
        kText.set(datasetSettings().kmeansK() == null ? "" : datasetSettings().kmeansK().toString());
        seedText.set(datasetSettings().kmeansSeed() == null ? "42" : datasetSettings().kmeansSeed().toString());
    }

    /**
     * Lists the customers of one segment of the last run.
     *
     * @param name segment name ({@code null} clears the list)
     */
    public void selectSegment(String name) {
        selectedSegment.set(name);
        SegmentReport r = report.get();
        if (name == null || r == null) {
            members.clear();
            return;
        }
        List<Member> list = new ArrayList<>();
        for (SegmentExportRow row : r.rows()) {
            if (name.equals(segmentOf(r.scheme(), row))) {
                CustomerSummary c = summaries.get(row.customerId());
                if (c != null) {
                    list.add(new Member(c.customerId(), c.frequency(), c.revenue(), c.lastPurchase()));
                }
            }
        }
        members.setAll(list);
    }

    /** @return the request to explain the selected segment's mean historical CLV, empty when none is selected */
    public Optional<org.valuelens.gui.explain.ExplainRequest> explainSegment() {
        String name = selectedSegment.get();
        if (name == null || members.isEmpty() || lastSettings == null) {
            return Optional.empty();
        }
        List<String> ids = new ArrayList<>();
        for (Member m : members) {
            ids.add(m.customerId());
        }
        return Optional.of(org.valuelens.gui.explain.ExplainRequest.group(
                i18n.format("explain.subject.segment", name), ids,
                org.valuelens.service.ClvMethod.HISTORICAL, lastSettings));
    }

    /** Shows how the churn-risk bands and the hiatus rule are computed, with the cut-offs of the last run. */
    /** Shows what the k-means clusters are, how many there are and why. */
    public void explainKMeans() {
        dialogs.showInfo(i18n.get("kmeans.explain.title"), i18n.get("kmeans.explain.text"));
    }

    /** Shows how the churn-risk bands are computed, with the cut-offs of the last run. */
    public void explainChurn() {
        SegmentReport r = report.get();
        Object low = r != null && "churn".equals(r.scheme()) ? r.thresholds().get("lowCutoff") : 0.3;
        Object high = r != null && "churn".equals(r.scheme()) ? r.thresholds().get("highCutoff") : 0.7;
        dialogs.showInfo(i18n.get("churn.explain.title"), i18n.format("churn.explain.text", low, high));
    }

    /** Asks for a file and writes the selected segment's customers to it (.csv or .xlsx by the file name). */
    public void exportMembers() {
        String name = selectedSegment.get();
        if (name == null) {
            return;
        }
        Optional<Path> target = dialogs.chooseFileToSave(i18n.get("segments.export.title"),
                name.replaceAll("[^A-Za-z0-9]+", "-").toLowerCase(Locale.ROOT) + ".csv",
                List.of(new FileFilter(i18n.get("segments.export.csv"), List.of("*.csv")),
                        new FileFilter(i18n.get("segments.export.xlsx"), List.of("*.xlsx"))));
        if (target.isEmpty()) {
            return;
        }
        Path file = target.get();
        List<List<?>> rows = new ArrayList<>();
        for (Member m : members) {
            rows.add(Arrays.asList(m.customerId(), name, m.repeatPurchases(), m.revenue(), m.lastPurchase()));
        }
        String currency = currency();
        tasks.submit(p -> {
            writeMembers(file, rows, currency);
            return file;
        }, TaskCallbacks.of(f -> message.set(i18n.format("segments.export.done", f.getFileName())), this::failed));
    }

    /**
     * Writes customer rows (id, segment, repeat purchases, revenue, last purchase) as CSV or .xlsx.
     *
     * @param file     target; .xlsx by extension, CSV otherwise
     * @param rows     rows
     * @param currency currency symbol for .xlsx money cells
     * @throws IOException when the file cannot be written
     */
    static void writeMembers(Path file, List<List<?>> rows, String currency) throws IOException {
        List<TableExport.Column> cols = List.of(new TableExport.Column("customer", TableExport.Format.GENERAL),
                new TableExport.Column("segment", TableExport.Format.GENERAL),
                new TableExport.Column("repeat_purchases", TableExport.Format.INTEGER),
                new TableExport.Column("revenue", TableExport.Format.CURRENCY),
                new TableExport.Column("last_purchase", TableExport.Format.DATE));
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            TableExport.writeXlsx(file, "customers", currency, cols, rows);
        } else {
            TableExport.writeCsv(file, cols, rows);
        }
    }

    /**
     * @param scheme the scheme
     * @param row    a customer's row
     * @return the customer's segment name under the scheme
     */
    static String segmentOf(String scheme, SegmentExportRow row) {
        return switch (scheme) {
            case "tiers" -> row.valueTier();
            case "rfm" -> row.rfmSegment();
            case "kmeans" -> row.cluster();
            case "churn" -> row.churnBand();
            default -> row.quadrant();
        };
    }

    /**
     * @return the number of customers in each segment of the last run, in display order (empty before a run)
     */
    public List<Integer> counts() {
        List<Integer> c = new ArrayList<>();
        for (SegmentItem i : segments) {
            c.add(i.row().customers());
        }
        return c;
    }

    private record Result(SegmentReport report, JFreeChart[] charts, Map<String, CustomerSummary> summaries) {
    }

    private void show(Result r) {
        running.set(false);
        SegmentReport rep = r.report();
        report.set(rep);
        summaries = r.summaries();
        List<SegmentItem> items = new ArrayList<>();
        for (SegmentRow row : rep.segments()) {
            items.add(new SegmentItem(row, chartText.segmentName(row.name()),
                    chartText.segmentAction(row.name(), row.action())));
        }
        segments.setAll(items);
        if ("churn".equals(rep.scheme()) && !rep.warnings().isEmpty()) {
            message.set(String.join(" ", rep.warnings().stream()
                    .map(w -> org.valuelens.gui.common.ModelWarnings.localise(i18n, w)).toList()));
        }
        if (rep.detail() instanceof QuadrantResult q) {
            xThreshold.set(q.xThreshold());
            yThreshold.set(q.yThreshold());
        }
        chart.set(localise(r.charts()[0]));
        secondChart.set(localise(r.charts()[1]));
        String sel = selectedSegment.get();
        selectSegment(sel != null && items.stream().anyMatch(i -> i.row().name().equals(sel)) ? sel : null);
    }

    private void failed(Throwable e) {
        running.set(false);
        if (!(e instanceof CancelledException) && !noticeNoAmounts(e, i18n.get("page.noAmounts"))) {
            dialogs.showError(i18n.format("error.analysis", ErrorTexts.message(i18n, e)), e);
        }
    }

    /** Builds the scheme's charts (runs in the background job). */
    private JFreeChart[] charts(SegmentReport r, String currency) {
        Object d = r.detail();
        if (d instanceof QuadrantResult q) {
            String[] names = r.segments().stream().map(row -> chartText.segmentName(row.name()))
                    .toArray(String[]::new);
            return new JFreeChart[] {ValueCharts.quadrant(q, names, currency, 42L, chartText), null};
        }
        String[] names = r.segments().stream().map(row -> chartText.segmentName(row.name()))
                .toArray(String[]::new);
        if (d instanceof ValueTierResult t) {
            double[][] shares = new double[2][names.length];
            for (int i = 0; i < t.tiers().size(); i++) {
                shares[0][i] = t.tiers().get(i).revenueShare();
                shares[1][i] = t.tiers().get(i).clvShare();
            }
            JFreeChart bars = ValueCharts.bars(i18n.format("segments.chart.tiers.title"),
                    i18n.format("segments.chart.axis.segment"), i18n.format("segments.chart.axis.share"),
                    new String[] {i18n.format("segments.chart.revenueShare"), i18n.format("segments.chart.clvShare")},
                    names, shares, true, chartText);
            JFreeChart box = SegmentCharts.tierBox(t, i18n.format("segments.chart.tiers.box"),
                    i18n.format("segments.chart.axis.clv", currency), chartText);
            return new JFreeChart[] {bars, box};
        }
        if (d instanceof RfmResult rfm) {
            return new JFreeChart[] {SegmentCharts.rfmHeatmap(rfm, currency, chartText), bars(r, names)};
        }
        if (d instanceof ChurnResult churn) {
            double[] atRisk = new double[names.length];
            double[] ok = new double[names.length];
            for (ChurnBand b : ChurnBand.values()) {
                atRisk[b.ordinal()] = churn.count(b, true);
                ok[b.ordinal()] = churn.count(b, false);
            }
            return new JFreeChart[] {RetentionCharts.churn(names, atRisk, ok, chartText), bars(r, names)};
        }
        if (d instanceof KMeansResult) {
            return new JFreeChart[] {bars(r, names), null};
        }
        return new JFreeChart[] {bars(r, names), null};
    }

    private JFreeChart bars(SegmentReport r, String[] names) {
        double[][] v = new double[2][names.length];
        for (int i = 0; i < names.length; i++) {
            v[0][i] = r.segments().get(i).customerShare();
            v[1][i] = r.segments().get(i).revenueShare();
        }
        return ValueCharts.bars(i18n.format("segments.chart.sizes.title"), i18n.format("segments.chart.axis.segment"),
                i18n.format("segments.chart.axis.share"),
                new String[] {i18n.format("segments.chart.customerShare"), i18n.format("segments.chart.revenueShare")},
                names, v, true, chartText);
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
