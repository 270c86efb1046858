package org.valuelens.service;

import java.time.Instant;
import java.time.LocalDateTime;

/**
 * One dataset of the workspace, as shown to users.
 *
 * @param id           dataset id ({@code >= 1})
 * @param fileName     source file name
 * @param contentHash  SHA-256 of the source, 64 lowercase hex digits
 * @param shape        "TRANSACTIONS" or "CUSTOMERS"
 * @param sheet        sheet(s) read for Excel, {@code null} for text files
 * @param importedAt   when the import committed
 * @param rowsRead     data rows read
 * @param rowsImported rows stored
 * @param rowsRejected rows rejected
 * @param returns      transactions flagged as returns
 * @param customers    distinct customers
 * @param firstDate    earliest transaction, {@code null} when none
 * @param lastDate     latest transaction, {@code null} when none
 * @param encoding     charset for text files, {@code null} for Excel
 * @param delimiter    delimiter for text files, {@code null} for Excel
 * @param columnMapping role → column as JSON text, {@code null} when unknown
 * @param displayName  the name the user gave the dataset, {@code null} when not renamed
 */
public record DatasetDetails(int id, String fileName, String contentHash, String shape, String sheet,
                             Instant importedAt, long rowsRead, long rowsImported, long rowsRejected, long returns,
                             int customers, LocalDateTime firstDate, LocalDateTime lastDate, String encoding,
                             String delimiter, String columnMapping, String displayName) {

    /** @return the name to show: the user's name when renamed, else the file name */
    public String name() {
        return displayName != null ? displayName : fileName;
    }
}
