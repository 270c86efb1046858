package org.valuelens.gui.common;

import java.util.Objects;
import org.valuelens.model.progress.CancelledException;
import org.valuelens.model.progress.ProgressListener;

/**
 * Runs each job at once on the calling thread and calls the callbacks on that thread, so view-model tests are
 * deterministic and need no FX toolkit. Progress is forwarded as it is reported.
 */
public final class DirectTaskExecutor implements TaskExecutor {

    private volatile boolean cancelNext;

    /**
     * Makes the next submitted job see {@code isCancelled() == true} from its first check (for testing cancel
     * paths, since a direct job has finished before its handle is returned).
     */
    public void cancelNextJob() {
        cancelNext = true;
    }

    @Override
    public <T> TaskHandle submit(BackgroundJob<T> job, TaskCallbacks<T> callbacks) {
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(callbacks, "callbacks");
        boolean cancelled = cancelNext;
        cancelNext = false;
        ProgressListener listener = new ProgressListener() {
            @Override
            public void progress(long done, long total, String message) {
                callbacks.onProgress().update(fraction(done, total), message);
            }

            @Override
            public boolean isCancelled() {
                return cancelled;
            }
        };
        T result;
        try {
            result = job.run(listener);
        } catch (Exception e) {
            callbacks.onFailure().accept(e);
            return DONE;
        }
        if (cancelled) {
            callbacks.onFailure().accept(new CancelledException());
        } else {
            callbacks.onSuccess().accept(result);
        }
        return DONE;
    }

    @Override
    public void shutdown() {
        // nothing to stop
    }

    static double fraction(long done, long total) {
        if (total <= 0) {
            return -1.0;
        }
        return Math.max(0.0, Math.min(1.0, (double) done / total));
    }

    private static final TaskHandle DONE = new TaskHandle() {
        @Override
        public void cancel() {
            // already finished
        }

        @Override
        public boolean isDone() {
            return true;
        }
    };
}
