package org.valuelens.model.btyd;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Maximum-likelihood fitter for {@link SbgModel} on one cohort's survival curve. Immutable and thread-safe.
 *
 * <p>With {@code n_t} customers active after period t ({@code t = 0..n}), the log-likelihood is
 * {@code sum_{t=1..n} (n_{t-1} - n_t) ln P(T=t) + n_n ln S(n)}.
 */
public final class SbgFitter {

    private static final String[] NAMES = {"alpha", "beta"};

    /** Creates a fitter. */
    public SbgFitter() {
        // stateless
    }

    /**
     * @param active customers still active after periods 0..n (index 0 = cohort size {@code > 0}; non-increasing,
     *               {@code >= 0}; at least periods 0 and 1; not {@code null})
     * @return the fit; {@code customers} is the cohort size
     * @throws FitException when the curve is too short, increasing, or nobody (or everybody) churned
     */
    public FitResult<SbgModel> fitCounts(long[] active) {
        Objects.requireNonNull(active, "active");
        if (active.length < 2) {
            throw new FitException("need the cohort size and at least one later period to fit sBG");
        }
        if (active[0] <= 0) {
            throw new FitException("the cohort size (period 0) must be positive to fit sBG");
        }
        for (int t = 1; t < active.length; t++) {
            if (active[t] < 0 || active[t] > active[t - 1]) {
                throw new FitException("active customers must not increase or be negative (period " + t + ")");
            }
        }
        int n = active.length - 1;
        if (active[n] == active[0]) {
            throw new FitException("nobody churned in the cohort; sBG cannot be fitted (retention is 100 %)");
        }
        if (active[n] == 0 && active[1] == 0) {
            throw new FitException("everybody churned after the first period; sBG cannot be fitted");
        }
        List<double[]> starts = List.of(new double[] {1, 1}, new double[] {0.5, 3}, new double[] {3, 0.5});
        MaxLikelihood.Estimate e = MaxLikelihood.maximise(p -> logLikelihood(active, p), starts, NAMES);
        BgNbdFitter.checkFinite(e, "sBG");
        double[] p = e.params();
        return new BgNbdFitter.FitOutcome(e, active[0]).toResult("sbg", NAMES, new SbgModel(p[0], p[1]),
                new ArrayList<>(e.warnings()));
    }

    /**
     * @param percentActive percent (0..100) active after periods 0..n, index 0 normally 100 (not {@code null})
     * @param cohortSize    cohort size the percentages refer to ({@code > 0})
     * @return the fit on counts {@code round(cohortSize * percent / percent[0])}
     */
    public FitResult<SbgModel> fitPercent(double[] percentActive, long cohortSize) {
        Objects.requireNonNull(percentActive, "percentActive");
        if (cohortSize <= 0) {
            throw new FitException("the cohort size must be positive to fit sBG");
        }
        long[] counts = new long[percentActive.length];
        for (int t = 0; t < counts.length; t++) {
            if (!(percentActive[t] >= 0) || !(percentActive[0] > 0)) {
                throw new FitException("percent active must be >= 0 with a positive period 0 (period " + t + ")");
            }
            counts[t] = Math.round(cohortSize * percentActive[t] / percentActive[0]);
        }
        return fitCounts(counts);
    }

    static double logLikelihood(long[] active, double[] params) {
        SbgModel m = new SbgModel(params[0], params[1]);
        int n = active.length - 1;
        double ll = 0;
        for (int t = 1; t <= n; t++) {
            long churned = active[t - 1] - active[t];
            if (churned > 0) {
                ll += churned * Math.log(m.churnProbability(t));
            }
        }
        if (active[n] > 0) {
            ll += active[n] * Math.log(m.survival(n));
        }
        return ll;
    }
}
