package org.valuelens.gui.common;

/** A submitted background job. */
public interface TaskHandle {

    /**
     * Asks the job to stop: its {@link org.valuelens.model.progress.ProgressListener#isCancelled()} turns true and
     * the failure callback receives a {@link org.valuelens.model.progress.CancelledException}. Does nothing when
     * the job has already finished.
     */
    void cancel();

    /** @return {@code true} once the job has succeeded, failed or been cancelled */
    boolean isDone();
}
