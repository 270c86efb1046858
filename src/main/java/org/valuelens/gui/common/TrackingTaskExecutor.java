package org.valuelens.gui.common;

import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * A {@link TaskExecutor} that also publishes the most recently started job's state, for the status bar: whether
 * it runs, its progress and message, and a {@link #cancelCurrent()} command. All pages share one instance, so
 * every background job shows in the status bar. Use from the FX thread only.
 */
public final class TrackingTaskExecutor implements TaskExecutor {

    private final TaskExecutor delegate;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private TaskHandle current;
    private int active;

    /** @param delegate the executor that runs the jobs ({@code null} not permitted) */
    public TrackingTaskExecutor(TaskExecutor delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    // Properties //

    /** @return {@code true} while any job submitted here is running */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** @return progress of the latest job in [0, 1], or -1 when indeterminate */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** @return the latest job's message (never {@code null}) */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    // Commands //

    /**
     * Starts a job with a first status message.
     *
     * @param label     shown in the status bar until the job reports its own message ({@code null} permitted)
     * @param job       the work
     * @param callbacks outcome callbacks
     * @param <T>       the result type
     * @return the job's handle
     */
    public <T> TaskHandle submit(String label, BackgroundJob<T> job, TaskCallbacks<T> callbacks) {
        Objects.requireNonNull(callbacks, "callbacks");
        active++;
        running.set(true);
        progress.set(-1);
        message.set(label == null ? "" : label);
        TaskHandle[] self = new TaskHandle[1];
        Runnable finished = () -> {
            active = Math.max(0, active - 1);
            if (active == 0) {
                running.set(false);
                progress.set(0);
                message.set("");
            }
            if (current == self[0]) {
                current = null;
            }
        };
        TaskCallbacks<T> tracked = new TaskCallbacks<>(
                then(finished, callbacks.onSuccess()),
                then(finished, callbacks.onFailure()),
                (fraction, text) -> {
                    progress.set(fraction);
                    if (text != null) {
                        message.set(text);
                    }
                    callbacks.onProgress().update(fraction, text);
                });
        self[0] = delegate.submit(job, tracked);
        if (!self[0].isDone()) {
            current = self[0];
        }
        return self[0];
    }

    @Override
    public <T> TaskHandle submit(BackgroundJob<T> job, TaskCallbacks<T> callbacks) {
        return submit(null, job, callbacks);
    }

    /** Cancels the most recently started job that is still running; does nothing when none is. */
    public void cancelCurrent() {
        if (current != null) {
            current.cancel();
        }
    }

    @Override
    public void shutdown() {
        cancelCurrent();
        delegate.shutdown();
    }

    private static <V> Consumer<V> then(Runnable first, Consumer<V> next) {
        return value -> {
            first.run();
            next.accept(value);
        };
    }
}
