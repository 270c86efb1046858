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
        MaxLikelihood.Estimate e = MaxLikelihood.maximise(p -> logLikelihood(data, p), starts, NAMES);
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
        double sum = 0;
        int n = data.rows();
        int lastX = -1;
        double lgRx = 0;
        for (int i = 0; i < n; i++) {
            int x = data.xAt(i);
            if (x != lastX) {
                lgRx = Gamma.logGamma(r + x);
                lastX = x;
            }
            double[] parts;
            try {
                parts = ParetoNbdModel.logParts(r, alpha, s, beta, x, data.txAt(i), data.ageAt(i));
            } catch (ArithmeticException ex) {
                return Double.NaN;
            }
            sum += data.weightAt(i) * (lead + lgRx + MaxLikelihood.logSumExp(parts[0], parts[1]));
        }
        return sum;
    }
}
