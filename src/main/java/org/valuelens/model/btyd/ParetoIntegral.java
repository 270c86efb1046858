package org.valuelens.model.btyd;

import org.apache.commons.math3.analysis.integration.gauss.GaussIntegrator;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegratorFactory;

/**
 * The Pareto/NBD "dead" integral {@code J(y0, y1) = integral over [y0, y1] of (alpha+t)^-p (beta+t)^-q dt} with
 * {@code p = r + x} and {@code q = s + 1}, in log space, by Gauss-Legendre quadrature in {@code u = ln(kappa+t)},
 * {@code kappa = min(alpha, beta)}.
 *
 * <p>The Fader-Hardie-Lee likelihood writes {@code s/(r+s+x) A0} as the difference of two Gauss hypergeometric
 * values {@code F(t_x) - F(T)}; the same quantity is {@code s J(t_x, T)}, because the individual likelihood's
 * dead part is {@code lambda^x mu} integrated against {@code e^-(lambda+mu)t} over {@code [t_x, T]}. The integral
 * avoids 2F1 series that need up to millions of terms when the argument {@code |alpha-beta|/(max+t)} is near 1,
 * and the cancellation of {@code F(t_x) - F(T)} when {@code t_x} is close to {@code T}.
 *
 * <p>In {@code u} the integrand is {@code exp(phi(u))} with {@code phi(u) = (1-pk) u - pK ln(e^u + delta)}
 * ({@code pk} the exponent on the smaller scale, {@code pK} the other, {@code delta = |alpha-beta|}): concave,
 * with a slope falling monotonically across an interval, and its only singularities lie at imaginary distance
 * pi. Panels
 * are short enough that the slope changes the integrand by at most {@code e^2} and their half-length is at most
 * 1/4; the node count per panel comes from the Gauss-Legendre error bound for an exponential, for a relative
 * error near 1e-14.
 */
final class ParetoIntegral {

    private static final int MAX_NODES = 10;
    private static final double[][] NODES = new double[MAX_NODES + 1][];
    private static final double[][] WEIGHTS = new double[MAX_NODES + 1][];
    /** ERROR[n] = (n!)^4 / ((2n+1) ((2n)!)^3): the n-point Gauss-Legendre error factor for e^(t v), v in [-1, 1]. */
    private static final double[] ERROR = new double[MAX_NODES + 1];
    private static final double TOLERANCE = 1e-14;
    /**
     * Intervals with (largest slope + |1 - pk| + 1) * length up to this use the end-derivative rule: its error
     * term is about that product to the 8th power over 1.2e6, with the product bounding the slopes generously.
     */
    private static final double HERMITE = 0.25;
    /** Longest panel in u (the singularities at distance pi then keep the node count small). */
    private static final double MAX_WIDTH = 0.5;
    /** ln of a relative contribution below double precision. */
    private static final double NEGLIGIBLE = 40;

    static {
        GaussIntegratorFactory factory = new GaussIntegratorFactory();
        for (int n = 1; n <= MAX_NODES; n++) {
            GaussIntegrator g = factory.legendreHighPrecision(n, -1, 1);
            NODES[n] = new double[n];
            WEIGHTS[n] = new double[n];
            for (int i = 0; i < n; i++) {
                NODES[n][i] = g.getPoint(i);
                WEIGHTS[n][i] = g.getWeight(i);
            }
            double f = 1;
            for (int k = 2; k <= n; k++) {
                f *= k;
            }
            double f2 = 1;
            for (int k = 2; k <= 2 * n; k++) {
                f2 *= k;
            }
            ERROR[n] = Math.pow(f, 4) / ((2 * n + 1) * f2 * f2 * f2);
        }
    }

    /** Scales and exponents of one Pareto/NBD integrand, arranged so that {@code kappa <= kappa + delta}. */
    static final class Integrand {
        final double kappa;
        final double delta;
        final double pSmall;
        final double pLarge;

        Integrand(double alpha, double p, double beta, double q) {
            if (alpha <= beta) {
                kappa = alpha;
                delta = beta - alpha;
                pSmall = p;
                pLarge = q;
            } else {
                kappa = beta;
                delta = alpha - beta;
                pSmall = q;
                pLarge = p;
            }
        }

