package org.valuelens.model.summary;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One customer of a summary-only dataset: the per-customer totals a database computed at a fixed calibration end,
 * in days and money (no time unit yet). {@link TotalsSummary} turns them into {@link org.valuelens.model.CustomerSummary
 * customer summaries} in any time unit, with the definitions of {@link SummaryBuilder}.
 *
 * @param customerId       customer id ({@code null} not permitted)
 * @param firstPurchase    first purchase day, on or before the calibration end ({@code null} not permitted)
 * @param lastPurchase     last purchase day up to the calibration end ({@code null} not permitted, not before
 *                         {@code firstPurchase})
 * @param frequency        repeat purchase days up to the calibration end ({@code >= 0})
 * @param revenue          revenue up to the calibration end (returns netted under NET)
 * @param repeatSpend      the part of {@code revenue} after the first purchase day (the repeat purchase days'
 *                         totals, with the returns netted into them)
 * @param cost             cost up to the calibration end, {@code null} when no line carried one
 * @param transactions     source lines up to the calibration end ({@code >= 0})
 * @param holdoutFrequency purchase days after the calibration end ({@code >= 0})
 * @param holdoutRevenue   revenue after the calibration end
 * @param channel          channel of the first purchase day, {@code null} when unknown
 */
public record CustomerTotals(String customerId, LocalDate firstPurchase, LocalDate lastPurchase, int frequency,
                             double revenue, double repeatSpend, Double cost, long transactions,
                             int holdoutFrequency, double holdoutRevenue, String channel) {

    /** Checks the invariants. */
    public CustomerTotals {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(firstPurchase, "firstPurchase");
        Objects.requireNonNull(lastPurchase, "lastPurchase");
        if (lastPurchase.isBefore(firstPurchase)) {
            throw new IllegalArgumentException("The last purchase of customer " + customerId
                    + " is before the first.");
        }
        if (frequency < 0 || holdoutFrequency < 0 || transactions < 0) {
            throw new IllegalArgumentException("counts must be >= 0 for customer " + customerId);
        }
    }
}
