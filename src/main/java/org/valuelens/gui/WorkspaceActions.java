package org.valuelens.gui;

import java.nio.file.Path;
import org.valuelens.model.progress.ProgressListener;
import org.valuelens.service.ReportRequest;

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
        public Path export(Path folder, ReportRequest request, ProgressListener progress) {
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
     * Writes the report of the open dataset: {@code valuelens-report.pptx}, {@code valuelens-report.xlsx} and
     * {@code charts/*.png} into a folder (created when missing).
     *
     * @param folder   the folder chosen by the user
     * @param request  what to report (the dataset is the open one whatever the request says)
     * @param progress progress and cancellation
     * @return the written deck
     * @throws Exception on failure (shown to the user)
     */
    Path export(Path folder, ReportRequest request, ProgressListener progress) throws Exception;
}
