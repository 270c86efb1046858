package org.valuelens.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.geometry.Bounds;
import javafx.scene.control.Button;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.valuelens.gui.common.DirectTaskExecutor;
import org.valuelens.gui.common.FakeDialogService;
import org.valuelens.gui.common.SessionHolder;
import org.valuelens.service.Settings;
import org.valuelens.service.SettingsService;

/**
 * The Cohorts page with the sample at the smallest window, right after Run: the retention heatmap is drawn on
 * white (it was drawn on black, dark grey text on black, when its cell values were measured through the JavaFX
 * canvas' Graphics2D in the middle of the draw).
 */
@ExtendWith(ApplicationExtension.class)
class CohortsHeatmapCanvasTest {
    @TempDir
    Path dir;
    private Stage stage;
    private final SessionHolder holder = new SessionHolder();

    @Start
    void start(Stage primary) {
        stage = primary;
    }

    @AfterEach
    void close() {
        holder.close();
    }

    @Test
    void heatmapIsDrawnOnWhiteAt1024x640(FxRobot robot) {
        FakeDialogService dialogs = new FakeDialogService();
        AppShell[] shell = new AppShell[1];
        robot.interact(() -> {
            shell[0] = new AppShell(stage, new SettingsService(dir.resolve("settings.properties")), Settings.DEFAULTS,
                    new DirectTaskExecutor(), new SessionWorkspaceActions(holder, dir.resolve("ws"),
                    dir.resolve("samples")), dialogs, holder);
            stage.show();
            shell[0].commands().openSample();
            stage.setWidth(1024);
            stage.setHeight(640);
        });
        robot.interact(() -> shell[0].mainViewModel().showPage(Page.COHORTS));
        robot.interact(() -> ((Button) shell[0].scene().lookup("#cohorts-run")).fire());
        WaitForAsyncUtils.waitForFxEvents();
        int[] corner = new int[1];
        robot.interact(() -> {
            WritableImage img = shell[0].scene().getRoot().snapshot(null, null);
            ChartViewer v = (ChartViewer) shell[0].scene().lookup("#cohorts-heatmap");
            Bounds b = v.localToScene(v.getBoundsInLocal());
            corner[0] = img.getPixelReader().getArgb((int) b.getMinX() + 4, (int) b.getMinY() + 4);
        });
        assertThat(dialogs.shown).isEmpty();
        assertThat(Integer.toHexString(corner[0])).as("the heatmap's top left corner").isEqualTo("ffffffff");
    }
}
