package org.valuelens.model.btyd;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Maximum-likelihood fitter for {@link CnbdkModel} (BG/CNBD-k or MBG/CNBD-k). Immutable and thread-safe.
 *
 * <p>For each regularity {@code k = 1..maxK} the four continuous parameters are fitted (as for BG/NBD, on
 * log-parameters from several start points); the {@code k} with the highest likelihood is kept. As in BTYDplus
 * ({@code xbgcnbd.EstimateParameters}) the search over k stops early when the likelihood has fallen twice in a row
 * after k = 2. The chosen k is reported as parameter {@code k} (standard error {@code NaN}: k is an integer chosen
 * by the grid) and the likelihood of every k tried is listed in a note. The likelihood needs, besides the usual
 * (x, t_x, T), the sum over customers of the log inter-purchase times ({@code litt} in BTYDplus).
 *
 * <pre>{@code
 * FitResult<CnbdkModel> fit = CnbdkFitter.mbgCnbdk().fit(CalibrationData.of(x, tx, T), sumLitt);
 * int k = fit.model().k();
 * }</pre>
 */
public final class CnbdkFitter {

    private static final String[] NAMES = {"r", "alpha", "a", "b"};

    private final boolean modified;
    private final int maxK;

    private CnbdkFitter(boolean modified, int maxK) {
        this.modified = modified;
        this.maxK = maxK;
    }

    /** @return a BG/CNBD-k fitter over k = 1..{@value CnbdkModel#MAX_K} */
    public static CnbdkFitter bgCnbdk() {
        return new CnbdkFitter(false, CnbdkModel.MAX_K);
    }

    /** @return an MBG/CNBD-k fitter over k = 1..{@value CnbdkModel#MAX_K} */
    public static CnbdkFitter mbgCnbdk() {
        return new CnbdkFitter(true, CnbdkModel.MAX_K);
    }

    /**
     * @param largestK the largest k to try (1..{@value CnbdkModel#MAX_K}); 1 fits (M)BG/NBD
     * @return a copy of this fitter that tries k = 1..largestK
     */
    public CnbdkFitter withMaxK(int largestK) {
        if (largestK < 1 || largestK > CnbdkModel.MAX_K) {
            throw new IllegalArgumentException("the largest k must be between 1 and " + CnbdkModel.MAX_K
                    + ", was " + largestK);
        }
        return new CnbdkFitter(modified, largestK);
    }

    /** @return the model id, {@code bg-cnbd-k} or {@code mbg-cnbd-k} */
    public String modelId() {
        return modified ? "mbg-cnbd-k" : "bg-cnbd-k";
    }

    private String label() {
        return modified ? "MBG/CNBD-k" : "BG/CNBD-k";
    }

    /**
     * Log-likelihood at given parameters (for checks against published values).
     *
     * @param data    calibration data ({@code null} not permitted)
     * @param sumLitt sum over customers of the log inter-purchase times, in the data's time unit
     * @param model   the parameters ({@code modified} must match this fitter)
     * @return the summed log-likelihood
     */
    public double logLikelihood(CalibrationData data, double sumLitt, CnbdkModel model) {
        Objects.requireNonNull(data, "data");
        if (model.modified() != modified) {
            throw new IllegalArgumentException("the model is " + model.id() + ", this fitter fits " + modelId());
        }
        return CnbdkLikelihood.logLikelihood(data, sumLitt, model.k(),
                new double[] {model.r(), model.alpha(), model.a(), model.b()}, modified);
    }

    /**
     * Fits the model with k chosen by likelihood.
     *
     * @param data    calibration data ({@code null} not permitted)
     * @param sumLitt sum over customers of the log inter-purchase times in the data's time unit (finite)
     * @return the fit at the best k
     * @throws FitException when there are fewer than 2 customers, no repeat customer, or no finite optimum
     */
    public FitResult<CnbdkModel> fit(CalibrationData data, double sumLitt) {
        Objects.requireNonNull(data, "data");
        if (!Double.isFinite(sumLitt)) {
            throw new IllegalArgumentException("the sum of log inter-purchase times must be finite, was " + sumLitt);
        }
        BgNbdFitter.FitOutcome best = null;
        int bestK = 0;
        List<Double> byK = new ArrayList<>();
        FitException first = null;
        double[] previous = null;
        for (int k = 1; k <= maxK; k++) {
            BgNbdFitter.FitOutcome o;
            try {
                o = fitK(data, sumLitt, k, previous);
                previous = o.estimate().params();
            } catch (FitException e) {
                if (k == 1) {
                    first = e;
                }
                break;
            }
            double ll = o.estimate().logLik();
            byK.add(ll);
            if (best == null || ll > best.estimate().logLik()) {
                best = o;
                bestK = k;
            }
            int n = byK.size();
            if (n > 2 && byK.get(n - 1) < byK.get(n - 2) && byK.get(n - 2) < byK.get(n - 3)) {
                break;
            }
        }
        if (best == null) {
            throw first != null ? first : new FitException("cannot fit " + label());
        }
        return toResult(best, bestK, byK);
    }

