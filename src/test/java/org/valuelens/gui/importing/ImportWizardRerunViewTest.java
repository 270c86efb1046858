package org.valuelens.gui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
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
import org.valuelens.gui.SessionWorkspaceActions;
import org.valuelens.gui.common.DirectTaskExecutor;
import org.valuelens.gui.common.FakeDialogService;
import org.valuelens.gui.common.SessionHolder;
import org.valuelens.service.DatasetDetails;
import org.valuelens.service.Settings;
import org.valuelens.service.SettingsService;

/**
 * Drives the real wizard window headless: import, read the rejected examples in the summary, go Back, map another
 * amount column and import again; the re-run replaces the first import.
 */
@ExtendWith(ApplicationExtension.class)
class ImportWizardRerunViewTest {

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

    /** Fires a wizard button as a user would, without moving the mouse (see ImportWizardViewTest). */
    private static void press(FxRobot robot, String id) {
        Button button = robot.lookup(id).queryButton();
        assertThat(button.isVisible()).as(id + " visible").isTrue();
        assertThat(button.isDisabled()).as(id + " enabled").isFalse();
        robot.interact(button::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private static void choose(FxRobot robot, String id, String column) {
        ComboBox<String> combo = robot.lookup(id).queryAs(ComboBox.class);
        robot.interact(() -> combo.getSelectionModel().select(column));
    }

    private static List<String> summary(FxRobot robot) {
        VBox box = robot.lookup("#wizard-summary").queryAs(VBox.class);
        return box.getChildren().stream().map(n -> ((Label) n).getText()).toList();
    }

    private static String step(FxRobot robot) {
        return robot.lookup("#wizard-step").queryAs(Label.class).getText();
    }

    @Test
    void summaryThenBackThenAnotherAmountColumnThenReRunReplacesTheImport(FxRobot robot) throws Exception {
        // by hand: file lines 3 and 5 have no readable "amount"; "paid in cents" is readable in every row
        Path file = Files.writeString(dir.resolve("orders.csv"), "client,order date,amount,paid in cents\n"
                + "C1,2024-01-02,10,1000\nC2,2024-01-03,ten,1200\nC1,2024-02-03,4,400\nC3,2024-03-04,n/a,1400\n"
                + "C4,2024-03-05,25,2500\nC5,2024-04-01,7,700\nC4,2024-05-06,60,6000\n");
        robot.interact(() -> shell.commands().importFile(file));
        press(robot, "#wizard-next");
        choose(robot, "#map-customer", "client");
        choose(robot, "#map-date", "order date");
        choose(robot, "#map-amount", "amount");
        press(robot, "#wizard-import");

        assertThat(dialogs.shown).isEmpty();
        assertThat(step(robot)).contains("4 of 4");
        assertThat(summary(robot)).contains("Rows rejected: 2", "    • Not a number: 2",
                "        Row 3: C2,2024-01-03,ten,1200", "        Row 5: C3,2024-03-04,n/a,1400");
        Node hint = robot.lookup("#wizard-fix-hint").query();
        assertThat(hint.isVisible()).isTrue();
        int first = sessions.datasetId();

        press(robot, "#wizard-back");
        assertThat(step(robot)).contains("3 of 4");
        choose(robot, "#map-amount", "paid in cents");
        press(robot, "#wizard-import");

        assertThat(dialogs.shown).isEmpty();
        assertThat(step(robot)).contains("4 of 4");
        assertThat(summary(robot)).contains("Rows read: 7", "Rows imported: 7 (5 customers)", "Rows rejected: 0");
        assertThat(sessions.require().workspace().listDatasets()).extracting(DatasetDetails::id)
                .containsExactly(sessions.datasetId()).doesNotContain(first);
    }
}
