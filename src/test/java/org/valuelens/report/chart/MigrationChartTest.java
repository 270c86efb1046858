package org.valuelens.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.File;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.annotations.XYPolygonAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.junit.jupiter.api.Test;
import org.valuelens.model.segment.MigrationMatrix;

/** The Sankey-like migration chart: one band per non-empty cell, one bar per non-empty segment, labels with counts. */
class MigrationChartTest {

    private static MigrationMatrix matrix() {
        Map<String, String> before = new LinkedHashMap<>();
        Map<String, String> after = new LinkedHashMap<>();
        before.put("a", "Gold");
        before.put("b", "Gold");
        before.put("c", "Burden");
        before.put("d", "Burden");
        after.put("a", "Gold");
        after.put("b", "Burden");
        after.put("c", "Burden");
        after.put("e", "Gold");
        return MigrationMatrix.between(before, after, List.of("Gold", "Burden"));
    }

    private static JFreeChart chart(MigrationMatrix m) {
        return MigrationChart.sankey(m, m.fromLabels().toArray(String[]::new), m.toLabels().toArray(String[]::new),
                "Migration", "Before", "After");
    }

    @Test
    void oneBandPerNonEmptyCellAndOneBarPerNonEmptySegment() {
        MigrationMatrix m = matrix();
        // cells: Gold→Gold 1, Gold→Burden 1, Burden→Burden 1, Burden→gone 1, new→Gold 1 = 5 bands
        // bars: left Gold, Burden, new (3); right Gold, Burden, gone (3)
        List<XYAnnotation> annotations = chart(m).getXYPlot().getAnnotations();
        long polygons = annotations.stream().filter(a -> a instanceof XYPolygonAnnotation).count();
        assertThat(polygons).isEqualTo(5 + 3 + 3);
    }

    @Test
    void labelsCarryTheCustomerCountsOfEachSide() {
        List<String> texts = chart(matrix()).getXYPlot().getAnnotations().stream()
                .filter(a -> a instanceof XYTextAnnotation).map(a -> ((XYTextAnnotation) a).getText()).toList();
        // left: Gold 2, Burden 2, new 1; right: Gold 2 (a, e), Burden 2 (b, c), gone 1 (d)
        assertThat(texts).contains("Gold  2", "Burden  2", "new  1", "2  Gold", "2  Burden", "1  gone", "Before",
                "After");
    }

    @Test
    void drawsOnAnImage() throws Exception {
        BufferedImage img = chart(matrix()).createBufferedImage(800, 450);
        File out = new File("target/migration-chart-test.png");
        ImageIO.write(img, "png", out);
        int coloured = 0;
        for (int x = 0; x < img.getWidth(); x += 4) {
            for (int y = 0; y < img.getHeight(); y += 4) {
                int rgb = img.getRGB(x, y) & 0xFFFFFF;
                coloured += rgb != 0xFFFFFF ? 1 : 0;
            }
        }
        assertThat(coloured).isGreaterThan(500);
    }
}
