package org.valuelens.model.btyd;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.math3.special.Gamma;

/**
 * Maximum-likelihood fitter for {@link BgNbdModel} (MBG/NBD: {@link MbgNbdFitter}). Immutable and thread-safe.
 *
 * <p>The likelihood is computed in log space over the weighted unique rows of {@link CalibrationData}; for BG/NBD
 * the {@code x = 0} term is separate (Hardie note 027). The optimiser works on log-parameters from several start
 * points (one data-driven) and keeps the best; see {@link FitResult} for the reported quantities.
 *
 * <pre>{@code
 * FitResult<BgNbdModel> fit = BgNbdFitter.bgNbd().fit(CalibrationData.of(x, tx, T));
 * double pAlive = fit.model().probabilityAlive(2, 30.43, 38.86);
 * }</pre>
 */
public final class BgNbdFitter {

    /** Warning added to every BG/NBD fit. */
    public static final String ONE_TIME_BUYER_WARNING = "BG/NBD assumes one-time buyers are certainly alive "
            + "(P(alive)=1); compare MBG/NBD or Pareto/NBD.";

    private static final String[] NAMES = {"r", "alpha", "a", "b"};
    /** Below this many customers a fit carries a small-sample warning. */
    static final int SMALL_SAMPLE = 30;
    /** Bound of the parameter search of the purchase models (see {@link #inRange}). */
    static final double SEARCH_LIMIT = 1e6;

    /** Creates a BG/NBD fitter. */
    public BgNbdFitter() {
        // stateless
    }

    /** @return a BG/NBD fitter */
    public static BgNbdFitter bgNbd() {
        return new BgNbdFitter();
    }

    /** @return an MBG/NBD fitter (fit results carry an {@link MbgNbdModel}) */
    public static MbgNbdFitter mbgNbd() {
        return new MbgNbdFitter();
    }

    /**
     * Fits BG/NBD.
     *
     * @param data calibration data ({@code null} not permitted)
     * @return the fit
     * @throws FitException when there are fewer than 2 customers, no repeat customer, or no finite optimum
     */
    public FitResult<BgNbdModel> fit(CalibrationData data) {
        FitOutcome o = fitRaw(data, false, "BG/NBD");
        List<String> w = new ArrayList<>(o.estimate.warnings());
        w.add(0, ONE_TIME_BUYER_WARNING);
        double[] p = o.estimate.params();
        return o.toResult("bg-nbd", new BgNbdModel(p[0], p[1], p[2], p[3]), w);
    }

    /**
     * Log-likelihood of BG/NBD (or MBG/NBD) over the data at given parameters.
     *
     * @param data     calibration data
     * @param params   r, alpha, a, b (all {@code > 0})
     * @param modified {@code true} for MBG/NBD
     * @return the summed log-likelihood
     */
    static double logLikelihood(CalibrationData data, double[] params, boolean modified) {
        double r = params[0];
        double alpha = params[1];
        double a = params[2];
        double b = params[3];
        int maxX = data.maxX();
        int n = data.rows();
        double[] logAlphaPlus = data.logTimesPlus(alpha);
        // lgamma(r+x)-lgamma(r) and the beta-function ratio by recursion over x
        double[] lgR = new double[maxX + 1];
        double[] lBeta = new double[maxX + 1];
        double[] logBx = new double[maxX + 1];
        int shift = modified ? 1 : 0;
        double base = Gamma.logGamma(a + b) - Gamma.logGamma(b) + Gamma.logGamma(b + shift)
                - Gamma.logGamma(a + b + shift);
        for (int x = 0; x <= maxX; x++) {
            lgR[x] = x == 0 ? 0 : lgR[x - 1] + Math.log(r + x - 1);
            logBx[x] = Math.log(b + x - 1 + shift);
            lBeta[x] = x == 0 ? base : lBeta[x - 1] + Math.log(b + x - 1 + shift) - Math.log(a + b + x - 1 + shift);
        }
        double logA = Math.log(a);
        double rLogAlpha = r * Math.log(alpha);
        return MaxLikelihood.sum(n, i -> {
            int x = data.xAt(i);
            double rx = r + x;
            double a3 = -rx * logAlphaPlus[data.ageIndexAt(i)];
            double tail;
            if (x == 0 && !modified) {
                tail = a3;
            } else {
                double a4 = logA - logBx[x] - rx * logAlphaPlus[data.txIndexAt(i)];
                tail = MaxLikelihood.logSumExp(a3, a4);
            }
            return data.weightAt(i) * (lgR[x] + rLogAlpha + lBeta[x] + tail);
        });
    }

