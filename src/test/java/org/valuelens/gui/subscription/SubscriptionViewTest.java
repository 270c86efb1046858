package org.valuelens.gui.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.valuelens.gui.common.DirectTaskExecutor;
import org.valuelens.gui.common.FakeDialogService;
import org.valuelens.gui.common.I18n;

/** The real Subscriptions page, headless: typing a cohort fits sBG; the donations example fits BG/BB. */
@ExtendWith(ApplicationExtension.class)
class SubscriptionViewTest {

    @Start
    void start(Stage stage) {
        I18n en = new I18n(Locale.ENGLISH);
        FakeDialogService dialogs = new FakeDialogService();
        SubscriptionView view = new SubscriptionView(new SubscriptionViewModel(new DirectTaskExecutor(), dialogs, en),
                new BgBbViewModel(new DirectTaskExecutor(), dialogs, en), en);
        stage.setScene(new Scene(view, 1280, 800));
        stage.show();
    }

    @Test
    void typingACohortAndPressingFitFillsTheTableAndTheChart(FxRobot robot) {
        robot.clickOn("#sbg-active").write("1000, 869, 743, 653, 593, 551, 517, 491");
        robot.doubleClickOn("#sbg-horizon").eraseText(3).write("5");
        robot.clickOn("#sbg-fit");
        TableView<?> table = robot.lookup("#sbg-table").queryAs(TableView.class);
        // years 0..7 observed, 8..12 projected
        assertThat(table.getItems()).hasSize(13);
        assertThat(robot.lookup("#sbg-chart").queryAs(ChartViewer.class).getChart()).isNotNull();
        // Fader & Hardie (2007), high-end segment: alpha 0.668, beta 3.806
        assertThat(robot.lookup("#sbg-summary").queryLabeled().getText()).contains("alpha 0.668")
                .contains("beta 3.8");
        assertThat(robot.lookup("#sbg-message").queryLabeled().getText()).isEmpty();
    }

    @Test
    void aBadNumberShowsAMessageOnThePage(FxRobot robot) {
        robot.clickOn("#sbg-active").write("1000, 500, 600").type(KeyCode.TAB);
        robot.clickOn("#sbg-fit");
        assertThat(robot.lookup("#sbg-message").queryLabeled().getText()).contains("Period 2 has 600");
    }

    @Test
    void theDonationsExampleFitsBgBb(FxRobot robot) {
        robot.interact(() -> robot.lookup("#page-subscription .tab-pane").queryAs(TabPane.class)
                .getSelectionModel().select(1));
        robot.clickOn("#bgbb-example");
        TableView<?> rows = robot.lookup("#bgbb-rows").queryAs(TableView.class);
        assertThat(rows.getItems()).hasSize(22);
        assertThat(robot.lookup("#bgbb-summary").queryLabeled().getText()).contains("11,104 customers")
                .contains("alpha 1.20");
        assertThat(robot.lookup("#bgbb-chart").queryAs(ChartViewer.class).getChart()).isNotNull();
    }
}
