package org.valuelens.service;

/**
 * One rejected source row, as shown in the import summary.
 *
 * @param sourceRow 1-based row number in the file or sheet
 * @param sheet     sheet name for Excel, {@code null} for text files
 * @param reason    reason code, e.g. "bad-date"
 * @param column    the offending column, {@code null} when the whole row is at fault
 * @param message   plain sentence
 * @param rawText   the row as read
 */
public record RejectedRowView(long sourceRow, String sheet, String reason, String column, String message,
                              String rawText) {
}
