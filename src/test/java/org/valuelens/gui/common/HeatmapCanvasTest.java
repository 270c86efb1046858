package org.valuelens.gui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.NumberFormat;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.valuelens.report.chart.ChartText;
import org.valuelens.report.chart.ValueCharts;

/** A heatmap drawn on the app's chart canvas has a white background at every size (not black). */
@ExtendWith(ApplicationExtension.class)
class HeatmapCanvasTest {
    private Stage stage;

    @Start
    void start(Stage primary) {
        stage = primary;
    }

    @Test
    void heatmapBackgroundIsWhiteOnTheCanvas(FxRobot robot) {
        ChartText en = ChartText.of(Locale.ENGLISH);
        String[] rows = {"1997-01 (781)", "1997-02 (857)", "1997-03 (719)"};
        String[] cols = new String[18];
        double[][] v = new double[3][18];
        for (int c = 0; c < 18; c++) {
            cols[c] = String.valueOf(c);
            for (int r = 0; r < 3; r++) {
                v[r][c] = c + r >= 18 ? Double.NaN : c == 0 ? 1 : 0.05 + 0.1 / (c + r);
            }
        }
        for (int[] size : new int[][] {{575, 170}, {800, 250}, {300, 120}}) {
            JFreeChart heat = ValueCharts.heatmap(en.get("cohort.heatmap.title"), en.get("cohort.heatmap.x", "m"),
                    en.get("cohort.heatmap.y"), en.get("cohort.heatmap.legend"), rows, cols, v,
                    NumberFormat.getPercentInstance(Locale.ENGLISH));
            ChartViewer viewer = new ChartViewer(heat);
            robot.interact(() -> {
                StackPane root = new StackPane(viewer);
                stage.setScene(new Scene(root, size[0], size[1]));
                stage.show();
            });
            WaitForAsyncUtils.waitForFxEvents();
            int[] argb = new int[1];
            robot.interact(() -> {
                viewer.getCanvas().draw();
                WritableImage img = viewer.snapshot(null, null);
                argb[0] = img.getPixelReader().getArgb(3, 3);
            });
            assertThat(Integer.toHexString(argb[0])).as("corner at " + size[0] + "x" + size[1])
                    .isEqualTo("ffffffff");
        }
    }
}
