package org.valuelens.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.valuelens.model.segment.MigrationMatrix;

/**
 * Segment migration between two periods of one dataset.
 *
 * @param scheme          quadrant or rfm
 * @param firstStart      first day of the first period (the dataset's first transaction day)
 * @param split           first day of the second period; the first period ends the day before
 * @param secondEnd       last day of the second period
 * @param matrix          customers per (segment in the first period, segment in the second period), with the
 *                        rows {@value MigrationMatrix#NEW} (bought only in the second period) and the column
 *                        {@value MigrationMatrix#GONE} (bought only in the first)
 * @param customersBefore customers segmented in the first period
 * @param customersAfter  customers segmented in the second period
 * @param thresholds      thresholds used in both periods, by name (ordered; unmodifiable)
 * @param warnings        plain sentences (unmodifiable)
 */
public record MigrationReport(String scheme, LocalDate firstStart, LocalDate split, LocalDate secondEnd,
                              MigrationMatrix matrix, int customersBefore, int customersAfter,
                              Map<String, Object> thresholds, List<String> warnings) {
    /** Copies the collections. */
    public MigrationReport {
        Objects.requireNonNull(matrix, "matrix");
        thresholds = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(thresholds));
        warnings = List.copyOf(warnings);
    }

    /** @return customers that stayed in the same segment (diagonal of the named segments) */
    public int stayed() {
        int s = 0;
        for (String from : matrix.fromLabels()) {
            s += matrix.count(from, from);
        }
        return s;
    }
}
