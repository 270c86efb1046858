package org.valuelens.report.chart;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;

/**
 * A text annotation that stays inside a box given in data coordinates (a heatmap cell, a quadrant's label band, the
 * margin beside a migration bar): when it does not fit at its font size it is drawn smaller, down to
 * {@value #MIN_SIZE} points, and then either shortened with "…" or left out. So a label never runs over the next
 * cell, a line or the edge of the picture, whatever the chart's size on screen or in a file.
 */
public final class FittedText extends XYTextAnnotation {
    private static final long serialVersionUID = 1L;
    /** Smallest font size used, in points. */
    static final int MIN_SIZE = 9;
    /**
     * Text is measured on a plain image, not on the target: the JavaFX canvas' Graphics2D measures through scene
     * text nodes, and asking it in the middle of a draw left the heatmap on black in the app.
     */
    private static final Graphics2D METRICS = new java.awt.image.BufferedImage(1, 1,
            java.awt.image.BufferedImage.TYPE_INT_RGB).createGraphics();
    /** Pixels kept free at each side of the text inside its box. */
    private static final double PAD = 1.5;

    private final double x0;
    private final double y0;
    private final double x1;
    private final double y1;
    private final boolean shorten;
    private final String widest;
    private final int minSize;
    private transient Font drawing;
    private transient String drawnText;

    /**
     * @param text    the text
     * @param x       anchor x (data)
     * @param y       anchor y (data)
     * @param box     the box the text must stay in: x0, y0, x1, y1 in data coordinates
     * @param shorten {@code true}: shorten with "…" when even the smallest font does not fit; {@code false}: leave
     *                the text out then
     */
    public FittedText(String text, double x, double y, double[] box, boolean shorten) {
        this(text, x, y, box, shorten, text, MIN_SIZE);
    }

    /**
     * A text of a group drawn alike (the values of a heatmap): every member is sized for the group's widest text,
     * so that all are written at one size or none is.
     *
     * @param text    the text
     * @param x       anchor x (data)
     * @param y       anchor y (data)
     * @param box     the box the text must stay in: x0, y0, x1, y1 in data coordinates
     * @param widest  the group's widest text, the one that must fit
     * @param minSize smallest font size, points
     */
    public FittedText(String text, double x, double y, double[] box, String widest, int minSize) {
        this(text, x, y, box, false, widest, minSize);
    }

    private FittedText(String text, double x, double y, double[] box, boolean shorten, String widest,
                       int minSize) {
        super(text, x, y);
        this.x0 = Math.min(box[0], box[2]);
        this.x1 = Math.max(box[0], box[2]);
        this.y0 = Math.min(box[1], box[3]);
        this.y1 = Math.max(box[1], box[3]);
        this.shorten = shorten;
        this.widest = widest;
        this.minSize = minSize;
    }

    @Override
    public Font getFont() {
        return drawing != null ? drawing : super.getFont();
    }

    @Override
    public String getText() {
        return drawnText != null ? drawnText : super.getText();
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
                     int rendererIndex, PlotRenderingInfo info) {
        RectangleEdge dEdge = org.jfree.chart.plot.Plot.resolveDomainAxisLocation(plot.getDomainAxisLocation(),
                plot.getOrientation());
        RectangleEdge rEdge = org.jfree.chart.plot.Plot.resolveRangeAxisLocation(plot.getRangeAxisLocation(),
                plot.getOrientation());
        double ax = domainAxis.valueToJava2D(getX(), dataArea, dEdge);
        double ay = rangeAxis.valueToJava2D(getY(), dataArea, rEdge);
        double bx0 = domainAxis.valueToJava2D(x0, dataArea, dEdge);
        double bx1 = domainAxis.valueToJava2D(x1, dataArea, dEdge);
        double by0 = rangeAxis.valueToJava2D(y0, dataArea, rEdge);
        double by1 = rangeAxis.valueToJava2D(y1, dataArea, rEdge);
        // the box cut to the data area: a text never leaves the plot either
        double left = Math.max(Math.min(bx0, bx1), dataArea.getMinX());
        double right = Math.min(Math.max(bx0, bx1), dataArea.getMaxX());
        double top = Math.max(Math.min(by0, by1), dataArea.getMinY());
        double bottom = Math.min(Math.max(by0, by1), dataArea.getMaxY());
        double width = room(getTextAnchor().isLeft(), getTextAnchor().isRight(), ax, left, right);
        double height = room(getTextAnchor().isTop(), getTextAnchor().isBottom(), ay, top, bottom);
        String text = super.getText();
        Font font = super.getFont();
        for (int size = font.getSize(); size >= minSize; size--) {
            Font f = font.deriveFont((float) size);
            FontMetrics fm = metrics(f);
            if (fm.getAscent() + fm.getDescent() > height) {
                continue;
            }
            String fitted = fm.stringWidth(text) <= width && fm.stringWidth(widest) <= width ? text
                    : shorten && size == minSize ? shortened(text, fm, width) : null;
            if (fitted != null) {
                drawing = f;
                drawnText = fitted;
                try {
                    super.draw(g2, plot, dataArea, domainAxis, rangeAxis, rendererIndex, info);
                } finally {
                    drawing = null;
                    drawnText = null;
                }
                return;
            }
        }
    }

    /** @param f a font @return its metrics, measured off screen */
    static FontMetrics metrics(Font f) {
        synchronized (METRICS) {
            return METRICS.getFontMetrics(f);
        }
    }

    /** Room for a text anchored at {@code a} inside [lo, hi]: to one side of it, or twice the nearer side. */
    private static double room(boolean startsAtAnchor, boolean endsAtAnchor, double a, double lo, double hi) {
        double r = startsAtAnchor ? hi - a : endsAtAnchor ? a - lo : 2 * Math.min(a - lo, hi - a);
        return r - 2 * PAD;
    }

    private static String shortened(String text, FontMetrics fm, double width) {
        for (int n = text.length() - 1; n > 0; n--) {
            String s = text.substring(0, n).stripTrailing() + "…";
            if (fm.stringWidth(s) <= width) {
                return s;
            }
        }
        return null;
    }
}
