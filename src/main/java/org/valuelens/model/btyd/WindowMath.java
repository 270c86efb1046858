package org.valuelens.model.btyd;

/**
 * Closed forms behind {@link PurchasePredictor} for the BG/NBD family and Pareto/NBD. Given the customer is alive at
 * the calibration end, the purchase rate is {@code Gamma(R = r + x, A = alpha + T)} (rate parametrisation), and
 * independently the drop-out probability is {@code Beta(a, B)} (BG/NBD: {@code B = b + x}; MBG/NBD:
 * {@code B = b + x + 1}) or the drop-out rate {@code Gamma(s, beta + T)} (Pareto/NBD). See docs/predictions.md.
 */
final class WindowMath {

    private WindowMath() {
    }

    /**
     * BG/NBD family: P(at least one purchase in {@code (T+from, T+to]} | alive at T). An alive customer with rate
     * lambda is still alive at {@code T+from} with probability {@code E[(1-p)^N] = exp(-lambda from p)}, and then
     * buys in the window with probability {@code 1 - exp(-lambda w)}; integrating p out gives
     * {@code E[(1 + u p)^-R] = 2F1(R, a; a + B; -u)}.
     */
    static double bgBuysInWindow(double bigR, double bigA, double a, double bigB, double from, double to) {
        double w = to - from;
        if (w == 0) {
            return 0;
        }
        double stay = Math.pow(bigA / (bigA + w), bigR);
        if (from == 0) {
            return 1 - stay;
        }
        double first = Hypergeometric.hyp2f1(bigR, a, a + bigB, -from / bigA);
        double second = Hypergeometric.hyp2f1(bigR, a, a + bigB, -from / (bigA + w));
        return clamp(first - stay * second);
    }

    /** BG/NBD family: the q-quantile of the time to the next purchase of an alive customer (a Lomax law). */
    static double bgQuantile(double q, double bigR, double bigA) {
        if (!(q > 0 && q < 1)) {
            throw new IllegalArgumentException("q must be in (0, 1), was " + q);
        }
        return bigA * Math.expm1(-Math.log1p(-q) / bigR);
    }

    /**
     * Pareto/NBD: E[lambda / (lambda + mu)] for independent {@code lambda ~ Gamma(R, rate A)} and
     * {@code mu ~ Gamma(S, rate B)}: with {@code U = X/(X+Y) ~ Beta(R, S)} it is
     * {@code (B/A) R/(R+S) 2F1(1, R+1; R+S+1; 1 - B/A)}; the form with the argument nearer zero is used.
     */
    static double buysBeforeDropout(double bigR, double bigA, double bigS, double bigB) {
        // the series is fast while its argument 1 - min(A,B)/max(A,B) stays away from 1; near 1 it would need
        // thousands of terms or the (slow) Euler integral, and the fixed quadrature is faster
        if (Math.min(bigA, bigB) / Math.max(bigA, bigB) < SERIES_RATIO) {
            return buysBeforeDropoutQuadrature(bigR, bigA, bigS, bigB);
        }
        try {
            return buysBeforeDropoutSeries(bigR, bigA, bigS, bigB);
        } catch (ArithmeticException slow) {
            return buysBeforeDropoutQuadrature(bigR, bigA, bigS, bigB);
        }
    }

    private static double buysBeforeDropoutSeries(double bigR, double bigA, double bigS, double bigB) {
        if (bigA >= bigB) {
            return bigB / bigA * bigR / (bigR + bigS) * Hypergeometric.hyp2f1(1, bigR + 1, bigR + bigS + 1,
                    1 - bigB / bigA);
        }
        return 1 - bigA / bigB * bigS / (bigR + bigS) * Hypergeometric.hyp2f1(1, bigS + 1, bigR + bigS + 1,
                1 - bigA / bigB);
    }

    /**
     * Pareto/NBD: P(at least one purchase in {@code (T+from, T+to]} | alive at T): alive at {@code T+from} with
     * probability {@code exp(-mu from)}, then the first purchase comes before both the drop-out and the window end
     * with probability {@code lambda/(lambda+mu) (1 - exp(-(lambda+mu) w))}.
     */
    static double paretoBuysInWindow(double bigR, double bigA, double bigS, double bigB, double from, double to) {
        double w = to - from;
        if (w == 0) {
            return 0;
        }
        double b0 = bigB + from;
        double survive = from == 0 ? 1 : Math.pow(bigB / b0, bigS);
        double tilt = Math.pow(bigA / (bigA + w), bigR) * Math.pow(b0 / (b0 + w), bigS);
        return clamp(survive * (buysBeforeDropout(bigR, bigA, bigS, b0)
                - tilt * buysBeforeDropout(bigR, bigA + w, bigS, b0 + w)));
    }

    /** Below this ratio min(A,B)/max(A,B) the quadrature is used instead of the series. */
    static final double SERIES_RATIO = 0.1;
    /**
     * Segments of the quadrature in y: geometric near 0, where a steep start (small R, A much larger than B) lives,
     * then wide; the integrand is below e^-y, so 45 is far enough.
     */
    private static final double[] SEGMENTS = {0, 1e-6, 1e-5, 1e-4, 1e-3, 1e-2, 0.05, 0.2, 0.6, 1.5, 3.5, 7, 13, 22,
        45};
    private static final double[] NODES;
    private static final double[] WEIGHTS;

