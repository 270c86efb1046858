package org.valuelens.gui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.valuelens.gui.AppShell;
import org.valuelens.gui.Page;
import org.valuelens.gui.SessionWorkspaceActions;
import org.valuelens.gui.common.DirectTaskExecutor;
import org.valuelens.gui.common.FakeDialogService;
import org.valuelens.gui.common.SessionHolder;
import org.valuelens.service.Settings;
import org.valuelens.service.SettingsService;

/** Drives the real window headless: import the CDNOW sample through the wizard and read the Overview card. */
@ExtendWith(ApplicationExtension.class)
class ImportWizardViewTest {

    @TempDir
    static Path dir;

    private final SessionHolder sessions = new SessionHolder();
    private final FakeDialogService dialogs = new FakeDialogService();
    private AppShell shell;

    @Start
    void start(Stage stage) {
        Path root = dir.resolve("run-" + System.nanoTime());
        SessionWorkspaceActions actions = new SessionWorkspaceActions(sessions, root.resolve("ws"),
                root.resolve("samples"));
        shell = new AppShell(stage, new SettingsService(root.resolve("settings.properties")), Settings.DEFAULTS,
                new DirectTaskExecutor(), actions, dialogs, sessions);
        stage.show();
    }

    @AfterEach
    void close() {
        sessions.close();
    }

    /**
     * Presses a wizard button as a user would, without moving the mouse: the mouse position depends on where the
     * windows of earlier tests in the same JVM were, which made clicks land beside the button.
     */
    private static void press(FxRobot robot, String id) {
        Button button = robot.lookup(id).queryButton();
        assertThat(button.isVisible()).as(id + " visible").isTrue();
        assertThat(button.isDisabled()).as(id + " enabled").isFalse();
        robot.interact(button::fire);
    }

    @SuppressWarnings("unchecked")
    private static void choose(FxRobot robot, String id, String column) {
        ComboBox<String> combo = robot.lookup(id).queryAs(ComboBox.class);
        robot.interact(() -> combo.getSelectionModel().select(column));
    }

    @Test
    void importingTheHeaderlessSampleThroughTheWizardShowsItsCustomersOnTheOverview(FxRobot robot)
            throws Exception {
        Path copy = dir.resolve("CDNOW_sample.txt");
        if (!Files.exists(copy)) {
            try (InputStream in = getClass().getResourceAsStream("/data/cdnow/CDNOW_sample.txt")) {
                Files.copy(in, copy);
            }
        }
        robot.interact(() -> shell.commands().importFile(copy));
        assertThat(robot.lookup("#wizard-step").queryAs(Label.class).getText()).contains("2 of 4");

        press(robot, "#wizard-next");
        choose(robot, "#map-customer", "Column 2");
        choose(robot, "#map-date", "Column 3");
        choose(robot, "#map-quantity", "Column 4");
        choose(robot, "#map-amount", "Column 5");
        press(robot, "#wizard-import");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialogs.shown).isEmpty();
        assertThat(robot.lookup("#wizard-step").queryAs(Label.class).getText()).contains("4 of 4");
        press(robot, "#wizard-close");
        robot.interact(() -> shell.mainViewModel().showPage(Page.OVERVIEW));
        WaitForAsyncUtils.waitForFxEvents();

        // published count for the CDNOW 1/10 sample (PUBLISHED.md): 2,357 customers
        assertThat(robot.lookup("#kpi-customers-value").queryAs(Label.class).getText()).isEqualTo("2,357");
    }
}
