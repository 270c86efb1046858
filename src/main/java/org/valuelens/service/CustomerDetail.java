package org.valuelens.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.valuelens.model.CustomerSummary;

/**
 * One customer's history for the Customers page.
 *
 * @param summary       the customer's CLV inputs (x, t_x, T in the settings' time unit; mean spend)
 * @param days          purchase and return days in time order (unmodifiable)
 * @param dayAmounts    the customer's total amount on each of {@code days} (negative for a day of returns only)
 * @param periods       t = 1, 2, … periods after the first purchase, ending at T (time unit of the settings)
 * @param pAlive        BG/NBD P(alive | x(t), t_x(t), T = t) from the customer's own history up to each t, in [0, 1]
 * @param parameters    the fitted BG/NBD parameters (r, alpha, a, b), ordered
 */
public record CustomerDetail(CustomerSummary summary, List<LocalDate> days, double[] dayAmounts, double[] periods,
                             double[] pAlive, Map<String, Double> parameters) {
    /** Copies collections and arrays. */
    public CustomerDetail {
        days = List.copyOf(days);
        dayAmounts = dayAmounts.clone();
        periods = periods.clone();
        pAlive = pAlive.clone();
        parameters = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parameters));
    }
}
