package org.valuelens.report.chart;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.ui.RectangleEdge;

/**
 * Value axes whose label never runs past the plot (into the title above it or out of the picture): a label longer
 * than the plot's side is drawn smaller, down to {@value FittedText#MIN_SIZE} points, and then shortened with "…".
 */
final class FittedAxes {

    private FittedAxes() {
    }

    /** @param label axis label @return a number axis with a fitted label */
    static NumberAxis number(String label) {
        return new Number(label);
    }

    /** @param label axis label @param symbols tick names @return a symbol axis with a fitted label */
    static SymbolAxis symbol(String label, String[] symbols) {
        return new Symbol(label, symbols);
    }

    /** The font and text that fit: {font, text}, or {@code null} when the label fits as it is. */
    static Object[] fit(Font font, String label, Graphics2D g2, Rectangle2D plotArea, Rectangle2D dataArea,
                        RectangleEdge edge) {
        if (label == null || label.isEmpty()) {
            return null;
        }
        double room = RectangleEdge.isLeftOrRight(edge)
                ? 2 * Math.min(dataArea.getCenterY() - plotArea.getMinY(), plotArea.getMaxY() - dataArea.getCenterY())
                : 2 * Math.min(dataArea.getCenterX() - plotArea.getMinX(), plotArea.getMaxX() - dataArea.getCenterX());
        room -= 4;
        if (FittedText.metrics(font).stringWidth(label) <= room) {
            return null;
        }
        for (int size = font.getSize() - 1; size >= FittedText.MIN_SIZE; size--) {
            Font f = font.deriveFont((float) size);
            if (FittedText.metrics(f).stringWidth(label) <= room) {
                return new Object[] {f, label};
            }
        }
        Font f = font.deriveFont((float) FittedText.MIN_SIZE);
        FontMetrics fm = FittedText.metrics(f);
        for (int n = label.length() - 1; n > 0; n--) {
            String s = label.substring(0, n).stripTrailing() + "…";
            if (fm.stringWidth(s) <= room) {
                return new Object[] {f, s};
            }
        }
        return new Object[] {f, ""};
    }

    /** A number axis with a fitted label. */
    private static final class Number extends NumberAxis {
        private static final long serialVersionUID = 1L;
        private transient Object[] fitted;

        Number(String label) {
            super(label);
        }

        @Override
        public Font getLabelFont() {
            return fitted != null ? (Font) fitted[0] : super.getLabelFont();
        }

        @Override
        protected AxisState drawLabel(String label, Graphics2D g2, Rectangle2D plotArea, Rectangle2D dataArea,
                                      RectangleEdge edge, AxisState state) {
            fitted = fit(super.getLabelFont(), label, g2, plotArea, dataArea, edge);
            try {
                return super.drawLabel(fitted == null ? label : (String) fitted[1], g2, plotArea, dataArea, edge,
                        state);
            } finally {
                fitted = null;
            }
        }
    }

    /** A symbol axis with a fitted label. */
    private static final class Symbol extends SymbolAxis {
        private static final long serialVersionUID = 1L;
        private transient Object[] fitted;

        Symbol(String label, String[] symbols) {
            super(label, symbols);
        }

        @Override
        public Font getLabelFont() {
            return fitted != null ? (Font) fitted[0] : super.getLabelFont();
        }

        @Override
        protected AxisState drawLabel(String label, Graphics2D g2, Rectangle2D plotArea, Rectangle2D dataArea,
                                      RectangleEdge edge, AxisState state) {
            fitted = fit(super.getLabelFont(), label, g2, plotArea, dataArea, edge);
            try {
                return super.drawLabel(fitted == null ? label : (String) fitted[1], g2, plotArea, dataArea, edge,
                        state);
            } finally {
                fitted = null;
            }
        }
    }
}
