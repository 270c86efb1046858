package org.valuelens.gui;

import java.nio.file.Path;
import org.valuelens.model.progress.ProgressListener;

/**
 * The data operations behind the File menu and the start screen, to be implemented over the services by the
 * composition root. Every method is synchronous and slow: it is called on a worker thread through the
 * {@link org.valuelens.gui.common.TaskExecutor}, must not touch the UI, and should report progress and stop when
 * {@link ProgressListener#isCancelled()} turns true.
 */
public interface WorkspaceActions {

    /**
     * Safe default before the services are wired: every method throws {@link UnsupportedOperationException},
     * which the view model turns into a friendly "not available yet" message.
     */
    WorkspaceActions NONE = new WorkspaceActions() {
        @Override
        public OpenedWorkspace openSample(ProgressListener progress) {
            throw new UnsupportedOperationException("openSample");
        }

        @Override
        public OpenedWorkspace importFile(Path file, ProgressListener progress) {
            throw new UnsupportedOperationException("importFile");
        }

        @Override
        public OpenedWorkspace openWorkspace(Path workspace, ProgressListener progress) {
            throw new UnsupportedOperationException("openWorkspace");
        }

        @Override
        public void export(Path target, ProgressListener progress) {
            throw new UnsupportedOperationException("export");
        }
    };

    /**
     * Imports the bundled CDNOW sample into a workspace.
     *
     * @param progress progress and cancellation
     * @return what was opened
     * @throws Exception on failure (shown to the user)
     */
    OpenedWorkspace openSample(ProgressListener progress) throws Exception;

    /**
     * Imports a .csv, .txt, .xlsx or .xls file.
     *
     * @param file     the file chosen or dropped
     * @param progress progress and cancellation
     * @return what was opened
     * @throws Exception on failure (shown to the user)
     */
    OpenedWorkspace importFile(Path file, ProgressListener progress) throws Exception;

    /**
     * Opens an existing workspace folder.
     *
     * @param workspace the folder
     * @param progress  progress and cancellation
     * @return what was opened
     * @throws Exception on failure (shown to the user)
     */
    OpenedWorkspace openWorkspace(Path workspace, ProgressListener progress) throws Exception;

    /**
     * Exports the current results.
     *
     * @param target the file chosen by the user (.xlsx)
     * @param progress progress and cancellation
     * @throws Exception on failure (shown to the user)
     */
    void export(Path target, ProgressListener progress) throws Exception;
}
