package org.valuelens.model.btyd;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularMatrixException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.SimplexOptimizer;

/**
 * Maximises a log-likelihood over strictly positive parameters: Nelder-Mead on log-parameters from several start
 * points, the best one polished by repeated restarts, then standard errors from the numerical Hessian.
 */
final class MaxLikelihood {

    private static final double PENALTY = 1e300;
    private static final int MAX_EVAL = 20_000;
    /** Estimates outside [BOUNDARY_LOW, BOUNDARY_HIGH] are reported as boundary solutions. */
    static final double BOUNDARY_HIGH = 1e5;
    static final double BOUNDARY_LOW = 1e-5;
    /** The search stays within parameters exp(+-LOG_WALL) = 1e-9..1e9. */
    private static final double LOG_WALL = Math.log(1e9);

    /**
     * @param params     estimates (natural scale)
     * @param logLik     maximised log-likelihood
     * @param se         standard errors (NaN when the Hessian is singular)
     * @param converged  optimiser tolerance reached and gradient small (also at a boundary)
     * @param boundary   names of the parameters outside [BOUNDARY_LOW, BOUNDARY_HIGH] with "low"/"high"
     *                   (e.g. "a low"), in parameter order; empty for an interior optimum
     * @param warnings   plain sentences (boundary parameters are described by {@link BoundaryNotes})
     */
    record Estimate(double[] params, double logLik, double[] se, boolean converged, List<String> boundary,
                    List<String> warnings) {

        boolean atBoundary() {
            return !boundary.isEmpty();
        }
    }

    private MaxLikelihood() {
    }

    /** Rows above which start points are searched on a subsample. */
    static final int COARSE_ROWS = 20_000;
    /** Relative tolerance of the start runs on a subsample (on all rows: 1e-9). */
    private static final double COARSE_START_TOLERANCE = 1e-4;
    /** Relative tolerance of the polish on a subsample (on all rows: 1e-12). */
    private static final double COARSE_POLISH_TOLERANCE = 1e-9;

    static Estimate maximise(ToDoubleFunction<double[]> logLik, List<double[]> starts, String[] names) {
        return maximise(logLik, logLik, starts, names);
    }

    /**
     * @param logLik       the log-likelihood (natural parameters)
     * @param coarseLogLik a cheaper approximation used to run the start points (may be {@code logLik})
     */
    static Estimate maximise(ToDoubleFunction<double[]> logLik, ToDoubleFunction<double[]> coarseLogLik,
                             List<double[]> starts, String[] names) {
        return maximise(logLik, coarseLogLik, null, starts, names);
    }

