package org.valuelens.service;

import java.time.LocalDateTime;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The result of one committed import. Always {@code rowsRead == rowsImported + rowsRejected}.
 *
 * @param datasetId        id of the new dataset in the workspace
 * @param file             the source file name
 * @param contentHash      SHA-256 of the file, 64 lowercase hex digits
 * @param shape            "TRANSACTIONS" or "CUSTOMERS"
 * @param rowsRead         data rows read
 * @param rowsImported     rows stored as transactions or customer rows
 * @param rowsRejected     rows stored as rejected
 * @param rejectedByReason reason code → count, only non-zero reasons, sorted by code
 * @param returns          imported transactions flagged as returns
 * @param customers        distinct customers in the dataset
 * @param firstDate        earliest transaction (second precision), {@code null} when none
 * @param lastDate         latest transaction (second precision), {@code null} when none
 * @param encoding         charset name for text files, {@code null} for Excel
 * @param delimiter        delimiter for text files, {@code null} for Excel
 * @param sheets           sheets read for Excel, empty for text files
 * @param mapping          role → source column header used
 * @param datePattern      the date pattern used, {@code null} when none
 * @param warnings         plain sentences about choices made
 * @param seconds          wall-clock seconds of the whole import (hashing, reading, writing)
 * @param rejectedExamples reason code → the first rows rejected for it (at most {@link #EXAMPLES_PER_REASON}, in
 *                         source order, raw text included), sorted by code
 * @param hasAmounts       {@code false} for a count-only transaction log (no amount column: purchase counts only,
 *                         docs/decisions/0018-count-only-datasets.md)
 */
public record ImportOutcome(int datasetId, String file, String contentHash, String shape, long rowsRead,
                            long rowsImported, long rowsRejected, Map<String, Long> rejectedByReason, long returns,
                            int customers, LocalDateTime firstDate, LocalDateTime lastDate, String encoding,
                            String delimiter, List<String> sheets, Map<String, String> mapping, String datePattern,
                            List<String> warnings, double seconds,
                            Map<String, List<RejectedRowView>> rejectedExamples, boolean hasAmounts) {
    /** Example rows kept per reject reason. */
    public static final int EXAMPLES_PER_REASON = 3;

    /** Copies collections; the examples sorted by reason code. */
    public ImportOutcome {
        Map<String, List<RejectedRowView>> copy = new TreeMap<>();
        rejectedExamples.forEach((reason, rows) -> copy.put(reason, List.copyOf(rows)));
        rejectedExamples = Collections.unmodifiableMap(copy);
        rejectedByReason = Map.copyOf(rejectedByReason);
        sheets = List.copyOf(sheets);
        mapping = Map.copyOf(mapping);
        warnings = List.copyOf(warnings);
    }
}
