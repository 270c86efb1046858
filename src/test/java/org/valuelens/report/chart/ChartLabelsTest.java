package org.valuelens.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

/**
 * The quadrant chart drawn to an image at the sizes the app and the report use: the box of each quadrant name
 * (from its font, anchor and the plot's axes) overlaps no other name and no drawn point.
 */
class ChartLabelsTest {

    @Test
    void quadrantNamesSitOnNoPointAndNoOtherName() {
        int n = 3000;
        double[] x = new double[n];
        double[] y = new double[n];
        int[] q = new int[n];
        Random r = new Random(11);
        for (int i = 0; i < n; i++) { // points fill every corner of the plot, as on real data
            x[i] = r.nextInt(12);
            y[i] = r.nextDouble() * 200 - 40;
            q[i] = (x[i] > 3 ? 0 : 1) + (y[i] >= 50 ? 0 : 2);
        }
        for (int[] size : new int[][] {{560, 330}, {960, 540}, {480, 300}}) { // Segments page, report, smallest
            JFreeChart chart = ValueCharts.quadrant(x, y, q, new String[] {"Gold", "Meteor", "Stream", "Burden"},
                    3, 50, "$", 1L, ChartText.of(Locale.ENGLISH));
            List<Rectangle2D> labels = labelBoxes(chart, size[0], size[1]);
            List<Rectangle2D> points = pointBoxes(chart, size[0], size[1]);
            assertThat(labels).as("four names").hasSize(4);
            for (int a = 0; a < labels.size(); a++) {
                for (int b = a + 1; b < labels.size(); b++) {
                    assertThat(labels.get(a).intersects(labels.get(b))).as("names %d and %d at %s", a, b,
                            size[0] + "×" + size[1]).isFalse();
                }
                Rectangle2D label = labels.get(a);
                assertThat(points.stream().filter(label::intersects).count())
                        .as("points under name %d at %s", a, size[0] + "×" + size[1]).isZero();
            }
        }
    }

    private static ChartRenderingInfo draw(JFreeChart chart, int w, int h, Graphics2D[] g) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        g[0] = image.createGraphics();
        ChartRenderingInfo info = new ChartRenderingInfo();
        chart.draw(g[0], new Rectangle2D.Double(0, 0, w, h), info);
        return info;
    }

    private static List<Rectangle2D> labelBoxes(JFreeChart chart, int w, int h) {
        Graphics2D[] g = new Graphics2D[1];
        ChartRenderingInfo info = draw(chart, w, h, g);
        XYPlot plot = chart.getXYPlot();
        Rectangle2D area = info.getPlotInfo().getDataArea();
        List<Rectangle2D> out = new ArrayList<>();
        for (XYAnnotation a : plot.getAnnotations()) {
            if (a instanceof XYTextAnnotation t) {
                double px = plot.getDomainAxis().valueToJava2D(t.getX(), area, RectangleEdge.BOTTOM);
                double py = plot.getRangeAxis().valueToJava2D(t.getY(), area, RectangleEdge.LEFT);
                Font font = t.getFont();
                FontMetrics fm = g[0].getFontMetrics(font);
                double tw = fm.stringWidth(t.getText());
                double th = fm.getAscent() + fm.getDescent();
                TextAnchor anchor = t.getTextAnchor();
                double left = anchor.isLeft() ? px : anchor.isRight() ? px - tw : px - tw / 2;
                double top = anchor.isTop() ? py : anchor.isBottom() ? py - th : py - th / 2;
                out.add(new Rectangle2D.Double(left, top, tw, th));
            }
        }
        return out;
    }

    /** @return a 6-pixel box around every point the renderer draws */
    private static List<Rectangle2D> pointBoxes(JFreeChart chart, int w, int h) {
        Graphics2D[] g = new Graphics2D[1];
        ChartRenderingInfo info = draw(chart, w, h, g);
        XYPlot plot = chart.getXYPlot();
        Rectangle2D area = info.getPlotInfo().getDataArea();
        XYDataset data = plot.getDataset();
        XYItemRenderer renderer = plot.getRenderer();
        List<Rectangle2D> out = new ArrayList<>();
        for (int s = 0; s < data.getSeriesCount(); s++) {
            for (int i = 0; i < data.getItemCount(s); i++) {
                boolean visible = !(renderer instanceof org.jfree.chart.renderer.xy.XYLineAndShapeRenderer l)
                        || l.getItemShapeVisible(s, i);
                double py = plot.getRangeAxis().valueToJava2D(data.getYValue(s, i), area, RectangleEdge.LEFT);
                if (visible && py >= area.getMinY() && py <= area.getMaxY()) {
                    double px = plot.getDomainAxis().valueToJava2D(data.getXValue(s, i), area, RectangleEdge.BOTTOM);
                    out.add(new Rectangle2D.Double(px - 3, py - 3, 6, 6));
                }
            }
        }
        return out;
    }
}
