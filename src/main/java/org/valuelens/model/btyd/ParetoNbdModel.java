package org.valuelens.model.btyd;

/**
 * A fitted Pareto/NBD model (Schmittlein, Morrison &amp; Colombo 1987; Fader, Hardie &amp; Lee 2005): while alive a
 * customer buys as a Poisson process with rate {@code lambda ~ Gamma(r, alpha)} and has an exponential lifetime
 * with rate {@code mu ~ Gamma(s, beta)}. Times are in the unit the model was fitted in.
 *
 * @param r     purchase-rate gamma shape ({@code > 0})
 * @param alpha purchase-rate gamma scale, in time units ({@code > 0})
 * @param s     dropout-rate gamma shape ({@code > 0})
 * @param beta  dropout-rate gamma scale, in time units ({@code > 0})
 */
public record ParetoNbdModel(double r, double alpha, double s, double beta) implements PurchasePredictor {

    /** Checks that every parameter is finite and positive. */
    public ParetoNbdModel {
        Checks.positive("r", r);
        Checks.positive("alpha", alpha);
        Checks.positive("s", s);
        Checks.positive("beta", beta);
    }

    @Override
    public String id() {
        return "pareto-nbd";
    }

    @Override
    public double expectedPurchasesNewCustomer(double t) {
        Checks.duration(t);
        if (Math.abs(s - 1) < 1e-10) {
            return r * beta / alpha * Math.log1p(t / beta);
        }
        return r * beta / (alpha * (s - 1)) * (1 - Math.pow(beta / (beta + t), s - 1));
    }

    @Override
    public double expectedPurchases(double t, int x, double tx, double age) {
        Checks.duration(t);
        Checks.history(x, tx, age);
        double scale = (r + x) * (beta + age) / (alpha + age);
        double growth;
        if (Math.abs(s - 1) < 1e-10) {
            growth = Math.log1p(t / (beta + age));
        } else {
            growth = (1 - Math.pow((beta + age) / (beta + age + t), s - 1)) / (s - 1);
        }
        return scale * growth * probabilityAlive(x, tx, age);
    }

    @Override
    public double probabilityAlive(int x, double tx, double age) {
        Checks.history(x, tx, age);
        double[] parts = logParts(r, alpha, s, beta, x, tx, age);
        return 1.0 / (1.0 + Math.exp(parts[1] - parts[0]));
    }

    /**
     * The two terms of the individual likelihood without the common factor
     * {@code Gamma(r+x) alpha^r beta^s / Gamma(r)}: {ln[(alpha+T)^-(r+x) (beta+T)^-s], ln[s/(r+s+x) A0]}
     * (Fader &amp; Hardie 2005 note, eq. 22), the second as {@code ln s} plus the dead integral of
     * {@link ParetoIntegral} over {@code [t_x, T]} ({@code -Infinity} when {@code t_x >= T}).
     */
    static double[] logParts(double r, double alpha, double s, double beta, int x, double tx, double age) {
        double alive = -(r + x) * Math.log(alpha + age) - s * Math.log(beta + age);
        double dead = Math.log(s) + ParetoIntegral.logDead(r, alpha, s, beta, x, tx, age);
        return new double[] {alive, dead};
    }

    /** 1 - P(alive) P(buys in the window | alive); see {@link WindowMath#paretoBuysInWindow}. */
    @Override
    public double probabilityNoPurchase(double from, double to, int x, double tx, double age) {
        PurchasePredictor.checkWindow(from, to);
        double alive = probabilityAlive(x, tx, age);
        return WindowMath.clamp(1 - alive * WindowMath.paretoBuysInWindow(r + x, alpha + age, s, beta + age,
                from, to));
    }

    /** P(alive) E[lambda / (lambda + mu) | alive]: an alive customer buys again only before dropping out. */
    @Override
    public double probabilityPurchaseAgain(int x, double tx, double age) {
        Checks.history(x, tx, age);
        return WindowMath.clamp(probabilityAlive(x, tx, age)
                * WindowMath.buysBeforeDropout(r + x, alpha + age, s, beta + age));
    }

    /** Newton steps on the closed-form density; see {@link WindowMath#paretoQuantile}. */
    @Override
    public double nextPurchaseQuantile(double q, int x, double tx, double age) {
        if (!(probabilityPurchaseAgain(x, tx, age) > 0)) {
            return Double.NaN;
        }
        return WindowMath.paretoQuantile(q, r + x, alpha + age, s, beta + age);
    }

    /** The quantiles share the drop-out integral; see {@link WindowMath#paretoQuantiles}. */
    @Override
    public double[] nextPurchaseQuantiles(double[] qs, int x, double tx, double age) {
        Checks.history(x, tx, age);
        return WindowMath.paretoQuantiles(qs, r + x, alpha + age, s, beta + age);
    }

    /** Given alive, the rate's posterior (and the drop-out's) depends on x and T only. */
    @Override
    public boolean recencyOnlyThroughAlive() {
        return true;
    }
}
