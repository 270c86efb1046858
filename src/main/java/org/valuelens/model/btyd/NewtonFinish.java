package org.valuelens.model.btyd;

import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.exception.MathIllegalArgumentException;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.optim.PointValuePair;

/**
 * The last stage of a fit on many rows for a model with analytic derivatives (docs/decisions/0042): Newton steps on
 * the log-parameters with a halving line search, from the subsample's optimum, until the gradient is far below the
 * convergence tolerance. It replaces about two hundred Nelder-Mead evaluations on all rows by a handful of passes.
 * When the Hessian is not positive definite or no step descends, it gives up and the caller polishes as before.
 */
final class NewtonFinish {

    /** -LL with its gradient and Hessian in log-parameters. */
    @FunctionalInterface
    interface Derivatives {
        /**
         * @param u        log-parameters
         * @param gradient receives d(-LL)/du
         * @param hessian  receives d²(-LL)/du du'
         * @return -LL at exp(u); not finite when it cannot be evaluated
         */
        double at(double[] u, double[] gradient, double[][] hessian);
    }

    /** Accumulates one row's terms into a vector of sums. */
    @FunctionalInterface
    interface RowTerms {
        void add(int row, double[] sums);
    }

    private static final int MAX_STEPS = 50;

    private NewtonFinish() {
    }

    /**
     * @param derivatives the model's derivatives
     * @param negLogLik   -LL in log-parameters as the optimiser sees it (a penalty outside the search range)
     * @param start       log-parameters to start from
     * @param tolerance   the largest |gradient| accepted; Newton goes on while a step still lowers -LL by more
     *                    than 1e-12 of it
     * @return the point and its -LL, or {@code null} when Newton cannot reach the tolerance from there
     */
    static PointValuePair run(Derivatives derivatives, ToDoubleFunction<double[]> negLogLik, double[] start,
                              double tolerance) {
        int k = start.length;
        double[] u = start.clone();
        double[] g = new double[k];
        double[][] h = new double[k][k];
        for (int step = 0; step < MAX_STEPS; step++) {
            double f = derivatives.at(u, g, h);
            if (!Double.isFinite(f)) {
                return null;
            }
            double largest = 0;
            for (double v : g) {
                largest = Math.max(largest, Math.abs(v));
            }
            if (!(largest <= Double.MAX_VALUE)) {
                return null;
            }
            double[] d;
            try {
                d = new CholeskyDecomposition(new Array2DRowRealMatrix(h, false)).getSolver()
                        .solve(new ArrayRealVector(g, false)).mapMultiply(-1).toArray();
            } catch (MathIllegalArgumentException e) {
                return null;
            }
            // the Newton decrement: the decrease a full step would bring
            double decrease = 0;
            for (int i = 0; i < k; i++) {
                decrease -= g[i] * d[i] / 2;
            }
            boolean flat = largest <= tolerance;
            if (flat && decrease <= 1e-12 * Math.max(1, Math.abs(f))) {
                return new PointValuePair(u, f);
            }
            double t = 1;
            double[] next = new double[k];
            while (true) {
                for (int i = 0; i < k; i++) {
                    next[i] = u[i] + t * d[i];
                }
                if (negLogLik.applyAsDouble(next) < f) {
                    break;
                }
                t /= 2;
                if (t < 1e-10) {
                    // no step descends any more: rounding, not the model, limits the precision here
                    return flat ? new PointValuePair(u, f) : null;
                }
            }
            u = next.clone();
        }
        return null;
    }

    /**
     * Sums a vector of terms over rows, in the chunks of {@link MaxLikelihood#sum} (parallel above one chunk, added
     * in chunk order, so the sums do not depend on the number of threads).
     *
     * @param rows  the rows
     * @param width the number of sums
     * @param terms adds one row's terms
     * @return the sums
     */
    static double[] rowSums(int rows, int width, RowTerms terms) {
        int chunk = Math.max(1, MaxLikelihood.chunkRows(rows));
        int chunks = (rows + chunk - 1) / chunk;
        double[][] partial = new double[Math.max(1, chunks)][width];
        java.util.stream.IntStream range = java.util.stream.IntStream.range(0, chunks);
        (chunks > 1 ? range.parallel() : range).forEach(c -> {
            int end = Math.min(rows, (c + 1) * chunk);
            for (int i = c * chunk; i < end; i++) {
                terms.add(i, partial[c]);
            }
        });
        double[] sums = new double[width];
        for (double[] p : partial) {
            for (int j = 0; j < width; j++) {
                sums[j] += p[j];
            }
        }
        return sums;
    }
}
