package org.valuelens.model.btyd;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.commons.math3.special.Gamma;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.valuelens.model.CustomerSummary;

/**
 * Maximum-likelihood fitter for {@link GammaGammaModel}. Immutable and thread-safe.
 *
 * <p>Only repeat customers ({@code x > 0}) with a positive, finite mean repeat spend enter the likelihood; the
 * others are excluded and counted in the warnings. A warning is also added when the Pearson correlation between
 * frequency and mean spend over the fitted customers exceeds 0.3 in absolute value (the model assumes
 * independence).
 */
public final class GammaGammaFitter {

    /** Correlation above which a warning is given. */
    public static final double CORRELATION_WARNING = 0.3;

    private static final String[] NAMES = {"p", "q", "gamma"};

    /** Creates a fitter. */
    public GammaGammaFitter() {
        // stateless
    }

    /**
     * @param summaries customer summaries ({@code frequency} and {@code monetaryValue} are used; not {@code null})
     * @return the fit
     * @throws FitException when fewer than 2 customers have repeat purchases with positive spend
     */
    public FitResult<GammaGammaModel> fit(List<CustomerSummary> summaries) {
        Objects.requireNonNull(summaries, "summaries");
        int[] x = new int[summaries.size()];
        double[] m = new double[summaries.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = summaries.get(i).frequency();
            m[i] = summaries.get(i).monetaryValue();
        }
        return fit(x, m);
    }

