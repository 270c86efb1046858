package org.valuelens.gui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.valuelens.model.progress.CancelledException;

class FxTaskExecutorTest {

    private final FxTaskExecutor executor = new FxTaskExecutor(2);

    @BeforeAll
    static void startFx() throws InterruptedException {
        FxToolkit.start();
    }

    @AfterEach
    void stop() {
        executor.shutdown();
    }

    private static void submitOnFx(Runnable r) {
        Platform.runLater(r);
    }

    @Test
    void jobRunsOffTheFxThreadAndResultArrivesOnIt() throws Exception {
        CompletableFuture<String> jobThread = new CompletableFuture<>();
        CompletableFuture<Boolean> callbackOnFx = new CompletableFuture<>();
        CompletableFuture<String> result = new CompletableFuture<>();

        submitOnFx(() -> executor.submit(p -> {
            jobThread.complete(Platform.isFxApplicationThread() ? "fx" : "worker");
            return "ok";
        }, TaskCallbacks.of(r -> {
            callbackOnFx.complete(Platform.isFxApplicationThread());
            result.complete(r);
        }, result::completeExceptionally)));

        assertThat(result.get(20, TimeUnit.SECONDS)).isEqualTo("ok");
        assertThat(jobThread.get()).isEqualTo("worker");
        assertThat(callbackOnFx.get()).isTrue();
    }

    @Test
    void failureArrivesOnTheFxThreadWithTheJobsException() throws Exception {
        CompletableFuture<Throwable> error = new CompletableFuture<>();
        CompletableFuture<Boolean> onFx = new CompletableFuture<>();

        submitOnFx(() -> executor.submit(p -> {
            throw new IllegalArgumentException("bad file");
        }, TaskCallbacks.of(r -> { }, e -> {
            onFx.complete(Platform.isFxApplicationThread());
            error.complete(e);
        })));

        assertThat(error.get(20, TimeUnit.SECONDS)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("bad file");
        assertThat(onFx.get()).isTrue();
    }

    @Test
    void cancelMakesTheListenerReportCancelledAndDeliversCancelledException() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        CompletableFuture<Boolean> jobSawCancel = new CompletableFuture<>();
        CompletableFuture<Throwable> error = new CompletableFuture<>();
        CompletableFuture<TaskHandle> handle = new CompletableFuture<>();

        submitOnFx(() -> handle.complete(executor.submit(p -> {
            running.countDown();
            while (!p.isCancelled()) {
                Thread.onSpinWait();
            }
            jobSawCancel.complete(true);
            return "late";
        }, TaskCallbacks.of(r -> error.complete(null), error::complete))));
        assertThat(running.await(20, TimeUnit.SECONDS)).isTrue();
        Platform.runLater(() -> handle.join().cancel());

        assertThat(error.get(20, TimeUnit.SECONDS)).isInstanceOf(CancelledException.class);
        assertThat(jobSawCancel.get(20, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void progressReachesTheCallbackOnTheFxThread() throws Exception {
        List<Double> fractions = new CopyOnWriteArrayList<>();
        CompletableFuture<Object> done = new CompletableFuture<>();

        submitOnFx(() -> executor.submit(p -> {
            p.progress(1, 2, "half");
            return null;
        }, TaskCallbacks.of(done::complete, done::completeExceptionally).withProgress((f, m) -> {
            if (Platform.isFxApplicationThread()) {
                fractions.add(f);
            }
        })));
        done.get(20, TimeUnit.SECONDS);
        CompletableFuture<Void> drained = new CompletableFuture<>();
        Platform.runLater(() -> drained.complete(null));
        drained.get(20, TimeUnit.SECONDS);

        assertThat(fractions).contains(0.5);
    }

    @Test
    void shutdownCancelsARunningJobAndReturnsOnlyAfterItHasStopped() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        java.util.concurrent.atomic.AtomicBoolean stopped = new java.util.concurrent.atomic.AtomicBoolean();
        FxTaskExecutor own = new FxTaskExecutor(1);
        submitOnFx(() -> own.submit(p -> {
            running.countDown();
            while (!p.isCancelled()) {
                Thread.onSpinWait();
            }
            Thread.sleep(200); // a rollback after the cancellation check, as an import does
            stopped.set(true);
            return null;
        }, TaskCallbacks.of(r -> { }, e -> { })));
        assertThat(running.await(20, TimeUnit.SECONDS)).isTrue();

        own.shutdown();

        assertThat(stopped).as("the job had finished when shutdown returned").isTrue();
    }
}
