package org.valuelens.service;

import java.util.List;
import java.util.Map;
import org.valuelens.model.TimeUnit;

/**
 * CLV of every customer under one method, with the totals.
 *
 * @param method       the method
 * @param unit         time unit of the horizon and rates
 * @param horizon      horizon in periods of {@code unit}
 * @param formula      the formula, as text
 * @param parameters   method-level inputs (e.g. estimated retention, fitted parameters), ordered
 * @param customers    one row per customer (unmodifiable)
 * @param total        sum of CLV
 * @param mean         mean CLV (0 when there are no customers)
 * @param median       median CLV (0 when there are no customers)
 * @param warnings     plain sentences (unmodifiable)
 * @param fit          the purchase-model fit for probabilistic methods, {@code null} otherwise
 */
public record ClvReport(ClvMethod method, TimeUnit unit, int horizon, String formula, Map<String, Double> parameters,
                        List<CustomerClv> customers, double total, double mean, double median, List<String> warnings,
                        FitReport fit) {
    /** Copies collections. */
    public ClvReport {
        parameters = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parameters));
        customers = List.copyOf(customers);
        warnings = List.copyOf(warnings);
    }
}
