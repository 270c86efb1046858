package org.valuelens.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.valuelens.model.TimeUnit;
import org.valuelens.model.diagnostics.AccuracyRow;

/**
 * The holdout accuracy of every purchase model side by side, with the baseline as the last row.
 *
 * @param calibrationEnd last day of the calibration period
 * @param observationEnd last day of the holdout period
 * @param unit           time unit of the fits
 * @param holdoutLength  holdout length in {@code unit}
 * @param customers      customers validated
 * @param rows           one row per model in {@link DiagnosticsService#COMPARED} order, then the baseline
 * @param parameters     fitted parameters by model id (only models that were fitted)
 */
public record ModelComparison(LocalDate calibrationEnd, LocalDate observationEnd, TimeUnit unit,
                              double holdoutLength, int customers, List<AccuracyRow> rows,
                              Map<String, Map<String, Double>> parameters) {

    /** Copies the collections. */
    public ModelComparison {
        Objects.requireNonNull(unit, "unit");
        rows = List.copyOf(rows);
        parameters = Map.copyOf(parameters);
    }
}
