package org.valuelens.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
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
import org.valuelens.service.Settings;
import org.valuelens.service.SettingsService;
import org.valuelens.service.Theme;

/** The real main window, headless (Monocle): start screen, sidebar, shortcuts, settings, theme. */
@ExtendWith(ApplicationExtension.class)
class MainViewTest {

    @TempDir
    static Path dir;

    private final I18n en = new I18n(Locale.ENGLISH);
    private AppShell shell;
    private FakeWorkspaceActions actions;

    @Start
    void start(Stage stage) {
        actions = new FakeWorkspaceActions(dir);
        shell = new AppShell(stage, new SettingsService(dir.resolve("settings-" + System.nanoTime())),
                Settings.DEFAULTS, new DirectTaskExecutor(), actions, new FakeDialogService());
        stage.show();
    }

    @AfterEach
    void lightAgain() {
        AppShell.applyTheme(Theme.LIGHT);
    }

    @Test
    void startScreenShowsTheSampleCard(FxRobot robot) {
        Node card = robot.lookup("#start-sample").query();

        assertThat(card.isVisible()).isTrue();
        assertThat(texts(card)).contains(en.get("start.sample.title"));
    }

    @Test
    void clickingEachSidebarItemShowsItsPageWithItsEmptyState(FxRobot robot) {
        String[] pages = {"overview", "clv", "segments", "cohorts", "channels", "customers"};
        for (String page : pages) {
            robot.clickOn("#nav-" + page);
            WaitForAsyncUtils.waitForFxEvents();

            Node shown = robot.lookup("#page-" + page).query();
            assertThat(shown.getScene()).as(page).isNotNull();
            Label message = robot.from(shown).lookup("#empty-message").queryAs(Label.class);
            assertThat(message.getText()).as(page).isEqualTo(en.get("page." + page + ".empty"));
        }
    }

    @Test
    void ctrlDigitSwitchesPages(FxRobot robot) {
        robot.clickOn("#nav-overview");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(shell.mainViewModel().currentPageProperty().get()).isEqualTo(Page.CLV);
        assertThat(robot.lookup("#page-clv").tryQuery()).isPresent();
    }

    @Test
    void settingsPageSwitchesToTheDarkThemeLive(FxRobot robot) {
        robot.clickOn("#nav-settings");
        awaitNode(robot, "#settings-theme-dark");
        robot.clickOn("#settings-theme-dark");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(Application.getUserAgentStylesheet())
                .isEqualTo(new atlantafx.base.theme.PrimerDark().getUserAgentStylesheet());
        assertThat(shell.settings().get().theme()).isEqualTo(Theme.DARK);
    }

    @Test
    void settingsPageSavesAnEditedMargin(FxRobot robot) {
        robot.clickOn("#nav-settings");
        awaitNode(robot, "#settings-margin");
        robot.doubleClickOn("#settings-margin").eraseText(4).write("40");
        robot.clickOn("#settings-save");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(shell.settings().get().margin()).isEqualTo(0.40);
    }

    @Test
    void clickingTheSampleCardOpensTheOverviewAndFillsTheStatusBar(FxRobot robot) {
        robot.clickOn("#start-sample");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(actions.calls).containsExactly("openSample");
        assertThat(robot.lookup("#status-dataset").queryAs(Label.class).getText()).isEqualTo("CDNOW sample");
        assertThat(robot.lookup("#page-overview").tryQuery()).isPresent();
    }

    @Test
    void emptyStateButtonOpensTheSample(FxRobot robot) {
        robot.clickOn("#nav-segments");
        robot.clickOn("#empty-open-sample");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(actions.calls).containsExactly("openSample");
        // the Segments page leaves its empty state for its content once data is open
        assertThat(robot.from(robot.lookup("#page-segments").queryParent()).lookup("#segments-content")
                .tryQuery()).isPresent();
    }

    @Test
    void noVisitedPageShowsAMissingTextMarker(FxRobot robot) {
        List<String> all = new ArrayList<>();
        for (String page : new String[] {"start", "overview", "clv", "segments", "cohorts", "channels", "customers",
                "settings"}) {
            robot.clickOn("#nav-" + page);
            WaitForAsyncUtils.waitForFxEvents();
            all.addAll(texts(shell.scene().getRoot()));
        }

        assertThat(all).isNotEmpty().noneMatch(t -> t.startsWith("!") && t.endsWith("!"));
    }

    static List<String> texts(Node node) {
        List<String> out = new ArrayList<>();
        if (node instanceof Labeled && ((Labeled) node).getText() != null) {
            out.add(((Labeled) node).getText());
        }
        if (node instanceof Parent) {
            for (Node child : ((Parent) node).getChildrenUnmodifiable()) {
                out.addAll(texts(child));
            }
        }
        if (node instanceof Labeled && ((Labeled) node).getGraphic() != null) {
            out.addAll(texts(((Labeled) node).getGraphic()));
        }
        return out;
    }

    /** Waits (up to 10 s, for slow shared machines) until the page switch has put the node in the scene. */
    private static void awaitNode(FxRobot robot, String query) {
        try {
            WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                    () -> robot.lookup(query).tryQuery().isPresent());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(query + " did not appear within 10 s", e);
        }
    }
}
