package org.valuelens.gui.common;

/**
 * Runs slow work off the FX thread and delivers its outcome on the FX thread. View models receive one by
 * constructor injection; tests pass a {@link DirectTaskExecutor}.
 *
 * <pre>{@code
 * executor.submit(progress -> importService.importFile(path, options, progress),
 *         TaskCallbacks.of(result -> workspace.set(result), error -> dialogs.showError(text, error)));
 * }</pre>
 */
public interface TaskExecutor {

    /**
     * Starts a job. Exactly one of {@code onSuccess} / {@code onFailure} is called, once, on the FX thread (on the
     * calling thread for {@link DirectTaskExecutor}); progress updates come before it.
     *
     * @param job       the work ({@code null} not permitted)
     * @param callbacks what to do with progress and outcome ({@code null} not permitted)
     * @param <T>       the result type
     * @return a handle to cancel the job
     */
    <T> TaskHandle submit(BackgroundJob<T> job, TaskCallbacks<T> callbacks);

    /** Stops accepting work and cancels running jobs; called once when the app closes. */
    void shutdown();
}
