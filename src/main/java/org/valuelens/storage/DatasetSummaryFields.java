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
 * @param hasAmounts    {@code false} for a count-only transaction log (read without an amount column; its lines
 *                      carry amount 0)
 */
public record DatasetSummaryFields(String sheet, String shape, String columnMapping, long rowsRead,
                                   String encoding, String delimiter, boolean hasAmounts) {

    /** Fields of a dataset with amounts (see the canonical constructor for the parameters). */
    public DatasetSummaryFields(String sheet, String shape, String columnMapping, long rowsRead, String encoding,
                                String delimiter) {
        this(sheet, shape, columnMapping, rowsRead, encoding, delimiter, true);
    }
}
