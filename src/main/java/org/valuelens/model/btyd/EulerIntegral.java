package org.valuelens.model.btyd;

import org.apache.commons.math3.special.Gamma;

/**
 * Gauss 2F1 from Euler's integral {@code Gamma(c)/(Gamma(b) Gamma(c-b)) * integral over (0,1) of
 * t^(b-1) (1-t)^(c-b-1) (1-zt)^-a dt}, valid for {@code c > b > 0} and real {@code z < 1}, by tanh-sinh
 * (double-exponential) quadrature in log space: the end singularities of {@code t^(b-1)} and {@code (1-t)^(c-b-1)},
 * the near-singular factor when z is close to 1 and the sharp decay for large negative z all fall where the nodes
 * cluster. Step halving stops at a relative change below 1e-14. Used where the power series is slow.
 */
final class EulerIntegral {

    private static final int MAX_LEVELS = 12;
    private static final double HALF_PI = Math.PI / 2;

    private EulerIntegral() {
    }

    /**
     * @return ln 2F1(a, b; c; z) for {@code c > b > 0} and {@code z < 1}
     * @throws ArithmeticException when the quadrature does not settle
     */
    static double logHyp2f1(double a, double b, double c, double z) {
        double lead = Gamma.logGamma(c) - Gamma.logGamma(b) - Gamma.logGamma(c - b);
        // the integrand decays like exp(-2 min(b, c-b) s) at the ends, s = (pi/2) sinh(u)
        double rate = 2 * Math.min(b, c - b);
        double limit = asinh(80 / (rate * HALF_PI)) + 0.5;
        double h = limit / 16;
        Sum sum = new Sum();
        sum.add(logIntegrand(a, b, c, z, 0));
        for (int k = 1; k * h <= limit; k++) {
            sum.add(logIntegrand(a, b, c, z, k * h));
            sum.add(logIntegrand(a, b, c, z, -k * h));
        }
        double previous = sum.log() + Math.log(h);
        for (int level = 0; level < MAX_LEVELS; level++) {
            h /= 2;
            for (int k = 1; (2 * k - 1) * h <= limit; k++) {
                double u = (2 * k - 1) * h;
                sum.add(logIntegrand(a, b, c, z, u));
                sum.add(logIntegrand(a, b, c, z, -u));
            }
            double current = sum.log() + Math.log(h);
            if (level >= 2 && Math.abs(current - previous) <= 1e-14 * Math.max(1, Math.abs(current))) {
                return lead + current;
            }
            previous = current;
        }
        throw new ArithmeticException("2F1(" + a + ", " + b + "; " + c + "; " + z + ") quadrature did not settle");
    }

    /** A sum of exponentials kept as ref + ln(sum of e^(x - ref)), rescaled when a larger term comes. */
    private static final class Sum {
        private double ref = Double.NEGATIVE_INFINITY;
        private double total;

        void add(double logTerm) {
            if (logTerm > ref) {
                total = total * Math.exp(ref - logTerm) + 1;
                ref = logTerm;
            } else {
                total += Math.exp(logTerm - ref);
            }
        }

        double log() {
            return ref + Math.log(total);
        }
    }

    /** ln of the integrand times dt/du at u, with t = (1 + tanh((pi/2) sinh u)) / 2 computed from both ends. */
    private static double logIntegrand(double a, double b, double c, double z, double u) {
        double s = HALF_PI * Math.sinh(u);
        double e = Math.exp(-2 * Math.abs(s));
        // ln t and ln(1-t) without cancellation: t = 1/(1+e^-2s), 1-t = 1/(1+e^2s)
        double logSmall = -2 * Math.abs(s) - Math.log1p(e);
        double logLarge = -Math.log1p(e);
        double logT = s >= 0 ? logLarge : logSmall;
        double logOneMinusT = s >= 0 ? logSmall : logLarge;
        double t = Math.exp(logT);
        double oneMinusT = Math.exp(logOneMinusT);
        double oneMinusZt = oneMinusT + t * (1 - z);
        double logJacobian = Math.log(HALF_PI * Math.cosh(u) * 2) - 2 * Math.abs(s) - 2 * Math.log1p(e);
        return (b - 1) * logT + (c - b - 1) * logOneMinusT - a * Math.log(oneMinusZt) + logJacobian;
    }

    private static double asinh(double x) {
        return Math.log(x + Math.sqrt(x * x + 1));
    }
}
