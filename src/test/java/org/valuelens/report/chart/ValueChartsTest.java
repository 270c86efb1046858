package org.valuelens.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.HashSet;
import java.util.Locale;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuelens.report.export.ChartImages;

class ValueChartsTest {
    private static final ChartText EN = ChartText.of(Locale.ENGLISH);

    private static double[] lognormal(int n, long seed) {
        Random r = new Random(seed);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = Math.exp(3 + 1.2 * r.nextGaussian());
        }
        return v;
    }

    /** Counts pixels that are neither white nor transparent: a blank chart has only the background. */
    private static long inkPixels(BufferedImage image) {
        long ink = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int argb = image.getRGB(x, y);
                if ((argb >>> 24) > 0 && (argb & 0xFFFFFF) != 0xFFFFFF) {
                    ink++;
                }
            }
        }
        return ink;
    }

    @Test
    void topShareOfTheHighestFifthMatchesAHandCount() {
        // 10 customers: values 1..10, total 55; the top 2 hold 10 + 9 = 19
        double[] values = {3, 1, 2, 10, 4, 5, 9, 6, 7, 8};
        assertThat(ValueCharts.topShare(values, 0.2)).isCloseTo(19.0 / 55.0, within(1e-12));
        assertThat(ValueCharts.topShare(new double[0], 0.2)).isZero();
    }

    @Test
    void lorenzCurveEndsAtOneAndPassesThroughTheTopFifthShare() {
        double[] values = lognormal(5_000, 1);
        JFreeChart chart = ValueCharts.lorenzCurve(values, EN);
        XYDataset data = chart.getXYPlot().getDataset();
        int last = data.getItemCount(0) - 1;
        assertThat(data.getYValue(0, last)).isCloseTo(1.0, within(1e-9));
        // independent: sort descending, sum the first 1000 of 5000
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        double top = 0;
        double total = 0;
        for (int i = 0; i < sorted.length; i++) {
            total += sorted[i];
            if (i >= sorted.length - 1000) {
                top += sorted[i];
            }
        }
        int at20 = -1;
        for (int i = 0; i < data.getItemCount(0); i++) {
            if (Math.abs(data.getXValue(0, i) - 0.2) < 1e-12) {
                at20 = i;
            }
        }
        assertThat(at20).isPositive();
        assertThat(data.getYValue(0, at20)).isCloseTo(top / total, within(1e-9));
    }

    @Test
    void histogramCountsEveryFiniteValueOnceInBothScales() {
        double[] values = lognormal(2_000, 2);
        values[0] = Double.NaN;
        for (boolean log : new boolean[] {false, true}) {
            XYDataset data = ValueCharts.clvHistogram(values, "$", log, EN).getXYPlot().getDataset();
            double sum = 0;
            for (int i = 0; i < data.getItemCount(0); i++) {
                sum += data.getYValue(0, i);
            }
            assertThat(sum).as("log=%s", log).isEqualTo(1_999.0);
        }
    }

    @Test
    void quadrantSamplesLargeDataAndSaysSoOnTheChart() {
        int n = 60_000;
        double[] x = new double[n];
        double[] y = new double[n];
        int[] q = new int[n];
        Random r = new Random(3);
        for (int i = 0; i < n; i++) {
            x[i] = r.nextInt(10);
            y[i] = r.nextGaussian() * 20 + 30;
            q[i] = (x[i] >= 3 ? 0 : 1) + (y[i] >= 30 ? 0 : 2);
        }
        JFreeChart chart = ValueCharts.quadrant(x, y, q, new String[] {"Gold", "Meteor", "Stream", "Burden"}, 3, 30,
                "$", 42L, EN);
        XYDataset data = chart.getXYPlot().getDataset();
        int drawn = 0;
        for (int s = 0; s < 4; s++) {
            drawn += data.getItemCount(s);
        }
        assertThat(drawn).isEqualTo(ValueCharts.MAX_SCATTER_POINTS);
        String subtitle = ((TextTitle) chart.getSubtitle(chart.getSubtitleCount() - 1)).getText();
        assertThat(subtitle).contains("50,000").contains("60,000");
        assertThat(subtitle).contains("3 repeat purchases").contains("$30");
    }

    @Test
    void sampleIsReproducibleForASeedAndHasNoRepeats() {
        int[] a = ValueCharts.sample(1_000, 100, 7);
        int[] b = ValueCharts.sample(1_000, 100, 7);
        assertThat(a).isEqualTo(b);
        Set<Integer> distinct = new HashSet<>();
        for (int i : a) {
            distinct.add(i);
        }
        assertThat(distinct).hasSize(100);
    }

    @Test
    void heatmapPutsOneBlockPerFiniteCellWithTheFirstRowOnTop() {
        double[][] v = {{1.0, 0.5, 0.25}, {1.0, Double.NaN, Double.NaN}};
        JFreeChart chart = ValueCharts.heatmap("t", "x", "y", "l", new String[] {"2024-01", "2024-02"},
                new String[] {"0", "1", "2"}, v, NumberFormat.getPercentInstance(Locale.ENGLISH));
        XYPlot plot = chart.getXYPlot();
        assertThat(plot.getDataset().getItemCount(0)).isEqualTo(4);
        assertThat(plot.getAnnotations()).hasSize(4);
        // first row (2024-01) is drawn at the top, i.e. at y = rows - 1 = 1
        assertThat(plot.getDataset().getYValue(0, 0)).isEqualTo(1.0);
    }

    @Test
    void everyChartRendersInkAtSlideSize(@TempDir Path dir) throws IOException {
        double[] v = lognormal(500, 4);
        JFreeChart[] charts = {
            ValueCharts.clvHistogram(v, "$", true, EN),
            ValueCharts.lorenzCurve(v, EN),
            ValueCharts.boxPlot("b", "y", new String[] {"a", "b"}, new double[][] {v, lognormal(50, 5)}, EN),
            ValueCharts.lines("l", "x", "y", new String[] {"A", "B"}, new double[] {0, 1, 2},
                    new double[][] {{1, 0.5, 0.3}, {1, 0.6, Double.NaN}}, true, EN),
            ValueCharts.bars("b", "c", "v", new String[] {"A"}, new String[] {"x", "y"}, new double[][] {{1, 2}},
                    false, EN)
        };
        int i = 0;
        for (JFreeChart chart : charts) {
            Path png = ChartImages.writeSlidePng(chart, dir.resolve("c" + i++ + ".png"));
            BufferedImage image = ImageIO.read(png.toFile());
            assertThat(image.getWidth()).isEqualTo(1920);
            assertThat(image.getHeight()).isEqualTo(1080);
            assertThat(inkPixels(image)).isGreaterThan(5_000);
        }
    }

    @Test
    void svgExportWritesAnSvgDocument(@TempDir Path dir) throws IOException {
        Path svg = ChartImages.writeSvg(ValueCharts.lorenzCurve(lognormal(100, 6), EN), dir.resolve("c.svg"), 800,
                450);
        assertThat(Files.readString(svg)).contains("<svg").contains("Top 20%");
    }

    @Test
    void chineseChartBundleHasExactlyTheEnglishKeys() throws IOException {
        Properties en = new Properties();
        Properties zh = new Properties();
        try (var a = ValueChartsTest.class.getResourceAsStream("/i18n/charts.properties");
             var b = new java.io.InputStreamReader(
                     ValueChartsTest.class.getResourceAsStream("/i18n/charts_zh_CN.properties"),
                     java.nio.charset.StandardCharsets.UTF_8)) {
            en.load(a);
            zh.load(b);
        }
        assertThat(zh.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        assertThat(ChartText.of(Locale.SIMPLIFIED_CHINESE).get("quadrant.title")).isEqualTo("客户四象限");
    }

    @Test
    void quadrantDividerSitsBetweenTheFewAndTheManyPurchaseColumns() {
        double[] x = {0, 0, 1, 2, 3};
        double[] y = {1, 5, 2, 6, 3};
        int[] q = {3, 1, 3, 0, 2};
        JFreeChart chart = ValueCharts.quadrant(x, y, q, new String[] {"Gold", "Meteor", "Stream", "Burden"}, 1, 4,
                "$", 1L, EN);
        // "many" means more than 1: the line belongs between x = 1 and x = 2
        assertThat(((org.jfree.chart.plot.ValueMarker) chart.getXYPlot().getDomainMarkers(
                org.jfree.chart.ui.Layer.FOREGROUND).iterator().next()).getValue()).isEqualTo(1.5);
    }

    @Test
    void logHistogramSaysHowManyCustomersItCannotShow() {
        JFreeChart chart = ValueCharts.clvHistogram(new double[] {-2, 0, 1, 10, 100}, "$", true, EN);
        String subtitle = ((TextTitle) chart.getSubtitle(chart.getSubtitleCount() - 1)).getText();
        assertThat(subtitle).isEqualTo("2 customers with a CLV of zero or less are not shown on the log scale");
    }
}
