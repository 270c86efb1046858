package org.valuelens.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYPolygonAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.valuelens.model.segment.MigrationMatrix;

/**
 * A Sankey-like chart of a {@link MigrationMatrix}: the segments before as stacked bars on the left, the segments
 * after on the right, and one band per (before, after) pair whose width is its customer count. JFreeChart has no
 * Sankey plot, so the bars and bands are polygon annotations on an empty {@link XYPlot} with hidden axes.
 */
public final class MigrationChart {
    /** Width of a node bar, in plot units (the plot is 0..1 wide). */
    private static final double BAR = 0.035;
    /** Left edge of the left bars and of the right bars. */
    private static final double LEFT = 0.16;
    private static final double RIGHT = 0.80 - BAR;
    /** Gap between nodes as a fraction of all customers. */
    private static final double GAP = 0.025;
    private static final int CURVE_STEPS = 24;
    private static final Color OTHER = new Color(0xB0B0B0);

    private MigrationChart() {
    }

    /**
     * The chart with localised segment names and headings naming both periods.
     *
     * @param matrix      the migration ({@code null} not permitted)
     * @param firstStart  first day of the first period
     * @param split       first day of the second period
     * @param secondEnd   last day of the second period
     * @param text        localised strings
     * @return the chart
     */
    public static JFreeChart sankey(MigrationMatrix matrix, java.time.LocalDate firstStart, java.time.LocalDate split,
                                    java.time.LocalDate secondEnd, ChartText text) {
        return sankey(matrix, names(matrix.fromLabels(), text), names(matrix.toLabels(), text),
                text.get("migration.title"), text.get("migration.before", firstStart, split.minusDays(1)),
                text.get("migration.after", split, secondEnd));
    }

    /**
     * @param labels segment labels of a migration matrix
     * @param text   localised strings
     * @return display names: segments translated, {@value MigrationMatrix#NEW} and {@value MigrationMatrix#GONE}
     *         spelled out
     */
    public static String[] names(List<String> labels, ChartText text) {
        return labels.stream().map(l -> l.equals(MigrationMatrix.NEW) ? text.get("migration.new")
                : l.equals(MigrationMatrix.GONE) ? text.get("migration.gone") : text.segmentName(l))
                .toArray(String[]::new);
    }

    /**
     * @param matrix       the migration ({@code null} not permitted)
     * @param fromNames    display names of {@code matrix.fromLabels()}, same order
     * @param toNames      display names of {@code matrix.toLabels()}, same order
     * @param title        chart title
     * @param leftHeading  heading over the left column (e.g. the first period)
     * @param rightHeading heading over the right column
     * @return the chart; "no data" when the matrix is empty
     */
    public static JFreeChart sankey(MigrationMatrix matrix, String[] fromNames, String[] toNames, String title,
                                    String leftHeading, String rightHeading) {
        Objects.requireNonNull(matrix, "matrix");
        List<String> from = matrix.fromLabels();
        List<String> to = matrix.toLabels();
        if (fromNames.length != from.size() || toNames.length != to.size()) {
            throw new IllegalArgumentException("one display name per label is needed");
        }
        int[][] c = matrix.counts();
        double[] out = new double[from.size()];
        double[] in = new double[to.size()];
        double total = 0;
        for (int i = 0; i < c.length; i++) {
            for (int j = 0; j < c[i].length; j++) {
                out[i] += c[i][j];
                in[j] += c[i][j];
                total += c[i][j];
            }
        }
        NumberAxis x = new NumberAxis();
        x.setRange(0, 1);
        x.setVisible(false);
        NumberAxis y = new NumberAxis();
        y.setVisible(false);
        XYPlot plot = new XYPlot(null, x, y, new XYLineAndShapeRenderer());
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setNoDataMessage(total == 0 ? "—" : null);
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        ChartStyle.apply(chart);
        if (total == 0) {
            y.setRange(0, 1);
            return chart;
        }
        double gap = GAP * total;
        double height = total + gap * (Math.max(from.size(), to.size()) - 1);
        y.setRange(-0.02 * height, height * 1.08);
        Map<String, Color> colours = colours(from, to);
        double[] leftTop = nodes(out, gap, height);
        double[] rightTop = nodes(in, gap, height);
        double[] leftUsed = new double[from.size()];
        double[] rightUsed = new double[to.size()];
        for (int i = 0; i < c.length; i++) {
            for (int j = 0; j < c[i].length; j++) {
                if (c[i][j] == 0) {
                    continue;
                }
                double y0 = leftTop[i] - leftUsed[i];
                double y1 = rightTop[j] - rightUsed[j];
                leftUsed[i] += c[i][j];
                rightUsed[j] += c[i][j];
                Color col = colours.get(from.get(i));
                Color fill = new Color(col.getRed(), col.getGreen(), col.getBlue(), 90);
                plot.addAnnotation(new XYPolygonAnnotation(band(y0, y1, c[i][j]), null, null, fill));
            }
        }
        Font font = new Font(ChartStyle.FONT, Font.PLAIN, 12);
        for (int i = 0; i < from.size(); i++) {
            addNode(plot, LEFT, leftTop[i], out[i], colours.get(from.get(i)));
            label(plot, fromNames[i] + "  " + (long) out[i], LEFT - 0.01, leftTop[i] - out[i] / 2,
                    TextAnchor.CENTER_RIGHT, font, out[i]);
        }
        for (int j = 0; j < to.size(); j++) {
            addNode(plot, RIGHT, rightTop[j], in[j], colours.get(to.get(j)));
            label(plot, (long) in[j] + "  " + toNames[j], RIGHT + BAR + 0.01, rightTop[j] - in[j] / 2,
                    TextAnchor.CENTER_LEFT, font, in[j]);
        }
        Font heading = new Font(ChartStyle.FONT, Font.BOLD, 13);
        XYTextAnnotation l = new FittedText(leftHeading, LEFT + BAR / 2, height * 1.05,
                new double[] {0, height, 0.5, height * 1.1}, true);
        l.setFont(heading);
        l.setTextAnchor(TextAnchor.CENTER);
        plot.addAnnotation(l);
        XYTextAnnotation r = new FittedText(rightHeading, RIGHT + BAR / 2, height * 1.05,
                new double[] {0.5, height, 1, height * 1.1}, true);
        r.setFont(heading);
        r.setTextAnchor(TextAnchor.CENTER);
        plot.addAnnotation(r);
        return chart;
    }

