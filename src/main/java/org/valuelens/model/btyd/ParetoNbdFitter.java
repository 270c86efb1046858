package org.valuelens.model.btyd;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.commons.math3.special.Gamma;

/**
 * Maximum-likelihood fitter for {@link ParetoNbdModel}. Immutable and thread-safe. The likelihood follows the
 * Fader &amp; Hardie (2005) note, in log space; its {@code A0} term (a difference of two Gauss hypergeometric
 * values) is evaluated as the equivalent integral of {@link ParetoIntegral}, accumulated once per distinct
 * (x, time) pair; optimisation as for {@link BgNbdFitter}.
 */
public final class ParetoNbdFitter {

    private static final String[] NAMES = {"r", "alpha", "s", "beta"};

    /** Creates a fitter. */
    public ParetoNbdFitter() {
        // stateless
    }

    /**
     * Fits Pareto/NBD.
     *
     * @param data calibration data ({@code null} not permitted)
     * @return the fit
     * @throws FitException when there are fewer than 2 customers, no repeat customer, or no finite optimum
     */
    public FitResult<ParetoNbdModel> fit(CalibrationData data) {
        Objects.requireNonNull(data, "data");
        String label = "Pareto/NBD";
        if (data.customers() == 0 && data.customersWithoutAge() > 0) {
            throw new FitException("cannot fit " + label + ": all " + data.customersWithoutAge() + " customers made"
                    + " their first purchase on the calibration end, so none has had time to buy again; choose a"
                    + " later calibration end or use data over a longer period");
        }
        if (data.customers() == 0) {
            throw new FitException("cannot fit " + label + ": there are no customers");
        }
        if (data.customers() < 2) {
            throw new FitException("need at least 2 customers to fit " + label + ", got " + data.customers());
        }
        if (data.repeatCustomers() == 0) {
            throw new FitException("need at least one repeat customer to fit " + label
                    + " (every customer bought only once)");
        }
        double meanX = Math.max(data.meanX(), 1e-3);
        double alpha0 = data.meanAge() / meanX;
        double beta0 = data.meanAge();
        List<double[]> starts = List.of(
                new double[] {1, alpha0, 1, beta0},
                new double[] {0.5, alpha0 / 2, 0.5, beta0 / 2},
                new double[] {2, 2 * alpha0, 1, 2 * beta0});
        CalibrationData coarse = data.subsample(MaxLikelihood.COARSE_ROWS);
        Cells cells = Cells.of(data);
        Cells coarseCells = coarse == data ? cells : Cells.of(coarse);
        MaxLikelihood.Estimate e = MaxLikelihood.maximise(
                p -> BgNbdFitter.inRange(p) ? logLikelihood(data, cells, p) : Double.NaN,
                p -> BgNbdFitter.inRange(p) ? logLikelihood(coarse, coarseCells, p) : Double.NaN, starts, NAMES);
        BgNbdFitter.checkUsable(e, label);
        double[] p = e.params();
        BgNbdFitter.FitOutcome o = new BgNbdFitter.FitOutcome(e, data.customers(), data.customersWithoutAge());
        return o.toResult("pareto-nbd", NAMES, new ParetoNbdModel(p[0], p[1], p[2], p[3]),
                new ArrayList<>(e.warnings()));
    }

    /**
     * Log-likelihood (Fader, Hardie &amp; Lee 2005 note, with {@code s/(r+s+x) A0} computed as the dead integral
     * of {@link ParetoIntegral}).
     *
     * @param data   calibration data
     * @param params r, alpha, s, beta
     * @return the summed log-likelihood
     */
    static double logLikelihood(CalibrationData data, double[] params) {
        return logLikelihood(data, Cells.of(data), params);
    }

    /**
     * The distinct (x, time) pairs the likelihood needs, sorted by x then time, and each row's index into them:
     * per evaluation the dead integral is accumulated once per pair, from the latest time of each x down.
     *
     * @param x      repeat count per pair
     * @param timeIndex index into {@link CalibrationData#times()} per pair
     * @param start  first pair of each x (length maxX + 2; pairs of x are {@code start[x] .. start[x+1]-1})
     * @param rowTx  per row, its (x, t_x) pair, or -1 when {@code t_x == T} (no dead part)
     * @param rowAge per row, its (x, T) pair, or -1
     * @param times  the data's sorted distinct times
     */
    record Cells(int[] x, int[] timeIndex, int[] start, int[] rowTx, int[] rowAge, double[] times) {

