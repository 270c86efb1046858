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
 * @param completePeriods              how many leading periods are complete: a period is complete when its last
 *                                     day is on or before the data's observation end. Equals {@link #periods()}
 *                                     unless the data ends inside its last period, then one less (that last
 *                                     cell is partial: shown marked, left out of averages over cohorts)
 */
public record Cohort(String label, LocalDate start, int size, List<Integer> activeCustomers, List<Double> retention,
                     List<Double> revenue, List<Double> margin, List<Double> cumulativeRevenuePerCustomer,
                     List<Double> cumulativeMarginPerCustomer, Double cac, Integer paybackPeriod,
                     int completePeriods) {

    /** Copies the lists and checks {@code completePeriods}. */
    public Cohort {
        activeCustomers = List.copyOf(activeCustomers);
        retention = List.copyOf(retention);
        revenue = List.copyOf(revenue);
        margin = List.copyOf(margin);
        cumulativeRevenuePerCustomer = List.copyOf(cumulativeRevenuePerCustomer);
        cumulativeMarginPerCustomer = List.copyOf(cumulativeMarginPerCustomer);
        if (completePeriods < 0 || completePeriods > retention.size()) {
            throw new IllegalArgumentException("completePeriods " + completePeriods + " is outside 0.."
                    + retention.size());
        }
    }

    /**
     * @param period periods since acquisition
     * @return whether that period is fully observed ({@code false} for the partial last period and beyond)
     */
    public boolean complete(int period) {
        return period >= 0 && period < completePeriods;
    }

    /** @return number of observed periods (length of the per-period lists) */
    public int periods() {
        return retention.size();
    }
}
