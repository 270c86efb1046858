package org.valuelens.storage;

/**
 * What the caller knows about a dataset when committing it (the counts come from the writer itself).
 *
 * @param sheet         sheet(s) read, {@code null} for text files
 * @param shape         "TRANSACTIONS" or "CUSTOMERS" ({@code null} not permitted)
 * @param columnMapping role → column as text, {@code null} permitted
 * @param rowsRead      data rows read by the importer
 * @param encoding      charset name, {@code null} for Excel
 * @param delimiter     delimiter, {@code null} for Excel
 */
public record DatasetSummaryFields(String sheet, String shape, String columnMapping, long rowsRead,
                                   String encoding, String delimiter) {
}
