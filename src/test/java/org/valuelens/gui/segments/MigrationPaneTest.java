package org.valuelens.gui.segments;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
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
import org.valuelens.gui.common.DirectTaskExecutor;
import org.valuelens.gui.common.EmptyStateActions;
import org.valuelens.gui.common.FakeDialogService;
import org.valuelens.gui.common.I18n;
import org.valuelens.gui.common.SessionHolder;
import org.valuelens.gui.common.UserSettings;
import org.valuelens.gui.common.WorkspaceState;
import org.valuelens.service.Settings;
import org.valuelens.service.SettingsService;
import org.valuelens.service.WorkspaceSession;

/** The real Segments page, headless, over the CDNOW sample: the churn scheme and the Migration tab. */
@ExtendWith(ApplicationExtension.class)
class MigrationPaneTest {
    @TempDir
    static Path dir;
    private static WorkspaceSession session;

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

    @Test
    void openingTheMigrationTabShowsTheMatrixAndTheFlows(FxRobot robot) {
        robot.clickOn("Migration");
        TableView<?> table = robot.lookup("#migration-table").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(5);
        // from, four quadrants, "no purchase after", total
        assertThat(table.getColumns()).hasSize(7);
        assertThat(robot.lookup("#migration-chart").queryAs(ChartViewer.class).getChart()).isNotNull();
        assertThat(robot.lookup("#migration-summary").queryLabeled().getText()).startsWith("Before: 1997-01-01");
    }

    @Test
    void switchingTheMigrationSchemeToRfmShowsRfmSegments(FxRobot robot) {
        robot.clickOn("Migration");
        robot.interact(() -> robot.lookup("#migration-scheme").<ComboBox<String>>query().setValue("rfm"));
        robot.clickOn("#migration-run");
        TableView<?> table = robot.lookup("#migration-table").queryAs(TableView.class);
        assertThat(table.getItems().size()).isGreaterThan(5);
    }

    @Test
    void churnSchemeListsTheThreeBands(FxRobot robot) {
        robot.interact(() -> robot.lookup("#segments-scheme").<ComboBox<String>>query().setValue("churn"));
        TableView<SegmentsViewModel.SegmentItem> table = robot.lookup("#segment-table").queryAs(TableView.class);
        assertThat(table.getItems()).extracting(SegmentsViewModel.SegmentItem::displayName)
                .containsExactly("High risk", "Watch", "Active");
        assertThat(robot.lookup("#churn-explain").query().isVisible()).isTrue();
        assertThat(robot.lookup("#segments-content .tab-pane").queryAs(TabPane.class).getTabs()).hasSize(2);
    }
}
