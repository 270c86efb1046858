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

    static double clamp(double p) {
        return Math.max(0, Math.min(1, p));
    }
}
