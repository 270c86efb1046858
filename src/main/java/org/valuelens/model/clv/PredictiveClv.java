package org.valuelens.model.clv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import org.valuelens.model.CustomerSummary;
import org.valuelens.model.TimeUnit;
import org.valuelens.model.btyd.DiscountedPurchases;
import org.valuelens.model.btyd.PurchaseModel;
import org.valuelens.model.btyd.SpendModel;
import org.valuelens.model.progress.ProgressListener;

/**
 * Predictive CLV of a whole customer base: for every customer the value of
 * {@link ClvFormulas#predictiveValue}, P(alive) and E[Y(H)]. The horizon sums come from
 * {@link DiscountedPurchases} (a few model evaluations instead of one per period), once per (x, T) class of
 * customers where the model allows it; the work runs in parallel blocks with progress and cancel between blocks.
 * Immutable; the fitted models must be immutable too.
 */
public final class PredictiveClv {

    /** Customers per parallel block (progress and cancel are checked between blocks). */
    private static final int BLOCK = 40_000;

    private final PurchaseModel purchases;
    private final SpendModel spend;
    private final TimeUnit unit;
    private final int horizon;
    private final double annualDiscountRate;

    /**
     * Per-customer results, index for index with the customers given.
     *
     * @param clv                discounted expected margin over the horizon, currency
     * @param probabilityAlive   P(alive) at the calibration end
     * @param expectedPurchases  E[Y(H)], expected purchases over the horizon (undiscounted)
     */
    public record Values(double[] clv, double[] probabilityAlive, double[] expectedPurchases) {
    }

    /**
     * @param purchases          fitted purchase model ({@code null} not permitted)
     * @param spend              fitted spend model ({@code null} not permitted)
     * @param unit               the fitted time unit ({@code null} not permitted)
     * @param horizon            horizon H in periods of {@code unit} ({@code >= 0})
     * @param annualDiscountRate annual discount rate ({@code > -1})
     */
    public PredictiveClv(PurchaseModel purchases, SpendModel spend, TimeUnit unit, int horizon,
                         double annualDiscountRate) {
        this.purchases = Objects.requireNonNull(purchases, "purchases");
        this.spend = Objects.requireNonNull(spend, "spend");
        this.unit = Objects.requireNonNull(unit, "unit");
        this.horizon = horizon;
        this.annualDiscountRate = annualDiscountRate;
    }

    /**
     * @param customers the customers, in {@code unit} ({@code null} not permitted)
     * @param margins   each customer's margin as a fraction of revenue, same length
     * @param listener  progress and cancel ({@code null} not permitted)
     * @return the values, each equal to {@link ClvFormulas#predictiveValue} of the customer
     */
    public Values compute(List<CustomerSummary> customers, double[] margins, ProgressListener listener) {
        if (margins.length != customers.size()) {
            throw new IllegalArgumentException("need one margin per customer (" + customers.size() + "), got "
                    + margins.length);
        }
        double d = ClvFormulas.periodRate(unit, horizon, annualDiscountRate);
        DiscountedPurchases discounted = new DiscountedPurchases(purchases, horizon, d);
        int n = customers.size();
        DiscountedPurchases.Horizon[] shared = null;
        int[] classOf = null;
        if (discounted.sharesAcrossRecency()) {
            // customers with the same x and T share the horizon sum: one per class, then P(alive) per customer
            classOf = new int[n];
            Map<ClassKey, Integer> classes = new HashMap<>();
            List<CustomerSummary> representatives = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                CustomerSummary c = customers.get(i);
                Integer k = classes.putIfAbsent(new ClassKey(c.frequency(), c.age()), representatives.size());
                if (k == null) {
                    k = representatives.size();
                    representatives.add(c);
                }
                classOf[i] = k;
            }
            DiscountedPurchases.Horizon[] horizons = new DiscountedPurchases.Horizon[representatives.size()];
            inBlocks(horizons.length, n + horizons.length, 0, listener, i -> {
                CustomerSummary c = representatives.get(i);
                horizons[i] = discounted.forClass(c.frequency(), c.age());
            });
            shared = horizons;
        }
        double[] values = new double[n];
        double[] alive = new double[n];
        double[] expected = new double[n];
        DiscountedPurchases.Horizon[] classes = shared;
        int[] classIndex = classOf;
        inBlocks(n, n + (classes == null ? 0 : classes.length), classes == null ? 0 : classes.length, listener,
                i -> {
                    CustomerSummary c = customers.get(i);
                    DiscountedPurchases.Horizon h = classes == null
                            ? discounted.of(c.frequency(), c.recency(), c.age())
                            : discounted.forCustomer(classes[classIndex[i]], c.frequency(), c.recency(), c.age());
                    values[i] = ClvFormulas.prediction(h, spend, c, margins[i], d).value();
                    alive[i] = h.probabilityAlive();
                    expected[i] = h.expected();
                });
        return new Values(values, alive, expected);
    }

    private record ClassKey(int x, double age) {
    }

    /** Runs {@code task} for 0..count-1 in parallel blocks, reporting progress and checking cancel between. */
    private static void inBlocks(int count, long total, long done, ProgressListener listener, IntConsumer task) {
        for (int from = 0; from < count; from += BLOCK) {
            listener.progress(done + from, total, "Computing CLV");
            listener.checkCancelled();
            IntStream.range(from, Math.min(count, from + BLOCK)).parallel().forEach(task);
        }
    }
}
