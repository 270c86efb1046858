package org.valuelens.model.btyd;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.linear.EigenDecomposition;

/**
 * A summation rule for the discounted sum {@code Σ_{k=first..last} v^k f(k)} over whole periods that evaluates
 * {@code f} at a few points instead of every period: {@code Σ_j W_j f(τ_j)}.
 *
 * <p>The periods are cut into blocks that grow geometrically in {@code k + shift} (each block ends where
 * {@code k + shift} has grown by {@link #RATIO}). A block of at most {@link #EXACT_MAX} periods is summed term by
 * term; a longer one by the {@link #NODES}-point Gauss rule of the discrete measure {@code v^k} on its integers
 * (nodes and weights from the Stieltjes procedure and the Golub-Welsch eigenvalues), which is exact when {@code f}
 * is a polynomial of degree {@code < 2 NODES} on the block. For {@code f} analytic off the real half-line
 * {@code (-∞, -shift]} every block lies at a fixed relative distance from the singularities (a Bernstein ellipse
 * of parameter at least 3), so the error of a block is of order {@code 3^(-2 NODES)} ≈ 3e-12 of the size of
 * {@code f} on it, whatever the horizon. The expected purchases of the BG/NBD, MBG/NBD and Pareto/NBD models are
 * such functions of the horizon (see {@link DiscountedPurchases}).
 *
 * <p>Immutable; the nodes and weights depend only on the range, {@code v} and {@code shift}.
 */
final class DiscountedSumRule {

    /** Gauss nodes per long block. */
    static final int NODES = 12;
    /** Blocks of at most this many periods are summed term by term. */
    static final int EXACT_MAX = 2 * NODES;
    /** Growth of {@code k + shift} over one block. */
    static final double RATIO = 4;

    private final double[] nodes;
    private final double[] weights;

    private DiscountedSumRule(double[] nodes, double[] weights) {
        this.nodes = nodes;
        this.weights = weights;
    }

    /**
     * @param first first period ({@code >= 1})
     * @param last  last period (an empty rule when {@code last < first})
     * @param v     discount factor per period, {@code 1 / (1 + d)} ({@code > 0}, finite)
     * @param shift distance of the summand's singularities to the left of 0 ({@code >= 0})
     * @return the rule
     */
    static DiscountedSumRule of(int first, int last, double v, double shift) {
        if (first < 1 || !(v > 0) || Double.isInfinite(v) || !(shift >= 0) || Double.isInfinite(shift)) {
            throw new IllegalArgumentException("need first >= 1, v > 0 and shift >= 0 (first " + first + ", v " + v
                    + ", shift " + shift + ")");
        }
        List<double[]> parts = new ArrayList<>();
        double logV = Math.log(v);
        long k0 = first;
        while (k0 <= last) {
            long k1 = (long) Math.ceil(RATIO * (k0 + shift) - shift) - 1;
            k1 = Math.max(k0, Math.min(last, k1));
            if (k1 - k0 + 1 <= EXACT_MAX) {
                for (long k = k0; k <= k1; k++) {
                    parts.add(new double[] {k, Math.exp(k * logV)});
                }
            } else {
                parts.addAll(gauss(k0, k1, logV));
            }
            k0 = k1 + 1;
        }
        double[] nodes = new double[parts.size()];
        double[] weights = new double[parts.size()];
        for (int i = 0; i < nodes.length; i++) {
            nodes[i] = parts.get(i)[0];
            weights[i] = parts.get(i)[1];
        }
        return new DiscountedSumRule(nodes, weights);
    }

    /** @return the number of points at which the rule evaluates the summand */
    int points() {
        return nodes.length;
    }

    /**
     * @param f the summand, evaluated at real (not only whole) periods
     * @return {@code Σ_j W_j f(τ_j)}
     */
    double sum(DoubleUnaryOperator f) {
        double s = 0;
        for (int i = 0; i < nodes.length; i++) {
            s += weights[i] * f.applyAsDouble(nodes[i]);
        }
        return s;
    }

    /**
     * The Gauss rule of the measure {@code v^k} on the integers {@code k0..k1}: the monic orthogonal polynomials of
     * the measure, mapped to [-1, 1], by the Stieltjes procedure; the nodes are the eigenvalues of their Jacobi
     * matrix and the weights the squared first components of its eigenvectors times the total mass.
     */
    private static List<double[]> gauss(long k0, long k1, double logV) {
        int count = (int) (k1 - k0 + 1);
        double mid = (k0 + k1) / 2.0;
        double half = (k1 - k0) / 2.0;
        // weights relative to the largest one, to stay in range whatever the discount
        long ref = logV <= 0 ? k0 : k1;
        double[] x = new double[count];
        double[] w = new double[count];
        for (int i = 0; i < count; i++) {
            x[i] = (k0 + i - mid) / half;
            w[i] = Math.exp((k0 + i - ref) * logV);
        }
        double[] alpha = new double[NODES];
        double[] beta = new double[NODES];
        double[] p = new double[count];
        double[] previous = new double[count];
        java.util.Arrays.fill(p, 1);
        double norm = 0;
        double normBefore = 1;
        for (int j = 0; j < NODES; j++) {
            double s = 0;
            double sx = 0;
            for (int i = 0; i < count; i++) {
                double wp = w[i] * p[i] * p[i];
                s += wp;
                sx += wp * x[i];
            }
            alpha[j] = sx / s;
            beta[j] = j == 0 ? s : s / normBefore;
            if (j == 0) {
                norm = s;
            }
            normBefore = s;
            for (int i = 0; i < count; i++) {
                double next = (x[i] - alpha[j]) * p[i] - (j == 0 ? 0 : beta[j] * previous[i]);
                previous[i] = p[i];
                p[i] = next;
            }
        }
        double[] offDiagonal = new double[NODES - 1];
        for (int j = 1; j < NODES; j++) {
            offDiagonal[j - 1] = Math.sqrt(beta[j]);
        }
        EigenDecomposition eigen = new EigenDecomposition(alpha, offDiagonal);
        double scale = Math.exp(ref * logV);
        List<double[]> out = new ArrayList<>(NODES);
        for (int j = 0; j < NODES; j++) {
            double first = eigen.getEigenvector(j).getEntry(0);
            out.add(new double[] {mid + half * eigen.getRealEigenvalue(j), scale * norm * first * first});
        }
        return out;
    }
}
