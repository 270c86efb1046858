package org.valuelens.model.product;

import java.util.Collections;
import java.util.List;

/**
 * One first product (or category): the customers whose first order held it, and what they became.
 *
 * @param key               product or category key
 * @param customers         customers acquired with it (a first order with three products counts under each)
 * @param repeaters         of them, customers with a second order
 * @param repeatRate        repeaters / customers, 0..1
 * @param repeatRateLow     lower end of the 95 % Wilson interval of the repeat rate
 * @param repeatRateHigh    upper end of that interval
 * @param meanDaysToSecond  mean days from the first to the second order over the repeaters, {@code null} when none
 * @param revenue           N-day revenue per acquired customer for each window of {@link FirstProductTable#days()},
 *                          over the customers whose window ended by the data end; {@code null} when none did
 * @param margin            the same for margin
 * @param windowCustomers   per window, the customers whose window ended by the data end (the divisor)
 * @param revenueToDate     revenue to date per acquired customer
 * @param marginToDate      margin to date per acquired customer
 * @param predictedClv      mean predicted CLV of the acquired customers, {@code null} when not given
 * @param topTierShare      share of the acquired customers in the best-value tier, {@code null} when not given
 */
public record FirstProductRow(int key, int customers, int repeaters, double repeatRate, double repeatRateLow,
                              double repeatRateHigh, Double meanDaysToSecond, List<Double> revenue,
                              List<Double> margin, List<Integer> windowCustomers, double revenueToDate,
                              double marginToDate, Double predictedClv, Double topTierShare) {

    /** Copies the lists (which may hold {@code null}). */
    public FirstProductRow {
        revenue = Collections.unmodifiableList(new java.util.ArrayList<>(revenue));
        margin = Collections.unmodifiableList(new java.util.ArrayList<>(margin));
        windowCustomers = List.copyOf(windowCustomers);
    }
}
