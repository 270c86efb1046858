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
 * error near 1e-15.
 */
final class ParetoIntegral {

    private static final int MAX_NODES = 10;
    private static final double[][] NODES = new double[MAX_NODES + 1][];
    private static final double[][] WEIGHTS = new double[MAX_NODES + 1][];
    /** ERROR[n] = (n!)^4 / ((2n+1) ((2n)!)^3): the n-point Gauss-Legendre error factor for e^(t v), v in [-1, 1]. */
    private static final double[] ERROR = new double[MAX_NODES + 1];
    private static final double TOLERANCE = 1e-15;
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
         * @param y0   lower end ({@code >= 0})
         * @param y1   upper end ({@code > y0})
         * @param ln0  ln(kappa + y0)
         * @param ln1  ln(kappa + y1)
         * @param lnD0 ln(kappa + delta + y0)
         * @param lnD1 ln(kappa + delta + y1)
         * @return ln J(y0, y1)
         */
        double logIntegral(double ln0, double ln1, double lnD0, double lnD1) {
            double length = ln1 - ln0;
            double phi0 = (1 - pSmall) * ln0 - pLarge * lnD0;
            double dphi0 = (1 - pSmall) - pLarge * Math.exp(ln0 - lnD0);
            double dphi1 = (1 - pSmall) - pLarge * Math.exp(ln1 - lnD1);
            // concavity: phi <= phi0 + dphi0 (u - u0), so this bounds the integrand over the interval; and the
            // slope phi' falls monotonically from dphi0 to dphi1, so its size is at most the larger end
            double ref = phi0 + Math.max(0, dphi0 * length);
            double slope = Math.max(Math.abs(dphi0), Math.abs(dphi1));
            int panels = (int) Math.max(1, Math.ceil(Math.max(slope * length / 2, length * 2)));
            double width = length / panels;
            // e^u inside the logarithm has unit rate in u whatever the slope: count it in the error bound
            double t = (slope + 1) * width;
            int n = 2;
            while (n < MAX_NODES && ERROR[n] * Math.pow(t, 2 * n) > TOLERANCE) {
                n++;
            }
            double[] nodes = NODES[n];
            double[] weights = WEIGHTS[n];
            double half = width / 2;
            double sum = 0;
            double oneMinusP = 1 - pSmall;
            double previous = Double.POSITIVE_INFINITY;
            for (int k = 0; k < panels; k++) {
                double centre = ln0 + (k + 0.5) * width;
                double phi = 0;
                for (int i = 0; i < n; i++) {
                    double u = centre + half * nodes[i];
                    phi = oneMinusP * u - pLarge * Math.log(Math.exp(u) + delta);
                    sum += weights[i] * Math.exp(phi - ref);
                }
                // phi is concave: once it falls and is negligible, every later panel is smaller still
                if (phi < ref - NEGLIGIBLE && phi < previous) {
                    break;
                }
                previous = phi;
            }
            return ref + Math.log(sum * half);
        }

        /** @return ln J(y0, y1) for {@code 0 <= y0 < y1} */
        double logIntegral(double y0, double y1) {
            return logIntegral(Math.log(kappa + y0), Math.log(kappa + y1), Math.log(kappa + delta + y0),
                    Math.log(kappa + delta + y1));
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
