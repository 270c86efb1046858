package org.valuelens.gui.common;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * What to do, on the FX thread, when a background job reports progress or ends.
 *
 * @param onSuccess  receives the result
 * @param onFailure  receives the exception; a cancelled job gives a
 *                   {@link org.valuelens.model.progress.CancelledException}
 * @param onProgress receives progress updates
 * @param <T>        the result type
 */
public record TaskCallbacks<T>(Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure,
                               ProgressCallback onProgress) {

    /** Progress as shown to the user. */
    @FunctionalInterface
    public interface ProgressCallback {
        /** Ignores progress. */
        ProgressCallback NONE = (fraction, message) -> { };

        /**
         * @param fraction done fraction in [0, 1], or {@code -1} when the total is unknown
         * @param message  the job's current step ({@code null} permitted)
         */
        void update(double fraction, String message);
    }

    /** Checks that no callback is null. */
    public TaskCallbacks {
        Objects.requireNonNull(onSuccess, "onSuccess");
        Objects.requireNonNull(onFailure, "onFailure");
        Objects.requireNonNull(onProgress, "onProgress");
    }

    /**
     * @param onSuccess receives the result
     * @param onFailure receives the exception
     * @param <T>       the result type
     * @return callbacks that ignore progress
     */
    public static <T> TaskCallbacks<T> of(Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        return new TaskCallbacks<>(onSuccess, onFailure, ProgressCallback.NONE);
    }

    /** @param progress the progress callback @return a copy with it */
    public TaskCallbacks<T> withProgress(ProgressCallback progress) {
        return new TaskCallbacks<>(onSuccess, onFailure, progress);
    }
}
