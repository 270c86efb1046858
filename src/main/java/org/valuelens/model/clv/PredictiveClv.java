package org.valuelens.model.clv;

import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import org.valuelens.model.CustomerSummary;
import org.valuelens.model.TimeUnit;
import org.valuelens.model.btyd.PurchaseModel;
import org.valuelens.model.btyd.SpendModel;
import org.valuelens.model.progress.ProgressListener;

/**
 * Predictive CLV of a whole customer base: for every customer the value of
 * {@link ClvFormulas#predictiveValue}, P(alive) and E[Y(H)], computed in parallel blocks with progress and cancel
 * between blocks. Immutable; the fitted models must be immutable too.
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
     * @return the values
     */
    public Values compute(List<CustomerSummary> customers, double[] margins, ProgressListener listener) {
        if (margins.length != customers.size()) {
            throw new IllegalArgumentException("need one margin per customer (" + customers.size() + "), got "
                    + margins.length);
        }
        int n = customers.size();
        double[] values = new double[n];
        double[] alive = new double[n];
        double[] expected = new double[n];
        for (int from = 0; from < n; from += BLOCK) {
            listener.progress(from, n, "Computing CLV");
            listener.checkCancelled();
            IntStream.range(from, Math.min(n, from + BLOCK)).parallel().forEach(i -> {
                CustomerSummary c = customers.get(i);
                values[i] = ClvFormulas.predictiveValue(purchases, spend, c, unit, horizon, margins[i],
                        annualDiscountRate);
                alive[i] = purchases.probabilityAlive(c.frequency(), c.recency(), c.age());
                expected[i] = purchases.expectedPurchases(horizon, c.frequency(), c.recency(), c.age());
            });
        }
        return new Values(values, alive, expected);
    }
}
