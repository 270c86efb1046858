package org.valuelens.model.btyd;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.valuelens.model.CustomerSummary;

/**
 * The estimated covariance of fitted parameters: the inverse of the numerical Hessian of the negative
 * log-likelihood at the estimates (the same matrix whose diagonal gives {@link FitResult#standardErrors()}), for
 * the delta-method ranges of predictions. Parameters are in the fit's conventional order (r, alpha, a, b;
 * r, alpha, s, beta; p, q, gamma).
 */
public final class ParameterCovariance {

    private ParameterCovariance() {
    }

    /**
     * @param modelId "bg-nbd", "mbg-nbd" or "pareto-nbd"
     * @param data    the calibration data the model was fitted on ({@code null} not permitted)
     * @param params  the estimates
     * @return the covariance matrix, or {@code null} when the Hessian is singular (no range can be given)
     * @throws IllegalArgumentException for another model id
     */
    public static double[][] purchase(String modelId, CalibrationData data, double[] params) {
        Objects.requireNonNull(data, "data");
        double[] p = params.clone();
        return switch (modelId.toLowerCase(Locale.ROOT)) {
            case "bg-nbd" -> MaxLikelihood.covariance(q -> BgNbdFitter.logLikelihood(data, q, false), p);
            case "mbg-nbd" -> MaxLikelihood.covariance(q -> BgNbdFitter.logLikelihood(data, q, true), p);
            case "pareto-nbd" -> MaxLikelihood.covariance(q -> ParetoNbdFitter.logLikelihood(data, q), p);
            default -> throw new IllegalArgumentException("no covariance for model '" + modelId + "'");
        };
    }

    /**
     * @param model a fitted purchase model ({@code null} not permitted)
     * @param data  the calibration data it was fitted on ({@code null} not permitted)
     * @return the covariance of {@link Predictors#parameters}; for (M)BG/CNBD-k that of (r, alpha, a, b) at the
     *         chosen k (k is taken as known: the choice of k adds uncertainty the range does not show), or
     *         {@code null} when the Hessian is singular
     */
    public static double[][] purchase(PurchasePredictor model, CalibrationData data) {
        Objects.requireNonNull(data, "data");
        double[] p = Predictors.parameters(model);
        if (model instanceof CnbdkModel m) {
            // the litt term of the likelihood does not depend on the four parameters: 0 leaves the Hessian as is
            return MaxLikelihood.covariance(q -> CnbdkLikelihood.logLikelihood(data, 0, m.k(), q, m.modified()), p);
        }
        return purchase(model.id(), data, p);
    }

    /**
     * @param customers the customers the Gamma-Gamma model was fitted on; as in the fit, only repeat customers
     *                  with a positive mean spend count ({@code null} not permitted)
     * @param params    p, q, gamma
     * @return the covariance matrix, or {@code null} when the Hessian is singular
     */
    public static double[][] spend(List<CustomerSummary> customers, double[] params) {
        int n = 0;
        for (CustomerSummary c : customers) {
            if (c.frequency() > 0 && c.monetaryValue() > 0) {
                n++;
            }
        }
        int[] x = new int[n];
        double[] m = new double[n];
        int j = 0;
        for (CustomerSummary c : customers) {
            if (c.frequency() > 0 && c.monetaryValue() > 0) {
                x[j] = c.frequency();
                m[j++] = c.monetaryValue();
            }
        }
        GammaGammaFitter.SpendData data = new GammaGammaFitter.SpendData(x, m);
        return MaxLikelihood.covariance(data::logLikelihood, params.clone());
    }
}
