package org.valuelens.report.chart;

import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Random;
import org.valuelens.report.export.ChartImages;

/** Writes sample charts to a folder for a human look: {@code java ... ChartGallery DIR}. Not a test. */
public final class ChartGallery {
    private ChartGallery() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/chart-gallery");
        ChartText en = ChartText.of(Locale.ENGLISH);
        Random r = new Random(1);
        int n = 3000;
        double[] clv = new double[n];
        double[] x = new double[n];
        double[] y = new double[n];
        int[] q = new int[n];
        for (int i = 0; i < n; i++) {
            clv[i] = Math.exp(3 + 1.2 * r.nextGaussian());
            x[i] = Math.floor(Math.exp(r.nextGaussian()));
            y[i] = 10 + 8 * r.nextGaussian();
            q[i] = (x[i] > 1 ? 0 : 1) + (y[i] > 10 ? 0 : 2);
        }
        ChartImages.writePng(ValueCharts.clvHistogram(clv, "$", true, en), dir.resolve("hist-log.png"), 960, 540, 1);
        ChartImages.writePng(ValueCharts.clvHistogram(clv, "$", false, en), dir.resolve("hist.png"), 960, 540, 1);
        ChartImages.writePng(ValueCharts.lorenzCurve(clv, en), dir.resolve("lorenz.png"), 960, 540, 1);
        ChartImages.writePng(ValueCharts.quadrant(x, y, q, new String[] {"Gold", "Meteor", "Stream", "Burden"}, 1,
                10, "$", 1, en), dir.resolve("quadrant.png"), 960, 540, 1);
        String[] cohorts = {"1997-01", "1997-02", "1997-03"};
        String[] periods = new String[12];
        double[][] ret = new double[3][12];
        for (int c = 0; c < 3; c++) {
            for (int p = 0; p < 12; p++) {
                periods[p] = String.valueOf(p);
                ret[c][p] = p + c >= 12 ? Double.NaN : p == 0 ? 1 : 0.4 * Math.exp(-p / 6.0) + 0.05 * c;
            }
        }
        ChartImages.writePng(ValueCharts.heatmap(en.get("cohort.heatmap.title"), en.get("cohort.heatmap.x", "months"),
                en.get("cohort.heatmap.y"), en.get("cohort.heatmap.legend"), cohorts, periods, ret,
                NumberFormat.getPercentInstance(Locale.ENGLISH)), dir.resolve("heatmap.png"), 960, 540, 1);
        double[] px = new double[12];
        for (int p = 0; p < 12; p++) {
            px[p] = p;
        }
        ChartImages.writePng(ValueCharts.withHorizontalLine(ValueCharts.lines(en.get("cohort.retention.title"),
                en.get("cohort.heatmap.x", "months"), en.get("cohort.retention.y"), cohorts, px, ret, true, en), 0.3,
                "CAC"), dir.resolve("lines.png"), 960, 540, 1);
        ChartImages.writePng(ValueCharts.bars(en.get("holdout.title"), en.get("holdout.x"), en.get("holdout.y"),
                new String[] {"Actual", "Model", "Baseline"}, new String[] {"0", "1", "2", "3", "4", "5", "6", "7+"},
                new double[][] {{0.24, 0.7, 1.4, 1.6, 2.5, 2.9, 3.9, 6.4}, {0.22, 0.52, 1.04, 1.52, 2.16, 2.65, 3.5,
                    6.2}, {0, 0.9, 1.7, 2.4, 3.1, 3.8, 4.5, 8}}, false, en), dir.resolve("bars.png"), 960, 540, 1);
        ChartImages.writePng(ValueCharts.boxPlot("CLV by segment", "CLV ($)", new String[] {"High", "Medium", "Low"},
                new double[][] {clv, clv, clv}, en), dir.resolve("box.png"), 960, 540, 1);
    }
}
