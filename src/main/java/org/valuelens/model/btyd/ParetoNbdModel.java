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
public record ParetoNbdModel(double r, double alpha, double s, double beta) implements PurchaseModel {

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
     * (Fader &amp; Hardie 2005 note, eq. 22), using the 2F1 branch whose argument lies in [0, 1).
     */
    static double[] logParts(double r, double alpha, double s, double beta, int x, double tx, double age) {
        double alive = -(r + x) * Math.log(alpha + age) - s * Math.log(beta + age);
        if (tx >= age) {
            return new double[] {alive, Double.NEGATIVE_INFINITY};
        }
        double logF1 = logF(r, alpha, s, beta, x, tx);
        double logF2 = logF(r, alpha, s, beta, x, age);
        return new double[] {alive, dead(r, s, x, logF1, logF2)};
    }

    /** ln[s/(r+s+x) (F(t_x) - F(T))], {@code -Infinity} when the difference vanishes. */
    static double dead(double r, double s, int x, double logF1, double logF2) {
        if (logF2 >= logF1) {
            return Double.NEGATIVE_INFINITY;
        }
        return Math.log(s / (r + s + x)) + logF1 + Math.log(1.0 - Math.exp(logF2 - logF1));
    }

    /**
     * ln F(y) with F(y) = 2F1(r+s+x, s+1; r+s+x+1; (alpha-beta)/(alpha+y)) / (alpha+y)^(r+s+x) when
     * {@code alpha >= beta}, else 2F1(r+s+x, r+x; r+s+x+1; (beta-alpha)/(beta+y)) / (beta+y)^(r+s+x), so that
     * A0 = F(t_x) - F(T).
     */
    static double logF(double r, double alpha, double s, double beta, int x, double y) {
        double rsx = r + s + x;
        if (alpha >= beta) {
            return Hypergeometric.logHyp2f1(rsx, s + 1, rsx + 1, (alpha - beta) / (alpha + y))
                    - rsx * Math.log(alpha + y);
        }
        return Hypergeometric.logHyp2f1(rsx, r + x, rsx + 1, (beta - alpha) / (beta + y))
                - rsx * Math.log(beta + y);
    }
}
