package org.valuelens.model.summary;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.valuelens.model.CustomerSummary;

/**
 * The outcome of {@link SummaryBuilder#build()}: one {@link CustomerSummary} per customer whose first purchase is
 * on or before the calibration end, plus counts of what was left out.
 *
 * @param settings                  the settings used ({@code null} not permitted)
 * @param calibrationEnd            resolved calibration end, inclusive; {@code null} only when there were no lines
 * @param observationEnd            resolved observation end, inclusive; {@code null} only when there were no lines
 * @param holdoutLength             observation end minus calibration end, in the settings' time unit ({@code >= 0})
 * @param customers                 summaries in order of each customer's first line added (unmodifiable)
 * @param customersAfterCalibration customers left out because their first purchase is after the calibration end
 * @param customersWithoutPurchase  customers left out because they had return lines only (or none counted)
 * @param linesRead                 lines passed to the builder
 * @param returnLines               return lines among them (kept under NET, dropped under EXCLUDE)
 * @param linesAfterObservationEnd  lines dated after the observation end (ignored)
 * @param trackingStart             day period 1 of {@code repeatPurchasesPerPeriod} starts: the earliest first
 *                                  purchase among the summarised customers; {@code null} when there are none
 * @param repeatPurchasesPerPeriod  repeat purchase days (same-day merged, first purchases excluded) of the
 *                                  summarised customers in each period of the time unit from {@code trackingStart}
 *                                  up to the observation end; index 0 = period 1 (a copy is returned)
 * @param timing                    log inter-purchase times per customer and the regularity statistic of the
 *                                  calibration period ({@code null} not permitted)
 */
public record SummaryResult(SummarySettings settings, LocalDate calibrationEnd, LocalDate observationEnd,
                            double holdoutLength, List<CustomerSummary> customers, int customersAfterCalibration,
                            int customersWithoutPurchase, long linesRead, long returnLines,
                            long linesAfterObservationEnd, LocalDate trackingStart, long[] repeatPurchasesPerPeriod,
                            PurchaseTiming timing) {

    /** Copies the list and array; checks that the timing has one entry per customer. */
    public SummaryResult {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(timing, "timing");
        customers = List.copyOf(customers);
        repeatPurchasesPerPeriod = repeatPurchasesPerPeriod.clone();
        if (timing.size() != customers.size()) {
            throw new IllegalArgumentException("the timing has " + timing.size() + " entries for "
                    + customers.size() + " customers");
        }
    }

    /**
     * A summary without timing statistics: every customer's litt is {@code NaN}, so the regular-buyer models
     * cannot be fitted on it (for summaries made by hand, e.g. in tests).
     */
    public SummaryResult(SummarySettings settings, LocalDate calibrationEnd, LocalDate observationEnd,
                         double holdoutLength, List<CustomerSummary> customers, int customersAfterCalibration,
                         int customersWithoutPurchase, long linesRead, long returnLines,
                         long linesAfterObservationEnd, LocalDate trackingStart, long[] repeatPurchasesPerPeriod) {
        this(settings, calibrationEnd, observationEnd, holdoutLength, customers, customersAfterCalibration,
                customersWithoutPurchase, linesRead, returnLines, linesAfterObservationEnd, trackingStart,
                repeatPurchasesPerPeriod, unknownTiming(customers.size()));
    }

    private static PurchaseTiming unknownTiming(int n) {
        double[] litt = new double[n];
        java.util.Arrays.fill(litt, Double.NaN);
        return new PurchaseTiming(litt, 0, 0);
    }

    /** @return a copy of the per-period repeat purchase counts (index 0 = period 1) */
    @Override
    public long[] repeatPurchasesPerPeriod() {
        return repeatPurchasesPerPeriod.clone();
    }

    /**
     * @return first-purchase offset of each summarised customer from {@link #trackingStart()} in the time unit,
     *         in the order of {@link #customers()} (input for cumulative tracking)
     */
    public double[] firstPurchaseOffsets() {
        double[] offsets = new double[customers.size()];
        if (trackingStart == null) {
            return offsets;
        }
        long origin = trackingStart.toEpochDay();
        for (int i = 0; i < offsets.length; i++) {
            offsets[i] = settings.timeUnit().fromDays(customers.get(i).firstPurchase().toEpochDay() - origin);
        }
        return offsets;
    }

    /** @return {@code true} when the records have equal content (arrays compared element-wise) */
    @Override
    public boolean equals(Object o) {
        return o instanceof SummaryResult r && settings.equals(r.settings)
                && Objects.equals(calibrationEnd, r.calibrationEnd) && Objects.equals(observationEnd, r.observationEnd)
                && Double.compare(holdoutLength, r.holdoutLength) == 0 && customers.equals(r.customers)
                && customersAfterCalibration == r.customersAfterCalibration
                && customersWithoutPurchase == r.customersWithoutPurchase && linesRead == r.linesRead
                && returnLines == r.returnLines && linesAfterObservationEnd == r.linesAfterObservationEnd
                && Objects.equals(trackingStart, r.trackingStart)
                && java.util.Arrays.equals(repeatPurchasesPerPeriod, r.repeatPurchasesPerPeriod)
                && timing.equals(r.timing);
    }

    @Override
    public int hashCode() {
        return Objects.hash(settings, calibrationEnd, observationEnd, customers, linesRead)
                * 31 + java.util.Arrays.hashCode(repeatPurchasesPerPeriod);
    }

    @Override
    public String toString() {
        return "SummaryResult[customers=" + customers.size() + ", calibrationEnd=" + calibrationEnd
                + ", observationEnd=" + observationEnd + ", customersAfterCalibration=" + customersAfterCalibration
                + ", customersWithoutPurchase=" + customersWithoutPurchase + ", linesRead=" + linesRead + "]";
    }
}
