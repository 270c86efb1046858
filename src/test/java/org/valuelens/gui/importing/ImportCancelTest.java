package org.valuelens.gui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuelens.gui.SessionWorkspaceActions;
import org.valuelens.gui.common.FakeDialogService;
import org.valuelens.gui.common.FxTaskExecutor;
import org.valuelens.gui.common.FxToolkit;
import org.valuelens.gui.common.I18n;
import org.valuelens.gui.common.SessionHolder;
import org.valuelens.model.progress.ProgressListener;
import org.valuelens.service.ImportOutcome;
import org.valuelens.service.ImportRequest;
import org.valuelens.service.WorkspaceService;

/**
 * Cancels a running import by pressing the wizard's Cancel button (the real view, on a real background executor)
 * and checks the workspace is unchanged. Deterministic: the import's first progress report after hashing asks the
 * FX thread to cancel and waits until it has.
 */
class ImportCancelTest {

    @TempDir
    Path dir;

    private final SessionHolder sessions = new SessionHolder();
    private final FxTaskExecutor executor = new FxTaskExecutor(1);
    /** The wizard window, closed after the test so that later UI tests do not find its nodes. */
    private volatile javafx.stage.Stage wizardStage;

    @BeforeAll
    static void fx() throws InterruptedException {
        FxToolkit.start();
    }

    @AfterEach
    void close() throws Exception {
        executor.shutdown();
        sessions.close();
        CompletableFuture<Void> closed = new CompletableFuture<>();
        Platform.runLater(() -> {
            if (wizardStage != null) {
                wizardStage.close();
            }
            closed.complete(null);
        });
        closed.get(30, TimeUnit.SECONDS);
    }

    /** Wraps the real backend; on the second progress report of an import, presses the wizard's Cancel button. */
    private static final class CancellingBackend implements ForwardingImportBackend {
        private final SessionWorkspaceActions real;
        ImportWizardView view;
        final java.util.concurrent.atomic.AtomicBoolean cancelButtonUsable =
                new java.util.concurrent.atomic.AtomicBoolean();

        CancellingBackend(SessionWorkspaceActions real) {
            this.real = real;
        }

        @Override
        public ImportBackend delegate() {
            return real;
        }

        @Override
        public ImportOutcome importData(ImportRequest request, ProgressListener listener) {
            AtomicInteger reports = new AtomicInteger();
            return real.importData(request, new ProgressListener() {
                @Override
                public void progress(long done, long total, String message) {
                    listener.progress(done, total, message);
                    if (reports.incrementAndGet() == 2) {
                        CountDownLatch cancelled = new CountDownLatch(1);
                        // press the wizard's own Cancel button, as a user would
                        Platform.runLater(() -> {
                            javafx.scene.control.Button cancel =
                                    (javafx.scene.control.Button) view.lookup("#wizard-cancel");
                            cancelButtonUsable.set(cancel != null && cancel.isVisible() && !cancel.isDisabled());
                            if (cancel != null) {
                                cancel.fire();
                            }
                            cancelled.countDown();
                        });
                        try {
                            cancelled.await(20, TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                }

                @Override
                public boolean isCancelled() {
                    return listener.isCancelled();
                }
            });
        }
    }

    private static long transactions(WorkspaceService ws) {
        long n = 0;
        for (var d : ws.listDatasets()) {
            n += ws.forEachTransaction(d.id(), false, t -> { });
        }
        return n;
    }

    @Test
    void cancellingARunningImportLeavesTheWorkspaceUnchanged() throws Exception {
        Path ws = dir.resolve("ws");
        SessionWorkspaceActions real = new SessionWorkspaceActions(sessions, ws, dir.resolve("samples"));
        Path small = dir.resolve("small.csv");
        Files.writeString(small, "customer,date,amount\nA,2024-01-01,10\nB,2024-01-02,20\n");
        real.importData(ImportRequest.of(small), ProgressListener.NONE);
        Path big = dir.resolve("big.csv");
        try (BufferedWriter w = Files.newBufferedWriter(big)) {
            w.write("customer,date,amount\n");
            LocalDate start = LocalDate.of(2020, 1, 1);
            for (int i = 0; i < 200_000; i++) {
                w.write("C" + (i % 7919) + "," + start.plusDays(i % 1000) + "," + (i % 97 + 1) + ".5\n");
            }
        }
        WorkspaceService before = sessions.require().workspace();
        int datasetsBefore = before.listDatasets().size();
        long transactionsBefore = transactions(before);

        CancellingBackend backend = new CancellingBackend(real);
        FakeDialogService dialogs = new FakeDialogService();
        CompletableFuture<String> message = new CompletableFuture<>();
        CompletableFuture<ImportWizardViewModel.Step> ended = new CompletableFuture<>();
        Platform.runLater(() -> {
            ImportWizardViewModel model = new ImportWizardViewModel(backend, executor, dialogs,
                    new I18n(Locale.ENGLISH), opened -> ended.completeExceptionally(new AssertionError("committed")));
            backend.view = new ImportWizardView(model, new I18n(Locale.ENGLISH));
            javafx.stage.Stage stage = new javafx.stage.Stage();
            stage.setScene(new javafx.scene.Scene(backend.view, 900, 640));
            stage.show();
            wizardStage = stage;
            model.stepProperty().addListener((obs, o, n) -> {
                if (n == ImportWizardViewModel.Step.PREVIEW) {
                    model.next();
                    model.runImport();
                } else if (o == ImportWizardViewModel.Step.RUNNING) {
                    message.complete(model.progressMessageProperty().get());
                    ended.complete(n);
                }
            });
            model.chooseFile(big);
        });

        assertThat(ended.get(120, TimeUnit.SECONDS)).isEqualTo(ImportWizardViewModel.Step.MAPPING);
        assertThat(message.get()).isEqualTo(new I18n(Locale.ENGLISH).get("wizard.cancelled"));
        assertThat(backend.cancelButtonUsable).as("the Cancel button was shown and enabled while importing").isTrue();
        assertThat(dialogs.shown).isEmpty();
        WorkspaceService after = sessions.require().workspace();
        assertThat(after.listDatasets()).hasSize(datasetsBefore);
        assertThat(transactions(after)).isEqualTo(transactionsBefore);
    }
}
