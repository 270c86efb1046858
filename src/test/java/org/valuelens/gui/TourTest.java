package org.valuelens.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
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
import org.valuelens.gui.common.I18n;
import org.valuelens.gui.common.SessionHolder;
import org.valuelens.gui.tour.TourViewModel;
import org.valuelens.service.Settings;
import org.valuelens.service.SettingsService;

/** The guided tour in the real main window, headless: Help ▸ Take the tour, then Next / Back / Finish clicked. */
@ExtendWith(ApplicationExtension.class)
class TourTest {

    @TempDir
    static Path dir;

    private final I18n en = new I18n(Locale.ENGLISH);
    private AppShell shell;
    private final SessionHolder sessions = new SessionHolder();

    @Start
    void start(Stage stage) {
        Path root = dir.resolve("run-" + System.nanoTime());
        SessionWorkspaceActions actions = new SessionWorkspaceActions(sessions, root.resolve("ws"),
                root.resolve("samples"));
        shell = new AppShell(stage, new SettingsService(root.resolve("settings.properties")), Settings.DEFAULTS,
                new DirectTaskExecutor(), actions, new FakeDialogService(), sessions);
        stage.show();
    }

    @AfterEach
    void closeSession() {
        sessions.close();
    }

    private void startFromTheHelpMenu(FxRobot robot) {
        MainView main = robot.lookup(".main-view").queryAs(MainView.class);
        MenuItem tour = main.helpMenu().getItems().stream().filter(i -> "menu-help-tour".equals(i.getId()))
                .findFirst().orElseThrow();
        assertThat(tour.getText()).isEqualTo(en.get("menu.help.tour"));
        robot.interact(tour::fire);
    }

    @Test
    void takingTheTourOpensTheSampleWhenNothingIsOpen(FxRobot robot) {
        startFromTheHelpMenu(robot);

        assertThat(sessions.current()).isPresent();
        assertThat(shell.workspace().isLoaded()).isTrue();
        assertThat(shell.mainViewModel().currentPageProperty().get()).isEqualTo(Page.OVERVIEW);
        assertThat(robot.lookup("#tour-title").queryAs(Label.class).getText())
                .isEqualTo(en.get("tour.overview.title"));
    }

    @Test
    void nextWalksThroughEveryStepShowingItsPageAndPointingAtItsControl(FxRobot robot) {
        startFromTheHelpMenu(robot);
        int steps = TourViewModel.STEPS.size();
        assertThat(steps).isBetween(5, 7);
        for (int i = 0; i < steps; i++) {
            TourViewModel.Step step = TourViewModel.STEPS.get(i);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(shell.mainViewModel().currentPageProperty().get()).as("step %d", i).isEqualTo(step.page());
            assertThat(robot.lookup("#tour-title").queryAs(Label.class).getText()).isEqualTo(en.get(step.titleKey()));
            assertThat(robot.lookup("#tour-counter").queryAs(Label.class).getText())
                    .isEqualTo("Step " + (i + 1) + " of " + steps);
            Node target = robot.lookup("#" + step.targetId()).query();
            assertThat(target.getScene()).as(step.targetId()).isSameAs(shell.scene());
            robot.clickOn("#tour-next");
        }
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(shell.tour().activeProperty().get()).isFalse();
        assertThat(robot.lookup("#tour-overlay").query().isVisible()).isFalse();
        assertThat(shell.mainViewModel().currentPageProperty().get()).isEqualTo(Page.WHATIF);
    }

    @Test
    void backReturnsToThePreviousStepAndCloseEndsTheTour(FxRobot robot) {
        startFromTheHelpMenu(robot);
        robot.clickOn("#tour-next");
        robot.clickOn("#tour-next");
        assertThat(shell.mainViewModel().currentPageProperty().get()).isEqualTo(Page.CLV);

        robot.clickOn("#tour-back");
        robot.clickOn("#tour-back");

        assertThat(shell.mainViewModel().currentPageProperty().get()).isEqualTo(Page.OVERVIEW);
        assertThat(robot.lookup("#tour-back").queryButton().isDisabled()).isTrue();
        robot.clickOn("#tour-close");
        assertThat(shell.tour().activeProperty().get()).isFalse();
        assertThat(robot.lookup("#tour-overlay").query().isVisible()).isFalse();
    }
}
