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
 * by the grid) and the likelihood of every k tried is listed in a note. With more than {@value #SELECTION_ROWS}
 * distinct histories, k is chosen on a weighted systematic sample of them and only that k is fitted on all data. The likelihood needs, besides the usual
 * (x, t_x, T), the sum over customers of the log inter-purchase times ({@code litt} in BTYDplus).
 *
 * <pre>{@code
 * FitResult<CnbdkModel> fit = CnbdkFitter.mbgCnbdk().fit(CalibrationData.of(x, tx, T), sumLitt);
 * int k = fit.model().k();
 * }</pre>
 */
public final class CnbdkFitter {

    private static final String[] NAMES = {"r", "alpha", "a", "b"};

    /** Distinct (x, t_x, T) histories above which k is chosen on a weighted sample of them. */
    static final int SELECTION_ROWS = 20_000;

    private final boolean modified;
    private final int maxK;
    private final int selectionRows;

    private CnbdkFitter(boolean modified, int maxK, int selectionRows) {
        this.modified = modified;
        this.maxK = maxK;
        this.selectionRows = selectionRows;
    }

    /** @return a BG/CNBD-k fitter over k = 1..{@value CnbdkModel#MAX_K} */
    public static CnbdkFitter bgCnbdk() {
        return new CnbdkFitter(false, CnbdkModel.MAX_K, SELECTION_ROWS);
    }

    /** @return an MBG/CNBD-k fitter over k = 1..{@value CnbdkModel#MAX_K} */
    public static CnbdkFitter mbgCnbdk() {
        return new CnbdkFitter(true, CnbdkModel.MAX_K, SELECTION_ROWS);
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
        return new CnbdkFitter(modified, largestK, selectionRows);
    }

    /**
     * @param rows distinct histories above which k is chosen on a weighted systematic sample of that many rows
     *             (then only the chosen k is fitted on all data); {@value #SELECTION_ROWS} by default
     * @return a copy with that threshold
     */
    CnbdkFitter withSelectionRows(int rows) {
        return new CnbdkFitter(modified, maxK, Math.max(100, rows));
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
        // on many distinct histories k is chosen on a weighted systematic sample of them, then fitted on all
        CalibrationData selection = data.subsample(selectionRows);
        BgNbdFitter.FitOutcome best = null;
        int bestK = 0;
        double bestLl = Double.NEGATIVE_INFINITY;
        List<Double> byK = new ArrayList<>();
        FitException first = null;
        double[] previous = null;
        for (int k = 1; k <= maxK; k++) {
            BgNbdFitter.FitOutcome o;
            try {
                o = fitK(selection, sumLitt, k, previous == null ? null
                        : new double[] {previous[0], previous[1] * k / (k - 1), previous[2], previous[3]});
                previous = o.estimate().params();
            } catch (FitException e) {
                if (k == 1) {
                    first = e;
                }
                break;
            }
            // the litt term differs between k: compare the k on the whole data, at the sample's optimum
            double ll = selection == data ? o.estimate().logLik()
                    : CnbdkLikelihood.logLikelihood(data, sumLitt, k, o.estimate().params(), modified);
            byK.add(ll);
            if (best == null || ll > bestLl) {
                best = o;
                bestK = k;
                bestLl = ll;
            }
            int n = byK.size();
            if (n > 2 && byK.get(n - 1) < byK.get(n - 2) && byK.get(n - 2) < byK.get(n - 3)) {
                break;
            }
        }
        if (best == null) {
            throw first != null ? first : new FitException("cannot fit " + label());
        }
        if (selection != data) {
            best = fitK(data, sumLitt, bestK, best.estimate().params());
        }
        return toResult(best, bestK, byK, selection == data ? 0 : selection.rows());
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
        return toResult(o, k, List.of(), 0);
    }

    /**
     * @param previous a start point near the optimum ({@code null} for none), e.g. the optimum at k - 1 with its
     *                 alpha scaled by k/(k-1) (the same mean inter-purchase time): it replaces most start points, as
     *                 the optimum moves little from k to k+1
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
                previous.clone(),
                new double[] {1, alpha0, 1, 1},
                new double[] {1, 3, 1, 3});
        CalibrationData coarse = data.subsample(MaxLikelihood.COARSE_ROWS);
        // the subsample's weights are scaled to the whole base, so the whole litt total goes with it
        double coarseLitt = sumLitt;
        MaxLikelihood.Estimate e = MaxLikelihood.maximise(
                p -> BgNbdFitter.inRange(p) ? CnbdkLikelihood.logLikelihood(data, sumLitt, k, p, modified)
                        : Double.NaN,
                p -> BgNbdFitter.inRange(p) ? CnbdkLikelihood.logLikelihood(coarse, coarseLitt, k, p, modified)
                        : Double.NaN, starts, NAMES);
        BgNbdFitter.checkUsable(e, label());
        return new BgNbdFitter.FitOutcome(e, data.customers(), data.customersWithoutAge());
    }

    private FitResult<CnbdkModel> toResult(BgNbdFitter.FitOutcome o, int k, List<Double> byK, int sampleRows) {
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
                    + " twice in a row)" : "") + "; log-likelihood"
                    + (sampleRows > 0 ? " of all customers at the optimum of a weighted sample of " + sampleRows
                    + " distinct histories," : "")
                    + " " + s
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
