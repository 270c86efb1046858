package org.valuelens.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.TexturePaint;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYShapeAnnotation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.valuelens.model.cohort.Cohort;

/**
 * Cohort chart helpers for partial periods (cells cut off by the end of the data): the per-cohort series without
 * those cells, and a hatched overlay with a note for the retention heatmap. No JavaFX.
 */
public final class CohortCharts {

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
        TexturePaint hatch = hatch();
        boolean any = false;
        int rows = cohorts.size();
        for (int r = 0; r < rows; r++) {
            Cohort co = cohorts.get(r);
            for (int c = co.completePeriods(); c < Math.min(co.periods(), periods); c++) {
                Rectangle2D cell = new Rectangle2D.Double(c - 0.5, rows - 1 - r - 0.5, 1, 1);
                plot.addAnnotation(new XYShapeAnnotation(cell, new BasicStroke(1f), new Color(0x80, 0x80, 0x80),
                        hatch), false);
                any = true;
            }
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

    /** Translucent white with grey diagonal lines: the cell's colour shows lighter, with stripes. */
    private static TexturePaint hatch() {
        BufferedImage img = new BufferedImage(8, 8, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(255, 255, 255, 140));
        g.fillRect(0, 0, 8, 8);
        g.setColor(new Color(0x60, 0x60, 0x60, 170));
        g.setStroke(new BasicStroke(1.2f));
        g.drawLine(0, 8, 8, 0);
        g.drawLine(-4, 4, 4, -4);
        g.drawLine(4, 12, 12, 4);
        g.dispose();
        return new TexturePaint(img, new Rectangle(0, 0, 8, 8));
    }
}
