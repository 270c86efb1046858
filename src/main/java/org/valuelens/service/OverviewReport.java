package org.valuelens.service;

import java.time.LocalDate;
import java.util.List;

/**
 * Headline figures of one dataset for the Overview page. Money is in the dataset's currency. An "order" is a
 * purchase day of one customer (lines of the same customer on the same day are one order, as in the BTYD summary).
 *
 * @param datasetId         the dataset
 * @param customers         customers analysed: with a purchase on or before the calibration end ({@code >= 1})
 * @param revenue           total revenue (returns netted or excluded per the settings); NaN for a count-only dataset
 *                          (no amount column), as are the average order value, the CLV figures and the top share
 * @param orders            purchase days summed over customers
 * @param averageOrderValue revenue / orders
 * @param purchaseFrequency orders / customers
 * @param repeatRate        share of customers with at least one repeat purchase day, in [0, 1]
 * @param clvMethod         the CLV method of the two CLV figures
 * @param meanClv           mean CLV by {@code clvMethod}
 * @param medianClv         median CLV by {@code clvMethod}
 * @param topShare          share of revenue from the top 20 % of customers by revenue, in [0, 1]
 * @param firstDate         earliest purchase day
 * @param lastDate          latest purchase day
 * @param clvValues         CLV of every customer by {@code clvMethod} (a copy is returned)
 * @param customersImported customers the import counted ({@code >= customers})
 * @param coverage          the sentence on imported customers not analysed ({@link Coverage}), and for a count-only
 *                          dataset the {@link NoAmounts} sentence; empty when none
 */
public record OverviewReport(int datasetId, int customers, double revenue, long orders, double averageOrderValue,
                             double purchaseFrequency, double repeatRate, ClvMethod clvMethod, double meanClv,
                             double medianClv, double topShare, LocalDate firstDate, LocalDate lastDate,
                             double[] clvValues, int customersImported, List<String> coverage) {
    /** Copies the array and the list. */
    public OverviewReport {
        clvValues = clvValues.clone();
        coverage = List.copyOf(coverage);
    }

    @Override
    public double[] clvValues() {
        return clvValues.clone();
    }
}
