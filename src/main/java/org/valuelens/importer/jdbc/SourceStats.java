package org.valuelens.importer.jdbc;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the source database counted over all its rows (one GROUP BY reason; nothing but these figures is
 * transferred).
 *
 * @param rowsRead         source rows
 * @param rejectedByReason reject reason code → rows, only non-zero (copied, sorted)
 * @param accepted         rows accepted ({@code rowsRead} minus the rejected)
 * @param returns          accepted rows that are returns
 * @param customers        distinct customers among the accepted rows
 * @param firstDay         earliest accepted day, {@code null} when none
 * @param lastDay          latest accepted day, {@code null} when none
 */
public record SourceStats(long rowsRead, Map<String, Long> rejectedByReason, long accepted, long returns,
                          int customers, LocalDate firstDay, LocalDate lastDay) {

    /** Copies the map. */
    public SourceStats {
        rejectedByReason = java.util.Collections.unmodifiableMap(new TreeMap<>(rejectedByReason));
    }

    /** @return rejected rows, all reasons */
    public long rejected() {
        return rowsRead - accepted;
    }
}
