package org.valuelens.report.chart;

import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.Range;
import org.jfree.data.xy.XYDataset;

/**
 * Where the label of a reference line goes so that it sits on no data: beside a vertical line on the side with more
 * room, in headroom kept free above the data; above or below a horizontal line at the end where the plotted lines
 * stay away from it.
 */
final class MarkerPlaces {
    /** Share of the value range looked at above or below a horizontal line for data that a label would cover. */
    private static final double LABEL_HEIGHT = 0.12;
    /** Share of the x range at each end where a horizontal line's label may sit. */
    private static final double LABEL_WIDTH = 0.45;
    /** Points taken between two neighbouring data points of a line when looking for free room. */
    private static final int STEPS = 8;

    private MarkerPlaces() {
    }

    /**
     * @param plot  the plot (its domain axis already ranged)
     * @param value the vertical line's x
     * @return {@code true}: label to the right of the line (it stands in the left half of the axis)
     */
    static boolean rightOf(XYPlot plot, double value) {
        return fraction(plot.getDomainAxis(), value) <= 0.5;
    }

    /**
     * Keeps the top of the plot free of data for {@code rows} rows of line labels.
     *
     * @param plot the plot
     * @param rows label rows
     */
    static void headroom(XYPlot plot, int rows) {
        if (plot.getRangeAxis() instanceof NumberAxis axis && axis.isAutoRange()) {
            axis.setUpperMargin(Math.max(axis.getUpperMargin(), 0.02 + 0.11 * rows));
        }
    }

    /**
     * @param plot  the plot with its data and ranged axes
     * @param value the horizontal line's y
     * @return {above, right}: the place of the label with the fewest data points under it
     */
    static boolean[] horizontal(XYPlot plot, double value) {
        Range xr = plot.getDomainAxis().getRange();
        Range yr = plot.getRangeAxis().getRange();
        double band = LABEL_HEIGHT * yr.getLength();
        int[] count = new int[4]; // above-right, above-left, below-right, below-left
        if (value + band > yr.getUpperBound()) {
            count[0] += 1_000_000;
            count[1] += 1_000_000;
        }
        if (value - band < yr.getLowerBound()) {
            count[2] += 1_000_000;
            count[3] += 1_000_000;
        }
        for (int d = 0; d < plot.getDatasetCount(); d++) {
            XYDataset data = plot.getDataset(d);
            if (data == null) {
                continue;
            }
            for (int s = 0; s < data.getSeriesCount(); s++) {
                for (int i = 0; i < data.getItemCount(s); i++) {
                    double x = data.getXValue(s, i);
                    double y = data.getYValue(s, i);
                    boolean next = i + 1 < data.getItemCount(s) && Double.isFinite(y)
                            && Double.isFinite(data.getYValue(s, i + 1));
                    int steps = next ? STEPS : 1;
                    for (int k = 0; k < steps; k++) {
                        double t = k / (double) STEPS;
                        double px = next ? x + t * (data.getXValue(s, i + 1) - x) : x;
                        double py = next ? y + t * (data.getYValue(s, i + 1) - y) : y;
                        add(count, (px - xr.getLowerBound()) / xr.getLength(), py - value, band);
                    }
                }
            }
        }
        int best = 0;
        for (int c = 1; c < 4; c++) {
            if (count[c] < count[best]) {
                best = c;
            }
        }
        return new boolean[] {best < 2, best % 2 == 0};
    }

    private static void add(int[] count, double fx, double dy, double band) {
        if (!Double.isFinite(fx) || !Double.isFinite(dy)) {
            return;
        }
        boolean right = fx >= 1 - LABEL_WIDTH;
        boolean left = fx <= LABEL_WIDTH;
        if (dy >= 0 && dy <= band) {
            count[0] += right ? 1 : 0;
            count[1] += left ? 1 : 0;
        }
        if (dy <= 0 && dy >= -band) {
            count[2] += right ? 1 : 0;
            count[3] += left ? 1 : 0;
        }
    }

    private static double fraction(ValueAxis axis, double value) {
        Range r = axis.getRange();
        if (axis instanceof LogAxis && r.getLowerBound() > 0 && value > 0) {
            return (Math.log(value) - Math.log(r.getLowerBound()))
                    / (Math.log(r.getUpperBound()) - Math.log(r.getLowerBound()));
        }
        return (value - r.getLowerBound()) / r.getLength();
    }
}
