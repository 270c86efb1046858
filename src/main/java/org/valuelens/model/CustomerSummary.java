package org.valuelens.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Per-customer purchase history condensed for CLV models and segmentation ("RFM summary" / BTYD "cbs").
 *
 * <p>Purchases on the same calendar day are merged into one purchase (as BTYD and lifetimes do). All durations
 * are in the {@link TimeUnit} the summary was built with, measured from the customer's first purchase day.
 * Money is in the dataset's currency.
 *
 * @param customerId       customer identifier ({@code null} not permitted)
 * @param firstPurchase    day of the first purchase ({@code null} not permitted)
 * @param lastPurchase     day of the last purchase up to the calibration end ({@code null} not permitted)
 * @param channel          channel of the first purchase, or from the customer table; {@code null} when unknown
 * @param frequency        x: repeat purchase days up to the calibration end ({@code >= 0})
 * @param recency          t_x: time from first to last purchase day ({@code 0 <= recency <= age})
 * @param age              T: time from first purchase day to the calibration end ({@code >= recency})
 * @param monetaryValue    mean value of the repeat purchase days (day totals); 0 when {@code frequency == 0}
 * @param revenue          historical revenue up to the calibration end, first purchase included
 * @param cost             historical cost up to the calibration end; {@code null} when the data carries no cost
 * @param transactions     transaction lines up to the calibration end (before same-day merging)
 * @param holdoutFrequency purchase days after the calibration end up to the observation end ({@code >= 0})
 * @param holdoutRevenue   revenue after the calibration end up to the observation end
 */
public record CustomerSummary(String customerId, LocalDate firstPurchase, LocalDate lastPurchase, String channel,
                              int frequency, double recency, double age, double monetaryValue, double revenue,
                              Double cost, int transactions, int holdoutFrequency, double holdoutRevenue) {

    /** Checks the invariants. */
    public CustomerSummary {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(firstPurchase, "firstPurchase");
        Objects.requireNonNull(lastPurchase, "lastPurchase");
        if (frequency < 0 || holdoutFrequency < 0 || transactions < 0) {
            throw new IllegalArgumentException("counts must be >= 0 for customer " + customerId);
        }
        if (recency < 0 || age < recency - 1e-9) {
            throw new IllegalArgumentException("need 0 <= recency <= age for customer " + customerId
                    + " (recency " + recency + ", age " + age + ")");
        }
    }

    /**
     * Historical margin to the calibration end: revenue − cost when the data carries cost, otherwise revenue ×
     * the given margin fraction. The one definition used by CLV, the quadrant and the exports.
     *
     * @param marginWhenNoCost margin as a fraction of revenue, used only when {@link #cost()} is {@code null}
     * @return the margin, in the dataset's currency (negative for a loss)
     */
    public double historicalMargin(double marginWhenNoCost) {
        return cost != null ? revenue - cost : revenue * marginWhenNoCost;
    }

    /** @return purchase days up to the calibration end, first purchase included ({@code frequency + 1}) */
    public int purchaseDays() {
        return frequency + 1;
    }
}
