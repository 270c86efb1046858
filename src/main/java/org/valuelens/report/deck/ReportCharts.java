package org.valuelens.report.deck;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.valuelens.model.cohort.ChannelSummary;
import org.valuelens.model.cohort.Cohort;
import org.valuelens.model.cohort.CohortAnalyzer;
import org.valuelens.model.cohort.CohortResult;
import org.valuelens.model.segment.QuadrantResult;
import org.valuelens.model.validation.CumulativeTracking;
import org.valuelens.report.chart.ChartText;
import org.valuelens.report.chart.CohortCharts;
import org.valuelens.report.chart.ScriptFonts;
import org.valuelens.report.chart.ValueCharts;

/**
 * The deck's charts, built with {@link ValueCharts} from {@link ReportData}, each with the size in points of the
 * picture box it fills on its slide.
 */
final class ReportCharts {
    /**
     * One chart and its picture box.
     *
     * @param file   PNG file name
     * @param chart  the chart
     * @param width  box width in points
     * @param height box height in points
     */
    record Spec(String file, JFreeChart chart, int width, int height) {
    }

    private ReportCharts() {
    }

    static Spec histogram(ReportData data, ReportText text, int w, int h) {
        double[] values = data.clvValues();
        long positive = Arrays.stream(values).filter(v -> v > 0).count();
        boolean log = positive * 2 >= values.length && positive > 1;
        return spec("clv-distribution.png", ValueCharts.clvHistogram(values, text.currency(), log, text.charts()),
                text, w, h);
    }

    static Spec lorenz(ReportData data, ReportText text, int w, int h) {
        return spec("clv-concentration.png", ValueCharts.lorenzCurve(data.clvValues(), text.charts()), text, w, h);
    }

    static Spec quadrant(ReportData data, ReportText text, int w, int h) {
        QuadrantResult q = data.quadrant();
        String[] names = q.quadrants().stream().map(s -> text.segment(s.quadrant().label())).toArray(String[]::new);
        return spec("quadrant.png", ValueCharts.quadrant(q, names, text.currency(), 42L, text.charts()), text, w, h);
    }

    static Spec rfm(ReportData data, ReportText text, int w, int h) {
        List<ReportData.SegmentLine> lines = data.scheme("rfm").segments();
        String[] names = lines.stream().map(l -> text.segment(l.name())).toArray(String[]::new);
        double[][] v = new double[2][names.length];
        for (int i = 0; i < names.length; i++) {
            v[0][i] = lines.get(i).customerShare();
            v[1][i] = lines.get(i).revenueShare();
        }
        JFreeChart chart = ValueCharts.bars(text.get("chart.rfm.title"), text.get("chart.rfm.x"),
                text.get("chart.share"), new String[] {text.get("chart.customerShare"),
                    text.get("chart.revenueShare")}, names, v, true, text.charts());
        return spec("rfm-segments.png", chart, text, w, h);
    }

    static Spec retention(ReportData data, ReportText text, int w, int h) {
        return cohortLines(data, text, w, h, true);
    }

    static Spec ltv(ReportData data, ReportText text, int w, int h) {
        return cohortLines(data, text, w, h, false);
    }

    private static Spec cohortLines(ReportData data, ReportText text, int w, int h, boolean retention) {
        CohortResult r = data.cohorts();
        List<Cohort> cohorts = shown(r.cohorts());
        int periods = cohorts.stream().mapToInt(Cohort::periods).max().orElse(0);
        double[] x = new double[periods];
        for (int i = 0; i < periods; i++) {
            x[i] = i;
        }
        ChartText ct = text.charts();
        String xLabel = ct.get("cohort.heatmap.x", ct.get("unit.month"));
        // partial cells (cut off by the end of the data) are left out; the average uses complete cells only
        CohortCharts.Series series = retention
                ? CohortCharts.completeSeries(cohorts, Cohort::retention, periods)
                        .with(ct.get("cohort.average"), r.averageRetention())
                : CohortCharts.completeSeries(cohorts, Cohort::cumulativeMarginPerCustomer, periods)
                        .with(ct.get("cohort.average"), r.averageCumulativeMarginPerCustomer());
        JFreeChart chart = retention
                ? ValueCharts.lines(ct.get("cohort.retention.title"), xLabel, ct.get("cohort.retention.y"),
                        series.names(), x, series.values(), true, ct)
                : ValueCharts.lines(ct.get("cohort.ltv.title"), xLabel, ct.get("cohort.ltv.y", text.currency()),
                        series.names(), x, series.values(), false, ct);
        CohortCharts.emphasiseLastSeries(chart);
        if (!retention) {
            Double cac = averageCac(r.cohorts());
            if (cac != null) {
                ValueCharts.withHorizontalLine(chart, cac, ct.get("cohort.cac", text.money(cac)));
            }
        }
        return spec(retention ? "cohort-retention.png" : "cohort-ltv.png", chart, text, w, h);
    }

