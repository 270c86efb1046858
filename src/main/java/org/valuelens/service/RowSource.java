package org.valuelens.service;

import org.valuelens.importer.ImportException;
import org.valuelens.importer.ImportOptions;
import org.valuelens.importer.ImportResult;
import org.valuelens.importer.RowSink;
import org.valuelens.model.progress.ProgressListener;

/**
 * Where an import's rows come from: {@code FileImporter::read} in the application; tests and the bench's
 * storage-only stage pass their own.
 */
@FunctionalInterface
public interface RowSource {
    /**
     * Reads every row of the file described by {@code options} into {@code sink}.
     *
     * @param options  what to read
     * @param sink     receives every row
     * @param listener progress and cancellation
     * @return what was read
     * @throws ImportException when the file cannot be imported at all
     */
    ImportResult read(ImportOptions options, RowSink sink, ProgressListener listener) throws ImportException;
}