        static Cells of(CalibrationData data) {
            int n = data.rows();
            int nt = data.times().length;
            int maxX = data.maxX();
            // mark the needed (x, time) pairs in one bit set over x * nt + time
            java.util.BitSet needed = new java.util.BitSet();
            for (int i = 0; i < n; i++) {
                if (data.txIndexAt(i) != data.ageIndexAt(i)) {
                    needed.set(data.xAt(i) * nt + data.txIndexAt(i));
                    needed.set(data.xAt(i) * nt + data.ageIndexAt(i));
                }
            }
            int count = needed.cardinality();
            int[] cx = new int[count];
            int[] ct = new int[count];
            int[] start = new int[maxX + 2];
            java.util.Map<Integer, Integer> index = new java.util.HashMap<>(count * 2);
            int c = 0;
            int nextX = 0;
            for (int k = needed.nextSetBit(0); k >= 0; k = needed.nextSetBit(k + 1)) {
                int xv = k / nt;
                while (nextX <= xv) {
                    start[nextX++] = c;
                }
                cx[c] = xv;
                ct[c] = k % nt;
                index.put(k, c);
                c++;
            }
            while (nextX <= maxX + 1) {
                start[nextX++] = c;
            }
            int[] rowTx = new int[n];
            int[] rowAge = new int[n];
            for (int i = 0; i < n; i++) {
                if (data.txIndexAt(i) == data.ageIndexAt(i)) {
                    rowTx[i] = -1;
                    rowAge[i] = -1;
                } else {
                    rowTx[i] = index.get(data.xAt(i) * nt + data.txIndexAt(i));
                    rowAge[i] = index.get(data.xAt(i) * nt + data.ageIndexAt(i));
                }
            }
            return new Cells(cx, ct, start, rowTx, rowAge, data.times());
        }

        /**
         * @return per pair, ln of the dead integral from its time to the latest needed time of its x
         *     ({@code -Infinity} for that latest one)
         */
        double[] logTails(double r, double alpha, double s, double beta, double[] logAlphaPlus,
                          double[] logBetaPlus) {
            double[] tail = new double[x.length];
            boolean alphaSmall = alpha <= beta;
            double[] lnSmall = alphaSmall ? logAlphaPlus : logBetaPlus;
            double[] lnLarge = alphaSmall ? logBetaPlus : logAlphaPlus;
            double small = Math.min(alpha, beta);
            double large = Math.max(alpha, beta);
            double[] ratio = new double[times.length];
            for (int j = 0; j < times.length; j++) {
                ratio[j] = (small + times[j]) / (large + times[j]);
            }
            // each x's chain is independent of the others: on large data the chains run on both cores (every
            // value is computed exactly as in one loop, so the result does not depend on the number of threads)
            java.util.function.IntConsumer chain = xv -> {
                int first = start[xv];
                int last = start[xv + 1] - 1;
                if (last < first) {
                    return;
                }
                ParetoIntegral.Integrand f = new ParetoIntegral.Integrand(alpha, r + xv, beta, s + 1);
                tail[last] = Double.NEGATIVE_INFINITY;
                for (int c = last - 1; c >= first; c--) {
                    int j0 = timeIndex[c];
                    int j1 = timeIndex[c + 1];
                    tail[c] = f.logIntegralPlus(lnSmall[j0], lnSmall[j1], lnLarge[j0], lnLarge[j1], ratio[j0],
                            ratio[j1], tail[c + 1]);
                }
            };
            int chains = start.length - 1;
            if (x.length < PARALLEL_PAIRS) {
                for (int xv = 0; xv < chains; xv++) {
                    chain.accept(xv);
                }
            } else {
                java.util.stream.IntStream.range(0, chains).parallel().forEach(chain);
            }
            return tail;
        }

        /** Pairs above which the chains of {@link #logTails} run in parallel (CDNOW has a few thousand). */
        private static final int PARALLEL_PAIRS = 8_192;
    }

    static double logLikelihood(CalibrationData data, Cells cells, double[] params) {
        double r = params[0];
        double alpha = params[1];
        double s = params[2];
        double beta = params[3];
        double lead = r * Math.log(alpha) + s * Math.log(beta) - Gamma.logGamma(r);
        double[] times = data.times();
        int nt = times.length;
        double[] logAlphaPlus = new double[nt];
        double[] logBetaPlus = new double[nt];
        for (int j = 0; j < nt; j++) {
            logAlphaPlus[j] = Math.log(alpha + times[j]);
            logBetaPlus[j] = Math.log(beta + times[j]);
        }
        int maxX = data.maxX();
        double[] lgRx = new double[maxX + 1];
        lgRx[0] = Gamma.logGamma(r);
        for (int x = 1; x <= maxX; x++) {
            lgRx[x] = lgRx[x - 1] + Math.log(r + x - 1);
        }
        double logS = Math.log(s);
        double[] tail = cells.logTails(r, alpha, s, beta, logAlphaPlus, logBetaPlus);
        int[] rowTx = cells.rowTx();
        int[] rowAge = cells.rowAge();
        double sum = MaxLikelihood.sum(data.rows(), i -> {
            int x = data.xAt(i);
            int ai = data.ageIndexAt(i);
            double ll = -(r + x) * logAlphaPlus[ai] - s * logBetaPlus[ai];
            if (rowTx[i] >= 0) {
                double f1 = tail[rowTx[i]];
                double f2 = tail[rowAge[i]];
                if (f2 < f1) {
                    // ln[e^alive + s (e^f1 - e^f2)] on the scale of s e^f1: two exponentials and one logarithm
                    double scale = logS + f1;
                    double d = ll - scale;
                    double share = 1.0 - Math.exp(f2 - f1);
                    ll = d < 700 ? scale + Math.log(Math.exp(d) + share) : ll;
                }
            }
            return data.weightAt(i) * (lead + lgRx[x] + ll);
        });
        return Double.isNaN(sum) ? Double.NaN : sum;
    }
}
