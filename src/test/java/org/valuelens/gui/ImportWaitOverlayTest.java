package org.valuelens.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
    private static class HeldBackend extends FakeWorkspaceActions implements ForwardingImportBackend {
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

        /** Whether the held import has read every row and is saving them (the long last phase). */
        boolean saving;

        @Override
        public ImportOutcome importData(ImportRequest request, ProgressListener listener) throws Exception {
            listener.progress(250, 1000, "Reading rows: 5000");
            if (saving) {
                listener.progress(1000, 1000, "Reading rows: 20000");
                listener.progress(0, -1, "Saving " + request.file().getFileName());
            }
            reported.countDown();
            if (!release.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("never released");
            }
            return real.importData(request, listener);
        }
    }

    @Test
    void theMainWindowIsGreyedWithTheImportsProgressUntilItEnds(FxRobot robot) throws Exception {
        Path csv = ordersCsv();
        HeldBackend backend = new HeldBackend(dir, realActions());
        open(robot, backend, s -> s.commands().importFile(csv));
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
        waitUntilHidden(overlay);
        assertThat(wizard.getScene().lookup("#wizard-summary").isVisible()).isTrue();
    }

    @Test
    void afterTheLastRowTheWizardAndTheCardShowTheSavingPhase(FxRobot robot) throws Exception {
        Path csv = ordersCsv();
        HeldBackend backend = new HeldBackend(dir, realActions());
        backend.saving = true;
        open(robot, backend, s -> s.commands().importFile(csv));
        Stage wizard = shell.lastImportWizard();
        pressWhenEnabled(robot, wizard, "#wizard-next");
        pressWhenEnabled(robot, wizard, "#wizard-import");
        assertThat(backend.reported.await(30, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitForFxEvents();

        AtomicReference<String> card = new AtomicReference<>();
        AtomicReference<String> wizardLine = new AtomicReference<>();
        AtomicReference<Double> bar = new AtomicReference<>();
        AtomicReference<Double> wizardBar = new AtomicReference<>();
        robot.interact(() -> {
            card.set(((Label) main.getScene().lookup("#import-wait-progress")).getText());
            wizardLine.set(((Label) wizard.getScene().lookup("#wizard-time-left")).getText());
            bar.set(((ProgressBar) main.getScene().lookup("#import-wait-bar")).getProgress());
            wizardBar.set(((ProgressBar) wizard.getScene().lookup("#wizard-progress")).getProgress());
        });
        String phase = en.get("wizard.progress.saving");
        assertThat(card.get()).as("the card names the saving phase, not a full bar")
                .contains(ProgressTexts.localise(en, "Saving orders.csv")).contains(phase)
                .doesNotContain(en.format("wizard.progress.percent", "100"));
        assertThat(wizardLine.get()).isEqualTo(phase);
        assertThat(bar.get()).as("an open-ended bar while saving").isNegative();
        assertThat(wizardBar.get()).isNegative();

        backend.release.countDown();
        waitUntilHidden(main.getScene().lookup("#import-wait-overlay"));
    }

    @Test
    void theMainWindowIsGreyedWhileTheDatabaseWizardImports(FxRobot robot) throws Exception {
        HeldDatabase backend = new HeldDatabase(dir, realActions());
        open(robot, backend, s -> s.mainViewModel().importDatabase());
        Node overlay = robot.lookup("#import-wait-overlay").query();
        Stage wizard = shell.lastImportWizard();
        assertThat(wizard.getModality()).isEqualTo(Modality.WINDOW_MODAL);
        robot.interact(() -> {
            ((javafx.scene.control.TextField) wizard.getScene().lookup("#database-url"))
                    .setText("jdbc:postgresql://db.example/shop");
            ((javafx.scene.control.TextField) wizard.getScene().lookup("#database-table")).setText("orders");
        });
        pressWhenEnabled(robot, wizard, "#database-preview");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (backend.previews == 0 && System.nanoTime() < deadline) {
            WaitForAsyncUtils.sleep(100, TimeUnit.MILLISECONDS);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(overlay.isVisible()).as("a preview does not grey the window").isFalse();
        pressWhenEnabled(robot, wizard, "#database-import");
        assertThat(backend.reported.await(30, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitForFxEvents();

        AtomicReference<String> progressText = new AtomicReference<>();
        AtomicReference<String> title = new AtomicReference<>();
        robot.interact(() -> {
            progressText.set(((Label) main.getScene().lookup("#import-wait-progress")).getText());
            title.set(((Label) main.getScene().lookup("#import-wait-title")).getText());
        });
        assertThat(overlay.isVisible()).as("the database import greys the main window").isTrue();
        Bounds covered = overlay.localToScene(overlay.getLayoutBounds());
        assertThat(covered.getWidth()).isEqualTo(main.getScene().getWidth());
        assertThat(title.get()).isEqualTo(en.get("database.status.importing"));
        assertThat(progressText.get()).isEqualTo(ProgressTexts.localise(en, "Reading rows: 300"));
        assertThat(((ProgressBar) main.getScene().lookup("#import-wait-bar")).getProgress()).isEqualTo(0.3);

        backend.release.countDown();
        waitUntilHidden(overlay);
    }

    /** A database source whose import reports 30 % and then waits until released, then fails. */
    private static final class HeldDatabase extends HeldBackend
            implements org.valuelens.gui.importing.DatabaseBackend {
        volatile int previews;

        HeldDatabase(Path root, SessionWorkspaceActions real) {
            super(root, real);
        }

        @Override
        public org.valuelens.service.DatabasePreview previewDatabase(
                org.valuelens.service.DatabaseImportRequest request, int rows) {
            previews++;
            return new org.valuelens.service.DatabasePreview("table orders", List.of("customer", "date", "amount"),
                    List.of("text", "date", "numeric"), List.of(List.of("A", "2024-01-01", "10")),
                    java.util.Map.of("customer", "customer", "date", "date", "amount", "amount"));
        }

        @Override
        public org.valuelens.service.DatabaseImportOutcome importDatabase(
                org.valuelens.service.DatabaseImportRequest request, ProgressListener listener) throws Exception {
            listener.progress(3, 10, "Reading rows: 300");
            reported.countDown();
            if (!release.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("never released");
            }
            throw new IllegalStateException("The test stopped the import.");
        }

        @Override
        public Path workspaceDirectory() {
            return workspaceRoot;
        }
    }

    /** Opens the app's window at 1280×800 on {@code backend}, then does {@code then} with it (FX thread). */
    private void open(FxRobot robot, WorkspaceActions backend, java.util.function.Consumer<AppShell> then) {
        robot.interact(() -> {
            shell = new AppShell(main, new SettingsService(dir.resolve("settings.properties")), Settings.DEFAULTS,
                    executor, backend, new FakeDialogService(), sessions);
            main.setWidth(1280);
            main.setHeight(800);
            main.show();
            then.accept(shell);
        });
    }

    private Path ordersCsv() throws java.io.IOException {
        return Files.writeString(dir.resolve("orders.csv"),
                "customer,date,amount\nA,2024-01-01,10\nB,2024-01-02,20\nA,2024-02-01,5\n");
    }

    private SessionWorkspaceActions realActions() {
        return new SessionWorkspaceActions(sessions, dir.resolve("ws"), dir.resolve("samples"));
    }

    private static void waitUntilHidden(Node overlay) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (overlay.isVisible() && System.nanoTime() < deadline) {
            WaitForAsyncUtils.sleep(100, TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(overlay.isVisible()).as("the grey layer goes when the import ends").isFalse();
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
