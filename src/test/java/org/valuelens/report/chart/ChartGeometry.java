package org.valuelens.report.chart;

import java.awt.Color;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;

/**
 * Draws a chart into a {@link RecordingGraphics} and lists what a reader would trip over, in words: a text cut at
 * the image edge or by the plot's edge, two texts on each other, a text on a plotted mark (a point, bar, box, line,
 * or a threshold line). Not marks: the plot background, grid lines, shaded regions larger than a quarter of the plot,
 * near-white label backgrounds, the hatching of partial cells (translucent grey stripes), and the cell a label is
 * centred in (heatmap values).
 */
final class ChartGeometry {
    /** Pixels a box may reach over another before it counts: anti-aliasing and the font's own leading. */
    private static final double SLACK = 1.0;

    private ChartGeometry() {
    }

    /**
     * @param chart the chart
     * @param w     image width, pixels
     * @param h     image height, pixels
     * @return one sentence per problem found; empty when none
     */
    static List<String> problems(JFreeChart chart, int w, int h) {
        RecordingGraphics g = new RecordingGraphics();
        ChartRenderingInfo info = new ChartRenderingInfo();
        chart.draw(g, new Rectangle2D.Double(0, 0, w, h), info);
        Rectangle2D area = info.getPlotInfo().getDataArea();
        List<RecordingGraphics.Text> texts = g.texts();
        List<String> out = new ArrayList<>();
        Rectangle2D image = new Rectangle2D.Double(-SLACK, -SLACK, w + 2 * SLACK, h + 2 * SLACK);
        for (RecordingGraphics.Text t : texts) {
            if (!image.contains(t.box())) {
                out.add("\"" + t.text() + "\" is cut at the image edge " + box(t.box()));
            } else if (t.clip() != null && !grow(t.clip()).contains(t.box())) {
                out.add("\"" + t.text() + "\" is cut by the plot edge " + box(t.box()));
            }
        }
        for (int a = 0; a < texts.size(); a++) {
            for (int b = a + 1; b < texts.size(); b++) {
                if (overlap(texts.get(a).box(), texts.get(b).box())) {
                    out.add("\"" + texts.get(a).text() + "\" " + box(texts.get(a).box()) + " overlaps \""
                            + texts.get(b).text() + "\" " + box(texts.get(b).box()));
                }
            }
        }
        double quarter = area.getWidth() * area.getHeight() / 4;
        for (RecordingGraphics.Text t : texts) {
            Rectangle2D core = shrink(t.box());
            if (core.isEmpty() || !core.intersects(area)) {
                continue;
            }
            for (RecordingGraphics.Mark m : g.marks()) {
                if (!m.box().intersects(area) || isDecoration(m, quarter) || isOwnCell(m, t)) {
                    continue;
                }
                Rectangle2D hit = core.createIntersection(m.box());
                if (!hit.isEmpty() && m.shape().intersects(hit)) {
                    out.add("\"" + t.text() + "\" " + box(t.box()) + " lies on a " + (m.filled() ? "filled" : "drawn")
                            + " mark " + box(m.box()) + " in " + paint(m.paint()));
                    break;
                }
            }
        }
        return out;
    }

    private static boolean isDecoration(RecordingGraphics.Mark m, double quarter) {
        Paint p = m.paint();
        if (p instanceof Color c) {
            if (c.getRed() >= 0xD8 && c.getGreen() >= 0xD8 && c.getBlue() >= 0xD8) {
                return true; // backgrounds, label backgrounds, grid lines (ChartStyle.GRID #DDDDDD)
            }
            if (c.getAlpha() <= 60) {
                return true; // shaded regions (quadrant zones)
            }
            if (!m.filled() && c.getAlpha() < 255 && c.getRed() == c.getGreen() && c.getGreen() == c.getBlue()) {
                return true; // translucent grey stripes: the hatching of partial cells
            }
        }
        return m.filled() && m.box().getWidth() * m.box().getHeight() >= quarter;
    }

    /** A value written in the middle of its own cell (heatmap) sits on that cell by design. */
    private static boolean isOwnCell(RecordingGraphics.Mark m, RecordingGraphics.Text t) {
        return m.filled() && grow(m.box()).contains(t.box())
                && Math.abs(m.box().getCenterX() - t.box().getCenterX()) <= 2
                && Math.abs(m.box().getCenterY() - t.box().getCenterY()) <= m.box().getHeight() / 4 + 2;
    }

    private static boolean overlap(Rectangle2D a, Rectangle2D b) {
        Rectangle2D i = a.createIntersection(b);
        return i.getWidth() > SLACK && i.getHeight() > SLACK;
    }

    private static Rectangle2D shrink(Rectangle2D r) {
        return new Rectangle2D.Double(r.getX() + SLACK, r.getY() + SLACK, r.getWidth() - 2 * SLACK,
                r.getHeight() - 2 * SLACK);
    }

    private static Rectangle2D grow(Rectangle2D r) {
        return new Rectangle2D.Double(r.getX() - SLACK, r.getY() - SLACK, r.getWidth() + 2 * SLACK,
                r.getHeight() + 2 * SLACK);
    }

    private static String box(Rectangle2D r) {
        return String.format(java.util.Locale.ROOT, "[x %.0f–%.0f, y %.0f–%.0f]", r.getMinX(), r.getMaxX(),
                r.getMinY(), r.getMaxY());
    }

    private static String paint(Paint p) {
        return p instanceof Color c ? String.format("#%02X%02X%02X", c.getRed(), c.getGreen(), c.getBlue())
                : p.getClass().getSimpleName();
    }
}
