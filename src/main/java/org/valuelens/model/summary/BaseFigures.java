package org.valuelens.model.summary;

import java.util.List;
import java.util.Objects;
import org.valuelens.model.CustomerSummary;
import org.valuelens.model.TimeUnit;

/**
 * The headline quantities of a customer base, each computed in this one place (docs/definitions.md) for the
 * Overview, the What-if calculator, the report deck and the workbook. An order is a purchase day of one customer.
 *
 * @param customers         customers analysed
 * @param revenue           revenue to the calibration end, summed over them
 * @param orders            purchase days summed over them
 * @param averageOrderValue AOV = revenue / orders (0 without orders)
 * @param ordersPerCustomer orders / customers, over each customer's whole observed history
 * @param repeatRate        share of customers with at least one repeat purchase day, in [0, 1]
 * @param purchasesPerYear  mean over customers of purchase days per observed year (observed time: the age T, at
 *                          least one month), the F of the simple method
 */
public record BaseFigures(int customers, double revenue, long orders, double averageOrderValue,
                          double ordersPerCustomer, double repeatRate, double purchasesPerYear) {

    /** Shortest observed time per customer, in days (one month): the same for every time unit. */
    public static final double MIN_OBSERVED_DAYS = TimeUnit.DAYS_PER_YEAR / 12;

    /**
     * @param c    the customer ({@code null} not permitted)
     * @param unit the unit of the summary ({@code null} not permitted)
     * @return observed time in periods of {@code unit}: the age T, at least one month
     */
    public static double observedPeriods(CustomerSummary c, TimeUnit unit) {
        return Math.max(c.age(), unit.fromDays(MIN_OBSERVED_DAYS));
    }

    /**
     * @param customers the customers analysed ({@code null} not permitted)
     * @param unit      the unit their summaries were built in ({@code null} not permitted)
     * @return the figures
     */
    public static BaseFigures of(List<CustomerSummary> customers, TimeUnit unit) {
        Objects.requireNonNull(customers, "customers");
        Objects.requireNonNull(unit, "unit");
        int n = customers.size();
        double revenue = 0;
        long orders = 0;
        int repeaters = 0;
        double perYear = 0;
        for (CustomerSummary c : customers) {
            revenue += c.revenue();
            orders += c.purchaseDays();
            repeaters += c.frequency() > 0 ? 1 : 0;
            perYear += c.purchaseDays() / (observedPeriods(c, unit) / unit.periodsPerYear());
        }
        return new BaseFigures(n, revenue, orders, orders == 0 ? 0 : revenue / orders,
                n == 0 ? 0 : (double) orders / n, n == 0 ? 0 : (double) repeaters / n, n == 0 ? 0 : perYear / n);
    }
}