    /**
     * @param logLik       the log-likelihood (natural parameters)
     * @param coarseLogLik a cheaper approximation used to run the start points (may be {@code logLik})
     * @param derivatives  analytic derivatives of -LL in log-parameters for a Newton finish on all rows after a
     *                     subsample search ({@code null}: Nelder-Mead polishes there too)
     */
    static Estimate maximise(ToDoubleFunction<double[]> logLik, ToDoubleFunction<double[]> coarseLogLik,
                             NewtonFinish.Derivatives derivatives, List<double[]> starts, String[] names) {
        int k = names.length;
        ToDoubleFunction<double[]> negLogSpace = negLogSpace(logLik, k);
        ToDoubleFunction<double[]> coarse = coarseLogLik == logLik ? negLogSpace : negLogSpace(coarseLogLik, k);
        PointValuePair best = null;
        // on a subsample the start runs only rank the start points and the polish there only brings the best close
        // to the full data's optimum (the subsample's own optimum differs from it by far more than these
        // tolerances): the full-data polish below sets the precision
        boolean subsampled = coarse != negLogSpace;
        for (double[] s : starts) {
            double[] u = new double[k];
            for (int i = 0; i < k; i++) {
                u[i] = Math.log(s[i]);
            }
            Run run = run(coarse, u, 0.5, subsampled ? COARSE_START_TOLERANCE : 1e-9);
            if (run.point != null && (best == null || run.point.getValue() < best.getValue())) {
                best = run.point;
            }
        }
        if (best == null || best.getValue() >= PENALTY) {
            throw new FitException("the likelihood could not be evaluated at any start point; check the data");
        }
        int restarts = 6;
        if (subsampled) {
            // polish on the subsample first (cheaper), then on the full data from a point already close to its
            // optimum: one run there, a second only when the gradient is not yet small (a flat ridge, e.g. s and
            // beta running off together, would otherwise take every restart for improvements far below the
            // sampling error)
            best = polish(coarse, best, 0.1, 2, COARSE_POLISH_TOLERANCE).point;
            best = new PointValuePair(best.getPoint(), negLogSpace.applyAsDouble(best.getPoint()));
            if (derivatives != null) {
                // a hundredth of the convergence check's tolerance, then on until a step gains nothing
                PointValuePair newton = NewtonFinish.run(derivatives, negLogSpace, best.getPoint(),
                        1e-2 * gradientTolerance(-best.getValue()));
                if (newton != null && newton.getValue() <= best.getValue()) {
                    return finish(logLik, newton, maxAbsGradient(negLogSpace, newton.getPoint()), true, names);
                }
            }
            Run polished = polish(negLogSpace, best, 0.02, 1);
            double grad = maxAbsGradient(negLogSpace, polished.point.getPoint());
            if (grad > gradientTolerance(-polished.point.getValue())) {
                polished = polish(negLogSpace, polished.point, 0.02, 1);
                grad = maxAbsGradient(negLogSpace, polished.point.getPoint());
            }
            return finish(logLik, polished.point, grad, polished.converged, names);
        }
        Run polished = polish(negLogSpace, best, 0.1, restarts);
        return finish(logLik, polished.point, maxAbsGradient(negLogSpace, polished.point.getPoint()),
                polished.converged, names);
    }

    /** Restarts Nelder-Mead from the best point until no further improvement (at most {@code runs} runs). */
    private static Run polish(ToDoubleFunction<double[]> f, PointValuePair start, double firstStep, int runs) {
        return polish(f, start, firstStep, runs, 1e-12);
    }

    private static Run polish(ToDoubleFunction<double[]> f, PointValuePair start, double firstStep, int runs,
                              double relTol) {
        PointValuePair best = start;
        boolean converged = false;
        for (int i = 0; i < runs; i++) {
            Run run = run(f, best.getPoint(), i == 0 ? firstStep : 0.02, relTol);
            if (run.point == null) {
                break;
            }
            boolean improved = run.point.getValue() < best.getValue() - 1e-9 * Math.max(1, Math.abs(best.getValue()));
            if (run.point.getValue() <= best.getValue()) {
                best = run.point;
            }
            converged = run.converged;
            if (!improved) {
                break;
            }
        }
        return new Run(best, converged, 0);
    }

    private static ToDoubleFunction<double[]> negLogSpace(ToDoubleFunction<double[]> logLik, int k) {
        return u -> {
            double[] p = new double[k];
            for (int i = 0; i < k; i++) {
                if (Math.abs(u[i]) > LOG_WALL) {
                    return PENALTY;
                }
                p[i] = Math.exp(u[i]);
                if (!(p[i] > 0) || Double.isInfinite(p[i])) {
                    return PENALTY;
                }
            }
            double v = logLik.applyAsDouble(p);
            return Double.isFinite(v) ? -v : PENALTY;
        };
    }

