package org.valuelens.storage;

import java.util.Objects;

/**
 * A stored rejected source row (storage's own copy of the importer's rejected row, so storage knows no importer).
 *
 * @param sourceRow  1-based source row number
 * @param sheet      sheet name, {@code null} for text files
 * @param reasonCode stable reason code such as {@code bad-date} ({@code null} not permitted)
 * @param column     offending column, {@code null} when not one column
 * @param rawText    the row's raw cells joined ({@code null} not permitted)
 * @param message    one plain sentence, {@code null} permitted
 */
public record RejectedRecord(long sourceRow, String sheet, String reasonCode, String column, String rawText,
                             String message) {
    /** Checks non-null fields. */
    public RejectedRecord {
        Objects.requireNonNull(reasonCode, "reasonCode");
        Objects.requireNonNull(rawText, "rawText");
    }
}
