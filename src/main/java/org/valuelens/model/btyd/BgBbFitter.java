package org.valuelens.model.btyd;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Maximum-likelihood fitter for {@link BgBbModel} on a recency/frequency matrix (one row per distinct
 * {@code (x, t_x, n)} with its customer count). Immutable and thread-safe.
 */
public final class BgBbFitter {

    private static final String[] NAMES = {"alpha", "beta", "gamma", "delta"};

    /** Creates a fitter. */
    public BgBbFitter() {
        // stateless
    }

    /**
     * @param x         transactions per row ({@code >= 0}; not {@code null})
     * @param tx        opportunity of the last transaction per row ({@code 0 when x = 0})
     * @param n         opportunities per row ({@code >= t_x})
     * @param customers customers per row ({@code >= 0})
     * @return the fit
     * @throws FitException when there are no customers or nobody transacted
     */
    public FitResult<BgBbModel> fit(int[] x, int[] tx, int[] n, long[] customers) {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(tx, "tx");
        Objects.requireNonNull(n, "n");
        Objects.requireNonNull(customers, "customers");
        if (x.length != tx.length || x.length != n.length || x.length != customers.length) {
            throw new IllegalArgumentException("x, tx, n and customers must have the same length");
        }
        long total = 0;
        long repeat = 0;
        for (int i = 0; i < x.length; i++) {
            BgBbModel.checkHistory(x[i], tx[i], n[i]);
            if (customers[i] < 0) {
                throw new IllegalArgumentException("customer counts must be >= 0 (row " + i + ")");
            }
            total += customers[i];
            repeat += x[i] > 0 ? customers[i] : 0;
        }
        if (total == 0) {
            throw new FitException("cannot fit BG/BB: there are no customers");
        }
        if (repeat == 0) {
            throw new FitException("need at least one customer with a transaction to fit BG/BB");
        }
        List<double[]> starts = List.of(new double[] {1, 1, 1, 1}, new double[] {0.5, 2, 0.5, 2},
                new double[] {2, 0.5, 1, 5});
        MaxLikelihood.Estimate e = MaxLikelihood.maximise(p -> logLikelihood(x, tx, n, customers, p), starts, NAMES);
        BgNbdFitter.checkFinite(e, "BG/BB");
        double[] p = e.params();
        return new BgNbdFitter.FitOutcome(e, total).toResult("bg-bb", NAMES, new BgBbModel(p[0], p[1], p[2], p[3]),
                new ArrayList<>(e.warnings()));
    }

    static double logLikelihood(int[] x, int[] tx, int[] n, long[] customers, double[] params) {
        BgBbModel m = new BgBbModel(params[0], params[1], params[2], params[3]);
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            if (customers[i] > 0) {
                sum += customers[i] * m.logLikelihood(x[i], tx[i], n[i]);
            }
        }
        return sum;
    }
}
