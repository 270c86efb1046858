package org.valuelens.gui.common;

import java.util.Optional;
import org.valuelens.service.WorkspaceSession;

/**
 * The workspace session that is open now, shared by the workspace commands (which open and replace it) and the
 * page view models (which use its services inside background jobs). Thread-safe.
 */
public final class SessionHolder implements AutoCloseable {
    private volatile WorkspaceSession current;
    private volatile Integer datasetId;

    /** @return the dataset the pages should analyse, {@code null} = the session's most recent one */
    public Integer datasetId() {
        return datasetId;
    }

    /**
     * Makes {@code next} the open session with a chosen dataset (see {@link #replace(WorkspaceSession)}).
     *
     * @param next      the new session
     * @param dataset   the dataset to analyse, {@code null} = the most recent one
     */
    public synchronized void replace(WorkspaceSession next, Integer dataset) {
        replace(next);
        datasetId = dataset;
    }

    /** @return the open session, if any */
    public Optional<WorkspaceSession> current() {
        return Optional.ofNullable(current);
    }

    /**
     * @return the open session
     * @throws IllegalStateException when none is open (a page asked for data before any was opened)
     */
    public WorkspaceSession require() {
        WorkspaceSession s = current;
        if (s == null) {
            throw new IllegalStateException("No workspace is open: open the sample dataset or import a file first.");
        }
        return s;
    }

    /**
     * Makes {@code next} the open session, closing the previous one unless it is the same.
     *
     * @param next the new session ({@code null} closes the current one)
     */
    public synchronized void replace(WorkspaceSession next) {
        WorkspaceSession old = current;
        current = next;
        datasetId = null;
        if (old != null && old != next) {
            old.close();
        }
    }

    @Override
    public void close() {
        replace(null);
    }
}
