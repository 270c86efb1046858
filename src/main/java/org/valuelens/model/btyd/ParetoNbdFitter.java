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
    private static final long CACHE_CELLS = 4_000_000L;

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
        MaxLikelihood.Estimate e = MaxLikelihood.maximise(p -> logLikelihood(data, p),
                p -> logLikelihood(coarse, p), starts, NAMES);
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
        // ln F(y) per (x, distinct time), computed lazily once per evaluation
        long cells = (long) (maxX + 1) * nt;
        double[] cache = cells <= CACHE_CELLS ? new double[(int) cells] : null;
        if (cache != null) {
            java.util.Arrays.fill(cache, Double.NaN);
        }
        double sum = 0;
        int n = data.rows();
        try {
            for (int i = 0; i < n; i++) {
                int x = data.xAt(i);
                int ti = data.txIndexAt(i);
                int ai = data.ageIndexAt(i);
                double alive = -(r + x) * logAlphaPlus[ai] - s * logBetaPlus[ai];
                double ll = alive;
                if (ti != ai) {
                    double f1 = logF(cache, nt, r, alpha, s, beta, x, ti, times);
                    double f2 = logF(cache, nt, r, alpha, s, beta, x, ai, times);
                    ll = MaxLikelihood.logSumExp(alive, ParetoNbdModel.dead(r, s, x, f1, f2));
                }
                sum += data.weightAt(i) * (lead + lgRx[x] + ll);
            }
        } catch (ArithmeticException ex) {
            return Double.NaN;
        }
        return sum;
    }

    private static double logF(double[] cache, int nt, double r, double alpha, double s, double beta, int x,
                               int timeIndex, double[] times) {
        if (cache == null) {
            return ParetoNbdModel.logF(r, alpha, s, beta, x, times[timeIndex]);
        }
        int cell = x * nt + timeIndex;
        double v = cache[cell];
        if (Double.isNaN(v)) {
            v = ParetoNbdModel.logF(r, alpha, s, beta, x, times[timeIndex]);
            cache[cell] = v;
        }
        return v;
    }
}
