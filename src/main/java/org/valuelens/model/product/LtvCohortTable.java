package org.valuelens.model.product;

import java.time.LocalDate;
import java.util.List;

/**
 * N-day value by acquisition cohort (or channel, or first product).
 *
 * @param grouping       how customers are grouped
 * @param days           the window lengths N, in days
 * @param cohorts        the groups: calendar periods in time order, otherwise most customers first
 * @param average        per window, the customer-weighted average over the <em>complete</em> groups only (label
 *                       "all"; {@code windowCustomers} = customers of those groups); a group whose window runs
 *                       past the data end never enters it
 * @param observationEnd the data's last day
 * @param hidden         groups left out for having fewer customers than the minimum (first-product grouping)
 */
public record LtvCohortTable(LtvGrouping grouping, List<Integer> days, List<LtvCohort> cohorts, LtvCohort average,
                             LocalDate observationEnd, int hidden) {

    /** Copies the lists. */
    public LtvCohortTable {
        days = List.copyOf(days);
        cohorts = List.copyOf(cohorts);
    }
}
