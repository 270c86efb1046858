package org.valuelens.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.valuelens.model.TimeUnit;
import org.valuelens.model.cohort.AcquisitionCosts;
import org.valuelens.model.cohort.Cohort;
import org.valuelens.model.cohort.CohortPeriod;
import org.valuelens.model.cohort.CohortResult;
import org.valuelens.model.progress.ProgressListener;
import org.valuelens.model.segment.QuadrantResult;
import org.valuelens.model.segment.RfmResult;
import org.valuelens.model.segment.ValueTierResult;
import org.valuelens.report.export.ChartImages;
import org.valuelens.service.AnalysisSettings;
import org.valuelens.service.ImportRequest;
import org.valuelens.service.MigrationReport;
import org.valuelens.service.SegmentService;
import org.valuelens.service.ValidationReport;
import org.valuelens.service.WorkspaceSession;

/**
 * Issue 15 item 6 on real data: every kind of chart the report module makes, built from the CDNOW sample and the
 * Online Retail extract as the pages and the report build them, in English, Simplified and Traditional Chinese and
 * Russian, and drawn at the sizes of the pages and the report. {@link ChartGeometry} measures every drawn text and
 * mark: no text may lie on another text or on a plotted mark, or be cut at the image's or the plot's edge. The
 * charts are drawn on white in both app themes, so one theme covers both. The English and Simplified Chinese
 * 960×540 pictures are written to {@code target/chart-finish/} for a look.
 */
class ChartFinishTest {

    private static final int[][] SIZES = {{960, 540}, {640, 400}, {520, 330}};
    private static final Locale[] LOCALES = {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE, Locale.TRADITIONAL_CHINESE,
        Locale.forLanguageTag("ru")};

    @TempDir
    static Path dir;
    static WorkspaceSession session;
    static final Map<String, Data> DATA = new LinkedHashMap<>();

    /** What one dataset gives the charts. */
    record Data(String currency, double[] clv, QuadrantResult quadrant, ValueTierResult tiers, RfmResult rfm,
                ValidationReport validation, CohortResult cohorts, MigrationReport migration,
                LocalDate calibrationEnd) {
    }

    @BeforeAll
    static void importAndAnalyse() throws IOException {
        session = WorkspaceSession.open(dir.resolve("ws"));
        int cdnow = load("/data/cdnow/CDNOW_sample.txt", "cdnow.txt",
                Map.of("customer", "2", "date", "3", "quantity", "4", "amount", "5"), true);
        int retail = load("/data/online_retail/online_retail_40k.xlsx", "retail.xlsx", Map.of(), false);
        DATA.put("cdnow", analyse(cdnow, "$"));
        DATA.put("retail", analyse(retail, "£"));
    }

    @AfterAll
    static void close() {
        if (session != null) {
            session.close();
        }
    }

    private static int load(String resource, String name, Map<String, String> columns, boolean noHeader)
            throws IOException {
        Path file = dir.resolve(name);
        try (InputStream in = ChartFinishTest.class.getResourceAsStream(resource)) {
            Files.copy(in, file);
        }
        return session.imports().importFile(new ImportRequest(file, null, noHeader ? false : null, null, null, null,
                null, columns), false, ProgressListener.NONE).datasetId();
    }

