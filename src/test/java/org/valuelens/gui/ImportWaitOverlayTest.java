package org.valuelens.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.stage.Modality;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.valuelens.gui.common.FakeDialogService;
import org.valuelens.gui.common.FxTaskExecutor;
import org.valuelens.gui.common.I18n;
import org.valuelens.gui.common.ProgressTexts;
import org.valuelens.gui.common.SessionHolder;
import org.valuelens.gui.importing.ForwardingImportBackend;
import org.valuelens.gui.importing.ImportBackend;
import org.valuelens.model.progress.ProgressListener;
import org.valuelens.service.ImportOutcome;
import org.valuelens.service.ImportRequest;
import org.valuelens.service.Settings;
import org.valuelens.service.SettingsService;

/**
 * While the import wizard imports, the main window clearly waits: the wizard is window-modal over it, and the
 * main window is greyed with a card naming the file, the share read and the time left, and saying how to stop
 * it. The import is held half-way by the backend until the test has looked, then finishes for real.
 */
@ExtendWith(ApplicationExtension.class)
class ImportWaitOverlayTest {

    @TempDir
    Path dir;

    private final SessionHolder sessions = new SessionHolder();
    private final FxTaskExecutor executor = new FxTaskExecutor(1);
    private final I18n en = new I18n(Locale.ENGLISH);
    private Stage main;
    private AppShell shell;

    @Start
    void start(Stage stage) {
        main = stage;
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> {
            if (shell != null && shell.lastImportWizard() != null) {
                shell.lastImportWizard().close();
            }
        });
        executor.shutdown();
        sessions.close();
    }

    /** The real backend, but an import reports a quarter read and then waits until released. */
    private static final class HeldBackend extends FakeWorkspaceActions implements ForwardingImportBackend {
        private final SessionWorkspaceActions real;
        final CountDownLatch reported = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        HeldBackend(Path root, SessionWorkspaceActions real) {
            super(root);
            this.real = real;
        }

        @Override
        public ImportBackend delegate() {
            return real;
        }

        @Override
        public ImportOutcome importData(ImportRequest request, ProgressListener listener) throws Exception {
            listener.progress(250, 1000, "Reading rows: 5000");
            reported.countDown();
            if (!release.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("never released");
            }
            return real.importData(request, listener);
        }
    }

    @Test
    void theMainWindowIsGreyedWithTheImportsProgressUntilItEnds(FxRobot robot) throws Exception {
        Path csv = Files.writeString(dir.resolve("orders.csv"),
                "customer,date,amount\nA,2024-01-01,10\nB,2024-01-02,20\nA,2024-02-01,5\n");
        HeldBackend backend = new HeldBackend(dir,
                new SessionWorkspaceActions(sessions, dir.resolve("ws"), dir.resolve("samples")));
        robot.interact(() -> {
            shell = new AppShell(main, new SettingsService(dir.resolve("settings.properties")), Settings.DEFAULTS,
                    executor, backend, new FakeDialogService(), sessions);
            main.setWidth(1280);
            main.setHeight(800);
            main.show();
            shell.commands().importFile(csv);
        });
        Node overlay = robot.lookup("#import-wait-overlay").query();
        assertThat(overlay.isVisible()).as("no grey layer before the import starts").isFalse();

        Stage wizard = shell.lastImportWizard();
        assertThat(wizard.getModality()).isEqualTo(Modality.WINDOW_MODAL);
        assertThat(wizard.getOwner()).isSameAs(main);
        pressWhenEnabled(robot, wizard, "#wizard-next");
        pressWhenEnabled(robot, wizard, "#wizard-import");
        assertThat(backend.reported.await(30, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitForFxEvents();

        AtomicReference<String> progressText = new AtomicReference<>();
        robot.interact(() -> progressText.set(((Label) main.getScene().lookup("#import-wait-progress")).getText()));
        assertThat(overlay.isVisible()).isTrue();
        Bounds covered = overlay.localToScene(overlay.getLayoutBounds());
        assertThat(covered.getWidth()).isEqualTo(main.getScene().getWidth());
        assertThat(covered.getHeight()).isEqualTo(main.getScene().getHeight());
        assertThat(((Label) main.getScene().lookup("#import-wait-title")).getText())
                .isEqualTo(en.format("status.importing", "orders.csv"));
        assertThat(progressText.get()).contains(ProgressTexts.localise(en, "Reading rows: 5000"))
                .contains(en.format("wizard.progress.percent", "25"));
        assertThat(((ProgressBar) main.getScene().lookup("#import-wait-bar")).getProgress())
                .isEqualTo(0.25);
        assertThat(((Label) main.getScene().lookup("#import-wait-note")).getText())
                .isEqualTo(en.get("importWait.note"));

        backend.release.countDown();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (overlay.isVisible() && System.nanoTime() < deadline) {
            WaitForAsyncUtils.sleep(100, TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(overlay.isVisible()).as("the grey layer goes when the import ends").isFalse();
        assertThat(wizard.getScene().lookup("#wizard-summary").isVisible()).isTrue();
    }

    private static void pressWhenEnabled(FxRobot robot, Stage wizard, String id) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            AtomicReference<Boolean> pressed = new AtomicReference<>(false);
            robot.interact(() -> {
                Button b = (Button) wizard.getScene().lookup(id);
                if (b != null && b.isVisible() && !b.isDisabled()) {
                    b.fire();
                    pressed.set(true);
                }
            });
            if (pressed.get()) {
                return;
            }
            WaitForAsyncUtils.sleep(100, TimeUnit.MILLISECONDS);
        }
        throw new AssertionError(id + " never became usable");
    }
}
