package org.valuelens.model.product;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * N-day value of one group of acquired customers. Per-window lists follow {@link LtvCohortTable#days()}.
 *
 * @param label           "2011-01", "2011-Q1", "2011", a channel or a product
 * @param customers       customers acquired in the group
 * @param complete        per window: whether every customer's window ended by the data end
 * @param windowCustomers per window: customers whose window ended by the data end (the divisor of the values)
 * @param revenue         per window: revenue per customer over {@code windowCustomers}; {@code null} when 0
 * @param margin          per window: margin per customer, likewise
 * @param orders          per window: orders per customer, likewise
 */
public record LtvCohort(String label, int customers, List<Boolean> complete, List<Integer> windowCustomers,
                        List<Double> revenue, List<Double> margin, List<Double> orders) {

    /** Copies the lists (the value lists may hold {@code null}). */
    public LtvCohort {
        complete = List.copyOf(complete);
        windowCustomers = List.copyOf(windowCustomers);
        revenue = Collections.unmodifiableList(new ArrayList<>(revenue));
        margin = Collections.unmodifiableList(new ArrayList<>(margin));
        orders = Collections.unmodifiableList(new ArrayList<>(orders));
    }
}