    private static Data analyse(int dataset, String currency) {
        AnalysisSettings s = AnalysisSettings.defaults(TimeUnit.WEEK).withDataset(dataset);
        SegmentService seg = session.segments();
        SegmentService.Options o = SegmentService.Options.defaults();
        double[] clv = new org.valuelens.service.InsightService(session.analysis()).overview(s, ProgressListener.NONE)
                .clvValues();
        QuadrantResult q = (QuadrantResult) seg.segment("quadrant", o, s, ProgressListener.NONE).detail();
        ValueTierResult t = (ValueTierResult) seg.segment("tiers", o, s, ProgressListener.NONE).detail();
        RfmResult rfm = (RfmResult) seg.segment("rfm", o, s, ProgressListener.NONE).detail();
        LocalDate cal = org.valuelens.service.AnalysisService.defaultHoldoutCalibrationEnd(
                session.analysis().summarize(s, ProgressListener.NONE));
        AnalysisSettings holdout = new AnalysisSettings(dataset, TimeUnit.WEEK, cal, null, s.returns(), s.margin(),
                s.annualDiscountRate(), s.horizon(), 0, 3, null);
        ValidationReport v = session.analysis().validate("bg-nbd", holdout, ProgressListener.NONE);
        CohortResult c = seg.cohorts(CohortPeriod.MONTH, s, AcquisitionCosts.none(), null, ProgressListener.NONE);
        MigrationReport m = session.migrations().migration("quadrant", session.migrations().defaultSplit(s), o, s,
                ProgressListener.NONE);
        return new Data(currency, clv, q, t, rfm, v, c, m, cal);
    }

    /** Every chart kind for one dataset and language. */
    static Map<String, JFreeChart> charts(Data d, Locale locale) {
        ChartText t = ChartText.of(locale);
        Map<String, JFreeChart> out = new LinkedHashMap<>();
        out.put("histogram", ValueCharts.clvHistogram(d.clv(), d.currency(), false, t));
        out.put("histogram-log", ValueCharts.clvHistogram(d.clv(), d.currency(), true, t));
        out.put("lorenz", ValueCharts.lorenzCurve(d.clv(), t));
        String[] names = d.quadrant().quadrants().stream().map(s -> t.segmentName(s.quadrant().label()))
                .toArray(String[]::new);
        out.put("quadrant", ValueCharts.quadrant(d.quadrant(), names, d.currency(), 42L, t));
        out.put("tiers-box", SegmentCharts.tierBox(d.tiers(), "CLV per customer by tier", "CLV (" + d.currency()
                + ")", t));
        out.put("rfm-heatmap", SegmentCharts.rfmHeatmap(d.rfm(), d.currency(), t));
        out.put("holdout-bars", ModelCharts.holdoutBars(d.validation().validation(), t));
        out.put("tracking", ValueCharts.tracking(d.validation().tracking(), t.get("unit.week"),
                d.validation().fit().summary().trackingStart(), d.calibrationEnd(), t));
        cohortCharts(d, t, out);
        out.put("migration", MigrationChart.sankey(d.migration().matrix(), d.migration().firstStart(),
                d.migration().split(), d.migration().secondEnd(), t));
        double[] observed = {1, 0.631, 0.468, 0.382, 0.326, Double.NaN, Double.NaN, Double.NaN};
        double[] fitted = {1, 0.64, 0.47, 0.38, 0.32, 0.28, 0.25, 0.22};
        out.put("survival", RetentionCharts.survival(observed, fitted, 4, t));
        out.put("bgbb", RetentionCharts.expectedTransactions(new double[] {0.5, 0.9, 1.25, 1.55, 1.8, 2.0}, t));
        out.put("churn", RetentionCharts.churn(new String[] {"High risk", "Watch", "Active"},
                new double[] {420, 130, 12}, new double[] {80, 600, 1100}, t));
        double[] cum = new double[10];
        double limit = 0;
        for (int y = 0; y < cum.length; y++) {
            limit += 40 * Math.pow(0.7, y) / Math.pow(1.1, y);
            cum[y] = limit - 25;
        }
        out.put("whatif", ModelCharts.whatIf(new String[] {"Cumulative discounted value per customer", "Year",
            "Cumulative value ($)", "Cumulative discounted margin − CAC", "Discounted CLV"}, cum, limit - 25, t));
        out.replaceAll((k, c) -> ScriptFonts.localise(c, locale));
        return out;
    }

