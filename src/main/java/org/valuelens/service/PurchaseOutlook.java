package org.valuelens.service;

import java.util.List;
import org.valuelens.model.CustomerSummary;
import org.valuelens.model.TimeUnit;

/**
 * What a purchase model (BG/NBD, MBG/NBD, Pareto/NBD) predicts for every customer without any spend: P(alive) now
 * and the expected number of purchases over the horizon. This is the part of a model CLV that a count-only dataset
 * (no amount column) still supports.
 *
 * @param method    the purchase model's method
 * @param unit      the time unit of recency, age and horizon
 * @param horizon   the horizon in periods of {@code unit}
 * @param customers one row per customer analysed (copied)
 * @param warnings  the fit's notes and the coverage sentence (copied)
 * @param fit       the fit used
 */
public record PurchaseOutlook(ClvMethod method, TimeUnit unit, int horizon, List<Row> customers,
                              List<String> warnings, FitReport fit) {

    /** Copies the lists. */
    public PurchaseOutlook {
        customers = List.copyOf(customers);
        warnings = List.copyOf(warnings);
    }

    /**
     * One customer.
     *
     * @param summary           the customer's history
     * @param pAlive            P(alive) at the end of the data
     * @param expectedPurchases E[Y(horizon) | x, t_x, T]
     */
    public record Row(CustomerSummary summary, double pAlive, double expectedPurchases) {
    }

    /** @return the expected purchases of all customers over the horizon */
    public double totalExpectedPurchases() {
        return customers.stream().mapToDouble(Row::expectedPurchases).sum();
    }
}
