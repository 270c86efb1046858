package org.valuelens.model.btyd;

/**
 * A fitted buy-till-you-die purchase model (BG/NBD, MBG/NBD, Pareto/NBD).
 *
 * <p>All times are in the time unit the model was fitted in; {@code x} is the number of repeat purchases,
 * {@code tx} the time of the last purchase and {@code age} (T) the length of observation, both measured from the
 * customer's first purchase ({@code 0 <= tx <= age}).
 */
public interface PurchaseModel {

    /** @return short model id as on the command line, e.g. {@code bg-nbd} */
    String id();

    /**
     * @param t a duration ({@code >= 0})
     * @return E[X(t)], expected purchases of a newly acquired customer in {@code (0, t]}
     */
    double expectedPurchasesNewCustomer(double t);

    /**
     * @param t   a future duration ({@code >= 0})
     * @param x   repeat purchases in calibration
     * @param tx  recency
     * @param age T
     * @return E[Y(t) | x, tx, T], expected purchases in the next {@code t} time units
     */
    double expectedPurchases(double t, int x, double tx, double age);

    /** @return P(alive | x, tx, T) in [0, 1] */
    double probabilityAlive(int x, double tx, double age);
}
