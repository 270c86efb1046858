package org.valuelens.model.btyd;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.commons.math3.special.Gamma;

/**
 * Maximum-likelihood fitter for {@link ParetoNbdModel}. Immutable and thread-safe. The likelihood follows the
 * Fader &amp; Hardie (2005) note, in log space, with the Gauss hypergeometric branch chosen by
 * {@code alpha >= beta} or {@code alpha < beta}; optimisation as for {@link BgNbdFitter}.
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
        MaxLikelihood.Estimate e = MaxLikelihood.maximise(p -> logLikelihood(data, cells, p),
                p -> logLikelihood(coarse, coarseCells, p), starts, NAMES);
        BgNbdFitter.checkFinite(e, label);
        double[] p = e.params();
        BgNbdFitter.FitOutcome o = new BgNbdFitter.FitOutcome(e, data.customers());
        return o.toResult("pareto-nbd", NAMES, new ParetoNbdModel(p[0], p[1], p[2], p[3]),
                new ArrayList<>(e.warnings()));
    }

    /**
     * @param data   calibration data
     * @param params r, alpha, s, beta
     * @return the summed log-likelihood
     */
    static double logLikelihood(CalibrationData data, double[] params) {
        return logLikelihood(data, Cells.of(data), params);
    }

    /**
     * The distinct (x, time) pairs whose ln F the likelihood needs, and each row's index into them, so every
     * 2F1 is computed once per evaluation (in parallel when there are many).
     */
    record Cells(int[] x, double[] time, int[] rowTx, int[] rowAge) {

        static Cells of(CalibrationData data) {
            int n = data.rows();
            int nt = data.times().length;
            java.util.Map<Long, Integer> index = new java.util.HashMap<>();
            int[] rowTx = new int[n];
            int[] rowAge = new int[n];
            java.util.List<long[]> keys = new java.util.ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (data.txIndexAt(i) == data.ageIndexAt(i)) {
                    rowTx[i] = -1;
                    rowAge[i] = -1;
                    continue;
                }
                rowTx[i] = cell(index, keys, data.xAt(i), data.txIndexAt(i), nt);
                rowAge[i] = cell(index, keys, data.xAt(i), data.ageIndexAt(i), nt);
            }
            int[] cx = new int[keys.size()];
            double[] ct = new double[keys.size()];
            double[] times = data.times();
            for (int c = 0; c < cx.length; c++) {
                cx[c] = (int) keys.get(c)[0];
                ct[c] = times[(int) keys.get(c)[1]];
            }
            return new Cells(cx, ct, rowTx, rowAge);
        }

        private static int cell(java.util.Map<Long, Integer> index, java.util.List<long[]> keys, int x, int t,
                                int nt) {
            long key = (long) x * nt + t;
            Integer c = index.get(key);
            if (c == null) {
                c = keys.size();
                keys.add(new long[] {x, t});
                index.put(key, c);
            }
            return c;
        }
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
        double[] logShare = new double[maxX + 1];
        lgRx[0] = Gamma.logGamma(r);
        for (int x = 0; x <= maxX; x++) {
            lgRx[x] = x == 0 ? lgRx[0] : lgRx[x - 1] + Math.log(r + x - 1);
            logShare[x] = Math.log(s / (r + s + x));
        }
        int nc = cells.x().length;
        double[] logF = new double[nc];
        try {
            java.util.stream.IntStream range = java.util.stream.IntStream.range(0, nc);
            (nc > 4096 ? range.parallel() : range).forEach(c ->
                    logF[c] = ParetoNbdModel.logF(r, alpha, s, beta, cells.x()[c], cells.time()[c]));
        } catch (ArithmeticException ex) {
            return Double.NaN;
        }
        int[] rowTx = cells.rowTx();
        int[] rowAge = cells.rowAge();
        return MaxLikelihood.sum(data.rows(), i -> {
            int x = data.xAt(i);
            int ai = data.ageIndexAt(i);
            double ll = -(r + x) * logAlphaPlus[ai] - s * logBetaPlus[ai];
            if (rowTx[i] >= 0) {
                double f1 = logF[rowTx[i]];
                double f2 = logF[rowAge[i]];
                if (f2 < f1) {
                    ll = MaxLikelihood.logSumExp(ll, logShare[x] + f1 + Math.log(1.0 - Math.exp(f2 - f1)));
                }
            }
            return data.weightAt(i) * (lead + lgRx[x] + ll);
        });
    }
}