        /**
         * @param ln0   ln(kappa + y0)
         * @param ln1   ln(kappa + y1), {@code > ln0}
         * @param lnD0  ln(kappa + delta + y0)
         * @param lnD1  ln(kappa + delta + y1)
         * @param q0    (kappa + y0) / (kappa + delta + y0)
         * @param q1    (kappa + y1) / (kappa + delta + y1)
         * @param plus  ln of a value to add ({@code -Infinity} for none)
         * @return ln[J(y0, y1) + e^plus]
         */
        double logIntegralPlus(double ln0, double ln1, double lnD0, double lnD1, double q0, double q1,
                               double plus) {
            double length = ln1 - ln0;
            double oneMinusP = 1 - pSmall;
            double phi0 = oneMinusP * ln0 - pLarge * lnD0;
            double dphi0 = oneMinusP - pLarge * q0;
            double dphi1 = oneMinusP - pLarge * q1;
            if ((Math.max(Math.abs(dphi0), Math.abs(dphi1)) + Math.abs(oneMinusP) + 1) * length <= HERMITE) {
                // short interval: Euler-Maclaurin with the exact end derivatives of e^phi (no interior nodes)
                double phi1 = oneMinusP * ln1 - pLarge * lnD1;
                double f1 = Math.exp(phi1 - phi0);
                double h2 = length * length;
                double j = length / 2 * (1 + f1)
                        - h2 / 12 * (f1 * dphi1 - dphi0)
                        + h2 * h2 / 720 * (f1 * third(dphi1, q1) - third(dphi0, q0))
                        - h2 * h2 * h2 / 30240 * (f1 * fifth(dphi1, q1) - fifth(dphi0, q0));
                double extra = plus == Double.NEGATIVE_INFINITY ? 0 : Math.exp(plus - phi0);
                return phi0 + Math.log(j + extra);
            }
            // concavity: phi <= phi0 + dphi0 (u - u0), so this bounds the integrand over the interval; and the
            // slope phi' falls monotonically from dphi0 to dphi1, so its size is at most the larger end
            double ref = phi0 + Math.max(0, dphi0 * length);
            double slope = Math.max(Math.abs(dphi0), Math.abs(dphi1));
            double extra = plus == Double.NEGATIVE_INFINITY ? 0 : Math.exp(plus - ref);
            if (slope * length <= 2 && length <= MAX_WIDTH) {
                return ref + Math.log(panel(ln0, length, slope, ref) + extra);
            }
            if (extra > 1e300) {
                return plus;
            }
            // panels sized by the local slope, until the integrand is negligible
            double sum = 0;
            double u = ln0;
            double d = dphi0;
            while (u < ln1) {
                double w = Math.min(Math.min(MAX_WIDTH, ln1 - u), 2 / (Math.abs(d) + 1));
                double ev = Math.exp(u + w);
                double dEnd = oneMinusP - pLarge * ev / (ev + delta);
                double local = Math.max(Math.abs(d), Math.abs(dEnd));
                if (local * w > 2) {
                    w = 2 / (local + 1);
                    ev = Math.exp(u + w);
                    dEnd = oneMinusP - pLarge * ev / (ev + delta);
                    local = Math.max(Math.abs(d), Math.abs(dEnd));
                }
                sum += panel(u, w, local, ref);
                u = w >= ln1 - u ? ln1 : u + w;
                d = dEnd;
                // phi is concave: once it falls and is negligible, the rest of the interval is smaller still
                if (dEnd < 0 && oneMinusP * u - pLarge * Math.log(ev + delta) < ref - NEGLIGIBLE) {
                    break;
                }
            }
            return ref + Math.log(sum + extra);
        }

        /** @return ln J(y0, y1) for {@code 0 <= y0 < y1} */
        double logIntegral(double y0, double y1) {
            double k = kappa + delta;
            return logIntegralPlus(Math.log(kappa + y0), Math.log(kappa + y1), Math.log(k + y0), Math.log(k + y1),
                    (kappa + y0) / (k + y0), (kappa + y1) / (k + y1), Double.NEGATIVE_INFINITY);
        }

        /** (e^phi)'''/e^phi at a point with slope d = phi' and ratio q = e^u/(e^u + delta). */
        private double third(double d, double q) {
            double m = q * (1 - q);
            double d2 = -pLarge * m;
            double d3 = d2 * (1 - 2 * q);
            return d3 + 3 * d * d2 + d * d * d;
        }

        /** (e^phi)^(5)/e^phi, the complete Bell polynomial of phi' .. phi^(5). */
        private double fifth(double d, double q) {
            double m = q * (1 - q);
            double d2 = -pLarge * m;
            double d3 = d2 * (1 - 2 * q);
            double d4 = d2 * (1 - 6 * m);
            double d5 = d3 * (1 - 12 * m);
            double dd = d * d;
            return d5 + 5 * d * d4 + 10 * d2 * d3 + 10 * dd * d3 + 15 * d * d2 * d2 + 10 * dd * d * d2 + dd * dd * d;
        }

        /** Gauss-Legendre over [start, start + width] of exp(phi - ref), with |phi'| <= slope there. */
        private double panel(double start, double width, double slope, double ref) {
            // e^u inside the logarithm has unit rate in u whatever the slope: count it in the error bound
            double t = (slope + 1) * width;
            int n = 2;
            while (n < MAX_NODES && ERROR[n] * Math.pow(t, 2 * n) > TOLERANCE) {
                n++;
            }
            double[] nodes = NODES[n];
            double[] weights = WEIGHTS[n];
            double half = width / 2;
            double centre = start + half;
            double oneMinusP = 1 - pSmall;
            double sum = 0;
            for (int i = 0; i < n; i++) {
                double u = centre + half * nodes[i];
                sum += weights[i] * Math.exp(oneMinusP * u - pLarge * Math.log(Math.exp(u) + delta) - ref);
            }
            return sum * half;
        }

    }

    private ParetoIntegral() {
    }

    /**
     * @return ln of the integral over [y0, y1] of (alpha+t)^-(r+x) (beta+t)^-(s+1) dt, {@code -Infinity} when
     *     {@code y0 >= y1}
     */
    static double logDead(double r, double alpha, double s, double beta, int x, double y0, double y1) {
        if (!(y0 < y1)) {
            return Double.NEGATIVE_INFINITY;
        }
        return new Integrand(alpha, r + x, beta, s + 1).logIntegral(y0, y1);
    }
}