    /**
     * @throws FitException when the data cannot support a purchase model: no customer with an age, fewer than 2
     *                      customers, or no repeat customer
     */
    static void checkFittable(CalibrationData data, String label) {
        Objects.requireNonNull(data, "data");
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
    }

    static FitOutcome fitRaw(CalibrationData data, boolean modified, String label) {
        checkFittable(data, label);
        double meanX = Math.max(data.meanX(), 1e-3);
        double alpha0 = data.meanAge() / meanX;
        List<double[]> starts = List.of(
                new double[] {1, alpha0, 1, 1},
                new double[] {0.5, alpha0 / 2, 0.5, 2},
                new double[] {2, 2 * alpha0, 2, 5},
                new double[] {0.1, 0.1 * alpha0, 1, 3});
        CalibrationData coarse = data.subsample(MaxLikelihood.COARSE_ROWS);
        MaxLikelihood.Estimate e = MaxLikelihood.maximise(
                p -> inRange(p) ? logLikelihood(data, p, modified) : Double.NaN,
                p -> inRange(p) ? logLikelihood(coarse, p, modified) : Double.NaN,
                new BgNbdDerivatives(data, modified), starts, NAMES);
        checkUsable(e, label);
        return new FitOutcome(e, data.customers(), data.customersWithoutAge());
    }

    /**
     * Purchase models (BG/NBD, MBG/NBD, Pareto/NBD) accept an optimum at the boundary (a valid limit of the model,
     * described by {@link BoundaryNotes}) as long as the parameters are finite numbers.
     */
    static void checkUsable(MaxLikelihood.Estimate e, String label) {
        for (double v : e.params()) {
            if (!(v > 0) || Double.isInfinite(v)) {
                throw new FitException(label + " did not reach finite parameters; the data are too few or too"
                        + " regular for this model");
            }
        }
    }

    /**
     * The search stays within [1/{@value #SEARCH_LIMIT}, {@value #SEARCH_LIMIT}]: at a boundary optimum (e.g. a → 0,
     * b → ∞ on data without visible drop-out) the likelihood is flat there already, and the predictions lose
     * precision for parameters far beyond it (the hypergeometric term cancels against a factor of order b).
     */
    static boolean inRange(double[] p) {
        for (double v : p) {
            if (v > SEARCH_LIMIT || v < 1 / SEARCH_LIMIT) {
                return false;
            }
        }
        return true;
    }

    static void checkFinite(MaxLikelihood.Estimate e, String label) {
        for (double v : e.params()) {
            if (!(v > 1e-8) || !(v < 1e8)) {
                throw new FitException(label + " did not reach finite parameters (a parameter ran to 0 or "
                        + "infinity); the data are too few or too regular for this model");
            }
        }
    }

    /**
     * An estimate plus the customer count (and the customers with age 0 left out of the likelihood), turned into
     * a {@link FitResult}.
     */
    record FitOutcome(MaxLikelihood.Estimate estimate, long customers, long customersWithoutAge) {

        FitOutcome(MaxLikelihood.Estimate estimate, long customers) {
            this(estimate, customers, 0);
        }

        <M> FitResult<M> toResult(String id, M model, List<String> warnings) {
            return toResult(id, NAMES, model, warnings);
        }

        <M> FitResult<M> toResult(String id, String[] names, M model, List<String> warnings) {
            Map<String, Double> params = new LinkedHashMap<>();
            Map<String, Double> se = new LinkedHashMap<>();
            for (int i = 0; i < names.length; i++) {
                params.put(names[i], estimate.params()[i]);
                se.put(names[i], estimate.se()[i]);
            }
            double ll = estimate.logLik();
            int k = names.length;
            warnings = new java.util.ArrayList<>(warnings);
            if (customers < SMALL_SAMPLE) {
                warnings.add("Only " + customers + " customers: the estimates are very uncertain.");
            }
            if (customersWithoutAge > 0) {
                warnings.add(customersWithoutAge + (customersWithoutAge == 1 ? " customer made" : " customers made")
                        + " their first purchase on the calibration end"
                        + " (age 0: no time yet to buy again); they tell the model nothing and were left out of"
                        + " the fit, but still get a prediction and a CLV.");
            }
            warnings.addAll(BoundaryNotes.describe(id, names, estimate.params(), estimate.boundary()));
            return new FitResult<>(id, params, se, ll, MaxLikelihood.aic(ll, k), MaxLikelihood.bic(ll, k, customers),
                    estimate.converged(), estimate.atBoundary(), customers, warnings, model);
        }
    }
}
