package org.valuelens.model.clv;

import java.util.List;
import java.util.Objects;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import org.valuelens.model.CustomerSummary;
import org.valuelens.model.TimeUnit;
import org.valuelens.model.btyd.DiscountedPurchases;
import org.valuelens.model.btyd.HistoryGroups;
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
        int n = customers.size();
        HistoryGroups groups = HistoryGroups.of(customers, true);
        List<CustomerSummary> histories = groups.firsts(customers);
        int[] historyOf = groups.groupOfRows();
        DiscountedPurchases.Horizon[] perHistory = horizons(histories, d, listener);
        double[] values = new double[n];
        double[] alive = new double[n];
        double[] expected = new double[n];
        for (int i = 0; i < n; i++) {
            DiscountedPurchases.Horizon h = perHistory[historyOf[i]];
            values[i] = ClvFormulas.prediction(h, spend, customers.get(i), margins[i], d).value();
            alive[i] = h.probabilityAlive();
            expected[i] = h.expected();
        }
        return new Values(values, alive, expected);
    }

    /**
     * @return the model's discounted expected purchases over this horizon and discount rate ({@code D}; a customer's
     *         CLV is {@code D} times the expected spend times the margin)
     */
    public DiscountedPurchases horizonSums() {
        return new DiscountedPurchases(purchases, horizon, ClvFormulas.periodRate(unit, horizon, annualDiscountRate));
    }

    /**
     * The horizon part of each distinct history; with the same (x, T) they share the horizon sum where the model
     * allows it (then only P(alive) differs).
     */
    private DiscountedPurchases.Horizon[] horizons(List<CustomerSummary> histories, double d,
                                                   ProgressListener listener) {
        DiscountedPurchases discounted = new DiscountedPurchases(purchases, horizon, d);
        DiscountedPurchases.Horizon[] perHistory = new DiscountedPurchases.Horizon[histories.size()];
        if (discounted.sharesAcrossRecency()) {
            HistoryGroups groups = HistoryGroups.of(histories, false);
            List<CustomerSummary> classes = groups.firsts(histories);
            int[] classOf = groups.groupOfRows();
            DiscountedPurchases.Horizon[] perClass = new DiscountedPurchases.Horizon[classes.size()];
            long total = (long) classes.size() + histories.size();
            inBlocks(perClass.length, total, 0, listener, i -> perClass[i] =
                    discounted.forClass(classes.get(i).frequency(), classes.get(i).age()));
            inBlocks(perHistory.length, total, perClass.length, listener, i -> {
                CustomerSummary c = histories.get(i);
                perHistory[i] = discounted.forCustomer(perClass[classOf[i]], c.frequency(), c.recency(), c.age());
            });
        } else {
            inBlocks(perHistory.length, histories.size(), 0, listener, i -> {
                CustomerSummary c = histories.get(i);
                perHistory[i] = discounted.of(c.frequency(), c.recency(), c.age());
            });
        }
        return perHistory;
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
