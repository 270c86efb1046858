package org.valuelens.gui.common;

import org.valuelens.model.progress.ProgressListener;

/**
 * Slow work run off the FX thread by a {@link TaskExecutor}: typically one synchronous service call.
 *
 * @param <T> the result type ({@code null} permitted as a result)
 */
@FunctionalInterface
public interface BackgroundJob<T> {

    /**
     * Does the work on a worker thread; must not touch the scene graph.
     *
     * @param progress reports progress and says when to stop (never {@code null})
     * @return the result
     * @throws Exception any failure, delivered to the failure callback
     */
    T run(ProgressListener progress) throws Exception;
}
