package org.valuelens.gui.segments;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.valuelens.gui.common.DirectTaskExecutor;
import org.valuelens.gui.common.FakeDialogService;
import org.valuelens.gui.common.I18n;
import org.valuelens.gui.common.SessionHolder;
import org.valuelens.gui.common.UserSettings;
import org.valuelens.gui.common.WorkspaceState;
import org.valuelens.gui.common.EmptyStateActions;
import org.valuelens.model.TimeUnit;
import org.valuelens.model.progress.ProgressListener;
import org.valuelens.service.AnalysisSettings;
import org.valuelens.service.SegmentReport;
import org.valuelens.service.SegmentRow;
import org.valuelens.service.SegmentService;
import org.valuelens.service.Settings;
import org.valuelens.service.SettingsService;
import org.valuelens.service.WorkspaceSession;

/** The real Segments page, headless, over the CDNOW sample: quadrant counts, threshold change, chart drawn. */
@ExtendWith(ApplicationExtension.class)
class SegmentsViewTest {

    @TempDir
    static Path dir;
    private static WorkspaceSession session;
    private static final AnalysisSettings SETTINGS = AnalysisSettings.defaults(TimeUnit.WEEK)
            .withMargin(Settings.DEFAULTS.margin());

    @BeforeAll
    static void importSample() throws Exception {
        session = CdnowSample.open(dir);
    }

    @AfterAll
    static void close() {
        session.close();
    }

    @Start
    void start(Stage stage) {
        SessionHolder holder = new SessionHolder();
        holder.replace(session);
        WorkspaceState state = new WorkspaceState();
        state.set(session.directory(), "CDNOW sample");
        I18n en = new I18n(Locale.ENGLISH);
        SegmentsViewModel model = new SegmentsViewModel(state, EmptyStateActions.NONE, holder,
                new UserSettings(new SettingsService(dir.resolve("settings-" + System.nanoTime())),
                        Settings.DEFAULTS), new DirectTaskExecutor(), new FakeDialogService(), en);
        stage.setScene(new Scene(new SegmentsView(model, en), 1280, 800));
        stage.show();
    }

    private static List<Integer> serviceCounts(Double x, Double y) {
        SegmentReport r = session.segments().segment("quadrant",
                SegmentService.Options.defaults().withThresholds(x, y), SETTINGS, ProgressListener.NONE);
        return r.segments().stream().map(SegmentRow::customers).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Integer> shownCounts(FxRobot robot) {
        TableView<SegmentsViewModel.SegmentItem> table = robot.lookup("#segment-table").queryAs(TableView.class);
        return table.getItems().stream().map(i -> i.row().customers()).toList();
    }

    @Test
    void quadrantCountsSumToAllCustomersAndEqualTheService(FxRobot robot) {
        List<Integer> shown = shownCounts(robot);

        assertThat(shown).hasSize(4);
        assertThat(shown.stream().mapToInt(Integer::intValue).sum()).isEqualTo(CdnowSample.CUSTOMERS);
        assertThat(shown).isEqualTo(serviceCounts(null, null));
    }

    @Test
    void typingANewThresholdRecomputesTheCounts(FxRobot robot) {
        List<Integer> before = shownCounts(robot);

        robot.doubleClickOn("#quadrant-x").eraseText(8).write("3").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        List<Integer> after = shownCounts(robot);
        assertThat(after).isNotEqualTo(before);
        double y = Double.parseDouble(robot.lookup("#quadrant-y").queryTextInputControl().getText());
        assertThat(after).isEqualTo(serviceCounts(3.0, y));
    }

    @Test
    void quadrantChartIsDrawn(FxRobot robot) {
        ChartViewer viewer = robot.lookup("#segments-chart").queryAs(ChartViewer.class);
        WritableImage[] img = new WritableImage[1];
        robot.interact(() -> img[0] = viewer.snapshot(null, null));

        PixelReader px = img[0].getPixelReader();
        int background = px.getArgb(1, 1);
        long drawn = 0;
        for (int yy = 0; yy < (int) img[0].getHeight(); yy++) {
            for (int xx = 0; xx < (int) img[0].getWidth(); xx++) {
                if (px.getArgb(xx, yy) != background) {
                    drawn++;
                }
            }
        }
        assertThat(img[0].getWidth()).isGreaterThan(100);
        assertThat(drawn).isGreaterThan((long) (img[0].getWidth() * img[0].getHeight() * 0.02));
    }
}
