package org.valuelens.model.progress;

/**
 * Receives progress of a long-running, synchronous operation and tells it whether to stop.
 *
 * <p>Implementations must be cheap: callers report at most every few thousand rows. They are called on the
 * worker thread that runs the operation, never on a UI thread; a GUI adapter forwards to its own thread.
 */
public interface ProgressListener {

    /** A listener that ignores progress and never cancels. */
    ProgressListener NONE = (done, total, message) -> { };

    /**
     * Reports progress.
     *
     * @param done    units of work done so far ({@code >= 0})
     * @param total   total units of work, or {@code -1} when unknown
     * @param message short human-readable description of the current step ({@code null} permitted)
     */
    void progress(long done, long total, String message);

    /** @return {@code true} when the operation should stop as soon as it can; default {@code false} */
    default boolean isCancelled() {
        return false;
    }

    /**
     * Throws {@link CancelledException} when {@link #isCancelled()} is true; operations call it between steps.
     *
     * @throws CancelledException when cancelled
     */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }
}
