package org.valuelens.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYShapeAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.valuelens.model.cohort.Cohort;

/**
 * Cohort chart helpers for partial periods (cells cut off by the end of the data): the per-cohort series without
 * those cells, and a hatched overlay with a note for the retention heatmap. No JavaFX.
 */
public final class CohortCharts {

    /** Stripes across the lower-left half of a hatched cell (as many again, less one, across the other half). */
    private static final int STRIPES = 4;

    private CohortCharts() {
    }

    /**
     * @param cohorts  the cohorts, one row each
     * @param metric   the per-period values of a cohort (retention, cumulative margin per customer, ...)
     * @param periods  columns
     * @param complete {@code true}: partial cells (and periods a cohort has not reached) are {@code NaN};
     *                 {@code false}: only periods not reached are {@code NaN}
     * @return values[cohort][period]
     */
    public static double[][] values(List<Cohort> cohorts, Function<Cohort, List<Double>> metric, int periods,
                                    boolean complete) {
        double[][] out = new double[cohorts.size()][periods];
        for (int c = 0; c < cohorts.size(); c++) {
            Cohort co = cohorts.get(c);
            List<Double> v = metric.apply(co);
            for (int i = 0; i < periods; i++) {
                boolean shown = complete ? co.complete(i) : i < v.size();
                out[c][i] = shown ? v.get(i) : Double.NaN;
            }
        }
        return out;
    }

    /**
     * Line series of a cohort chart.
     *
     * @param names  series names
     * @param values values[series][period], {@code NaN} = gap
     */
    public record Series(String[] names, double[][] values) {

        /**
         * @param label name of the added series
         * @param row   its values by period; periods beyond the list become {@code NaN}
         * @return these series and one more at the end
         */
        public Series with(String label, List<Double> row) {
            int periods = values.length == 0 ? row.size() : values[0].length;
            String[] n = Arrays.copyOf(names, names.length + 1);
            n[names.length] = label;
            double[][] v = Arrays.copyOf(values, values.length + 1);
            v[values.length] = new double[periods];
            for (int i = 0; i < periods; i++) {
                v[values.length][i] = i < row.size() ? row.get(i) : Double.NaN;
            }
            return new Series(n, v);
        }
    }

    /**
     * @param cohorts the cohorts, one series each (named by label)
     * @param metric  the per-period values of a cohort
     * @param periods points per series
     * @return the series without partial cells
     */
    public static Series completeSeries(List<Cohort> cohorts, Function<Cohort, List<Double>> metric, int periods) {
        return new Series(cohorts.stream().map(Cohort::label).toArray(String[]::new),
                values(cohorts, metric, periods, true));
    }

    /**
     * Hatches the partial cells of a heatmap built by {@link ValueCharts#heatmap} with one row per cohort (first
     * cohort at the top) and adds the note below the chart. Does nothing when no cell is partial.
     *
     * @param heatmap a heatmap chart
     * @param cohorts its rows
     * @param periods its columns
     * @param note    one sentence saying what the hatching means
     * @return the same chart
     */
    public static JFreeChart hatchPartialCells(JFreeChart heatmap, List<Cohort> cohorts, int periods, String note) {
        XYPlot plot = heatmap.getXYPlot();
        boolean any = false;
        int rows = cohorts.size();
        // a translucent white block (the cell shows lighter) and diagonal stripes, drawn as plain shapes and lines
        // because the JavaFX canvas does not draw texture paints
        Color veil = new Color(255, 255, 255, 150);
        BasicStroke thin = new BasicStroke(1f);
        Color stripe = new Color(0x50, 0x50, 0x50, 150);
        // the values written on hatched cells are drawn again after the stripes, on a light box, so that no
        // stripe crosses them
        java.util.List<XYTextAnnotation> values = new java.util.ArrayList<>();
        for (Object a : plot.getAnnotations()) {
            if (a instanceof XYTextAnnotation t && isPartial(cohorts, periods, (int) Math.round(t.getX()),
                    rows - 1 - (int) Math.round(t.getY()))) {
                values.add(t);
            }
        }
        values.forEach(t -> plot.removeAnnotation(t, false));
        for (int r = 0; r < rows; r++) {
            Cohort co = cohorts.get(r);
            for (int c = co.completePeriods(); c < Math.min(co.periods(), periods); c++) {
                double x0 = c - 0.5;
                double y0 = rows - 1 - r - 0.5;
                plot.addAnnotation(new XYShapeAnnotation(new Rectangle2D.Double(x0, y0, 1, 1), thin, stripe, veil),
                        false);
                for (int k = 1; k <= STRIPES; k++) {
                    double f = k / (double) STRIPES;
                    plot.addAnnotation(new XYLineAnnotation(x0, y0 + f, x0 + f, y0, thin, stripe), false);
                    if (k < STRIPES) {
                        plot.addAnnotation(new XYLineAnnotation(x0 + f, y0 + 1, x0 + 1, y0 + f, thin, stripe),
                                false);
                    }
                }
                any = true;
            }
        }
        for (XYTextAnnotation t : values) {
            t.setBackgroundPaint(new Color(255, 255, 255, 225));
            t.setPaint(ChartStyle.TEXT);
            plot.addAnnotation(t, false);
        }
        if (any) {
            TextTitle t = new TextTitle(note, new Font(ChartStyle.FONT, Font.PLAIN, 12));
            t.setPaint(ChartStyle.TEXT);
            t.setPosition(RectangleEdge.BOTTOM);
            t.setHorizontalAlignment(HorizontalAlignment.LEFT);
            heatmap.addSubtitle(t);
            heatmap.fireChartChanged();
        }
        return heatmap;
    }

    private static boolean isPartial(List<Cohort> cohorts, int periods, int column, int row) {
        if (row < 0 || row >= cohorts.size()) {
            return false;
        }
        Cohort co = cohorts.get(row);
        return column >= co.completePeriods() && column < Math.min(co.periods(), periods);
    }

    /**
     * Draws the last series of a line chart (the average added with {@link Series#with}) thick, dark and dashed so
     * that it stands apart from the cohorts' colours.
     *
     * @param lines a chart built by {@link ValueCharts#lines}
     * @return the same chart
     */
    public static JFreeChart emphasiseLastSeries(JFreeChart lines) {
        XYPlot plot = lines.getXYPlot();
        int last = plot.getDataset().getSeriesCount() - 1;
        if (last >= 0 && plot.getRenderer() instanceof XYLineAndShapeRenderer r) {
            r.setSeriesPaint(last, ChartStyle.TEXT);
            r.setSeriesStroke(last, new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f,
                    new float[] {8f, 5f}, 0f));
        }
        return lines;
    }
}