    /**
     * @param x         repeat purchases per customer ({@code >= 0}; not {@code null})
     * @param meanSpend mean spend of the repeat purchases per customer (same length; not {@code null})
     * @return the fit
     * @throws FitException when fewer than 2 customers have repeat purchases with positive spend
     */
    public FitResult<GammaGammaModel> fit(int[] x, double[] meanSpend) {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(meanSpend, "meanSpend");
        if (x.length != meanSpend.length) {
            throw new IllegalArgumentException("x and meanSpend must have the same length");
        }
        int oneTime = 0;
        int noSpend = 0;
        List<Integer> keep = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            if (x[i] < 0) {
                throw new IllegalArgumentException("x must be >= 0, customer " + i + " has " + x[i]);
            }
            if (x[i] == 0) {
                oneTime++;
            } else if (!(meanSpend[i] > 0) || Double.isInfinite(meanSpend[i])) {
                noSpend++;
            } else {
                keep.add(i);
            }
        }
        if (x.length == 0) {
            throw new FitException("cannot fit Gamma-Gamma: there are no customers");
        }
        if (keep.isEmpty()) {
            throw new FitException("need repeat customers with positive spend to fit Gamma-Gamma; found none"
                    + " (" + oneTime + " one-time buyers, " + noSpend + " repeat customers with zero spend)");
        }
        if (keep.size() < 2) {
            throw new FitException("need at least 2 repeat customers with positive spend to fit Gamma-Gamma, got 1");
        }
        int n = keep.size();
        int[] kx = new int[n];
        double[] km = new double[n];
        double[] dx = new double[n];
        double meanM = 0;
        for (int j = 0; j < n; j++) {
            kx[j] = x[keep.get(j)];
            km[j] = meanSpend[keep.get(j)];
            dx[j] = kx[j];
            meanM += km[j] / n;
        }
        List<String> warnings = new ArrayList<>();
        if (oneTime + noSpend > 0) {
            warnings.add(String.format(Locale.ROOT, "Gamma-Gamma was fitted on %d repeat customers with positive "
                    + "spend; excluded %d one-time buyers (no repeat spend) and %d repeat customers with zero or "
                    + "negative spend.", n, oneTime, noSpend));
        }
        double corr = n > 2 ? new PearsonsCorrelation().correlation(dx, km) : Double.NaN;
        if (Math.abs(corr) > CORRELATION_WARNING) {
            warnings.add(String.format(Locale.ROOT, "Frequency and mean spend are correlated (r = %.2f); the "
                    + "Gamma-Gamma model assumes they are independent.", corr));
        }
        List<double[]> starts = List.of(new double[] {1, 1, meanM}, new double[] {2, 3, meanM},
                new double[] {5, 2, meanM / 2}, new double[] {0.5, 4, 2 * meanM});
        SpendData data = new SpendData(kx, km);
        SpendData coarse = data;
        if (n > MaxLikelihood.COARSE_ROWS) {
            // start points searched on a systematic subsample (the optimum, not the level, is what matters there)
            int step = (n + MaxLikelihood.COARSE_ROWS - 1) / MaxLikelihood.COARSE_ROWS;
            int m = (n + step - 1) / step;
            int[] sx = new int[m];
            double[] sm = new double[m];
            for (int j = 0; j < m; j++) {
                sx[j] = kx[j * step];
                sm[j] = km[j * step];
            }
            coarse = new SpendData(sx, sm);
        }
        MaxLikelihood.Estimate e = coarse == data ? MaxLikelihood.maximise(data::logLikelihood, starts, NAMES)
                : MaxLikelihood.maximise(data::logLikelihood, coarse::logLikelihood, data::negLogLikLogSpace, starts,
                        NAMES);
        BgNbdFitter.checkFinite(e, "Gamma-Gamma");
        warnings.addAll(e.warnings());
        double[] p = e.params();
        GammaGammaModel model = new GammaGammaModel(p[0], p[1], p[2]);
        if (p[1] <= 1) {
            warnings.add("q <= 1: the population mean spend is infinite; expected spend of one-time buyers is "
                    + "undefined.");
        }
        return new BgNbdFitter.FitOutcome(e, n).toResult("gamma-gamma", NAMES, model, warnings);
    }

    /**
     * Log-likelihood over repeat customers ({@code x > 0}, {@code m > 0}) at params p, q, gamma, prepared for
     * repeated evaluations: the terms linear in p are summed once, the log-gamma terms are tabulated per distinct
     * x, so one evaluation costs one logarithm per customer.
     */
    static final class SpendData {
        private final int[] x;
        /** x * m per customer. */
        private final double[] total;
        private final int maxX;
        /** sum of x ln m + x ln x, and sum of ln m. */
        private final double sumXLogMX;
        private final double sumLogM;
        /** customers per x. */
        private final long[] perX;

        SpendData(int[] x, double[] m) {
            this.x = x;
            this.total = new double[x.length];
            int mx = 0;
            double a = 0;
            double b = 0;
            for (int i = 0; i < x.length; i++) {
                total[i] = x[i] * m[i];
                mx = Math.max(mx, x[i]);
                a += x[i] * (Math.log(m[i]) + Math.log(x[i]));
                b += Math.log(m[i]);
            }
            this.maxX = mx;
            this.sumXLogMX = a;
            this.sumLogM = b;
            this.perX = new long[mx + 1];
            for (int xi : x) {
                perX[xi]++;
            }
        }

        double logLikelihood(double[] params) {
            double p = params[0];
            double q = params[1];
            double g = params[2];
            // sum over customers of lnG(px+q) - lnG(px) - lnG(q) + q ln g + (px-1) ln m + px ln x - (px+q) ln(g+xm)
            double sum = p * sumXLogMX - sumLogM + x.length * (q * Math.log(g) - Gamma.logGamma(q));
            for (int k = 1; k <= maxX; k++) {
                if (perX[k] > 0) {
                    sum += perX[k] * (Gamma.logGamma(p * k + q) - Gamma.logGamma(p * k));
                }
            }
            // one logarithm per customer: the part that grows with the data, summed on both cores when large
            double tail = MaxLikelihood.sum(x.length, i -> (p * x[i] + q) * Math.log(g + total[i]));
            return sum - tail;
        }

        /**
         * -LL with its gradient and Hessian in log-parameters ({@link NewtonFinish}): one logarithm and one division
         * per customer, digamma and trigamma per distinct x.
         */
        double negLogLikLogSpace(double[] u, double[] gradient, double[][] hessian) {
            double p = Math.exp(u[0]);
            double q = Math.exp(u[1]);
            double g = Math.exp(u[2]);
            // sums over customers of x ln D, ln D, x/D, 1/D, x/D^2, 1/D^2 with D = g + x m
            double[] s = NewtonFinish.rowSums(x.length, 6, (i, acc) -> {
                double d = g + total[i];
                double ln = Math.log(d);
                double inv = 1 / d;
                double xi = x[i];
                acc[0] += xi * ln;
                acc[1] += ln;
                acc[2] += xi * inv;
                acc[3] += inv;
                acc[4] += xi * inv * inv;
                acc[5] += inv * inv;
            });
            double n = x.length;
            double ll = p * sumXLogMX - sumLogM + n * (q * Math.log(g) - Gamma.logGamma(q)) - p * s[0] - q * s[1];
            double dp = sumXLogMX - s[0];
            double dq = n * (Math.log(g) - Gamma.digamma(q)) - s[1];
            double dg = n * q / g - p * s[2] - q * s[3];
            double hpp = 0;
            double hpq = 0;
            double hqq = -n * Gamma.trigamma(q);
            for (int k = 1; k <= maxX; k++) {
                if (perX[k] > 0) {
                    double c = perX[k];
                    ll += c * (Gamma.logGamma(p * k + q) - Gamma.logGamma(p * k));
                    double psiSum = Gamma.digamma(p * k + q);
                    double triSum = Gamma.trigamma(p * k + q);
                    dp += c * k * (psiSum - Gamma.digamma(p * k));
                    dq += c * psiSum;
                    hpp += c * k * k * (triSum - Gamma.trigamma(p * k));
                    hpq += c * k * triSum;
                    hqq += c * triSum;
                }
            }
            double hgg = -n * q / (g * g) + p * s[4] + q * s[5];
            double[] theta = {p, q, g};
            double[] d1 = {dp, dq, dg};
            double hqg = n / g - s[3];
            double[][] d2 = {{hpp, hpq, -s[2]}, {hpq, hqq, hqg}, {-s[2], hqg, hgg}};
            for (int i = 0; i < 3; i++) {
                gradient[i] = -theta[i] * d1[i];
                for (int j = 0; j < 3; j++) {
                    hessian[i][j] = -(theta[i] * theta[j] * d2[i][j] + (i == j ? theta[i] * d1[i] : 0));
                }
            }
            return -ll;
        }
    }
}