    /**
     * @param all cohorts, oldest first
     * @return at most the 12 largest cohorts, in their original order, so that a line chart stays readable
     */
    static List<Cohort> shown(List<Cohort> all) {
        if (all.size() <= 12) {
            return all;
        }
        List<Cohort> bySize = new ArrayList<>(all);
        bySize.sort((a, b) -> Integer.compare(b.size(), a.size()));
        Set<Cohort> keep = Set.copyOf(bySize.subList(0, 12));
        return all.stream().filter(keep::contains).toList();
    }

    static Double averageCac(List<Cohort> cohorts) {
        double sum = 0;
        int n = 0;
        for (Cohort c : cohorts) {
            if (c.cac() != null) {
                sum += c.cac() * c.size();
                n += c.size();
            }
        }
        return n == 0 ? null : sum / n;
    }

    static Spec channels(ReportData data, ReportText text, int w, int h) {
        List<ChannelSummary> list = data.cohorts().channels();
        String[] cats = list.stream().map(c -> channelName(c.channel(), text)).toArray(String[]::new);
        double[][] v = new double[2][cats.length];
        for (int i = 0; i < cats.length; i++) {
            v[0][i] = ltv(list.get(i));
            v[1][i] = list.get(i).cac() == null ? Double.NaN : list.get(i).cac();
        }
        ChartText ct = text.charts();
        JFreeChart chart = ValueCharts.bars(ct.get("channels.title"), text.get("chart.channel"),
                ct.get("channels.y", text.currency()), new String[] {ct.get("channels.ltv"), ct.get("channels.cac")},
                cats, v, false, ct);
        return spec("channels.png", chart, text, w, h);
    }

    /** @param c a channel @return its LTV: average CLV when known, else historical margin per customer */
    static double ltv(ChannelSummary c) {
        return c.averageClv() != null ? c.averageClv() : c.historicalMarginPerCustomer();
    }

    /** @param name channel name from the data @param text strings @return the name, or "no channel" when blank */
    static String channelName(String name, ReportText text) {
        return name == null || name.isBlank() || CohortAnalyzer.UNKNOWN_CHANNEL.equals(name)
                ? text.get("channel.none") : name;
    }

    static Spec tracking(ReportData data, ReportText text, int w, int h) {
        CumulativeTracking t = data.methods().tracking();
        ChartText ct = text.charts();
        JFreeChart chart = ValueCharts.tracking(t, ct.get("unit." + t.unit().cliName()), data.header().firstDate(),
                data.methods().calibrationEnd(), ct);
        return spec("holdout-tracking.png", chart, text, w, h);
    }

    static Spec outlook(ReportData data, ReportText text, int w, int h) {
        ReportData.Outlook o = data.outlook();
        String[] cats = o.weekStarts().stream().map(text::date).toArray(String[]::new);
        JFreeChart chart = ValueCharts.bars(text.get("outlook.chart.title"), text.get("outlook.chart.week"),
                text.get("outlook.chart.orders"), new String[] {text.get("outlook.chart.orders")}, cats,
                new double[][] {o.weeklyOrders()}, false, text.charts());
        chart.removeLegend();
        return spec("outlook-weekly-orders.png", chart, text, w, h);
    }

    static Spec spec(String file, JFreeChart chart, ReportText text, int w, int h) {
        String family = ScriptFonts.installedFamily(text.locale());
        if (family != null) {
            ValueCharts.withFontFamily(chart, family);
        }
        return new Spec(file, chart, w, h);
    }


}
