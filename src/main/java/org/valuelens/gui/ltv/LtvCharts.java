package org.valuelens.gui.ltv;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.valuelens.gui.common.I18n;
import org.valuelens.model.cohort.CohortAnalyzer;
import org.valuelens.model.product.RepeatResult;
import org.valuelens.model.product.RepeatStep;
import org.valuelens.model.product.ValueCurve;
import org.valuelens.model.product.ValueCurves;
import org.valuelens.model.product.ValueMetric;
import org.valuelens.report.chart.ChartText;
import org.valuelens.report.chart.CohortCharts;
import org.valuelens.report.chart.ScriptFonts;
import org.valuelens.report.chart.ValueCharts;

/** The charts of the N-day value and time-between-orders sections, in the interface language (off the FX thread). */
final class LtvCharts {
    /** At most this many groups get a line of their own (the largest), beside the line of everyone. */
    static final int MAX_LINES = 8;
    /** A line ends where fewer customers remain observed (its tail would rest on one or two customers). */
    static final int MIN_OBSERVED = 5;

    private final I18n i18n;
    private final String currency;
    private final ChartText text;

    LtvCharts(I18n i18n, String currency) {
        this.i18n = i18n;
        this.currency = currency;
        this.text = ChartText.of(i18n.locale());
    }

    /** @param label a group label of the model @return it as shown: "(unknown)" and "all" (everyone) translated */
    static String label(I18n i18n, String label) {
        if ("all".equals(label)) {
            return i18n.get("ltv.everyone");
        }
        return CohortAnalyzer.UNKNOWN_CHANNEL.equals(label) ? i18n.get("channels.unknown") : label;
    }

    /**
     * Cumulative value per acquired customer by day since the first purchase: one line per group (the largest
     * {@link #MAX_LINES}, in their order) and a dashed line of everyone, each ending where fewer than
     * {@link #MIN_OBSERVED} of its customers remain observed; a line at the CAC when one is given.
     */
    JFreeChart curves(ValueCurves curves, ValueMetric metric, Double cac) {
        List<ValueCurve> groups = curves.groups();
        if (groups.size() > MAX_LINES) {
            Set<ValueCurve> largest = new HashSet<>(groups.stream()
                    .sorted(Comparator.comparingInt(ValueCurve::customers).reversed()).limit(MAX_LINES).toList());
            groups = groups.stream().filter(largest::contains).toList();
        }
        List<ValueCurve> lines = new ArrayList<>(groups);
        lines.add(curves.all());
        int days = curves.all().length();
        double[] x = new double[days];
        for (int t = 0; t < days; t++) {
            x[t] = t;
        }
        String[] names = new String[lines.size()];
        double[][] y = new double[lines.size()][days];
        for (int s = 0; s < lines.size(); s++) {
            ValueCurve c = lines.get(s);
            names[s] = label(i18n, c.label());
            for (int t = 0; t < days; t++) {
                boolean enough = t < c.length() && c.observed(t) >= Math.min(MIN_OBSERVED, c.customers());
                y[s][t] = enough ? c.value(metric, t) : Double.NaN;
            }
        }
        String title = switch (metric) {
            case REVENUE -> i18n.get("ltv.chart.curve.revenue");
            case MARGIN -> i18n.get("ltv.chart.curve.margin");
            default -> i18n.get("ltv.chart.curve.orders");
        };
        String yLabel = metric == ValueMetric.ORDERS ? i18n.get("ltv.chart.curve.yOrders")
                : i18n.format("ltv.chart.curve.yMoney", currency);
        JFreeChart chart = ValueCharts.lines(title, i18n.get("ltv.chart.curve.x"), yLabel, names, x, y, false, text);
        CohortCharts.emphasiseLastSeries(chart);
        if (metric != ValueMetric.ORDERS && cac != null) {
            ValueCharts.withHorizontalLine(chart, cac, i18n.format("ltv.chart.cac", i18n.numbers(currency).money(cac,
                    2)));
        }
        return ScriptFonts.localise(chart, i18n.locale());
    }

    /** Median days between orders by group (the largest {@link #MAX_LINES} and everyone), one series per step. */
    JFreeChart repeat(List<RepeatResult> results) {
        List<RepeatResult> shown = new ArrayList<>(results.subList(0, results.size() - 1));
        if (shown.size() > MAX_LINES) {
            Set<RepeatResult> largest = new HashSet<>(shown.stream()
                    .sorted(Comparator.comparingInt(RepeatResult::customers).reversed()).limit(MAX_LINES).toList());
            shown = new ArrayList<>(shown.stream().filter(largest::contains).toList());
        }
        shown.add(results.get(results.size() - 1));
        String[] cats = shown.stream().map(r -> label(i18n, r.label())).toArray(String[]::new);
        int steps = shown.get(0).steps().size();
        String[] series = new String[steps];
        double[][] v = new double[steps][cats.length];
        for (int s = 0; s < steps; s++) {
            RepeatStep first = shown.get(0).steps().get(s);
            series[s] = first.from() + " → " + first.to();
            for (int g = 0; g < cats.length; g++) {
                Double median = shown.get(g).steps().get(s).medianDays();
                v[s][g] = median == null ? Double.NaN : median;
            }
        }
        return ScriptFonts.localise(ValueCharts.bars(i18n.get("ltv.chart.repeat.title"), i18n.get("ltv.chart.group"),
                i18n.get("ltv.chart.repeat.y"), series, cats, v, false, text), i18n.locale());
    }
}
