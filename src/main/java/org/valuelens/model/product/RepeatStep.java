package org.valuelens.model.product;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Days from order {@code from} to order {@code to = from + 1} (days between the two orders' days; 0 for two orders
 * on one day).
 *
 * @param from          the earlier order's number, 1-based
 * @param to            {@code from + 1}
 * @param eligible      customers with at least {@code from} orders
 * @param customers     customers with at least {@code to} orders (the gaps measured)
 * @param medianDays    median gap, {@code null} when no gap
 * @param p25Days       25th percentile (linear interpolation between order statistics), {@code null} when none
 * @param p75Days       75th percentile, likewise
 * @param within        the windows N of {@code shareWithin}, in days
 * @param shareWithin   per window N: of the customers whose order {@code from} is at least N − 1 days before the
 *                      data end (who had N full days to order again), the share whose next order came less than N
 *                      days later; {@code null} when no customer had N days
 * @param histogram     gap counts per bin of {@link RepeatAnalyzer#BIN_EDGES}: [0, 7), [7, 14), ... [365, ∞)
 */
public record RepeatStep(int from, int to, int eligible, int customers, Double medianDays, Double p25Days,
                         Double p75Days, List<Integer> within, List<Double> shareWithin, List<Integer> histogram) {

    /** Copies the lists ({@code shareWithin} may hold {@code null}). */
    public RepeatStep {
        within = List.copyOf(within);
        shareWithin = Collections.unmodifiableList(new ArrayList<>(shareWithin));
        histogram = List.copyOf(histogram);
    }
}