    static {
        org.apache.commons.math3.analysis.integration.gauss.GaussIntegrator rule =
                new org.apache.commons.math3.analysis.integration.gauss.GaussIntegratorFactory().legendre(16);
        NODES = new double[rule.getNumberOfPoints()];
        WEIGHTS = new double[NODES.length];
        for (int i = 0; i < NODES.length; i++) {
            NODES[i] = rule.getPoint(i);
            WEIGHTS[i] = rule.getWeight(i);
        }
    }

    /**
     * The same expectation where the 2F1 series and its integral do not settle (e.g. a huge R): since
     * {@code lambda/(lambda+mu) = integral of lambda exp(-(lambda+mu) s) ds}, it is
     * {@code integral_0^inf e^-y (1 + (A/B)(e^(y/R) - 1))^-S dy} after {@code 1 + s/A = e^(y/R)}; composite
     * Gauss-Legendre on fixed segments.
     */
    static double buysBeforeDropoutQuadrature(double bigR, double bigA, double bigS, double bigB) {
        double ratio = bigA / bigB;
        double sum = 0;
        for (int k = 0; k + 1 < SEGMENTS.length; k++) {
            sum += gauss(SEGMENTS[k], SEGMENTS[k + 1], bigR, bigS, ratio);
        }
        return clamp(sum);
    }

    /**
     * Pareto/NBD: the q-quantile of the time to the next purchase of an alive customer, given that there is one.
     * The defective distribution has the closed-form density {@code g(t) = (R/A)(A/(A+t))^(R+1) (B/(B+t))^S}; after
     * {@code 1 + t/A = e^(y/R)} its distribution function is {@code G = integral_0^y e^-u (1 + (A/B)(e^(u/R) - 1))^-S
     * du} (the integral of {@link #buysBeforeDropoutQuadrature}, whose total is {@code K = G(infinity)}). The
     * quadrature's segments give G at their ends in one pass; the quantile's segment is then found and
     * {@code G(y) = q K} solved inside it by Newton steps on the integrand (a 16-point Gauss rule on the part of the
     * segment), kept inside a bisection bracket.
     */
    static double paretoQuantile(double q, double bigR, double bigA, double bigS, double bigB) {
        return paretoQuantiles(new double[] {q}, bigR, bigA, bigS, bigB)[0];
    }

    /** {@link #paretoQuantile} for several probabilities, sharing the segment totals; relative precision 1e-9. */
    static double[] paretoQuantiles(double[] qs, double bigR, double bigA, double bigS, double bigB) {
        double ratio = bigA / bigB;
        int segments = SEGMENTS.length - 1;
        double[] cumulative = new double[segments + 1];
        for (int k = 0; k < segments; k++) {
            cumulative[k + 1] = cumulative[k] + gauss(SEGMENTS[k], SEGMENTS[k + 1], bigR, bigS, ratio);
        }
        double total = cumulative[segments];
        double[] out = new double[qs.length];
        for (int j = 0; j < qs.length; j++) {
            double q = qs[j];
            if (!(q > 0 && q < 1)) {
                throw new IllegalArgumentException("q must be in (0, 1), was " + q);
            }
            if (!(total > 0)) {
                out[j] = Double.NaN;
                continue;
            }
            double target = q * total;
            int k = 0;
            while (k < segments - 1 && cumulative[k + 1] < target) {
                k++;
            }
            double y = solveInSegment(target - cumulative[k], SEGMENTS[k], SEGMENTS[k + 1], bigR, bigS, ratio);
            out[j] = bigA * Math.expm1(y / bigR);
        }
        return out;
    }

    /** @return y in [lo, hi] with {@code integral_lo^y f = need}, f the integrand of the quadrature */
    private static double solveInSegment(double need, double lo, double hi, double bigR, double bigS, double ratio) {
        double whole = gauss(lo, hi, bigR, bigS, ratio);
        double start = lo + (hi - lo) * Math.min(1, Math.max(0, need / whole));
        return SafeguardedNewton.solve(y -> gauss(lo, y, bigR, bigS, ratio) - need,
                y -> integrand(y, bigR, bigS, ratio), lo, hi, start, 1e-12);
    }

    /** @return the 16-point Gauss-Legendre value of the quadrature's integrand over [lo, hi] */
    private static double gauss(double lo, double hi, double bigR, double bigS, double ratio) {
        double half = (hi - lo) / 2;
        double mid = (hi + lo) / 2;
        double sum = 0;
        for (int i = 0; i < NODES.length; i++) {
            sum += WEIGHTS[i] * integrand(mid + half * NODES[i], bigR, bigS, ratio);
        }
        return half * sum;
    }

    private static double integrand(double y, double bigR, double bigS, double ratio) {
        return Math.exp(-y - bigS * Math.log1p(ratio * Math.expm1(y / bigR)));
    }

    static double clamp(double p) {
        return Math.max(0, Math.min(1, p));
    }
}