    /**
     * Fits the four continuous parameters at a fixed k.
     *
     * @param data    calibration data ({@code null} not permitted)
     * @param sumLitt sum of log inter-purchase times
     * @param k       the regularity (1..{@value CnbdkModel#MAX_K})
     * @return the fit at this k
     */
    public FitResult<CnbdkModel> fitFixedK(CalibrationData data, double sumLitt, int k) {
        Objects.requireNonNull(data, "data");
        if (k < 1 || k > CnbdkModel.MAX_K) {
            throw new IllegalArgumentException("k must be between 1 and " + CnbdkModel.MAX_K + ", was " + k);
        }
        BgNbdFitter.FitOutcome o = fitK(data, sumLitt, k, null);
        return toResult(o, k, List.of());
    }

    /**
     * @param previous the optimum at k - 1 ({@code null} for none): with its alpha scaled by k/(k-1) (the same mean
     *                 inter-purchase time) it replaces most start points, as the optimum moves little from k to k+1
     */
    private BgNbdFitter.FitOutcome fitK(CalibrationData data, double sumLitt, int k, double[] previous) {
        BgNbdFitter.checkFittable(data, label());
        double meanX = Math.max(data.meanX(), 1e-3);
        double alpha0 = data.meanAge() / meanX / k;
        List<double[]> starts = previous == null ? List.of(
                new double[] {1, alpha0, 1, 1},
                new double[] {0.5, alpha0 / 2, 0.5, 2},
                new double[] {2, 2 * alpha0, 2, 5},
                new double[] {0.1, 0.1 * alpha0, 1, 3},
                new double[] {1, 3, 1, 3}) : List.of(
                new double[] {previous[0], previous[1] * k / (k - 1), previous[2], previous[3]},
                new double[] {1, alpha0, 1, 1},
                new double[] {1, 3, 1, 3});
        CalibrationData coarse = data.subsample(MaxLikelihood.COARSE_ROWS);
        double coarseLitt = sumLitt * coarse.customers() / Math.max(1, data.customers());
        MaxLikelihood.Estimate e = MaxLikelihood.maximise(
                p -> BgNbdFitter.inRange(p) ? CnbdkLikelihood.logLikelihood(data, sumLitt, k, p, modified)
                        : Double.NaN,
                p -> BgNbdFitter.inRange(p) ? CnbdkLikelihood.logLikelihood(coarse, coarseLitt, k, p, modified)
                        : Double.NaN, starts, NAMES);
        BgNbdFitter.checkUsable(e, label());
        return new BgNbdFitter.FitOutcome(e, data.customers(), data.customersWithoutAge());
    }

    private FitResult<CnbdkModel> toResult(BgNbdFitter.FitOutcome o, int k, List<Double> byK) {
        double[] p = o.estimate().params();
        CnbdkModel model = new CnbdkModel(k, p[0], p[1], p[2], p[3], modified);
        List<String> notes = new ArrayList<>();
        if (!byK.isEmpty()) {
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < byK.size(); i++) {
                s.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "k=%d: %.2f", i + 1, byK.get(i)));
            }
            notes.add("Regularity k = " + k + " chosen by likelihood among k = 1.." + byK.size()
                    + (byK.size() < maxK ? " (the search up to " + maxK + " stops once the likelihood has fallen"
                    + " twice in a row)" : "") + "; log-likelihood " + s
                    + (k == 1 ? "; k = 1 is " + (modified ? "MBG/NBD" : "BG/NBD")
                    + ": no regularity in the purchase timing." : "."));
        }
        if (!modified) {
            notes.add(BgNbdFitter.ONE_TIME_BUYER_WARNING.replace("BG/NBD", "BG/CNBD-k")
                    .replace("compare MBG/NBD", "compare MBG/CNBD-k"));
        }
        FitResult<CnbdkModel> four = o.toResult(modelId(), NAMES, model, notes);
        Map<String, Double> params = new LinkedHashMap<>();
        Map<String, Double> se = new LinkedHashMap<>();
        params.put("k", (double) k);
        se.put("k", Double.NaN);
        params.putAll(four.parameters());
        se.putAll(four.standardErrors());
        double ll = four.logLikelihood();
        return new FitResult<>(modelId(), params, se, ll, MaxLikelihood.aic(ll, 5),
                MaxLikelihood.bic(ll, 5, four.customers()), four.converged(), four.atBoundary(), four.customers(),
                four.warnings(), model);
    }
}
