package org.valuelens.importer;

import org.valuelens.model.progress.ProgressListener;

/**
 * Reads CSV/TXT and Excel files into rows. Stateless and thread-safe; knows no database.
 *
 * <p>IMPLEMENTATION IN PROGRESS (issue 2): the methods below are the contract; the body is being written.
 */
public final class FileImporter {

    /**
     * Reads the whole file, passing every data row to exactly one method of {@code sink}, in source order.
     *
     * @param options  what and how to read ({@code null} not permitted)
     * @param sink     receives the rows ({@code null} not permitted)
     * @param listener progress (rows, percent of bytes) and cancel; cancel throws
     *                 {@link org.valuelens.model.progress.CancelledException}
     * @return what was read
     * @throws ImportException when the file cannot be imported at all
     */
    public ImportResult read(ImportOptions options, RowSink sink, ProgressListener listener) throws ImportException {
        throw new UnsupportedOperationException("FileImporter.read is not implemented yet");
    }
}