    /** @param grad the largest |d(-LL)/d log-parameter| at {@code best} */
    private static Estimate finish(ToDoubleFunction<double[]> logLik, PointValuePair best, double grad,
                                   boolean optimiserOk, String[] names) {
        int k = names.length;
        double[] u = best.getPoint();
        double[] p = new double[k];
        for (int i = 0; i < k; i++) {
            p[i] = Math.exp(u[i]);
        }
        double ll = -best.getValue();
        List<String> warnings = new ArrayList<>();
        List<String> boundary = new ArrayList<>();
        boolean[] interior = new boolean[k];
        for (int i = 0; i < k; i++) {
            interior[i] = !(p[i] > BOUNDARY_HIGH || p[i] < BOUNDARY_LOW);
            if (!interior[i]) {
                boundary.add(names[i] + (p[i] > BOUNDARY_HIGH ? " high" : " low"));
            }
        }
        // at a boundary the likelihood still creeps towards the limit: only the interior directions must be flat
        double g = boundary.isEmpty() ? grad : maxAbsGradient(negLogSpace(logLik, k), u, interior);
        boolean gradientSmall = g <= gradientTolerance(ll);
        if (!optimiserOk) {
            warnings.add("The optimiser stopped at its evaluation limit before reaching its tolerance.");
        }
        if (!gradientSmall) {
            warnings.add(String.format(java.util.Locale.ROOT,
                    "The likelihood gradient at the estimate is not small (%.3g); the fit may not have converged.",
                    g));
        }
        double[] se = standardErrors(logLik, p);
        if (Double.isNaN(se[0]) && boundary.isEmpty()) {
            warnings.add("Standard errors are unavailable: the Hessian of the likelihood is singular or not "
                    + "negative definite at the estimate (a parameter may be poorly identified).");
        }
        return new Estimate(p, ll, se, optimiserOk && gradientSmall, List.copyOf(boundary), warnings);
    }

    /** The largest |d(-LL)/d log-parameter| accepted as converged at log-likelihood {@code ll}. */
    private static double gradientTolerance(double ll) {
        return Math.max(1e-2, 1e-6 * Math.abs(ll));
    }

    private record Run(PointValuePair point, boolean converged, int evals) {
    }

    private static Run run(ToDoubleFunction<double[]> f, double[] start, double step, double relTol) {
        SimplexOptimizer opt = new SimplexOptimizer(relTol, 1e-10);
        try {
            PointValuePair r = opt.optimize(new MaxEval(MAX_EVAL), new ObjectiveFunction(f::applyAsDouble),
                    GoalType.MINIMIZE, new InitialGuess(start), new NelderMeadSimplex(start.length, step));
            return new Run(r, true, opt.getEvaluations());
        } catch (TooManyEvaluationsException e) {
            return new Run(null, false, MAX_EVAL);
        }
    }

    private static double maxAbsGradient(ToDoubleFunction<double[]> f, double[] u) {
        boolean[] all = new boolean[u.length];
        java.util.Arrays.fill(all, true);
        return maxAbsGradient(f, u, all);
    }

    private static double maxAbsGradient(ToDoubleFunction<double[]> f, double[] u, boolean[] include) {
        double m = 0;
        for (int i = 0; i < u.length; i++) {
            if (!include[i]) {
                continue;
            }
            double h = 1e-5;
            double[] a = u.clone();
            double[] b = u.clone();
            a[i] += h;
            b[i] -= h;
            m = Math.max(m, Math.abs((f.applyAsDouble(a) - f.applyAsDouble(b)) / (2 * h)));
        }
        return m;
    }

    /** Standard errors from the inverse of the central-difference Hessian of -LL in natural parameters. */
    static double[] standardErrors(ToDoubleFunction<double[]> logLik, double[] p) {
        double[] se = new double[p.length];
        java.util.Arrays.fill(se, Double.NaN);
        double[][] cov = covariance(logLik, p);
        if (cov == null) {
            return se;
        }
        for (int i = 0; i < p.length; i++) {
            se[i] = Math.sqrt(cov[i][i]);
        }
        return se;
    }

