package org.valuelens.gui.importing;

import java.nio.file.Path;
import org.valuelens.model.progress.ProgressListener;
import org.valuelens.service.DatabaseImportOutcome;
import org.valuelens.service.DatabaseImportRequest;
import org.valuelens.service.DatabasePreview;

/** What the import wizard's Database source needs from the services; synchronous, on a worker thread. */
public interface DatabaseBackend {

    /**
     * @param request where and what (mode and mapping ignored)
     * @param rows    how many rows to show
     * @return the source's columns, first rows and a suggested mapping
     * @throws Exception when the database cannot be read (one sentence)
     */
    DatabasePreview previewDatabase(DatabaseImportRequest request, int rows) throws Exception;

    /**
     * Imports into the open workspace (the default one when none is open) and makes the new dataset the open one.
     *
     * @param request  what and how
     * @param listener progress and cancel
     * @return the outcome
     * @throws Exception on failure (nothing stored)
     */
    DatabaseImportOutcome importDatabase(DatabaseImportRequest request, ProgressListener listener) throws Exception;

    /** @return the folder of the workspace the last import went to */
    Path workspaceDirectory();
}