    private static void cohortCharts(Data d, ChartText t, Map<String, JFreeChart> out) {
        List<Cohort> cohorts = d.cohorts().cohorts();
        int periods = cohorts.stream().mapToInt(Cohort::periods).max().orElse(0);
        String[] rows = cohorts.stream().map(c -> c.label() + " (" + c.size() + ")").toArray(String[]::new);
        String[] cols = new String[periods];
        double[] x = new double[periods];
        for (int i = 0; i < periods; i++) {
            cols[i] = String.valueOf(i);
            x[i] = i;
        }
        String unit = t.get("unit.month");
        JFreeChart heat = ValueCharts.heatmap(t.get("cohort.heatmap.title"), t.get("cohort.heatmap.x", unit),
                t.get("cohort.heatmap.y"), t.get("cohort.heatmap.legend"), rows, cols,
                CohortCharts.values(cohorts, Cohort::retention, periods, false),
                NumberFormat.getPercentInstance(t.locale()));
        out.put("cohort-heatmap", CohortCharts.hatchPartialCells(heat, cohorts, periods,
                t.get("cohort.partial.note", d.cohorts().lastPeriod(), String.valueOf(d.cohorts().observationEnd()))));
        Function<Cohort, List<Double>> margin = Cohort::cumulativeMarginPerCustomer;
        CohortCharts.Series ret = CohortCharts.completeSeries(cohorts, Cohort::retention, periods)
                .with(t.get("cohort.average"), d.cohorts().averageRetention());
        CohortCharts.Series ltv = CohortCharts.completeSeries(cohorts, margin, periods)
                .with(t.get("cohort.average"), d.cohorts().averageCumulativeMarginPerCustomer());
        out.put("cohort-retention", CohortCharts.emphasiseLastSeries(ValueCharts.lines(t.get("cohort.retention.title"),
                t.get("cohort.heatmap.x", unit), t.get("cohort.retention.y"), ret.names(), x, ret.values(), true, t)));
        JFreeChart l = CohortCharts.emphasiseLastSeries(ValueCharts.lines(t.get("cohort.ltv.title"),
                t.get("cohort.heatmap.x", unit), t.get("cohort.ltv.y", d.currency()), ltv.names(), x, ltv.values(),
                false, t));
        out.put("cohort-ltv", ValueCharts.withHorizontalLine(l, 30, t.get("cohort.cac", d.currency() + "30.00")));
        List<String> channels = new ArrayList<>();
        d.cohorts().channels().forEach(ch -> channels.add(ch.channel()));
        double[][] v = new double[2][channels.size()];
        for (int i = 0; i < channels.size(); i++) {
            v[0][i] = d.cohorts().channels().get(i).historicalMarginPerCustomer();
            v[1][i] = 20;
        }
        out.put("channels", ValueCharts.bars(t.get("channels.title"), "Channel", t.get("channels.y", d.currency()),
                new String[] {t.get("channels.ltv"), t.get("channels.cac")}, channels.toArray(String[]::new), v,
                false, t));
    }

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (String data : List.of("cdnow", "retail")) {
            for (Locale l : LOCALES) {
                out.add(Arguments.of(data, l));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void noTextOnDataOrOnOtherTextAndNoneCut(String dataset, Locale locale) throws IOException {
        Map<String, JFreeChart> charts = charts(DATA.get(dataset), locale);
        assertThat(charts).hasSize(17);
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, JFreeChart> e : charts.entrySet()) {
            if (locale == Locale.ENGLISH || locale == Locale.SIMPLIFIED_CHINESE) {
                ChartImages.writePng(e.getValue(), Path.of("target/chart-finish", dataset + "-"
                        + locale.toLanguageTag() + "-" + e.getKey() + ".png"), 960, 540, 1);
            }
            for (int[] size : SIZES) {
                for (String p : ChartGeometry.problems(e.getValue(), size[0], size[1])) {
                    problems.add(e.getKey() + " at " + size[0] + "×" + size[1] + ": " + p);
                }
            }
        }
        assertThat(problems).as(dataset + " " + locale).isEmpty();
    }
}
