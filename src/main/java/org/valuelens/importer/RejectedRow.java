package org.valuelens.importer;

import java.util.Objects;

/**
 * A source row that was not imported, kept so that nothing is lost and it can be exported.
 *
 * @param sourceRow 1-based row number in the file or sheet, counted as a spreadsheet shows it
 * @param sheet     sheet name for Excel sources, {@code null} for text files
 * @param reason    why it was rejected ({@code null} not permitted)
 * @param column    the offending column's header (or 1-based index as text), {@code null} when not one column
 * @param rawText   the row's cells joined by the source delimiter (tab for Excel) ({@code null} not permitted)
 * @param message   one plain sentence for users
 */
public record RejectedRow(long sourceRow, String sheet, RejectReason reason, String column, String rawText,
                          String message) {
    /** Checks non-null fields. */
    public RejectedRow {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(rawText, "rawText");
    }
}
