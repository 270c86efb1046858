package org.valuelens.model.summary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.valuelens.model.CustomerSummary;

/**
 * Turns the stored totals of a summary-only dataset into the {@link SummaryResult} that {@link SummaryBuilder}
 * would build from the same lines: recency, age and holdout length in the requested time unit, the mean repeat
 * spend as repeat spend / frequency. Only the time unit and whether costs count may differ from the import; the
 * calibration end, observation end and returns policy are those of the import.
 */
public final class TotalsSummary {

    private TotalsSummary() {
    }

    /**
     * @param settings the requested settings ({@code null} not permitted)
     * @param totals   the stored totals ({@code null} not permitted)
     * @return the reason the settings cannot be served, or {@code null} when they can
     */
    public static String mismatch(SummarySettings settings, SummaryTotals totals) {
        if (settings.calibrationEnd() != null && !settings.calibrationEnd().equals(totals.calibrationEnd())) {
            return "its calibration end is fixed at " + totals.calibrationEnd() + " (asked: "
                    + settings.calibrationEnd() + ")";
        }
        if (settings.observationEnd() != null && !settings.observationEnd().equals(totals.observationEnd())) {
            return "its observation end is fixed at " + totals.observationEnd() + " (asked: "
                    + settings.observationEnd() + ")";
        }
        if (settings.returns() != totals.returns()) {
            return "its returns were " + (totals.returns() == ReturnsPolicy.NET ? "netted" : "excluded")
                    + " at import";
        }
        return null;
    }

    /**
     * @param settings requested settings; see {@link #mismatch} ({@code null} not permitted)
     * @param totals   the stored totals ({@code null} not permitted)
     * @return the summary
     * @throws IllegalArgumentException when {@link #mismatch} is not {@code null}
     */
    public static SummaryResult toResult(SummarySettings settings, SummaryTotals totals) {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(totals, "totals");
        String why = mismatch(settings, totals);
        if (why != null) {
            throw new IllegalArgumentException("The summary cannot be built: " + why + ".");
        }
        double unitDays = settings.timeUnit().days();
        int calEnd = (int) totals.calibrationEnd().toEpochDay();
        int obsEnd = (int) totals.observationEnd().toEpochDay();
        List<CustomerSummary> out = new ArrayList<>(totals.customers().size());
        int earliest = Integer.MAX_VALUE;
        for (CustomerTotals t : totals.customers()) {
            int first = (int) t.firstPurchase().toEpochDay();
            int last = (int) t.lastPurchase().toEpochDay();
            earliest = Math.min(earliest, first);
            int x = t.frequency();
            out.add(new CustomerSummary(t.customerId(), t.firstPurchase(), t.lastPurchase(), t.channel(), x,
                    (last - first) / unitDays, (calEnd - first) / unitDays, x == 0 ? 0.0 : t.repeatSpend() / x,
                    t.revenue(), settings.includeCost() ? t.cost() : null, (int) Math.min(Integer.MAX_VALUE,
                    t.transactions()), t.holdoutFrequency(), t.holdoutRevenue()));
        }
        LocalDate trackingStart = out.isEmpty() ? null : LocalDate.ofEpochDay(earliest);
        long[] perPeriod = new long[0];
        if (trackingStart != null) {
            perPeriod = SummaryBuilder.bucketByPeriod(earliest, obsEnd, unitDays,
                    d -> totals.repeatsByDay().getOrDefault(LocalDate.ofEpochDay(d), 0L));
        }
        return new SummaryResult(settings, totals.calibrationEnd(), totals.observationEnd(),
                settings.timeUnit().fromDays((double) obsEnd - calEnd), out, totals.customersAfterCalibration(),
                totals.customersWithoutPurchase(), totals.linesRead(), totals.returnLines(), 0, trackingStart,
                perPeriod);
    }
}
