package org.valuelens.gui;

import java.nio.file.Path;
import java.util.List;
import org.valuelens.model.progress.ProgressListener;
import org.valuelens.service.DatasetDetails;
import org.valuelens.service.DatasetSettings;
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

    /**
     * @return the open workspace's datasets, oldest first (empty when no workspace is open)
     * @throws Exception on a database error
     */
    default List<DatasetDetails> listDatasets() throws Exception {
        throw new UnsupportedOperationException("listDatasets");
    }

    /**
     * Makes a dataset of the open workspace the one the pages analyse, and remembers it as the active one.
     *
     * @param datasetId the dataset
     * @param progress  progress and cancellation
     * @return what was opened, with the dataset's saved choices
     * @throws Exception when there is no such dataset
     */
    default OpenedWorkspace openDataset(int datasetId, ProgressListener progress) throws Exception {
        throw new UnsupportedOperationException("openDataset");
    }

    /**
     * @param datasetId the dataset
     * @param name      its new display name ({@code null} or blank = the file name)
     * @return the renamed dataset
     * @throws Exception when the name is too long or there is no such dataset
     */
    default DatasetDetails renameDataset(int datasetId, String name) throws Exception {
        throw new UnsupportedOperationException("renameDataset");
    }

    /**
     * Deletes a dataset with all its rows and saved choices, atomically.
     *
     * @param datasetId the dataset
     * @return whether it existed
     * @throws Exception on a database error (nothing is deleted then)
     */
    default boolean deleteDataset(int datasetId) throws Exception {
        throw new UnsupportedOperationException("deleteDataset");
    }

    /**
     * Stores a dataset's analysis choices in its workspace.
     *
     * @param datasetId the dataset
     * @param settings  the choices
     * @throws Exception on a database error
     */
    default void saveDatasetSettings(int datasetId, DatasetSettings settings) throws Exception {
        throw new UnsupportedOperationException("saveDatasetSettings");
    }
}
