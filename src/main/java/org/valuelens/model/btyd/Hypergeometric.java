package org.valuelens.model.btyd;

/**
 * Gauss hypergeometric function 2F1(a, b; c; z) for real arguments and {@code z < 1}.
 *
 * <p>For {@code 0 <= z < 1} the power series is summed directly with a running power-of-ten rescaling (so large
 * values such as {@code (1-z)^-200} do not overflow); for {@code z < 0} the Pfaff transformation
 * {@code 2F1(a,b;c;z) = (1-z)^-b 2F1(c-a, b; c; z/(z-1))} maps the argument into {@code [0, 1)}. The series stops
 * when two successive terms are below {@code 1e-16} of the sum while terms are shrinking; it throws
 * {@link ArithmeticException} when more than {@value #MAX_TERMS} terms would be needed (z extremely close
 * to 1, or huge a, b with z not small).
 */
final class Hypergeometric {

    static final int MAX_TERMS = 1_000_000;
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
        if (z < 0) {
            double[] r = series(c - a, b, c, z / (z - 1));
            r[1] += -b * Math.log1p(-z);
            return r;
        }
        if (z > 0) {
            // terms grow while (a+n)(b+n)z > (c+n)(n+1), then shrink like z^n: give up at once if hopeless
            double estimate = (Math.abs(a) + Math.abs(b)) * z / (1 - z) - 40 / Math.log(z);
            if (estimate > MAX_TERMS) {
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
}
