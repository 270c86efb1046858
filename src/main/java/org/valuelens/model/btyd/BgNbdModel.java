package org.valuelens.model.btyd;

import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.special.Gamma;

/**
 * A fitted BG/NBD model (Fader, Hardie &amp; Lee 2005, "Counting your customers the easy way"): while alive a
 * customer buys as a Poisson process with rate {@code lambda ~ Gamma(r, alpha)}; after each repeat purchase the
 * customer drops out with probability {@code p ~ Beta(a, b)}. Times are in the unit the model was fitted in.
 * One-time buyers ({@code x = 0}) are certainly alive under this model.
 *
 * @param r     gamma shape ({@code > 0})
 * @param alpha gamma scale, in time units ({@code > 0})
 * @param a     beta shape ({@code > 0})
 * @param b     beta shape ({@code > 0})
 */
public record BgNbdModel(double r, double alpha, double a, double b) implements PurchasePredictor {

    /** Checks that every parameter is finite and positive. */
    public BgNbdModel {
        Checks.positive("r", r);
        Checks.positive("alpha", alpha);
        Checks.positive("a", a);
        Checks.positive("b", b);
    }

    @Override
    public String id() {
        return "bg-nbd";
    }

    @Override
    public double expectedPurchasesNewCustomer(double t) {
        Checks.duration(t);
        if (t == 0) {
            return 0;
        }
        double z = t / (alpha + t);
        double f = Hypergeometric.hyp2f1(r, b, a + b - 1, z);
        return (a + b - 1) / (a - 1) * (1 - Math.pow(alpha / (alpha + t), r) * f);
    }

    @Override
    public double expectedPurchases(double t, int x, double tx, double age) {
        Checks.duration(t);
        Checks.history(x, tx, age);
        if (t == 0) {
            return 0;
        }
        double z = t / (alpha + age + t);
        double logF = Hypergeometric.logHyp2f1(r + x, b + x, a + b + x - 1, z);
        double second = 1 - Math.exp(logF + (r + x) * Math.log((alpha + age) / (alpha + age + t)));
        return (a + b + x - 1) / (a - 1) * second * probabilityAlive(x, tx, age);
    }

    @Override
    public double probabilityAlive(int x, double tx, double age) {
        Checks.history(x, tx, age);
        if (x == 0) {
            return 1.0;
        }
        double logOdds = Math.log(a) - Math.log(b + x - 1) + (r + x) * Math.log((alpha + age) / (alpha + tx));
        return 1.0 / (1.0 + Math.exp(logOdds));
    }

    /**
     * P(X(t) = n) for a newly acquired customer (FHL 2005, eq. 8).
     *
     * @param n purchases ({@code >= 0})
     * @param t duration ({@code >= 0})
     * @return the probability in [0, 1]
     */
    public double probabilityOfPurchases(int n, double t) {
        Checks.duration(t);
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0, was " + n);
        }
        double lbAB = Beta.logBeta(a, b);
        double logP0 = r * Math.log(alpha / (alpha + t));
        double logQ = t == 0 ? Double.NEGATIVE_INFINITY : Math.log(t / (alpha + t));
        double first = Math.exp(Beta.logBeta(a, b + n) - lbAB + Gamma.logGamma(r + n) - Gamma.logGamma(r)
                - Gamma.logGamma(n + 1.0) + logP0 + (n == 0 ? 0 : n * logQ));
        if (n == 0) {
            return first;
        }
        double sum = 0;
        for (int j = 0; j < n; j++) {
            sum += Math.exp(Gamma.logGamma(r + j) - Gamma.logGamma(r) - Gamma.logGamma(j + 1.0) + logP0
                    + (j == 0 ? 0 : j * logQ));
        }
        return first + Math.exp(Beta.logBeta(a + 1, b + n - 1) - lbAB) * (1 - sum);
    }

    /** 1 - P(alive) P(buys in the window | alive); see {@link WindowMath#bgBuysInWindow}. */
    @Override
    public double probabilityNoPurchase(double from, double to, int x, double tx, double age) {
        PurchasePredictor.checkWindow(from, to);
        double alive = probabilityAlive(x, tx, age);
        return WindowMath.clamp(1 - alive * WindowMath.bgBuysInWindow(r + x, alpha + age, a, b + x, from, to));
    }

    /** An alive customer of this model buys again for certain: P(alive). */
    @Override
    public double probabilityPurchaseAgain(int x, double tx, double age) {
        return probabilityAlive(x, tx, age);
    }

    /** Closed form: given alive, the wait is Lomax, {@code (alpha+T) ((1-q)^(-1/(r+x)) - 1)}. */
    @Override
    public double nextPurchaseQuantile(double q, int x, double tx, double age) {
        if (!(probabilityAlive(x, tx, age) > 0)) {
            return Double.NaN;
        }
        return WindowMath.bgQuantile(q, r + x, alpha + age);
    }

    /** Given alive, the rate's posterior (and the drop-out's) depends on x and T only. */
    @Override
    public boolean recencyOnlyThroughAlive() {
        return true;
    }
}
