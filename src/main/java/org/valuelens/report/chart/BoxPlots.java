package org.valuelens.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.renderer.category.BoxAndWhiskerRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.ScatterRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.statistics.BoxAndWhiskerItem;
import org.jfree.data.statistics.DefaultBoxAndWhiskerCategoryDataset;
import org.jfree.data.statistics.DefaultMultiValueCategoryDataset;

/**
 * The box plot: boxes and whiskers drawn by JFreeChart's renderer, the mean and the outliers drawn as small marks of
 * their own (the renderer's are as large as a quarter of the box and its far-out marks sit at the top of the plot
 * unexplained), and a legend naming every mark.
 */
final class BoxPlots {
    /** Outliers drawn at most per group (an even sample when there are more). */
    static final int MAX_OUTLIERS = 200;
    private static final Shape DIAMOND = diamond(5);
    private static final Shape RING = new Ellipse2D.Double(-3, -3, 6, 6);

    private BoxPlots() {
    }

    static JFreeChart chart(String title, String yLabel, String[] groups, double[][] values, ChartText text) {
        DefaultBoxAndWhiskerCategoryDataset boxes = new DefaultBoxAndWhiskerCategoryDataset();
        DefaultMultiValueCategoryDataset outliers = new DefaultMultiValueCategoryDataset();
        DefaultCategoryDataset means = new DefaultCategoryDataset();
        double[] all = Arrays.stream(values).flatMapToDouble(Arrays::stream).filter(Double::isFinite).sorted()
                .toArray();
        BoxAndWhiskerItem[] items = new BoxAndWhiskerItem[groups.length];
        double top = all.length == 0 ? 0 : ValueCharts.quantile(all, 0.99);
        for (int g = 0; g < groups.length; g++) {
            items[g] = boxItem(values[g]);
            if (items[g].getMaxRegularValue() != null) {
                top = Math.max(top, items[g].getMaxRegularValue().doubleValue());
            }
        }
        int above = 0;
        double bottom = top;
        String outlierKey = text.get("box.outliers");
        String meanKey = text.get("box.mean");
        for (int g = 0; g < groups.length; g++) {
            BoxAndWhiskerItem i = items[g];
            boxes.add(new BoxAndWhiskerItem(null, i.getMedian(), i.getQ1(), i.getQ3(), i.getMinRegularValue(),
                    i.getMaxRegularValue(), null, null, List.of()), yLabel, groups[g]);
            List<Double> shown = new ArrayList<>();
            for (Object o : i.getOutliers()) {
                double v = ((Number) o).doubleValue();
                if (v <= top) {
                    shown.add(v);
                }
            }
            above += countAbove(values[g], top);
            for (double v : shown) {
                bottom = Math.min(bottom, v);
            }
            if (i.getMinRegularValue() != null) {
                bottom = Math.min(bottom, i.getMinRegularValue().doubleValue());
            }
            outliers.add(shown, outlierKey, groups[g]);
            means.addValue(i.getMean(), meanKey, groups[g]);
        }
        BoxAndWhiskerRenderer renderer = new BoxAndWhiskerRenderer();
        Color fill = ChartStyle.color(4);
        renderer.setSeriesPaint(0, fill);
        renderer.setMeanVisible(false);
        renderer.setMaximumBarWidth(0.12);
        CategoryPlot plot = new CategoryPlot(boxes, new CategoryAxis(), FittedAxes.number(yLabel), renderer);
        ScatterRenderer dots = new ScatterRenderer();
        dots.setSeriesShape(0, RING);
        dots.setSeriesPaint(0, ChartStyle.color(0));
        dots.setSeriesShapesFilled(0, false);
        dots.setDrawOutlines(true);
        dots.setUseOutlinePaint(false);
        dots.setDefaultOutlineStroke(new BasicStroke(1f));
        plot.setDataset(1, outliers);
        plot.setRenderer(1, dots);
        LineAndShapeRenderer mean = new LineAndShapeRenderer(false, true);
        mean.setSeriesShape(0, DIAMOND);
        mean.setSeriesPaint(0, ChartStyle.TEXT);
        plot.setDataset(2, means);
        plot.setRenderer(2, mean);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(new LegendItem(text.get("box.box"), null, null, null, new Rectangle2D.Double(-6, -4, 12, 8),
                fill, new BasicStroke(1f), Color.GRAY));
        legend.add(new LegendItem(text.get("box.whiskers"), null, null, null, new Line2D.Double(-6, 0, 6, 0),
                new BasicStroke(1.5f), fill));
        legend.add(new LegendItem(meanKey, null, null, null, DIAMOND, ChartStyle.TEXT));
        legend.add(new LegendItem(outlierKey, null, null, null, RING, Color.WHITE, new BasicStroke(1f),
                ChartStyle.color(0)));
        plot.setFixedLegendItems(legend);
        if (top > bottom) { // from the lowest mark to the axis' end, a little room at both ends
            double pad = (top - bottom) * 0.04;
            plot.getRangeAxis().setRange(bottom - pad, top + pad);
        }
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        if (above > 0) {
            TextTitle note = new TextTitle(text.get("box.above", above, new org.valuelens.model.format.NumberTexts(
                    text.locale(), null).compact(top, 0)), new Font(ChartStyle.FONT, Font.ITALIC, 12));
            note.setPaint(new Color(0x555555));
            chart.addSubtitle(note);
        }
        return ChartStyle.apply(chart);
    }

    private static int countAbove(double[] v, double top) {
        int c = 0;
        for (double d : v) {
            if (d > top) {
                c++;
            }
        }
        return c;
    }

    private static Shape diamond(double r) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(0, -r);
        p.lineTo(r, 0);
        p.lineTo(0, r);
        p.lineTo(-r, 0);
        p.closePath();
        return p;
    }

    static BoxAndWhiskerItem boxItem(double[] raw) {
        double[] v = Arrays.stream(raw).filter(Double::isFinite).sorted().toArray();
        if (v.length == 0) {
            return new BoxAndWhiskerItem(null, null, null, null, null, null, null, null, List.of());
        }
        double q1 = ValueCharts.quantile(v, 0.25);
        double q3 = ValueCharts.quantile(v, 0.75);
        double iqr = q3 - q1;
        double loFence = q1 - 1.5 * iqr;
        double hiFence = q3 + 1.5 * iqr;
        double minRegular = v[0];
        double maxRegular = v[v.length - 1];
        List<Double> outliers = new ArrayList<>();
        for (double d : v) {
            if (d >= loFence) {
                minRegular = d;
                break;
            }
        }
        for (int i = v.length - 1; i >= 0; i--) {
            if (v[i] <= hiFence) {
                maxRegular = v[i];
                break;
            }
        }
        int stride = Math.max(1, countOutside(v, loFence, hiFence) / MAX_OUTLIERS);
        int k = 0;
        for (double d : v) {
            if ((d < loFence || d > hiFence) && k++ % stride == 0) {
                outliers.add(d);
            }
        }
        double mean = Arrays.stream(v).average().orElse(0);
        return new BoxAndWhiskerItem(mean, ValueCharts.quantile(v, 0.5), q1, q3, minRegular, maxRegular, v[0],
                v[v.length - 1], outliers);
    }

    private static int countOutside(double[] v, double lo, double hi) {
        int c = 0;
        for (double d : v) {
            if (d < lo || d > hi) {
                c++;
            }
        }
        return c;
    }
}
