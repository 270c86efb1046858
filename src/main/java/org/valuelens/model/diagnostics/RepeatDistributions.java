package org.valuelens.model.diagnostics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.valuelens.model.CustomerSummary;
import org.valuelens.model.btyd.PurchaseModel;

/**
 * Builds the {@link RepeatDistribution} of a fitted model: the expected number of customers with x repeat purchases
 * is {@code sum_i P(X(T_i) = x)} over the customers' own observation lengths {@code T_i} (as CLVTools'
 * {@code plotFrequency}); customers sharing a T share the computation.
 */
public final class RepeatDistributions {

    /** Buckets of the usual chart: 0 .. 6 and 7+ (as lifetimes' {@code plot_period_transactions}). */
    public static final int DEFAULT_BUCKETS = 8;

    private RepeatDistributions() {
    }

    /**
     * @param model     BG/NBD, MBG/NBD, Pareto/NBD, BG/CNBD-k or MBG/CNBD-k ({@code null} not permitted)
     * @param customers calibration summaries in the model's time unit ({@code null} not permitted)
     * @param buckets   number of buckets, the last one open ({@code >= 2})
     * @return actual against expected customers per count
     * @throws IllegalArgumentException when the model has no repeat-count distribution
     */
    public static RepeatDistribution of(PurchaseModel model, List<CustomerSummary> customers, int buckets) {
        Objects.requireNonNull(customers, "customers");
        if (buckets < 2) {
            throw new IllegalArgumentException("Need at least 2 buckets, was " + buckets + ".");
        }
        RepeatCountPmf pmf = new RepeatCountPmf(model);
        int open = buckets - 1;
        long[] actual = new long[buckets];
        TreeMap<Double, Integer> ages = new TreeMap<>();
        for (CustomerSummary c : customers) {
            actual[Math.min(c.frequency(), open)]++;
            ages.merge(c.age(), 1, Integer::sum);
        }
        double[] expected = new double[buckets];
        for (Map.Entry<Double, Integer> e : ages.entrySet()) {
            double[] p = pmf.probabilities(e.getKey(), open);
            for (int x = 0; x < buckets; x++) {
                expected[x] += e.getValue() * p[x];
            }
        }
        List<RepeatBucket> rows = new ArrayList<>(buckets);
        for (int x = 0; x < buckets; x++) {
            rows.add(new RepeatBucket(x == open ? x + "+" : String.valueOf(x), actual[x], expected[x]));
        }
        return new RepeatDistribution(model.id(), customers.size(), rows);
    }
}
