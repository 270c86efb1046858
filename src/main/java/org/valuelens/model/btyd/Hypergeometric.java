package org.valuelens.model.btyd;

/**
 * Gauss hypergeometric function 2F1(a, b; c; z) for real arguments and {@code z < 1}.
 *
 * <p>For {@code 0 <= z < 1} the power series is summed directly with a running power-of-ten rescaling (so large
 * values such as {@code (1-z)^-200} do not overflow); for {@code z < 0} the Pfaff transformation
 * {@code 2F1(a,b;c;z) = (1-z)^-b 2F1(c-a, b; c; z/(z-1))} maps the argument into {@code [0, 1)}. The series stops
 * when two successive terms are below {@code 1e-16} of the sum while terms are shrinking. When the series would be
 * long (z near 1) or {@code z < -1}, and {@code c > b > 0} (or {@code c > a > 0}), the Euler integral is
 * evaluated instead ({@link EulerIntegral}); otherwise an {@link ArithmeticException} is thrown when more than
 * {@value #MAX_TERMS} terms would be needed.
 */
final class Hypergeometric {

    static final int MAX_TERMS = 1_000_000;
    /** Above this estimated series length the Euler integral is used when it applies. */
    private static final double SERIES_LIMIT = 5_000;
    private static final double RESCALE = 1e200;
    private static final double LOG_RESCALE = Math.log(RESCALE);

    private Hypergeometric() {
    }

    /** @return 2F1(a, b; c; z) */
    static double hyp2f1(double a, double b, double c, double z) {
        double[] r = series(a, b, c, z);
        return r[0] * Math.exp(r[1]);
    }

    /**
     * @return ln 2F1(a, b; c; z)
     * @throws ArithmeticException when the value is not positive
     */
    static double logHyp2f1(double a, double b, double c, double z) {
        double[] r = series(a, b, c, z);
        if (!(r[0] > 0)) {
            throw new ArithmeticException("2F1 is not positive: cannot take its logarithm");
        }
        return Math.log(r[0]) + r[1];
    }

    /** @return {sum, logScale} with 2F1 = sum * exp(logScale) */
    private static double[] series(double a, double b, double c, double z) {
        if (Double.isNaN(a) || Double.isNaN(b) || Double.isNaN(c) || Double.isNaN(z) || !(z < 1)) {
            throw new ArithmeticException("2F1 needs finite parameters and z < 1, got z = " + z);
        }
        if (c <= 0 && c == Math.rint(c)) {
            throw new ArithmeticException("2F1 is undefined for c a non-positive integer (" + c + ")");
        }
        if (z < -1 || seriesTerms(a, b, c, z) > SERIES_LIMIT) {
            // z near 1, or below -1 (where the Pfaff-mapped series is long or, when it terminates, alternates with
            // heavy cancellation): the Euler integral when it applies (c > b > 0, or a and b swapped)
            if (c > b && b > 0) {
                return new double[] {1.0, EulerIntegral.logHyp2f1(a, b, c, z)};
            }
            if (c > a && a > 0) {
                return new double[] {1.0, EulerIntegral.logHyp2f1(b, a, c, z)};
            }
        }
        if (z < 0) {
            double[] r = series(c - a, b, c, z / (z - 1));
            r[1] += -b * Math.log1p(-z);
            return r;
        }
        if (z > 0) {
            // terms grow while (a+n)(b+n)z > (c+n)(n+1), then shrink like z^n: give up at once if hopeless
            double estimate = growthTerms(a, b, c, z) - 40 / Math.log(z);
            if (estimate > MAX_TERMS && !terminates(a) && !terminates(b)) {
                throw new ArithmeticException("2F1(" + a + ", " + b + "; " + c + "; " + z
                        + ") needs too many series terms");
            }
        }
        double sum = 1.0;
        double term = 1.0;
        double scale = 0.0;
        int small = 0;
        for (int n = 0; n < MAX_TERMS; n++) {
            double ratio = (a + n) * (b + n) / ((c + n) * (n + 1.0)) * z;
            term *= ratio;
            if (term == 0.0) {
                return new double[] {sum, scale};
            }
            sum += term;
            if (Math.abs(sum) > RESCALE) {
                sum /= RESCALE;
                term /= RESCALE;
                scale += LOG_RESCALE;
            }
            if (Math.abs(term) <= 1e-16 * Math.abs(sum) && Math.abs(ratio) < 1.0) {
                if (++small >= 2) {
                    return new double[] {sum, scale};
                }
            } else {
                small = 0;
            }
        }
        throw new ArithmeticException("2F1(" + a + ", " + b + "; " + c + "; " + z + ") series did not converge");
    }

    /** @return whether a numerator parameter ends the series (a non-positive integer) */
    private static boolean terminates(double p) {
        return p <= 0 && p == Math.rint(p);
    }

    /** Rough number of series terms after the Pfaff map of negative z (growth phase plus z^n decay to 1e-17). */
    private static double seriesTerms(double a, double b, double c, double z) {
        double w = z;
        double aa = a;
        if (z < 0) {
            w = z / (z - 1);
            aa = c - a;
        }
        if (w <= 0 || terminates(aa) || terminates(b)) {
            return Math.min(Math.abs(aa), Math.abs(b));
        }
        return growthTerms(aa, b, c, w) - 40 / Math.log(w);
    }

    /**
     * Number of series terms while they grow: the larger root n of {@code (|a|+n)(|b|+n) z = (c+n)(n+1)}, 0 when
     * they never grow. With b and c both large and close (BG/NBD near its b → ∞ boundary) this stays small, where
     * the cruder {@code (|a|+|b|) z/(1-z)} would wrongly call the series long.
     */
    private static double growthTerms(double a, double b, double c, double z) {
        double aa = Math.abs(a);
        double bb = Math.abs(b);
        double qa = 1 - z;
        double qb = c + 1 - z * (aa + bb);
        double qc = c - z * aa * bb;
        double disc = qb * qb - 4 * qa * qc;
        if (disc < 0) {
            return 0;
        }
        return Math.max(0, (-qb + Math.sqrt(disc)) / (2 * qa));
    }
}