    /**
     * The estimated covariance of the estimates: the inverse of the central-difference Hessian of -LL in natural
     * parameters.
     *
     * @return the matrix, or {@code null} when the Hessian is singular or a variance is not positive and finite
     */
    static double[][] covariance(ToDoubleFunction<double[]> logLik, double[] p) {
        int k = p.length;
        double[] h = new double[k];
        for (int i = 0; i < k; i++) {
            // never step to a non-positive parameter: at the lower wall (1e-9) the absolute floor would
            h[i] = Math.min(1e-4 * Math.max(Math.abs(p[i]), 1e-3), 0.5 * Math.abs(p[i]));
        }
        double[][] hess = new double[k][k];
        double f0 = -logLik.applyAsDouble(p);
        for (int i = 0; i < k; i++) {
            for (int j = i; j < k; j++) {
                double v;
                if (i == j) {
                    double fp = -logLik.applyAsDouble(shift(p, i, h[i], i, 0));
                    double fm = -logLik.applyAsDouble(shift(p, i, -h[i], i, 0));
                    v = (fp - 2 * f0 + fm) / (h[i] * h[i]);
                } else {
                    double fpp = -logLik.applyAsDouble(shift(p, i, h[i], j, h[j]));
                    double fpm = -logLik.applyAsDouble(shift(p, i, h[i], j, -h[j]));
                    double fmp = -logLik.applyAsDouble(shift(p, i, -h[i], j, h[j]));
                    double fmm = -logLik.applyAsDouble(shift(p, i, -h[i], j, -h[j]));
                    v = (fpp - fpm - fmp + fmm) / (4 * h[i] * h[j]);
                }
                hess[i][j] = v;
                hess[j][i] = v;
            }
        }
        try {
            RealMatrix m = new Array2DRowRealMatrix(hess, false);
            LUDecomposition lu = new LUDecomposition(m, 1e-14);
            if (!lu.getSolver().isNonSingular()) {
                return null;
            }
            double[][] inv = lu.getSolver().getInverse().getData();
            for (int i = 0; i < k; i++) {
                double d = inv[i][i];
                if (!(d > 0) || !Double.isFinite(d)) {
                    return null;
                }
            }
            return inv;
        } catch (SingularMatrixException e) {
            return null;
        }
    }

    private static double[] shift(double[] p, int i, double di, int j, double dj) {
        double[] q = p.clone();
        q[i] += di;
        q[j] += dj;
        return q;
    }

    static double logSumExp(double a, double b) {
        if (a == Double.NEGATIVE_INFINITY) {
            return b;
        }
        if (b == Double.NEGATIVE_INFINITY) {
            return a;
        }
        double m = Math.max(a, b);
        // Math.log(1 + e) rather than log1p: intrinsic and fast; the absolute error is below 1e-16
        return m + Math.log(1.0 + Math.exp(-Math.abs(a - b)));
    }

    /** Rows per chunk in {@link #sum}. */
    private static final int CHUNK = 16_384;
    /** Rows per chunk in {@link #sum} up to two {@link #CHUNK}s (e.g. the start-point search's subsample). */
    private static final int SMALL_CHUNK = 4_096;

    /**
     * Sums {@code term(i)} for {@code i < n}; above two small chunks the chunks run in parallel, and the partial
     * sums are added in chunk order so the result does not depend on the number of threads. Up to two small chunks
     * (8,192 rows, e.g. CDNOW's 2,357 customers) the sum is one serial loop.
     */
    static double sum(int n, java.util.function.IntToDoubleFunction term) {
        int chunk = chunkRows(n);
        if (chunk == n) {
            double s = 0;
            for (int i = 0; i < n; i++) {
                s += term.applyAsDouble(i);
            }
            return s;
        }
        int chunks = (n + chunk - 1) / chunk;
        double[] partial = new double[chunks];
        java.util.stream.IntStream.range(0, chunks).parallel().forEach(c -> {
            double s = 0;
            int end = Math.min(n, (c + 1) * chunk);
            for (int i = c * chunk; i < end; i++) {
                s += term.applyAsDouble(i);
            }
            partial[c] = s;
        });
        double s = 0;
        for (double v : partial) {
            s += v;
        }
        return s;
    }

    /**
     * Rows per chunk of a sum over {@code n} rows ({@link #sum}, {@link NewtonFinish#rowSums}): all of them (one
     * serial loop) up to two small chunks, small chunks up to two chunks, chunks above.
     */
    static int chunkRows(int n) {
        return n <= 2 * SMALL_CHUNK ? n : n <= 2 * CHUNK ? SMALL_CHUNK : CHUNK;
    }

    static double aic(double ll, int k) {
        return 2.0 * k - 2.0 * ll;
    }

    static double bic(double ll, int k, long n) {
        return k * Math.log(Math.max(n, 1)) - 2.0 * ll;
    }
}
