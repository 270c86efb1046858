package org.valuelens.report.chart;

import org.jfree.chart.JFreeChart;
import org.valuelens.model.validation.FrequencyBucket;
import org.valuelens.model.validation.HoldoutValidation;

/** Charts of a model check and of the what-if calculator. No JavaFX. */
public final class ModelCharts {

    private ModelCharts() {
    }

    /**
     * @param v    the holdout check ({@code null} not permitted)
     * @param text localised strings
     * @return mean holdout purchases per calibration frequency: actual, model and the historical-rate baseline
     */
    public static JFreeChart holdoutBars(HoldoutValidation v, ChartText text) {
        int n = v.buckets().size();
        String[] cats = new String[n];
        double[][] values = new double[3][n];
        for (int i = 0; i < n; i++) {
            FrequencyBucket b = v.buckets().get(i);
            cats[i] = b.label();
            values[0][i] = b.meanActual();
            values[1][i] = b.meanPredicted();
            values[2][i] = b.meanBaseline();
        }
        return ValueCharts.bars(text.get("holdout.title"), text.get("holdout.x"), text.get("holdout.y"),
                new String[] {text.get("holdout.actual"), text.get("holdout.model"), text.get("holdout.baseline")},
                cats, values, false, text);
    }

    /**
     * The what-if calculator's curve: cumulative discounted value per customer by year, with a labelled line at the
     * discounted CLV (the curve's limit) and a plain line at zero.
     *
     * @param labels     title, x label, y label, series name and the limit line's label, in that order
     * @param cumulative cumulative value at the end of year 1, 2, ...
     * @param limit      the discounted CLV
     * @param text       localised strings (number formats)
     * @return the chart
     */
    public static JFreeChart whatIf(String[] labels, double[] cumulative, double limit, ChartText text) {
        double[] x = new double[cumulative.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = i + 1;
        }
        JFreeChart c = ValueCharts.lines(labels[0], labels[1], labels[2], new String[] {labels[3]}, x,
                new double[][] {cumulative}, false, text);
        ValueCharts.withHorizontalLine(c, limit, labels[4]);
        ValueCharts.withHorizontalLine(c, 0, null);
        return c;
    }
}
