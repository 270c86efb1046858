package org.valuelens.storage;

import java.time.Instant;
import java.time.LocalDateTime;

/**
 * Metadata of one stored dataset.
 *
 * @param id            workspace-unique id ({@code >= 1})
 * @param fileName      source file name
 * @param contentHash   SHA-256 of the source file, 64 lowercase hex digits
 * @param sheet         sheet(s) read for Excel, {@code null} for text files
 * @param shape         "TRANSACTIONS" or "CUSTOMERS"
 * @param columnMapping role → column description as JSON-like text, {@code null} when unknown
 * @param importedAt    when the import committed
 * @param rowsRead      data rows read ({@code = rowsImported + rowsRejected})
 * @param rowsImported  rows stored as transactions or customer inputs
 * @param rowsRejected  rows stored as rejected
 * @param returns       imported transactions flagged as returns
 * @param encoding      charset for text files, {@code null} for Excel
 * @param delimiter     delimiter for text files, {@code null} for Excel
 * @param firstTs       earliest transaction timestamp, {@code null} when none
 * @param lastTs        latest transaction timestamp, {@code null} when none
 * @param customers     distinct customers in the dataset
 * @param displayName   the name the user gave the dataset, {@code null} = none (show the file name)
 */
public record DatasetInfo(int id, String fileName, String contentHash, String sheet, String shape,
                          String columnMapping, Instant importedAt, long rowsRead, long rowsImported,
                          long rowsRejected, long returns, String encoding, String delimiter,
                          LocalDateTime firstTs, LocalDateTime lastTs, int customers, String displayName) {

    /** A dataset the user has not renamed (see the canonical constructor for the parameters). */
    public DatasetInfo(int id, String fileName, String contentHash, String sheet, String shape,
                       String columnMapping, Instant importedAt, long rowsRead, long rowsImported,
                       long rowsRejected, long returns, String encoding, String delimiter,
                       LocalDateTime firstTs, LocalDateTime lastTs, int customers) {
        this(id, fileName, contentHash, sheet, shape, columnMapping, importedAt, rowsRead, rowsImported,
                rowsRejected, returns, encoding, delimiter, firstTs, lastTs, customers, null);
    }

    /** @return the name to show: the user's name when renamed, else the file name */
    public String name() {
        return displayName != null ? displayName : fileName;
    }
}
