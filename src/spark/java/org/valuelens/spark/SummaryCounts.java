package org.valuelens.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.min;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The dataset-level figures of summary mode that a summary-only dataset keeps beside its customers (issue 18
 * item 1): customers left out because their first purchase is after the calibration end or because they only
 * returned, and the repeat purchase days per calendar day up to the observation end (the holdout tracking curve).
 * Computed from the customer-day rows with the definitions of {@code SummaryBuilder}: a purchase day is a day with
 * a purchase line; repeat days are the purchase days after a customer's first one.
 *
 * @param observationEnd            the observation end used (the last day, or the calibration end if later)
 * @param customersAfterCalibration customers whose first purchase is after the calibration end
 * @param customersWithoutPurchase  customers with return lines only (0 when returns are excluded)
 * @param repeatsByDay              ISO day → repeat purchase days of the summarised customers on that day
 */
record SummaryCounts(LocalDate observationEnd, long customersAfterCalibration, long customersWithoutPurchase,
                     Map<String, Long> repeatsByDay) {
    private static final String FIRST = "first_day";

    /**
     * @param accepted       the accepted customer-day rows
     * @param calibrationEnd the calibration end
     * @param observationEnd the observation end
     * @param exclude        whether returns are excluded: their lines are then not kept at all, so no customer is
     *                       left with return lines only (as in {@code SummaryBuilder})
     * @return the figures
     */
    static SummaryCounts of(Dataset<Row> accepted, LocalDate calibrationEnd, LocalDate observationEnd,
                            boolean exclude) {
        Dataset<Row> purchaseDays = accepted.filter(col(DayAggregation.LINES).gt(0))
                .select(LineSchema.CUSTOMER, LineSchema.DAY);
        Dataset<Row> firsts = purchaseDays.groupBy(LineSchema.CUSTOMER).agg(min(LineSchema.DAY).as(FIRST));
        int cal = (int) calibrationEnd.toEpochDay();
        int obs = (int) observationEnd.toEpochDay();
        long buyers = firsts.count();
        long after = firsts.filter(col(FIRST).gt(cal)).count();
        long all = exclude ? buyers : accepted.select(LineSchema.CUSTOMER).distinct().count();
        Map<String, Long> repeats = new TreeMap<>();
        for (Row r : purchaseDays.join(firsts, LineSchema.CUSTOMER)
                .filter(col(FIRST).leq(cal).and(col(LineSchema.DAY).gt(col(FIRST)))
                        .and(col(LineSchema.DAY).leq(obs)))
                .groupBy(LineSchema.DAY).count().collectAsList()) {
            repeats.put(LocalDate.ofEpochDay(r.getInt(0)).toString(), r.getLong(1));
        }
        return new SummaryCounts(observationEnd, after, all - buyers, repeats);
    }
}
