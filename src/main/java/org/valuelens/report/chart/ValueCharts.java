package org.valuelens.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.geom.Ellipse2D;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYBoxAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.labels.StandardXYToolTipGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.statistics.HistogramDataset;
import org.jfree.data.statistics.SimpleHistogramBin;
import org.jfree.data.statistics.SimpleHistogramDataset;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.valuelens.model.format.NumberTexts;
import org.valuelens.model.segment.QuadrantResult;
import org.valuelens.model.validation.CumulativeTracking;
import org.valuelens.model.validation.TrackingPoint;

/**
 * Builds every ValueLens chart as a {@link JFreeChart}, without JavaFX: the GUI shows them in a viewer, the exports
 * write them as PNG/SVG, and the report deck puts them on slides. Inputs are plain arrays so that any layer can
 * call these factories; arrays are never modified. All strings come from {@link ChartText}.
 */
public final class ValueCharts {

    /** Above this many points, scatter plots draw a seeded random sample and say so on the chart. */
    public static final int MAX_SCATTER_POINTS = 50_000;
    /** Share of the data range kept free above and below the quadrant points for the quadrant names. */
    static final double LABEL_BAND = 0.22;
    /** Height of one row of line labels, pixels. */
    static final int LABEL_ROW = 18;

    private ValueCharts() {
    }

    // ------------------------------------------------------------------ distributions