    /** Top y of each node, stacked from the top with gaps; empty nodes take no height but keep their gap. */
    private static double[] nodes(double[] sizes, double gap, double height) {
        double[] top = new double[sizes.length];
        double used = 0;
        for (double s : sizes) {
            used += s;
        }
        double g = sizes.length > 1 ? Math.min(gap, (height - used) / (sizes.length - 1)) : 0;
        double yTop = height;
        for (int i = 0; i < sizes.length; i++) {
            top[i] = yTop;
            yTop -= sizes[i] + g;
        }
        return top;
    }

    /** A band from the left bars' right edge (top y0) to the right bars' left edge (top y1), {@code w} thick. */
    private static double[] band(double y0, double y1, double w) {
        double xa = LEFT + BAR;
        double xb = RIGHT;
        double[] poly = new double[4 * (CURVE_STEPS + 1)];
        int k = 0;
        for (int s = 0; s <= CURVE_STEPS; s++) {
            double t = s / (double) CURVE_STEPS;
            double e = t * t * (3 - 2 * t); // smooth step: horizontal at both ends
            poly[k++] = xa + (xb - xa) * t;
            poly[k++] = y0 + (y1 - y0) * e;
        }
        for (int s = CURVE_STEPS; s >= 0; s--) {
            double t = s / (double) CURVE_STEPS;
            double e = t * t * (3 - 2 * t);
            poly[k++] = xa + (xb - xa) * t;
            poly[k++] = y0 - w + (y1 - y0) * e;
        }
        return poly;
    }

    private static void addNode(XYPlot plot, double x0, double top, double size, Color colour) {
        if (size <= 0) {
            return;
        }
        plot.addAnnotation(new XYPolygonAnnotation(new double[] {x0, top, x0 + BAR, top, x0 + BAR, top - size, x0,
            top - size}, new BasicStroke(0.5f), Color.WHITE, colour));
    }

    private static void label(XYPlot plot, String text, double x, double y, TextAnchor anchor, Font font,
                              double size) {
        if (size <= 0) {
            return;
        }
        // kept between the picture's edge and the bar: smaller, then shortened, when the chart is narrow
        double edge = anchor == TextAnchor.CENTER_RIGHT ? 0 : 1;
        XYTextAnnotation a = new FittedText(text, x, y, new double[] {x, Double.NEGATIVE_INFINITY, edge,
            Double.POSITIVE_INFINITY}, true);
        a.setFont(font);
        a.setTextAnchor(anchor);
        a.setPaint(new Color(0x222222));
        plot.addAnnotation(a);
    }

    private static Map<String, Color> colours(List<String> from, List<String> to) {
        Map<String, Color> m = new HashMap<>();
        int next = 0;
        for (List<String> labels : List.of(from, to)) {
            for (String s : labels) {
                if (m.containsKey(s)) {
                    continue;
                }
                if (s.equals(MigrationMatrix.NEW) || s.equals(MigrationMatrix.GONE)) {
                    m.put(s, OTHER);
                } else {
                    m.put(s, quadrantColour(s, next++));
                }
            }
        }
        return m;
    }

    private static Color quadrantColour(String label, int index) {
        return switch (label) {
            case "Gold" -> ChartStyle.QUADRANT[0];
            case "Meteor" -> ChartStyle.QUADRANT[1];
            case "Stream" -> ChartStyle.QUADRANT[2];
            case "Burden" -> ChartStyle.QUADRANT[3];
            default -> ChartStyle.color(index);
        };
    }
}
