package org.valuelens.gui.importing;

import java.nio.file.Path;
import java.util.List;
import org.valuelens.model.progress.ProgressListener;
import org.valuelens.service.FilePreview;
import org.valuelens.service.ImportOutcome;
import org.valuelens.service.ImportRequest;
import org.valuelens.service.RejectedRowView;

/**
 * What the import wizard needs from the services. Every method is synchronous and runs on a worker thread.
 */
public interface ImportBackend {

    /**
     * @param request what and how to read
     * @param rows    how many rows to show
     * @return the preview
     * @throws Exception when the file cannot be read
     */
    FilePreview preview(ImportRequest request, int rows) throws Exception;

    /**
     * Imports into the open workspace (the default one when none is open) and makes the new dataset the open one.
     *
     * @param request  what and how to import
     * @param listener progress and cancel
     * @return the outcome
     * @throws Exception on failure (nothing stored)
     */
    ImportOutcome importData(ImportRequest request, ProgressListener listener) throws Exception;

    /**
     * Imports again in place of a dataset this wizard imported before, in the same workspace; the new dataset
     * becomes the open one and the previous one is deleted after the new one is committed (a failed or cancelled
     * re-run leaves both the workspace and the previous dataset as they were).
     *
     * @param request           what and how to import
     * @param previousDatasetId the dataset to replace
     * @param listener          progress and cancel
     * @return the outcome
     * @throws Exception on failure (nothing changed)
     */
    ImportOutcome replaceData(ImportRequest request, int previousDatasetId, ProgressListener listener)
            throws Exception;

    /** @return the folder of the workspace the last import went to, {@code null} before any */
    Path workspaceDirectory();

    /**
     * @param datasetId the dataset
     * @param limit     at most this many
     * @return its first rejected rows
     * @throws Exception on a database error
     */
    List<RejectedRowView> rejectedRows(int datasetId, int limit) throws Exception;

    /**
     * @param datasetId the dataset
     * @param csv       the file to write
     * @return rows written
     * @throws Exception when the file cannot be written
     */
    long exportRejected(int datasetId, Path csv) throws Exception;
}