    /**
     * Histogram of customer lifetime values with mean and median lines.
     *
     * @param values   one CLV per customer (non-finite values ignored; must not be {@code null})
     * @param currency currency symbol for labels, e.g. "$"
     * @param logScale log-spaced bins on a log axis; non-positive values are left out and the subtitle says how many
     * @param text     localised strings
     * @return the chart
     */
    public static JFreeChart clvHistogram(double[] values, String currency, boolean logScale, ChartText text) {
        double[] finite = Arrays.stream(values).filter(Double::isFinite).toArray();
        NumberFormat money = money(text, currency);
        XYPlot plot;
        String xLabel;
        List<String> notes = new ArrayList<>();
        if (logScale) {
            double[] positive = Arrays.stream(finite).filter(v -> v > 0).toArray();
            if (positive.length < finite.length) {
                notes.add(text.get("clv.histogram.nonpositive", finite.length - positive.length));
            }
            SimpleHistogramDataset data = new SimpleHistogramDataset(text.get("clv.histogram.y"));
            data.setAdjustForBinSize(false);
            if (positive.length > 0) {
                double lo = Arrays.stream(positive).min().getAsDouble();
                double hi = Arrays.stream(positive).max().getAsDouble();
                if (hi < lo * 1.001) { // (nearly) all equal: one decade around the value, bins of positive width
                    lo = lo / Math.sqrt(10);
                    hi = hi * Math.sqrt(10);
                }
                int bins = binCount(positive.length);
                double logLo = Math.log10(lo);
                double step = Math.max((Math.log10(hi) - logLo) / bins, 1e-9);
                double[] edges = new double[bins + 1];
                for (int i = 1; i < bins; i++) {
                    edges[i] = Math.pow(10, logLo + i * step);
                }
                edges[0] = lo;
                edges[bins] = Math.nextUp(hi);
                for (int i = 0; i < bins; i++) {
                    data.addBin(new SimpleHistogramBin(edges[i], edges[i + 1], true, false));
                }
                data.addObservations(positive);
            }
            xLabel = text.get("clv.histogram.x.log", currency);
            LogAxis axis = new LogAxis(xLabel);
            axis.setBase(10);
            axis.setNumberFormatOverride(money);
            axis.setSmallestValue(1e-2);
            axis.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(1.0));
            axis.setMinorTickMarksVisible(true);
            plot = new XYPlot(data, axis, FittedAxes.number(text.get("clv.histogram.y")), bars(0));
        } else {
            HistogramDataset data = new HistogramDataset();
            if (finite.length > 0) {
                double lo = Arrays.stream(finite).min().getAsDouble();
                double hi = Arrays.stream(finite).max().getAsDouble();
                data.addSeries(text.get("clv.histogram.y"), finite, binCount(finite.length), lo,
                        hi > lo ? hi : lo + 1);
            }
            xLabel = text.get("clv.histogram.x", currency);
            NumberAxis axis = FittedAxes.number(xLabel);
            axis.setNumberFormatOverride(money);
            plot = new XYPlot(data, axis, FittedAxes.number(text.get("clv.histogram.y")), bars(0));
        }
        ((NumberAxis) plot.getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        // the mean and median lines are named in the legend, with their values: a label beside a line would lie on
        // the other line or on the bars, as both lines sit among the tallest bars on skewed data
        org.jfree.chart.LegendItemCollection legend = new org.jfree.chart.LegendItemCollection();
        legend.add(new org.jfree.chart.LegendItem(text.get("clv.histogram.y"), null, null, null,
                new java.awt.geom.Rectangle2D.Double(-6, -4, 12, 8), ChartStyle.color(0)));
        if (finite.length > 0) {
            double mean = Arrays.stream(finite).average().orElse(0);
            double median = median(finite);
            if (!logScale || mean > 0) {
                plot.addDomainMarker(marker(mean, ChartStyle.color(5)));
                legend.add(lineItem(text.get("clv.mean", money.format(mean)), ChartStyle.color(5)));
            }
            if (!logScale || median > 0) {
                plot.addDomainMarker(marker(median, ChartStyle.color(2)));
                legend.add(lineItem(text.get("clv.median", money.format(median)), ChartStyle.color(2)));
            }
        }
        plot.setFixedLegendItems(legend);
        JFreeChart chart = new JFreeChart(text.get("clv.histogram.title"), JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        if (!notes.isEmpty()) {
            chart.addSubtitle(subtitle(String.join(" ", notes)));
        }
        ChartStyle.apply(chart);
        if (logScale) { // the log axis writes its labels taller (CJK fonts most): keep them clear of the y axis' 0
            plot.getDomainAxis().setTickLabelInsets(new RectangleInsets(12, 4, 2, 4));
        }
        return chart;
    }

    /**
     * Concentration (Lorenz-type) curve: customers sorted from highest value, cumulative share of value, with the
     * top-20% share annotated.
     *
     * @param values one value per customer (non-finite ignored)
     * @param text   localised strings
     * @return the chart
     */
    public static JFreeChart lorenzCurve(double[] values, ChartText text) {
        double[] sorted = Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
        int n = sorted.length;
        double total = Arrays.stream(sorted).sum();
        XYSeries curve = new XYSeries(text.get("lorenz.series"));
        curve.add(0, 0);
        int stride = Math.max(1, n / 1000);
        double cumulative = 0;
        for (int i = 0; i < n; i++) {
            cumulative += sorted[n - 1 - i];
            if ((i + 1) % stride == 0 || i == n - 1) {
                curve.add((i + 1) / (double) n, total == 0 ? 0 : cumulative / total);
            }
        }
        XYSeries equality = new XYSeries(text.get("lorenz.equality"));
        equality.add(0, 0);
        equality.add(1, 1);
        XYSeriesCollection data = new XYSeriesCollection(curve);
        data.addSeries(equality);
        NumberAxis x = percentAxis(text.get("lorenz.x"), text);
        NumberAxis y = percentAxis(text.get("lorenz.y"), text);
        x.setRange(0, 1);
        y.setRange(0, 1.05);
        NumberFormat pct = new NumberTexts(text.locale(), null).percentFormat(0);
        x.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(0.1, pct));
        y.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(0.1, pct));
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setSeriesPaint(0, ChartStyle.color(0));
        renderer.setSeriesStroke(0, new BasicStroke(2.5f));
        renderer.setSeriesPaint(1, ChartStyle.color(8));
        renderer.setSeriesStroke(1, new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
                new float[] {6, 4}, 0));
        XYPlot plot = new XYPlot(data, x, y, renderer);
        String note = null;
        if (n > 0 && total != 0) {
            // the share is written under the chart (a text inside the plot would lie on a line) and the point
            // on the curve is ringed
            double share = topShare(sorted, 0.2);
            note = text.get("lorenz.top20", new NumberTexts(text.locale(), null).percent(share, 0));
            plot.addAnnotation(new org.jfree.chart.annotations.XYShapeAnnotation(
                    new Ellipse2D.Double(0.2 - 0.008, share - 0.008 * 1.05, 0.016, 0.016 * 1.05),
                    new BasicStroke(2f), ChartStyle.TEXT));
            plot.addDomainMarker(marker(0.2, ChartStyle.color(8)));
        }
        JFreeChart chart = new JFreeChart(text.get("lorenz.title"), JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        if (note != null) {
            TextTitle t = new TextTitle("○ " + note, new Font(ChartStyle.FONT, Font.BOLD, 13));
            t.setPaint(ChartStyle.TEXT);
            chart.addSubtitle(t);
        }
        return ChartStyle.apply(chart);
    }

    /**
     * Share of the total held by the top {@code fraction} of customers (ceil(fraction × n) customers).
     *
     * @param values   values (ascending or not; not modified)
     * @param fraction fraction of customers in (0, 1]
     * @return the share in [0, 1] when values are non-negative; 0 for an empty or zero-total array
     */
    public static double topShare(double[] values, double fraction) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double total = Arrays.stream(sorted).sum();
        if (sorted.length == 0 || total == 0) {
            return 0;
        }
        int top = (int) Math.ceil(fraction * sorted.length);
        double sum = 0;
        for (int i = 0; i < top; i++) {
            sum += sorted[sorted.length - 1 - i];
        }
        return sum / total;
    }

    /**
     * Box plot of values per group (e.g. CLV per segment) with a legend for every mark: box from the 25th to the
     * 75th percentile with the median line, whiskers at 1.5 IQR, the mean, and the outliers (at most 200 a group).
     * The value axis ends at the 99th percentile of all values (or the highest whisker); a note says how many
     * outliers lie above it.
     *
     * @param title  chart title
     * @param yLabel value axis label
     * @param groups group names
     * @param values values per group, aligned with {@code groups}
     * @param text   localised strings (the legend)
     * @return the chart
     */
    public static JFreeChart boxPlot(String title, String yLabel, String[] groups, double[][] values,
                                     ChartText text) {
        return BoxPlots.chart(title, yLabel, groups, values, text);
    }

    // ------------------------------------------------------------------ quadrant

    /**
     * The quadrant chart of a {@link QuadrantResult}: its points, quadrants and thresholds.
     *
     * @param q        the segmentation ({@code null} not permitted)
     * @param names    the four localised quadrant names (gold, meteor, stream, burden)
     * @param currency currency symbol
     * @param seed     seed for the sample
     * @param text     localised strings
     * @return the chart
     */
    public static JFreeChart quadrant(QuadrantResult q, String[] names, String currency, long seed, ChartText text) {
        int n = q.points().size();
        double[] x = new double[n];
        double[] y = new double[n];
        int[] quad = new int[n];
        for (int i = 0; i < n; i++) {
            QuadrantResult.Point p = q.points().get(i);
            x[i] = p.x();
            y[i] = p.y();
            quad[i] = p.quadrant().ordinal();
        }
        return quadrant(x, y, quad, names, q.xThreshold(), q.yThreshold(), currency, seed, text);
    }

    /**
     * Cumulative repeat purchases, actual against the model, with a vertical line at the calibration end.
     *
     * @param t              the tracking ({@code null} not permitted)
     * @param unitLabel      the localised name of the time unit for the x axis
     * @param start          day that period 0 starts ({@code null}: no calibration line)
     * @param calibrationEnd last day of the calibration period ({@code null}: no calibration line)
     * @param text           localised strings
     * @return the chart
     */
    public static JFreeChart tracking(CumulativeTracking t, String unitLabel, LocalDate start,
                                      LocalDate calibrationEnd, ChartText text) {
        return tracking(t, true, text.get("tracking.title"), text.get("tracking.y"), unitLabel, start,
                calibrationEnd, text);
    }

    /**
     * Actual and predicted repeat purchases per period, cumulated or not, with the calibration end marked.
     *
     * @param t              the tracking
     * @param cumulative     draw the cumulative values (else the per-period ones)
     * @param title          chart title
     * @param yLabel         value axis label
     * @param unitLabel      localised name of the period
     * @param start          tracking start ({@code null}: no calibration line)
     * @param calibrationEnd calibration end ({@code null}: no calibration line)
     * @param text           localised strings
     * @return the chart
     */
    static JFreeChart tracking(CumulativeTracking t, boolean cumulative, String title, String yLabel,
                               String unitLabel, LocalDate start, LocalDate calibrationEnd, ChartText text) {
        List<TrackingPoint> pts = t.points();
        double[] x = new double[pts.size()];
        double[][] y = new double[2][pts.size()];
        for (int i = 0; i < pts.size(); i++) {
            TrackingPoint p = pts.get(i);
            x[i] = p.period();
            y[0][i] = cumulative ? p.actualCumulative() : p.actual();
            y[1][i] = cumulative ? p.predictedCumulative() : p.predicted();
        }
        JFreeChart chart = lines(title, text.get("tracking.x", unitLabel), yLabel,
                new String[] {text.get("tracking.actual"), text.get("tracking.predicted")}, x, y, false, text);
        if (start != null && calibrationEnd != null) {
            double period = t.unit().fromDays(calibrationEnd.toEpochDay() - start.toEpochDay() + 1);
            withVerticalLine(chart, period, text.get("tracking.calibrationEnd"));
        }
        return chart;
    }

    /**
     * The gold / meteor / stream / burden scatter: one point per customer, shaded regions named in their corners,
     * dashed threshold lines. Above {@link #MAX_SCATTER_POINTS} customers a seeded random sample is drawn and the
     * subtitle says so; the value axis is clipped to the 1st–99th percentile (plus the threshold) so that one
     * outlier cannot flatten the picture, and the subtitle says that too.
     *
     * @param x          repeat purchases per customer
     * @param y          average profit per purchase per customer (currency units)
     * @param quadrant   0 gold, 1 meteor, 2 stream, 3 burden, per customer
     * @param names      the four localised quadrant names in that order
     * @param xThreshold purchases threshold
     * @param yThreshold profit threshold
     * @param currency   currency symbol
     * @param seed       seed for the sample
     * @param text       localised strings
     * @return the chart
     */
    public static JFreeChart quadrant(double[] x, double[] y, int[] quadrant, String[] names, double xThreshold,
                                      double yThreshold, String currency, long seed, ChartText text) {
        int n = x.length;
        if (y.length != n || quadrant.length != n || names.length != 4) {
            throw new IllegalArgumentException("x, y and quadrant must have one entry per customer, names four");
        }
        int[] shown = sample(n, MAX_SCATTER_POINTS, seed);
        XYSeriesCollection data = new XYSeriesCollection();
        XYSeries[] series = new XYSeries[4];
        for (int q = 0; q < 4; q++) {
            series[q] = new XYSeries(names[q], false, true);
            data.addSeries(series[q]);
        }
        for (int i : shown) {
            if (Double.isFinite(x[i]) && Double.isFinite(y[i])) {
                series[quadrant[i]].add(x[i], y[i], false);
            }
        }
        for (XYSeries s : series) {
            s.fireSeriesChanged();
        }
        NumberFormat money = money(text, currency);
        NumberAxis xAxis = FittedAxes.number(text.get("quadrant.x"));
        xAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        NumberAxis yAxis = FittedAxes.number(text.get("quadrant.y", currency));
        yAxis.setNumberFormatOverride(money);
        double[] ys = Arrays.stream(y).filter(Double::isFinite).sorted().toArray();
        double[] xs = Arrays.stream(x).filter(Double::isFinite).toArray();
        double yLo = Math.min(ys.length == 0 ? 0 : quantile(ys, 0.01), yThreshold);
        double yHi = Math.max(ys.length == 0 ? 1 : quantile(ys, 0.99), yThreshold);
        // counts are whole numbers and "many" means strictly above the threshold: draw the divider half a
        // purchase to the right, between the last "few" column and the first "many" column
        boolean wholeCounts = Arrays.stream(xs).allMatch(v -> v == Math.rint(v));
        double xLine = wholeCounts ? Math.floor(xThreshold) + 0.5 : xThreshold;
        double xLo = Math.min(xThreshold, xs.length == 0 ? 0 : Arrays.stream(xs).min().getAsDouble());
        double xHi = Math.max(xThreshold, xs.length == 0 ? 1 : Arrays.stream(xs).max().getAsDouble());
        // a band above and below the data holds the quadrant names, so that they never sit on a point
        double yPad = Math.max((yHi - yLo) * LABEL_BAND, 1e-6);
        double xPad = Math.max((xHi - xLo) * 0.04, 0.5);
        // the axis starts where the data start (half a purchase before the fewest), not at a negative count
        xAxis.setRange(xLo - 0.5, xHi + xPad);
        yAxis.setRange(yLo - yPad, yHi + yPad);
        boolean clipped = ys.length > 0 && (ys[0] < yLo || ys[ys.length - 1] > yHi);
        final double bandLo = yLo;
        final double bandHi = yHi;

        // points beyond the 1st/99th percentile are not drawn: they would fall into the band of the names
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true) {
            private static final long serialVersionUID = 1L;

            @Override
            public boolean getItemShapeVisible(int s, int item) {
                if (s >= data.getSeriesCount() || item >= data.getItemCount(s)) {
                    return super.getItemShapeVisible(s, item); // legend items of empty series
                }
                double v = data.getYValue(s, item);
                return v >= bandLo && v <= bandHi && super.getItemShapeVisible(s, item);
            }
        };
        for (int q = 0; q < 4; q++) {
            Color c = ChartStyle.QUADRANT[q];
            renderer.setSeriesPaint(q, new Color(c.getRed(), c.getGreen(), c.getBlue(), 150));
            renderer.setSeriesShape(q, new Ellipse2D.Double(-3, -3, 6, 6));
        }
        renderer.setDefaultToolTipGenerator(new ScatterToolTips(NumberFormat.getIntegerInstance(text.locale()),
                money));
        XYPlot plot = new XYPlot(data, xAxis, yAxis, renderer);
        double left = xLo - 0.5;
        double right = xHi + xPad;
        double bottom = yLo - yPad;
        double top = yHi + yPad;
        // gold: right-top, meteor: left-top, stream: right-bottom, burden: left-bottom
        double[][] boxes = {
            {xLine, yThreshold, right, top}, {left, yThreshold, xLine, top},
            {xLine, bottom, right, yThreshold}, {left, bottom, xLine, yThreshold}
        };
        for (int q = 0; q < 4; q++) {
            Color c = ChartStyle.QUADRANT[q];
            plot.getRenderer().addAnnotation(new XYBoxAnnotation(boxes[q][0], boxes[q][1], boxes[q][2], boxes[q][3],
                    null, null, new Color(c.getRed(), c.getGreen(), c.getBlue(), 28)), Layer.BACKGROUND);
            boolean rightSide = q == 0 || q == 2;
            boolean topSide = q == 0 || q == 1;
            // in the band above or below the points, between the plot's side and the divider; left out where
            // the column is too narrow for it (the legend names every colour)
            double lx = rightSide ? boxes[q][2] - xPad * 0.3 : boxes[q][0] + 0.3;
            double ly = topSide ? top - yPad * 0.04 : bottom + yPad * 0.04;
            XYTextAnnotation label = new FittedText(names[q].toUpperCase(text.locale()), lx, ly,
                    new double[] {lx, topSide ? yHi : yLo, xLine, topSide ? top : bottom}, false);
            label.setFont(new Font(ChartStyle.FONT, Font.BOLD, 14));
            label.setPaint(c.darker());
            label.setTextAnchor(rightSide
                    ? (topSide ? TextAnchor.TOP_RIGHT : TextAnchor.BOTTOM_RIGHT)
                    : (topSide ? TextAnchor.TOP_LEFT : TextAnchor.BOTTOM_LEFT));
            plot.addAnnotation(label);
        }
        plot.addDomainMarker(marker(xLine, ChartStyle.TEXT));
        plot.addRangeMarker(marker(yThreshold, ChartStyle.TEXT));
        JFreeChart chart = new JFreeChart(text.get("quadrant.title"), JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        List<String> notes = new ArrayList<>();
        notes.add(text.get("quadrant.threshold.x", new NumberTexts(text.locale(), null).compact(xThreshold, 3))
                + "  ·  " + text.get("quadrant.threshold.y", money.format(yThreshold)));
        if (shown.length < n) {
            NumberFormat count = NumberFormat.getIntegerInstance(text.locale());
            notes.add(text.get("quadrant.sampled", count.format(shown.length), count.format(n)));
        }
        if (clipped) {
            notes.add(text.get("quadrant.clipped"));
        }
        if (!notes.isEmpty()) {
            chart.addSubtitle(subtitle(String.join("  ·  ", notes)));
        }
        return ChartStyle.apply(chart);
    }

    /**
     * Indices of a seeded uniform sample without replacement (all indices, in order, when {@code n <= max}).
     *
     * @param n    population size
     * @param max  sample size cap
     * @param seed seed
     * @return sorted indices
     */
    static int[] sample(int n, int max, long seed) {
        if (n <= max) {
            int[] all = new int[n];
            Arrays.setAll(all, i -> i);
            return all;
        }
        int[] idx = new int[n];
        Arrays.setAll(idx, i -> i);
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < max; i++) {
            int j = i + random.nextInt(n - i);
            int t = idx[i];
            idx[i] = idx[j];
            idx[j] = t;
        }
        int[] out = Arrays.copyOf(idx, max);
        Arrays.sort(out);
        return out;
    }

    // ------------------------------------------------------------------ heatmaps

    /**
     * A labelled heatmap (cohort × period retention, RFM recency × frequency): a coloured block per cell, the value
     * written on each cell when there are at most 400 cells, a colour legend. Missing cells are {@code NaN} and
     * left blank.
     *
     * @param title      chart title
     * @param xLabel     column axis label
     * @param yLabel     row axis label
     * @param legend     colour-scale label
     * @param rowLabels  row names, first row drawn at the top
     * @param colLabels  column names
     * @param values     values[row][column]
     * @param cellFormat how cell values are written
     * @return the chart
     */
    public static JFreeChart heatmap(String title, String xLabel, String yLabel, String legend, String[] rowLabels,
                                     String[] colLabels, double[][] values, NumberFormat cellFormat) {
        int rows = rowLabels.length;
        int cols = colLabels.length;
        List<double[]> cells = new ArrayList<>();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                double v = values[r][c];
                if (Double.isFinite(v)) {
                    cells.add(new double[] {c, rows - 1 - r, v});
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        if (cells.isEmpty()) {
            lo = 0;
            hi = 1;
        } else if (hi <= lo) {
            hi = lo + 1;
        }
        double[][] series = new double[3][cells.size()];
        for (int i = 0; i < cells.size(); i++) {
            series[0][i] = cells.get(i)[0];
            series[1][i] = cells.get(i)[1];
            series[2][i] = cells.get(i)[2];
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries(title, series);
        String[] reversed = new String[rows];
        for (int r = 0; r < rows; r++) {
            reversed[r] = rowLabels[rows - 1 - r];
        }
        SymbolAxis xAxis = FittedAxes.symbol(xLabel, colLabels);
        SymbolAxis yAxis = FittedAxes.symbol(yLabel, reversed);
        xAxis.setGridBandsVisible(false);
        yAxis.setGridBandsVisible(false);
        xAxis.setRange(-0.5, cols - 0.5);
        yAxis.setRange(-0.5, rows - 0.5);
        if (cols > 12) {
            xAxis.setVerticalTickLabels(true);
        }
        XYBlockRenderer renderer = new XYBlockRenderer();
        BlueScale scale = new BlueScale(lo, hi);
        renderer.setPaintScale(scale);
        XYPlot plot = new XYPlot(data, xAxis, yAxis, renderer);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        if (cells.size() <= 400) {
            int size = cells.size() <= 120 ? 12 : 10;
            String widest = "";
            for (double[] cell : cells) {
                String t = cellFormat.format(cell[2]);
                widest = t.length() > widest.length() ? t : widest;
            }
            for (double[] cell : cells) {
                // all values at one size, the largest at which the widest fits its cell; none when it does not
                XYTextAnnotation a = new FittedText(cellFormat.format(cell[2]), cell[0], cell[1],
                        new double[] {cell[0] - 0.5, cell[1] - 0.5, cell[0] + 0.5, cell[1] + 0.5}, widest, 8);
                a.setFont(new Font(ChartStyle.FONT, Font.PLAIN, size));
                a.setPaint(scale.isDark(cell[2]) ? Color.WHITE : ChartStyle.TEXT);
                plot.addAnnotation(a);
            }
        }
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        NumberAxis scaleAxis = FittedAxes.number(legend);
        scaleAxis.setRange(lo, hi);
        scaleAxis.setNumberFormatOverride(cellFormat);
        PaintScaleLegend bar = new PaintScaleLegend(scale, scaleAxis);
        bar.setPosition(RectangleEdge.RIGHT);
        bar.setMargin(4, 12, 4, 4);
        bar.setStripWidth(14);
        bar.setAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_RIGHT);
        chart.addSubtitle(bar);
        ChartStyle.apply(chart);
        scaleAxis.setLabelFont(new Font(ChartStyle.FONT, Font.PLAIN, 12));
        return chart;
    }

    /** White-to-dark-blue scale; readable text colour chosen per cell. */
    static final class BlueScale implements org.jfree.chart.renderer.PaintScale, java.io.Serializable {
        private static final long serialVersionUID = 1L;
        private final double lower;
        private final double upper;

        BlueScale(double lower, double upper) {
            this.lower = lower;
            this.upper = upper;
        }

        @Override
        public double getLowerBound() {
            return lower;
        }

        @Override
        public double getUpperBound() {
            return upper;
        }

        double fraction(double value) {
            return Math.max(0, Math.min(1, (value - lower) / (upper - lower)));
        }

        boolean isDark(double value) {
            return fraction(value) > 0.55;
        }

        @Override
        public Paint getPaint(double value) {
            if (!Double.isFinite(value)) {
                return Color.WHITE;
            }
            double f = fraction(value);
            // from #EFF5FB to #08306B (ColorBrewer Blues ends)
            int r = (int) Math.round(0xEF + f * (0x08 - 0xEF));
            int g = (int) Math.round(0xF5 + f * (0x30 - 0xF5));
            int b = (int) Math.round(0xFB + f * (0x6B - 0xFB));
            return new Color(r, g, b);
        }
    }

    // ------------------------------------------------------------------ lines and bars

    /**
     * Line chart of several series over a common x (retention curves, LTV curves, tracking). {@code NaN} values
     * leave gaps.
     *
     * @param title    chart title
     * @param xLabel   x axis label (with its unit)
     * @param yLabel   y axis label (with its unit)
     * @param names    series names
     * @param x        x values shared by all series
     * @param y        y[series][i]
     * @param yPercent format the y axis as percentages of 1
     * @param text     localised strings (number formats)
     * @return the chart
     */
    public static JFreeChart lines(String title, String xLabel, String yLabel, String[] names, double[] x,
                                   double[][] y, boolean yPercent, ChartText text) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (int s = 0; s < names.length; s++) {
            XYSeries series = new XYSeries(names[s], false, true);
            for (int i = 0; i < x.length; i++) {
                series.add(x[i], Double.isFinite(y[s][i]) ? y[s][i] : null, false);
            }
            series.fireSeriesChanged();
            data.addSeries(series);
        }
        NumberAxis xAxis = FittedAxes.number(xLabel);
        xAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        xAxis.setAutoRangeIncludesZero(true);
        NumberAxis yAxis = yPercent ? percentAxis(yLabel, text) : FittedAxes.number(yLabel);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, x.length <= 40);
        for (int s = 0; s < names.length; s++) {
            renderer.setSeriesPaint(s, ChartStyle.color(s));
            renderer.setSeriesStroke(s, new BasicStroke(2.2f));
            renderer.setSeriesShape(s, new Ellipse2D.Double(-2.5, -2.5, 5, 5));
        }
        renderer.setDefaultToolTipGenerator(new StandardXYToolTipGenerator());
        XYPlot plot = new XYPlot(data, xAxis, yAxis, renderer);
        return ChartStyle.apply(new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, names.length > 1));
    }

    /**
     * Grouped bar chart.
     *
     * @param title         chart title
     * @param categoryLabel category axis label
     * @param valueLabel    value axis label
     * @param series        series names (one colour each)
     * @param categories    category names
     * @param values        values[series][category]
     * @param valuePercent  format the value axis as percentages of 1
     * @param text          localised strings
     * @return the chart
     */
    public static JFreeChart bars(String title, String categoryLabel, String valueLabel, String[] series,
                                  String[] categories, double[][] values, boolean valuePercent, ChartText text) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int s = 0; s < series.length; s++) {
            for (int c = 0; c < categories.length; c++) {
                data.addValue(Double.isFinite(values[s][c]) ? values[s][c] : null, series[s], categories[c]);
            }
        }
        CategoryAxis x = new CategoryAxis(categoryLabel);
        if (categories.length > 8) {
            x.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        x.setMaximumCategoryLabelLines(2);
        NumberAxis y = valuePercent ? percentAxis(valueLabel, text) : FittedAxes.number(valueLabel);
        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setItemMargin(0.05);
        for (int s = 0; s < series.length; s++) {
            renderer.setSeriesPaint(s, ChartStyle.color(s));
        }
        renderer.setDefaultToolTipGenerator(new org.jfree.chart.labels.StandardCategoryToolTipGenerator());
        CategoryPlot plot = new CategoryPlot(data, x, y, renderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        return ChartStyle.apply(new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, series.length > 1));
    }

    /**
     * Adds a note under the chart (for example what empty cells mean).
     *
     * @param chart the chart
     * @param note  the note
     * @return the same chart
     */
    public static JFreeChart withNote(JFreeChart chart, String note) {
        chart.addSubtitle(subtitle(note));
        return chart;
    }

    /**
     * Adds a labelled horizontal line (e.g. CAC) to an XY chart.
     *
     * @param chart an XY chart
     * @param value y value
     * @param label label text ({@code null} for none)
     * @return the same chart
     */
    public static JFreeChart withHorizontalLine(JFreeChart chart, double value, String label) {
        XYPlot plot = chart.getXYPlot();
        if (label == null) {
            plot.addRangeMarker(marker(value, ChartStyle.color(5)));
            return chart;
        }
        boolean[] place = MarkerPlaces.horizontal(plot, value);
        plot.addRangeMarker(horizontal(value, label, ChartStyle.color(5), place[0], place[1]));
        return chart;
    }

    /**
     * Adds a labelled vertical line (e.g. the calibration end) to an XY chart.
     *
     * @param chart an XY chart
     * @param value x value
     * @param label label text ({@code null} for none)
     * @return the same chart
     */
    public static JFreeChart withVerticalLine(JFreeChart chart, double value, String label) {
        XYPlot plot = chart.getXYPlot();
        if (label == null) {
            plot.addDomainMarker(marker(value, ChartStyle.color(8)));
            return chart;
        }
        // the label at the top, on the side of the line with more room; headroom keeps it above the lines
        plot.addDomainMarker(vertical(value, label, ChartStyle.color(8), MarkerPlaces.rightOf(plot, value), 0));
        MarkerPlaces.headroom(plot, 1);
        return chart;
    }

    /**
     * Sets one font family on every text of a chart (titles, legend, axes, annotations, markers), keeping sizes and
     * styles: for languages whose glyphs the default sans-serif font lacks, e.g. a CJK family for Chinese.
     *
     * @param chart  the chart ({@code null} not permitted)
     * @param family an installed font family name ({@code null} not permitted)
     * @return the same chart
     */
    public static JFreeChart withFontFamily(JFreeChart chart, String family) {
        Objects.requireNonNull(family, "family");
        java.util.function.UnaryOperator<Font> f = font -> font == null ? null
                : new Font(family, font.getStyle(), font.getSize());
        if (chart.getTitle() != null) {
            chart.getTitle().setFont(f.apply(chart.getTitle().getFont()));
        }
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            Object t = chart.getSubtitle(i);
            if (t instanceof TextTitle tt) {
                tt.setFont(f.apply(tt.getFont()));
            } else if (t instanceof org.jfree.chart.title.LegendTitle lt) {
                lt.setItemFont(f.apply(lt.getItemFont()));
            } else if (t instanceof PaintScaleLegend psl) {
                fontAxis(psl.getAxis(), f);
            }
        }
        if (chart.getPlot() instanceof XYPlot xy) {
            for (int i = 0; i < xy.getDomainAxisCount(); i++) {
                fontAxis(xy.getDomainAxis(i), f);
            }
            for (int i = 0; i < xy.getRangeAxisCount(); i++) {
                fontAxis(xy.getRangeAxis(i), f);
            }
            for (Object a : xy.getAnnotations()) {
                if (a instanceof XYTextAnnotation ta) {
                    ta.setFont(f.apply(ta.getFont()));
                }
            }
            fontMarkers(xy.getDomainMarkers(Layer.FOREGROUND), f);
            fontMarkers(xy.getDomainMarkers(Layer.BACKGROUND), f);
            fontMarkers(xy.getRangeMarkers(Layer.FOREGROUND), f);
            fontMarkers(xy.getRangeMarkers(Layer.BACKGROUND), f);
        } else if (chart.getPlot() instanceof CategoryPlot cp) {
            for (int i = 0; i < cp.getDomainAxisCount(); i++) {
                fontAxis(cp.getDomainAxis(i), f);
            }
            for (int i = 0; i < cp.getRangeAxisCount(); i++) {
                fontAxis(cp.getRangeAxis(i), f);
            }
        }
        return chart;
    }

    private static void fontAxis(org.jfree.chart.axis.Axis axis, java.util.function.UnaryOperator<Font> f) {
        if (axis != null) {
            axis.setLabelFont(f.apply(axis.getLabelFont()));
            axis.setTickLabelFont(f.apply(axis.getTickLabelFont()));
        }
    }

    private static void fontMarkers(java.util.Collection<?> markers, java.util.function.UnaryOperator<Font> f) {
        if (markers != null) {
            for (Object m : markers) {
                if (m instanceof org.jfree.chart.plot.Marker mk) {
                    mk.setLabelFont(f.apply(mk.getLabelFont()));
                }
            }
        }
    }

    // ------------------------------------------------------------------ helpers

    private static XYBarRenderer bars(int colour) {
        XYBarRenderer r = new XYBarRenderer(0.04);
        r.setBarPainter(new StandardXYBarPainter());
        r.setShadowVisible(false);
        r.setSeriesPaint(0, ChartStyle.color(colour));
        r.setDrawBarOutline(false);
        r.setDefaultToolTipGenerator(new StandardXYToolTipGenerator());
        return r;
    }

    private static ValueMarker marker(double value, Color colour) {
        return new ValueMarker(value, colour, new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
                new float[] {6, 4}, 0));
    }

    /**
     * A dashed vertical line with its label at the top, beside the line (never across it).
     *
     * @param row 0 for the first line of labels under the plot's top, 1 for the second, ...
     */
    private static ValueMarker vertical(double value, String label, Color colour, boolean rightOfLine, int row) {
        ValueMarker m = marker(value, colour);
        m.setLabel(label);
        m.setLabelAnchor(rightOfLine ? RectangleAnchor.TOP_RIGHT : RectangleAnchor.TOP_LEFT);
        m.setLabelTextAnchor(rightOfLine ? TextAnchor.TOP_LEFT : TextAnchor.TOP_RIGHT);
        m.setLabelOffset(new RectangleInsets(4 + row * LABEL_ROW, 6, 4, 6));
        return labelStyle(m, colour);
    }

    /** A dashed horizontal line with its label above or below it, at its left or right end. */
    private static ValueMarker horizontal(double value, String label, Color colour, boolean above, boolean right) {
        ValueMarker m = marker(value, colour);
        m.setLabel(label);
        m.setLabelAnchor(above ? (right ? RectangleAnchor.TOP_RIGHT : RectangleAnchor.TOP_LEFT)
                : (right ? RectangleAnchor.BOTTOM_RIGHT : RectangleAnchor.BOTTOM_LEFT));
        m.setLabelTextAnchor(above ? (right ? TextAnchor.BOTTOM_RIGHT : TextAnchor.BOTTOM_LEFT)
                : (right ? TextAnchor.TOP_RIGHT : TextAnchor.TOP_LEFT));
        m.setLabelOffset(new RectangleInsets(4, 6, 4, 6));
        return labelStyle(m, colour);
    }

    private static org.jfree.chart.LegendItem lineItem(String label, Color colour) {
        return new org.jfree.chart.LegendItem(label, null, null, null, new java.awt.geom.Line2D.Double(-9, 0, 9, 0),
                new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {5, 3}, 0), colour);
    }

    private static ValueMarker labelStyle(ValueMarker m, Color colour) {
        m.setLabelFont(new Font(ChartStyle.FONT, Font.BOLD, 12));
        m.setLabelPaint(colour.darker());
        m.setLabelBackgroundColor(new Color(255, 255, 255, 215));
        return m;
    }

    private static TextTitle subtitle(String text) {
        TextTitle t = new TextTitle(text, new Font(ChartStyle.FONT, Font.ITALIC, 12));
        t.setPaint(new Color(0x555555));
        return t;
    }

    private static NumberAxis percentAxis(String label, ChartText text) {
        NumberAxis axis = FittedAxes.number(label);
        axis.setNumberFormatOverride(new NumberTexts(text.locale(), null).percentFormat(0));
        return axis;
    }

    private static NumberFormat money(ChartText text, String currency) {
        return new NumberTexts(text.locale(), currency).moneyAxisFormat(2);
    }

    private static int binCount(int n) {
        return Math.max(10, Math.min(60, (int) Math.ceil(Math.sqrt(n))));
    }

    static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return quantile(v, 0.5);
    }

    /** Linear-interpolation quantile (type 7) of a sorted array. */
    static double quantile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
