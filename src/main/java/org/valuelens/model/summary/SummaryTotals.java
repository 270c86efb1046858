package org.valuelens.model.summary;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Everything a summary-only dataset keeps: one {@link CustomerTotals} per customer whose first purchase is on or
 * before the calibration end, the counts of what was left out, and the repeat purchase days per calendar day (for
 * the holdout tracking curve). Fixed at import: the calibration end, observation end and returns policy.
 *
 * @param calibrationEnd            the calibration end, inclusive ({@code null} not permitted)
 * @param observationEnd            the observation end, inclusive, not before the calibration end
 * @param returns                   how returns were counted ({@code null} not permitted)
 * @param customers                 the summarised customers ({@code null} not permitted; copied)
 * @param customersAfterCalibration customers whose first purchase is after the calibration end
 * @param customersWithoutPurchase  customers with return lines only
 * @param linesRead                 accepted source lines (returns included)
 * @param returnLines               return lines among them
 * @param repeatsByDay              day → repeat purchase days of the summarised customers on that day
 *                                  ({@code null} not permitted; copied)
 */
public record SummaryTotals(LocalDate calibrationEnd, LocalDate observationEnd, ReturnsPolicy returns,
                            List<CustomerTotals> customers, int customersAfterCalibration,
                            int customersWithoutPurchase, long linesRead, long returnLines,
                            Map<LocalDate, Long> repeatsByDay) {

    /** Checks and copies. */
    public SummaryTotals {
        Objects.requireNonNull(calibrationEnd, "calibrationEnd");
        Objects.requireNonNull(observationEnd, "observationEnd");
        Objects.requireNonNull(returns, "returns");
        if (observationEnd.isBefore(calibrationEnd)) {
            throw new IllegalArgumentException("The observation end must not be before the calibration end.");
        }
        customers = List.copyOf(customers);
        repeatsByDay = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(repeatsByDay));
    }
}
