package org.valuelens.model.cohort;

import java.time.LocalDate;
import java.util.List;

/**
 * One acquisition cohort. Per-period lists are indexed by periods since acquisition (0 = acquisition period) and
 * run up to the last period in the data.
 *
 * @param label                        "1997-01" or "1997-Q1"
 * @param start                        first day of the acquisition period
 * @param size                         customers acquired in the period
 * @param activeCustomers              customers with at least one purchase (non-return line) in each period
 * @param retention                    activeCustomers / size per period, 0..1; period 0 is 1.0 by definition
 * @param revenue                      net revenue per period (returns subtracted), currency units
 * @param margin                       margin per period: amount − cost when the line has a cost, otherwise
 *                                     amount × margin fraction
 * @param cumulativeRevenuePerCustomer running revenue sum / size
 * @param cumulativeMarginPerCustomer  running margin sum / size (the LTV curve)
 * @param cac                          acquisition cost per customer, or {@code null} when unknown
 * @param paybackPeriod                first period where cumulative margin per customer {@code >= cac}, or
 *                                     {@code null} when never reached in the data or CAC is unknown
 */
public record Cohort(String label, LocalDate start, int size, List<Integer> activeCustomers, List<Double> retention,
                     List<Double> revenue, List<Double> margin, List<Double> cumulativeRevenuePerCustomer,
                     List<Double> cumulativeMarginPerCustomer, Double cac, Integer paybackPeriod) {

    /** Copies the lists. */
    public Cohort {
        activeCustomers = List.copyOf(activeCustomers);
        retention = List.copyOf(retention);
        revenue = List.copyOf(revenue);
        margin = List.copyOf(margin);
        cumulativeRevenuePerCustomer = List.copyOf(cumulativeRevenuePerCustomer);
        cumulativeMarginPerCustomer = List.copyOf(cumulativeMarginPerCustomer);
    }

    /** @return number of observed periods (length of the per-period lists) */
    public int periods() {
        return retention.size();
    }
}
