package org.valuelens.model.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.valuelens.model.CustomerSummary;
import org.valuelens.model.TimeUnit;
import org.valuelens.model.btyd.PurchaseModel;

/**
 * Checks a fitted purchase model against the holdout period: predictions E[Y(holdout) | x, t_x, T] against the
 * actual holdout purchases carried by each {@link CustomerSummary}, by calibration frequency and overall, beside a
 * naive baseline; and actual against predicted repeat purchases per calendar period (tracking).
 *
 * <p>Summaries, holdout length and model must all be in the same time unit.
 */
public final class HoldoutValidator {

    /** Number of frequency buckets: 0 .. 6 and 7+. */
    public static final int BUCKETS = 8;

    private HoldoutValidator() {
    }

    /**
     * Validates the model on the customers' holdout purchases.
     *
     * @param model         fitted purchase model ({@code null} not permitted)
     * @param customers     calibration summaries with holdout frequencies ({@code null} not permitted; may be empty)
     * @param holdoutLength holdout length in {@code unit} ({@code >= 0}, finite)
     * @param unit          the time unit of summaries and model ({@code null} not permitted)
     * @return the validation
     */
    public static HoldoutValidation validate(PurchaseModel model, List<CustomerSummary> customers,
                                             double holdoutLength, TimeUnit unit) {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(customers, "customers");
        Objects.requireNonNull(unit, "unit");
        if (!Double.isFinite(holdoutLength) || holdoutLength < 0) {
            throw new IllegalArgumentException("The holdout length must be a non-negative number of "
                    + unit.cliName() + "s (it was " + holdoutLength + ").");
        }
        int[] count = new int[BUCKETS];
        double[] actual = new double[BUCKETS];
        double[] predicted = new double[BUCKETS];
        double[] baseline = new double[BUCKETS];
        Errors modelErrors = new Errors();
        Errors baselineErrors = new Errors();
        for (CustomerSummary s : customers) {
            double p = model.expectedPurchases(holdoutLength, s.frequency(), s.recency(), s.age());
            if (!Double.isFinite(p)) {
                throw new IllegalStateException("The model returned an expected number of purchases that is not a"
                        + " finite number (" + p + ") for customer " + s.customerId() + ".");
            }
            double b = s.age() > 0 ? s.frequency() / s.age() * holdoutLength : 0.0;
            int a = s.holdoutFrequency();
            int k = Math.min(s.frequency(), BUCKETS - 1);
            count[k]++;
            actual[k] += a;
            predicted[k] += p;
            baseline[k] += b;
            modelErrors.add(p, a);
            baselineErrors.add(b, a);
        }
        List<FrequencyBucket> buckets = new ArrayList<>(BUCKETS);
        for (int k = 0; k < BUCKETS; k++) {
            int n = count[k];
            buckets.add(new FrequencyBucket(k == BUCKETS - 1 ? k + "+" : String.valueOf(k), n,
                    n == 0 ? 0 : actual[k] / n, n == 0 ? 0 : predicted[k] / n, n == 0 ? 0 : baseline[k] / n));
        }
        return new HoldoutValidation(model.id(), unit, holdoutLength, customers.size(), buckets,
                modelErrors.summary(), baselineErrors.summary());
    }

    /**
     * Tracks repeat purchases of a cohort per calendar period. The prediction for period k (1-based, covering
     * {@code (k−1, k]} from the tracking start) is {@code Σ_i E[X(k − f_i)] − E[X(k − 1 − f_i)]}, with
     * {@code f_i} customer i's first-purchase offset and {@code E[X(t)] = 0} for {@code t <= 0}, computed with
     * {@link PurchaseModel#expectedPurchasesNewCustomer(double)}.
     *
     * @param model                 fitted purchase model ({@code null} not permitted)
     * @param firstPurchaseOffsets  each customer's first purchase, in periods from the tracking start
     *                              ({@code >= 0}; {@code null} not permitted), e.g.
     *                              {@code SummaryResult.firstPurchaseOffsets()}
     * @param actualRepeatPerPeriod actual repeat purchases in periods 1..n (index 0 = period 1; {@code >= 0};
     *                              {@code null} not permitted), e.g. {@code SummaryResult.repeatPurchasesPerPeriod()}
     * @param unit                  the period length, the model's time unit ({@code null} not permitted)
     * @return one point per period
     */
    public static CumulativeTracking track(PurchaseModel model, double[] firstPurchaseOffsets,
                                           long[] actualRepeatPerPeriod, TimeUnit unit) {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(firstPurchaseOffsets, "firstPurchaseOffsets");
        Objects.requireNonNull(actualRepeatPerPeriod, "actualRepeatPerPeriod");
        Objects.requireNonNull(unit, "unit");
        // customers sharing a start share the model call: offsets are whole days, so there are few distinct ones
        TreeMap<Double, Integer> starts = new TreeMap<>();
        for (double f : firstPurchaseOffsets) {
            if (!Double.isFinite(f) || f < 0) {
                throw new IllegalArgumentException("First-purchase offsets must be non-negative numbers of "
                        + unit.cliName() + "s (found " + f + ").");
            }
            starts.merge(f, 1, Integer::sum);
        }
        // k - start repeats across periods (whole-day offsets): each distinct age costs one model call
        Map<Double, Double> byAge = new java.util.HashMap<>();
        List<TrackingPoint> points = new ArrayList<>(actualRepeatPerPeriod.length);
        double actualCumulative = 0;
        double previousPredicted = 0;
        for (int k = 1; k <= actualRepeatPerPeriod.length; k++) {
            long a = actualRepeatPerPeriod[k - 1];
            if (a < 0) {
                throw new IllegalArgumentException("Actual repeat purchases must not be negative (period " + k
                        + " has " + a + ").");
            }
            double cumulative = 0;
            for (Map.Entry<Double, Integer> e : starts.headMap((double) k, false).entrySet()) {
                double ex = byAge.computeIfAbsent(k - e.getKey(), model::expectedPurchasesNewCustomer);
                if (!Double.isFinite(ex)) {
                    throw new IllegalStateException("The model returned a non-finite E[X(" + (k - e.getKey())
                            + ")].");
                }
                cumulative += e.getValue() * ex;
            }
            actualCumulative += a;
            points.add(new TrackingPoint(k, a, cumulative - previousPredicted, actualCumulative, cumulative));
            previousPredicted = cumulative;
        }
        return new CumulativeTracking(model.id(), unit, points);
    }

    /** Running error sums. */
    private static final class Errors {
        private long n;
        private double absolute;
        private double squared;
        private double predicted;
        private double actual;

        void add(double p, double a) {
            n++;
            absolute += Math.abs(p - a);
            squared += (p - a) * (p - a);
            predicted += p;
            actual += a;
        }

        ErrorSummary summary() {
            return new ErrorSummary(n == 0 ? 0 : absolute / n, n == 0 ? 0 : Math.sqrt(squared / n), predicted, actual,
                    actual == 0 ? null : (predicted - actual) / actual * 100.0);
        }
    }
}
