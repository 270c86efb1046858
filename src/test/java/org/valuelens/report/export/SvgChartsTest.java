package org.valuelens.report.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.valuelens.model.TimeUnit;
import org.valuelens.model.validation.CumulativeTracking;
import org.valuelens.model.validation.TrackingPoint;
import org.valuelens.report.chart.ChartStyle;
import org.valuelens.report.chart.ChartText;
import org.valuelens.report.chart.ValueCharts;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The SVG export (Apache Batik) against the PNG export of the same chart, for every kind of chart the app draws:
 * same size, the same strings as text, one SVG element per shape the PNG export drew.
 */
class SvgChartsTest {
    private static final int WIDTH = 640;
    private static final int HEIGHT = 400;
    private static final ChartText EN = ChartText.of(Locale.ENGLISH);
    private static final Set<String> SHAPES = Set.of("path", "rect", "line", "circle", "ellipse", "polygon",
            "polyline", "image");

    @TempDir
    Path dir;

    static Stream<Arguments> charts() {
        double[] clv = lognormal(400, 1);
        List<Supplier<JFreeChart>> charts = List.of(
                () -> ValueCharts.clvHistogram(clv, "$", false, EN),
                () -> ValueCharts.clvHistogram(clv, "$", true, EN),
                () -> ValueCharts.lorenzCurve(clv, EN),
                () -> ValueCharts.boxPlot("CLV by tier", "CLV ($)", new String[] {"Top", "Rest"},
                        new double[][] {lognormal(60, 2), lognormal(90, 3)}, EN),
                SvgChartsTest::quadrant,
                SvgChartsTest::tracking,
                () -> ValueCharts.heatmap("Retention", "Months since first purchase", "Cohort", "Retention",
                        new String[] {"1997-01", "1997-02", "1997-03"}, new String[] {"0", "1", "2"},
                        new double[][] {{1, 0.4, 0.3}, {1, 0.35, Double.NaN}, {1, Double.NaN, Double.NaN}},
                        NumberFormat.getPercentInstance(Locale.ENGLISH)),
                () -> ValueCharts.withHorizontalLine(ValueCharts.lines("LTV per customer", "Month", "LTV ($)",
                        new String[] {"Web", "Shop"}, new double[] {0, 1, 2, 3},
                        new double[][] {{5, 9, 12, 14}, {3, 6, 10, 11}}, false, EN), 8, "CAC"),
                () -> ValueCharts.bars("Customers by month", "Month", "Share", new String[] {"New", "Repeat"},
                        months(12), new double[][] {fractions(12, 4), fractions(12, 5)}, true, EN),
                SvgChartsTest::timeline,
                () -> ValueCharts.withFontFamily(ValueCharts.bars("客户价值", "分层", "客户数",
                        new String[] {"客户"}, new String[] {"高价值", "中价值", "低价值"},
                        new double[][] {{12, 40, 90}}, false, ChartText.of(Locale.SIMPLIFIED_CHINESE)), "SansSerif"));
        List<String> names = List.of("histogram", "log histogram", "lorenz", "box plot", "quadrant", "tracking",
                "heatmap", "lines with a CAC line", "bars with rotated labels", "date timeline", "Chinese bars");
        return java.util.stream.IntStream.range(0, charts.size()).mapToObj(i -> Arguments.of(names.get(i),
                charts.get(i)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("charts")
    void svgHasThePngSizeTextsAndMarks(String name, Supplier<JFreeChart> chart) throws Exception {
        Path png = ChartImages.writePng(chart.get(), dir.resolve("c.png"), WIDTH, HEIGHT, 1.0);
        BufferedImage exported = ImageIO.read(png.toFile());
        BufferedImage recorded = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_ARGB);
        RecordingGraphics2D drawn = new RecordingGraphics2D(recorded.createGraphics());
        ChartImages.smooth(drawn);
        chart.get().draw(drawn, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
        assertThat(samePixels(recorded, exported)).as("the recording draws the exported PNG").isTrue();

        Path file = ChartImages.writeSvg(chart.get(), dir.resolve("svg/c.svg"), WIDTH, HEIGHT);
        Element svg = parse(Files.readString(file)).getDocumentElement();

        assertThat(svg.getLocalName()).isEqualTo("svg");
        assertThat(Double.parseDouble(svg.getAttribute("width"))).isEqualTo(exported.getWidth());
        assertThat(Double.parseDouble(svg.getAttribute("height"))).isEqualTo(exported.getHeight());
        assertThat(svg.getAttribute("viewBox")).isEqualTo("0 0 " + WIDTH + " " + HEIGHT);
        assertThat(texts(svg)).containsExactlyInAnyOrderElementsOf(drawn.texts());
        assertThat(drawn.texts()).isNotEmpty();
        assertThat(marks(svg)).isEqualTo(drawn.marks());
    }

    @Test
    void chineseTextStaysTextInTheSvg() {
        JFreeChart chart = ValueCharts.bars("客户价值", "分层", "客户数", new String[] {"客户"},
                new String[] {"高价值", "低价值"}, new double[][] {{12, 90}}, false, ChartText.of(Locale.CHINA));

        String svg = SvgCharts.svg(chart, 300, 200);

        assertThat(svg).startsWith("<?xml").contains(">客户价值</text").contains(">高价值</text");
    }

    @Test
    void anImageInAChartIsEmbeddedAsPngData() {
        JFreeChart chart = ValueCharts.lorenzCurve(lognormal(50, 3), EN);
        BufferedImage logo = new BufferedImage(20, 10, BufferedImage.TYPE_INT_RGB);
        chart.setBackgroundImage(logo);

        String svg = SvgCharts.svg(chart, 300, 200);

        assertThat(svg).contains("<image").contains("data:image/png;base64,");
    }

    @Test
    void nonPositiveSizeIsRefused() {
        JFreeChart chart = ValueCharts.lorenzCurve(lognormal(10, 1), EN);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SvgCharts.svg(chart, 0, 10))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Document parse(String text) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(text)));
    }

