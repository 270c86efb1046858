package org.valuelens.model.btyd;

/**
 * What a fitted purchase model predicts for one customer about a future window: the quantities a marketer acts on
 * (expected orders, churn risk as the probability of no order, the time to the next order).
 *
 * <p>Times are in the unit the model was fitted in and are measured from the end of the customer's observation
 * ({@code T}, the calibration end): a window {@code (from, to]} with {@code 0 <= from <= to} is the future
 * interval {@code (T + from, T + to]}. {@code x}, {@code tx} and {@code age} are as in {@link PurchaseModel}.
 * Implementations are immutable and thread-safe. Any purchase model can implement this interface (BG/NBD, MBG/NBD,
 * Pareto/NBD, BG/CNBD-k and MBG/CNBD-k here); a model only has to give {@link #probabilityNoPurchase} and
 * {@link #probabilityPurchaseAgain}, the rest has numerical defaults.
 */
public interface PurchasePredictor extends PurchaseModel {

    /**
     * @param from start of the window after the calibration end ({@code >= 0})
     * @param to   end of the window ({@code >= from})
     * @param x    repeat purchases
     * @param tx   recency
     * @param age  T
     * @return expected purchases in {@code (T + from, T + to]}, {@code E[Y(to)] - E[Y(from)]}
     */
    default double expectedPurchasesBetween(double from, double to, int x, double tx, double age) {
        checkWindow(from, to);
        return Math.max(0, expectedPurchases(to, x, tx, age) - (from == 0 ? 0 : expectedPurchases(from, x, tx, age)));
    }

    /**
     * The churn risk of a window: the probability that the customer makes no purchase in it, whether because the
     * customer has dropped out (now or before the window) or because an active customer happens not to buy.
     *
     * @param from start of the window after the calibration end ({@code >= 0})
     * @param to   end of the window ({@code >= from})
     * @param x    repeat purchases
     * @param tx   recency
     * @param age  T
     * @return P(no purchase in {@code (T + from, T + to]} | x, tx, T), in [0, 1]
     */
    double probabilityNoPurchase(double from, double to, int x, double tx, double age);

    /**
     * @param x   repeat purchases
     * @param tx  recency
     * @param age T
     * @return the probability that the customer ever buys again (the limit of the next-purchase distribution
     *         function for a long wait), in [0, {@link #probabilityAlive}]
     */
    double probabilityPurchaseAgain(int x, double tx, double age);

    /**
     * The time to the next purchase, given that there is one: the {@code q}-quantile of the (defective) distribution
     * {@code F(t) = 1 - P(no purchase in (T, T + t])}, normalised by its limit {@link #probabilityPurchaseAgain}.
     * The default solves {@code F(t) = q F(infinity)} by bisection on a doubling bracket.
     *
     * @param q   probability in (0, 1)
     * @param x   repeat purchases
     * @param tx  recency
     * @param age T
     * @return the time after {@code T}, in model units ({@code NaN} when the customer will certainly not buy again)
     */
    default double nextPurchaseQuantile(double q, int x, double tx, double age) {
        if (!(q > 0 && q < 1)) {
            throw new IllegalArgumentException("q must be in (0, 1), was " + q);
        }
        double again = probabilityPurchaseAgain(x, tx, age);
        if (!(again > 0)) {
            return Double.NaN;
        }
        double target = q * again;
        double lo = 0;
        double hi = 1;
        while (1 - probabilityNoPurchase(0, hi, x, tx, age) < target) {
            lo = hi;
            hi *= 2;
            if (hi > 1e12) {
                return Double.POSITIVE_INFINITY;
            }
        }
        for (int i = 0; i < 200 && hi - lo > 1e-9 * hi; i++) {
            double mid = 0.5 * (lo + hi);
            if (1 - probabilityNoPurchase(0, mid, x, tx, age) < target) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    /**
     * @param qs  probabilities in (0, 1)
     * @param x   repeat purchases
     * @param tx  recency
     * @param age T
     * @return {@link #nextPurchaseQuantile} for each (a model may share work between them)
     */
    default double[] nextPurchaseQuantiles(double[] qs, int x, double tx, double age) {
        double[] out = new double[qs.length];
        for (int i = 0; i < qs.length; i++) {
            out[i] = nextPurchaseQuantile(qs[i], x, tx, age);
        }
        return out;
    }

    /**
     * Whether, given that the customer is alive at T, every prediction depends on x and T only, so that recency
     * enters through P(alive) alone: a customer's expected purchases, P(purchase in a window), P(purchase again) are
     * then those of the history {@code (x, T, T)} times the ratio of the two P(alive), and the next-purchase
     * quantiles are the same. Callers use it to compute once per (x, T) class.
     *
     * @return {@code false} unless the model says so (BG/NBD, MBG/NBD and Pareto/NBD do; (M)BG/CNBD-k does not:
     *         the Erlang phase reached since the last purchase depends on {@code T - t_x})
     */
    default boolean recencyOnlyThroughAlive() {
        return false;
    }

    /**
     * @param from window start
     * @param to   window end
     * @throws IllegalArgumentException unless {@code 0 <= from <= to}, both finite
     */
    static void checkWindow(double from, double to) {
        if (!(from >= 0) || !(to >= from) || Double.isInfinite(to)) {
            throw new IllegalArgumentException("need a window 0 <= from <= to, was (" + from + ", " + to + "]");
        }
    }
}
