package org.valuelens.importer;

import java.io.Closeable;
import java.io.IOException;

/**
 * Reads the rows of one source in order. Cells are {@link String} for text files; for Excel also {@link Double},
 * {@link java.time.LocalDateTime} or {@code null}. Fully blank rows are skipped.
 */
interface RowCursor extends Closeable {

    /** @return the next non-blank row, or {@code null} at the end */
    Object[] next() throws IOException;

    /** @return the 1-based source row (line for text, sheet row for Excel) of the row last returned */
    long rowNumber();

    /** @return the sheet of the row last returned, {@code null} for text */
    String sheet();

    /** @return work done for progress (bytes for text, rows for Excel) */
    long progressDone();

    /** @return total work for progress, or -1 when unknown */
    long progressTotal();

    /**
     * @return whether the row last returned is the first row of a further sheet (whose header row must be
     *         skipped when the file has a header)
     */
    default boolean startsNewSheet() {
        return false;
    }
}
