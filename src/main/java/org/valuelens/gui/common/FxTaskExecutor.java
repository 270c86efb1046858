package org.valuelens.gui.common;

import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.concurrent.Task;
import org.valuelens.model.progress.CancelledException;
import org.valuelens.model.progress.ProgressListener;

/**
 * Runs jobs in {@link Task}s on a small bounded pool of daemon threads. The job's {@link ProgressListener} feeds
 * {@code updateProgress}/{@code updateMessage} (which JavaFX coalesces onto the FX thread) and reads cancellation
 * from {@link Task#isCancelled()}; callbacks run on the FX thread. Cancelling does not interrupt the worker: the
 * job stops at its next {@code checkCancelled()}, while the failure callback (with a
 * {@link CancelledException}) runs at once so the UI is free again.
 */
public final class FxTaskExecutor implements TaskExecutor {

    /** How long {@link #shutdown()} waits for cancelled jobs to reach their next cancellation check. */
    private static final long SHUTDOWN_WAIT_SECONDS = 20;

    private final ExecutorService pool;
    private final java.util.Set<JobTask<?>> live = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /**
     * @param threads worker threads ({@code >= 1}); the queue of waiting jobs is unbounded but jobs are few
     */
    public FxTaskExecutor(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, was " + threads);
        }
        AtomicInteger n = new AtomicInteger();
        ThreadFactory factory = r -> {
            Thread t = new Thread(r, "valuelens-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        this.pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                factory);
    }

    @Override
    public <T> TaskHandle submit(BackgroundJob<T> job, TaskCallbacks<T> callbacks) {
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(callbacks, "callbacks");
        JobTask<T> task = new JobTask<>(job);
        task.progressProperty().addListener((obs, old, value) ->
                callbacks.onProgress().update(value.doubleValue(), task.getMessage()));
        task.messageProperty().addListener((obs, old, value) ->
                callbacks.onProgress().update(task.getProgress(), value));
        task.setOnSucceeded(e -> callbacks.onSuccess().accept(task.getValue()));
        task.setOnFailed(e -> {
            Throwable error = task.getException();
            callbacks.onFailure().accept(error == null ? new IllegalStateException("Task failed") : error);
        });
        task.setOnCancelled(e -> callbacks.onFailure().accept(new CancelledException()));
        live.add(task);
        pool.execute(() -> {
            try {
                task.run();
            } finally {
                live.remove(task);
            }
        });
        return new TaskHandle() {
            @Override
            public void cancel() {
                task.cancel(false);
            }

            @Override
            public boolean isDone() {
                return task.isDone();
            }
        };
    }

    /**
     * Cancels every job, then waits (at most {@value #SHUTDOWN_WAIT_SECONDS} s) until the running ones have stopped,
     * so that the caller can close the workspace they write to.
     */
    @Override
    public void shutdown() {
        for (JobTask<?> task : live) {
            task.cancel(false);
        }
        pool.shutdown();
        try {
            pool.awaitTermination(SHUTDOWN_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        pool.shutdownNow();
    }

    private static final class JobTask<T> extends Task<T> {
        private final BackgroundJob<T> job;

        JobTask(BackgroundJob<T> job) {
            this.job = job;
        }

        @Override
        protected T call() throws Exception {
            ProgressListener listener = new ProgressListener() {
                @Override
                public void progress(long done, long total, String message) {
                    if (total > 0) {
                        updateProgress(Math.min(done, total), total);
                    } else {
                        updateProgress(-1, 1);
                    }
                    if (message != null) {
                        updateMessage(message);
                    }
                }

                @Override
                public boolean isCancelled() {
                    return JobTask.this.isCancelled();
                }
            };
            return job.run(listener);
        }
    }
}
