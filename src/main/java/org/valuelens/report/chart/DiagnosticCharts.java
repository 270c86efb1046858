package org.valuelens.report.chart;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.valuelens.model.diagnostics.FrequencyRecencyGrid;
import org.valuelens.model.diagnostics.RepeatBucket;
import org.valuelens.model.diagnostics.RepeatDistribution;
import org.valuelens.model.validation.CumulativeTracking;

/**
 * Charts of the model diagnostics: repeat-purchase distribution (actual vs model), per-period tracking, and the
 * frequency x recency heatmaps of expected purchases and P(alive).
 */
public final class DiagnosticCharts {

    private DiagnosticCharts() {
    }

    /**
     * @param d    the calibration repeat-purchase distribution ({@code null} not permitted)
     * @param text localised strings
     * @return grouped bars: customers per repeat-purchase count, actual and model
     */
    public static JFreeChart repeats(RepeatDistribution d, ChartText text) {
        List<RepeatBucket> buckets = d.buckets();
        String[] cats = new String[buckets.size()];
        double[][] values = new double[2][buckets.size()];
        for (int i = 0; i < buckets.size(); i++) {
            cats[i] = buckets.get(i).label();
            values[0][i] = buckets.get(i).actual();
            values[1][i] = buckets.get(i).expected();
        }
        return ValueCharts.bars(text.get("diag.repeats.title"), text.get("diag.repeats.x"),
                text.get("diag.repeats.y"), new String[] {text.get("diag.repeats.actual"),
                        text.get("diag.repeats.model", d.modelId())}, cats, values, false, text);
    }

    /**
     * @param t              tracking of a cohort ({@code null} not permitted)
     * @param unitLabel      localised name of the period
     * @param start          tracking start ({@code null}: no calibration line)
     * @param calibrationEnd calibration end ({@code null}: no calibration line)
     * @param text           localised strings
     * @return lines of repeat purchases per period, actual and model, not cumulated
     */
    public static JFreeChart incremental(CumulativeTracking t, String unitLabel, LocalDate start,
                                         LocalDate calibrationEnd, ChartText text) {
        return ValueCharts.tracking(t, false, text.get("diag.incremental.title"), text.get("diag.incremental.y"),
                unitLabel, start, calibrationEnd, text);
    }

    /**
     * @param g         the grid ({@code null} not permitted)
     * @param alive     {@code true} for P(alive), {@code false} for the expected purchases
     * @param unitLabel localised name of the time unit
     * @param text      localised strings
     * @return a heatmap, repeat purchases down, recency across; impossible cells blank
     */
    public static JFreeChart grid(FrequencyRecencyGrid g, boolean alive, String unitLabel, ChartText text) {
        int[] xs = g.frequencies();
        double[] txs = g.recencies();
        String[] rows = new String[xs.length];
        String[] cols = new String[txs.length];
        double[][] values = new double[xs.length][txs.length];
        NumberFormat one = NumberFormat.getNumberInstance(text.locale());
        one.setMaximumFractionDigits(1);
        one.setMinimumFractionDigits(1);
        for (int i = 0; i < xs.length; i++) {
            rows[i] = String.valueOf(xs[i]);
            for (int j = 0; j < txs.length; j++) {
                values[i][j] = alive ? g.alive(i, j) : g.expected(i, j);
            }
        }
        for (int j = 0; j < txs.length; j++) {
            cols[j] = one.format(txs[j]);
        }
        NumberFormat cell = NumberFormat.getNumberInstance(text.locale());
        cell.setMaximumFractionDigits(2);
        String unitWord = unitLabel.toLowerCase(text.locale());
        String title = alive ? text.get("diag.grid.alive.title")
                : text.get("diag.grid.expected.title", one.format(g.horizon()), unitWord);
        JFreeChart chart = ValueCharts.heatmap(title, text.get("diag.grid.x", unitLabel), text.get("diag.grid.y"),
                text.get(alive ? "diag.grid.legend.alive" : "diag.grid.legend.expected"), rows, cols, values, cell);
        return ValueCharts.withNote(chart, text.get("diag.grid.note", one.format(g.age()), unitWord));
    }
}
