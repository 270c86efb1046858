package org.valuelens.model.btyd;

import java.util.function.DoubleUnaryOperator;

/**
 * Root finding for an increasing function with a known derivative: Newton steps kept inside a bisection bracket
 * (a step leaving the bracket is replaced by its midpoint). Used by the next-purchase quantiles. Stateless.
 */
final class SafeguardedNewton {

    private static final int MAX_STEPS = 200;

    private SafeguardedNewton() {
    }

    /**
     * @param f         the increasing function whose root is sought ({@code f(lo) <= 0 <= f(hi)})
     * @param slope     its derivative
     * @param lo        bracket start
     * @param hi        bracket end
     * @param start     first point, inside the bracket
     * @param tolerance relative precision of the root
     * @return the root
     */
    static double solve(DoubleUnaryOperator f, DoubleUnaryOperator slope, double lo, double hi, double start,
                        double tolerance) {
        double a = lo;
        double b = hi;
        double y = start;
        for (int i = 0; i < MAX_STEPS; i++) {
            double fy = f.applyAsDouble(y);
            if (fy < 0) {
                a = y;
            } else {
                b = y;
            }
            double d = slope.applyAsDouble(y);
            double next = d > 0 ? y - fy / d : Double.NaN;
            if (!(next > a && next < b)) {
                next = 0.5 * (a + b);
            }
            if (Math.abs(next - y) <= tolerance * Math.max(y, 1e-300) || b - a <= tolerance * b) {
                return next;
            }
            y = next;
        }
        return y;
    }
}
