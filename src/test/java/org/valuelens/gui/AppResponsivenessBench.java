package org.valuelens.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
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
import org.valuelens.model.progress.ProgressListener;
import org.valuelens.service.ImportRequest;
import org.valuelens.service.Settings;
import org.valuelens.service.SettingsService;
import org.valuelens.service.SyntheticTransactions;

/**
 * Issue #14's app target, measured: the real app shell on a workspace of 1,000,000 transactions (100,000 customers),
 * wall time of opening the workspace, of every page switch (first and second visit), of the CLV page's run (the
 * first fits and saves, the second reuses the saved fits) and of the Cohorts run. Work runs on the FX thread
 * through {@link DirectTaskExecutor}, so each figure is the time until the page's content is laid out. Figures are
 * printed, not asserted: {@code mvn -Pbench test -Dtest=AppResponsivenessBench}.
 */
@Tag("bench")
@ExtendWith(ApplicationExtension.class)
class AppResponsivenessBench {
    private static final int TRANSACTIONS = Integer.getInteger("bench.app.transactions", 1_000_000);

    @TempDir
    Path dir;

    private Stage stage;
    private final List<SessionHolder> sessions = new ArrayList<>();

    @Start
    void start(Stage primary) {
        stage = primary;
    }

    @AfterEach
    void close() {
        sessions.forEach(SessionHolder::close);
    }

    @Test
    void openingAndSwitchingPagesOnAMillionRowWorkspace(FxRobot robot) throws Exception {
        Path ws = dir.resolve("ws");
        Path csv = dir.resolve("synthetic.csv");
        new SyntheticTransactions(TRANSACTIONS, TRANSACTIONS / 10, new Random(7)).writeCsv(csv);
        SessionHolder importing = new SessionHolder();
        new SessionWorkspaceActions(importing, ws, dir.resolve("samples"))
                .importData(ImportRequest.of(csv), ProgressListener.NONE);
        importing.close();

        SessionHolder holder = new SessionHolder();
        sessions.add(holder);
        AppShell[] shell = new AppShell[1];
        robot.interact(() -> {
            shell[0] = new AppShell(stage, new SettingsService(dir.resolve("settings.properties")),
                    Settings.DEFAULTS, new DirectTaskExecutor(),
                    new SessionWorkspaceActions(holder, ws, dir.resolve("samples")), new FakeDialogService(),
                    holder);
            stage.setWidth(1440);
            stage.setHeight(900);
            stage.show();
        });
        List<String> lines = new ArrayList<>();
        lines.add(time(robot, "open workspace", () -> shell[0].commands().openWorkspace(ws)));
        assertThat(shell[0].workspace().isLoaded()).as("workspace opened").isTrue();
        for (int visit = 1; visit <= 2; visit++) {
            for (Page page : Page.values()) {
                lines.add(time(robot, "show " + page.name().toLowerCase(Locale.ROOT) + " (visit " + visit + ")",
                        () -> shell[0].mainViewModel().showPage(page)));
                if (visit == 1 && page == Page.CLV) {
                    lines.add(time(robot, "clv run (fits, saves them)", () -> fire(shell[0], "#clv-run")));
                    lines.add(time(robot, "clv run again (saved fits)", () -> fire(shell[0], "#clv-run")));
                    int[] rows = new int[1];
                    robot.interact(() -> rows[0] = ((TableView<?>) shell[0].scene().lookup("#clv-table"))
                            .getItems().size());
                    assertThat(rows[0]).as("CLV rows shown").isPositive();
                }
                if (visit == 1 && page == Page.COHORTS) {
                    lines.add(time(robot, "cohorts run", () -> fire(shell[0], "#cohorts-run")));
                }
            }
        }
        System.out.println("App on " + TRANSACTIONS + " transactions (wall ms):");
        lines.forEach(l -> System.out.println("  " + l));
    }

    private static void fire(AppShell shell, String id) {
        ((Button) shell.scene().lookup(id)).fire();
    }

    private static String time(FxRobot robot, String what, Runnable action) {
        long start = System.nanoTime();
        robot.interact(() -> {
            action.run();
            stageLayout(robot);
        });
        WaitForAsyncUtils.waitForFxEvents();
        return String.format(Locale.ROOT, "%-34s %6d", what, (System.nanoTime() - start) / 1_000_000);
    }

    private static void stageLayout(FxRobot robot) {
        robot.listWindows().forEach(w -> {
            if (w.getScene() != null) {
                w.getScene().getRoot().applyCss();
                w.getScene().getRoot().layout();
            }
        });
    }
}
