package org.valuelens.model.btyd;

/**
 * A fitted MBG/NBD model (Batislam, Denizel &amp; Filiztekin 2007; BTYDplus {@code mbgcnbd} with k = 1): as BG/NBD,
 * but a customer may also drop out right after the first purchase, so one-time buyers can be inactive.
 * Times are in the unit the model was fitted in.
 *
 * @param r     gamma shape ({@code > 0})
 * @param alpha gamma scale, in time units ({@code > 0})
 * @param a     beta shape ({@code > 0})
 * @param b     beta shape ({@code > 0})
 */
public record MbgNbdModel(double r, double alpha, double a, double b) implements PurchasePredictor {

    /** Checks that every parameter is finite and positive. */
    public MbgNbdModel {
        Checks.positive("r", r);
        Checks.positive("alpha", alpha);
        Checks.positive("a", a);
        Checks.positive("b", b);
    }

    @Override
    public String id() {
        return "mbg-nbd";
    }

    /** E[X(t)] = b/(a-1) [1 - (alpha/(alpha+t))^r 2F1(r, b+1; a+b; t/(alpha+t))]. */
    @Override
    public double expectedPurchasesNewCustomer(double t) {
        Checks.duration(t);
        if (t == 0) {
            return 0;
        }
        double f = Hypergeometric.hyp2f1(r, b + 1, a + b, t / (alpha + t));
        return b / (a - 1) * (1 - Math.pow(alpha / (alpha + t), r) * f);
    }

    @Override
    public double expectedPurchases(double t, int x, double tx, double age) {
        Checks.duration(t);
        Checks.history(x, tx, age);
        if (t == 0) {
            return 0;
        }
        double z = t / (alpha + age + t);
        double logF = Hypergeometric.logHyp2f1(r + x, b + x + 1, a + b + x, z);
        double second = 1 - Math.exp(logF + (r + x) * Math.log((alpha + age) / (alpha + age + t)));
        return (a + b + x) / (a - 1) * second * probabilityAlive(x, tx, age);
    }

    @Override
    public double probabilityAlive(int x, double tx, double age) {
        Checks.history(x, tx, age);
        double logOdds = Math.log(a) - Math.log(b + x) + (r + x) * Math.log((alpha + age) / (alpha + tx));
        return 1.0 / (1.0 + Math.exp(logOdds));
    }

    /** 1 - P(alive) P(buys in the window | alive); see {@link WindowMath#bgBuysInWindow}. */
    @Override
    public double probabilityNoPurchase(double from, double to, int x, double tx, double age) {
        PurchasePredictor.checkWindow(from, to);
        double alive = probabilityAlive(x, tx, age);
        return WindowMath.clamp(1 - alive * WindowMath.bgBuysInWindow(r + x, alpha + age, a, b + x + 1, from, to));
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
