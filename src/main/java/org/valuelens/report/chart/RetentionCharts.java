package org.valuelens.report.chart;

import java.util.Objects;
import org.jfree.chart.JFreeChart;

/** Charts of the discrete-period and churn models: sBG survival, BG/BB projection, churn bands. No JavaFX. */
public final class RetentionCharts {

    private RetentionCharts() {
    }

    /**
     * The sBG curve: observed share still active and the fitted/projected S(t), with a line at the last observed
     * period.
     *
     * @param observed     observed share per period 0..; {@code NaN} where not observed
     * @param fitted       S(t) per period, same length
     * @param lastObserved the last observed period n
     * @param text         localised strings ({@code null} not permitted)
     * @return the chart
     */
    public static JFreeChart survival(double[] observed, double[] fitted, int lastObserved, ChartText text) {
        Objects.requireNonNull(text, "text");
        if (observed.length != fitted.length) {
            throw new IllegalArgumentException("observed and fitted need the same length");
        }
        double[] x = new double[fitted.length];
        for (int t = 0; t < x.length; t++) {
            x[t] = t;
        }
        JFreeChart chart = ValueCharts.lines(text.get("sbg.title"), text.get("sbg.x"), text.get("sbg.y"),
                new String[] {text.get("sbg.observed"), text.get("sbg.fitted")}, x,
                new double[][] {observed, fitted}, true, text);
        return ValueCharts.withVerticalLine(chart, lastObserved, text.get("sbg.lastObserved"));
    }

    /**
     * @param expected E[X(n)] for n = 1..horizon (index 0 = n = 1)
     * @param text     localised strings
     * @return the cumulative expected transactions of a new customer
     */
    public static JFreeChart expectedTransactions(double[] expected, ChartText text) {
        double[] x = new double[expected.length + 1];
        double[] y = new double[expected.length + 1];
        for (int i = 0; i < expected.length; i++) {
            x[i + 1] = i + 1;
            y[i + 1] = expected[i];
        }
        return ValueCharts.lines(text.get("bgbb.title"), text.get("bgbb.x"), text.get("bgbb.y"),
                new String[] {text.get("bgbb.y")}, x, new double[][] {y}, false, text);
    }

    /**
     * @param bandNames display names of the P(alive) bands
     * @param atRisk    customers of each band the hiatus rule flags
     * @param notAtRisk customers of each band it does not flag
     * @param text      localised strings
     * @return grouped bars: per band, customers at risk and not at risk by the hiatus rule
     */
    public static JFreeChart churn(String[] bandNames, double[] atRisk, double[] notAtRisk, ChartText text) {
        return ValueCharts.bars(text.get("churn.title"), text.get("churn.x"), text.get("churn.y"),
                new String[] {text.get("churn.hiatusAtRisk"), text.get("churn.hiatusOk")}, bandNames,
                new double[][] {atRisk, notAtRisk}, false, text);
    }
}
