package org.valuelens.importer;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * What one read of a file found. Always {@code rowsRead == rowsAccepted + rowsRejected}.
 *
 * @param rowsRead          data rows read (header rows and fully blank lines not counted)
 * @param rowsAccepted      rows passed to the sink as transactions or customers
 * @param rowsRejected      rows passed to the sink as rejected
 * @param rejectedByReason  reason code ({@link RejectReason#code()}) → count; only non-zero reasons
 * @param returns           accepted transactions flagged as returns/cancellations
 * @param firstDate         earliest accepted transaction timestamp, {@code null} when none
 * @param lastDate          latest accepted transaction timestamp, {@code null} when none
 * @param shape             the shape read
 * @param encoding          charset name for text files, {@code null} for Excel
 * @param delimiter         delimiter for text files (",", ";", "\t", "|", "whitespace"), {@code null} for Excel
 * @param sheets            sheets read for Excel, empty for text files
 * @param header            the header cells (generated "Column 1".. names when there is no header)
 * @param mapping           role → 0-based column index actually used
 * @param datePattern       the date pattern used (or a description such as "excel-date"), {@code null} if none
 * @param warnings          plain sentences about choices made (e.g. an ambiguous date order decided)
 * @param preAggregated     whether an engine elsewhere (the Spark job) read the source rows and merged them: the
 *                          counts are the source's, the sink got fewer rows (see {@link SparkOutput})
 */
public record ImportResult(long rowsRead, long rowsAccepted, long rowsRejected, Map<String, Long> rejectedByReason,
                           long returns, LocalDateTime firstDate, LocalDateTime lastDate, DataShape shape,
                           String encoding, String delimiter, List<String> sheets, List<String> header,
                           Map<ColumnRole, Integer> mapping, String datePattern, List<String> warnings,
                           boolean preAggregated) {
    /** A result of rows read here (see the canonical constructor for the parameters). */
    public ImportResult(long rowsRead, long rowsAccepted, long rowsRejected, Map<String, Long> rejectedByReason,
                        long returns, LocalDateTime firstDate, LocalDateTime lastDate, DataShape shape,
                        String encoding, String delimiter, List<String> sheets, List<String> header,
                        Map<ColumnRole, Integer> mapping, String datePattern, List<String> warnings) {
        this(rowsRead, rowsAccepted, rowsRejected, rejectedByReason, returns, firstDate, lastDate, shape, encoding,
                delimiter, sheets, header, mapping, datePattern, warnings, false);
    }

    /** Copies collections. */
    public ImportResult {
        rejectedByReason = Map.copyOf(rejectedByReason);
        sheets = List.copyOf(sheets);
        header = List.copyOf(header);
        mapping = Map.copyOf(mapping);
        warnings = List.copyOf(warnings);
    }

    /**
     * @return {@code false} for a transaction log whose mapping has a customer and a date column but no amount,
     *         quantity or unit price column (a count-only log whose lines carry amount 0); {@code true} otherwise,
     *         also for a result that names no columns at all (a replay of rows that carry their amounts)
     */
    public boolean hasAmounts() {
        boolean countOnly = shape == DataShape.TRANSACTIONS && mapping.containsKey(ColumnRole.CUSTOMER_ID)
                && mapping.containsKey(ColumnRole.DATE) && !mapping.containsKey(ColumnRole.AMOUNT)
                && !mapping.containsKey(ColumnRole.QUANTITY) && !mapping.containsKey(ColumnRole.UNIT_PRICE);
        return !countOnly;
    }
}