    private static List<String> texts(Element svg) {
        List<String> out = new ArrayList<>();
        NodeList list = svg.getElementsByTagNameNS("*", "text");
        for (int i = 0; i < list.getLength(); i++) {
            out.add(list.item(i).getTextContent());
        }
        return out;
    }

    /** Shape elements outside {@code <defs>} (clip paths are defined there, not drawn). */
    private static int marks(Node node) {
        int n = 0;
        for (Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e && !"defs".equals(e.getLocalName()) && !"clipPath".equals(e.getLocalName())) {
                n += (SHAPES.contains(e.getLocalName()) ? 1 : 0) + marks(e);
            }
        }
        return n;
    }

    private static boolean samePixels(BufferedImage a, BufferedImage b) {
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    return false;
                }
            }
        }
        return a.getWidth() == b.getWidth() && a.getHeight() == b.getHeight();
    }

    private static double[] lognormal(int n, long seed) {
        Random r = new Random(seed);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = Math.exp(3 + r.nextGaussian());
        }
        return v;
    }

    private static String[] months(int n) {
        String[] m = new String[n];
        for (int i = 0; i < n; i++) {
            m[i] = LocalDate.of(1997, 1, 1).plusMonths(i).toString().substring(0, 7);
        }
        return m;
    }

    private static double[] fractions(int n, int seed) {
        Random r = new Random(seed);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = r.nextDouble();
        }
        return v;
    }

    private static JFreeChart quadrant() {
        Random r = new Random(7);
        int n = 300;
        double[] x = new double[n];
        double[] y = new double[n];
        int[] q = new int[n];
        for (int i = 0; i < n; i++) {
            x[i] = r.nextInt(10);
            y[i] = r.nextGaussian() * 20 + 30;
            q[i] = (x[i] >= 3 ? 0 : 2) + (y[i] >= 30 ? 0 : 1);
        }
        return ValueCharts.quadrant(x, y, q, new String[] {"Gold", "Meteor", "Stream", "Burden"}, 3, 30, "$", 42L,
                EN);
    }

    private static JFreeChart tracking() {
        List<TrackingPoint> points = new ArrayList<>();
        double actual = 0;
        double predicted = 0;
        for (int p = 0; p < 20; p++) {
            actual += 10 + p % 3;
            predicted += 11;
            points.add(new TrackingPoint(p, 10 + p % 3, 11, actual, predicted));
        }
        return ValueCharts.tracking(new CumulativeTracking("bg-nbd", TimeUnit.WEEK, points), "Week",
                LocalDate.of(1997, 1, 1), LocalDate.of(1997, 3, 31), EN);
    }

    private static JFreeChart timeline() {
        TimeSeries series = new TimeSeries("Amount");
        for (int i = 0; i < 8; i++) {
            series.add(new Day(3 + i * 3, 2, 1997), 10 + i * 5);
        }
        JFreeChart chart = ChartFactory.createXYBarChart("Customer 42", "Date", true, "Amount ($)",
                new TimeSeriesCollection(series));
        chart.removeLegend();
        return ChartStyle.apply(chart);
    }
}
