package org.valuelens.model.btyd;

/**
 * A fitted BG/CNBD-k or MBG/CNBD-k model (Reutterer, Platzer &amp; Schröder 2020; BTYDplus {@code bgcnbd.*} and
 * {@code mbgcnbd.*}): while active, a customer's inter-purchase times are Erlang-k with rate {@code lambda ~
 * Gamma(r, alpha)}; after each repeat purchase (and, for MBG, also right after the first) the customer drops out
 * for good with probability {@code p ~ Beta(a, b)}. With {@code k = 1} they are BG/NBD and MBG/NBD.
 *
 * <p>P(alive) is the closed form of the paper (BTYDplus {@code PAlive}). The conditional expectation, the
 * probability of no purchase in a window and the distribution of the time to the next purchase are exact: given
 * that the customer is alive, the Erlang phase reached since the last purchase ({@code j = 0..k-1}) has posterior
 * weights proportional to {@code Gamma(r+kx+j)/Gamma(r+kx) (T-t_x)^j / (j! (alpha+T)^j)}, and given {@code j} the
 * rate is {@code Gamma(r+kx+j, alpha+T)} and the drop-out probability {@code Beta(a, b+x+s)} (s = 1 for MBG), so
 * the future phase count is negative binomial and each quantity is a short sum (docs/decisions/0024-cnbd-k.md).
 * BTYDplus instead approximates the conditional expectation with the BG/NBD formula (scale {@code k alpha}) and
 * corrects it on the whole cohort; {@link #btydplusExpectedPurchases} gives that approximation for comparison.
 * Times are in the unit the model was fitted in. Immutable.
 *
 * @param k        Erlang shape (regularity), 1..{@value #MAX_K}
 * @param r        gamma shape ({@code > 0})
 * @param alpha    gamma scale, in time units ({@code > 0})
 * @param a        beta shape ({@code > 0})
 * @param b        beta shape ({@code > 0})
 * @param modified {@code true} for MBG/CNBD-k (drop-out possible right after the first purchase)
 */
public record CnbdkModel(int k, double r, double alpha, double a, double b, boolean modified)
        implements PurchasePredictor {

    /** Largest regularity the models accept. */
    public static final int MAX_K = 10;

    /** Checks the parameters. */
    public CnbdkModel {
        if (k < 1 || k > MAX_K) {
            throw new IllegalArgumentException("k must be between 1 and " + MAX_K + ", was " + k);
        }
        Checks.positive("r", r);
        Checks.positive("alpha", alpha);
        Checks.positive("a", a);
        Checks.positive("b", b);
    }

    @Override
    public String id() {
        return modified ? "mbg-cnbd-k" : "bg-cnbd-k";
    }

    private int shift() {
        return modified ? 1 : 0;
    }

    @Override
    public double probabilityAlive(int x, double tx, double age) {
        Checks.history(x, tx, age);
        return aliveGiven(phaseWeights(x, tx, age), x, tx, age);
    }

    /** P(alive) from the phase weights of {@link #phaseWeights}. */
    private double aliveGiven(double[] w, int x, double tx, double age) {
        if (x == 0 && !modified) {
            return 1.0;
        }
        return 1.0 / (1.0 + Math.exp(logDeadWeight(x, tx, age) - w[k]));
    }

    /**
     * Unnormalised log weights of the Erlang phase reached since the last purchase, given alive: index j holds the
     * log of {@code Gamma(r+kx+j)/Gamma(r+kx) (T-t_x)^j / (j! (alpha+T)^j)}; index k holds the log of their sum.
     */
    private double[] phaseWeights(int x, double tx, double age) {
        double[] w = new double[k + 1];
        double rk = r + (double) k * x;
        double gap = Math.max(0, age - tx);
        double logRatio = gap > 0 ? Math.log(gap) - Math.log(alpha + age) : Double.NEGATIVE_INFINITY;
        double max = 0;
        for (int j = 1; j < k; j++) {
            w[j] = w[j - 1] + Math.log(rk + j - 1) - Math.log(j) + logRatio;
            max = Math.max(max, w[j]);
        }
        double s = 0;
        for (int j = 0; j < k; j++) {
            s += Math.exp(w[j] - max);
        }
        w[k] = max + Math.log(s);
        return w;
    }

    /** Log of {@code a/(b+x-1+s) ((alpha+T)/(alpha+t_x))^(r+kx)}, the weight of "dropped out at the last purchase". */
    private double logDeadWeight(int x, double tx, double age) {
        return Math.log(a) - Math.log(b + x - 1 + shift())
                + (r + (double) k * x) * (Math.log(alpha + age) - Math.log(alpha + tx));
    }

    @Override
    public double expectedPurchasesNewCustomer(double t) {
        Checks.duration(t);
        if (t == 0) {
            return 0;
        }
        double survive = modified ? b / (a + b) : 1.0;
        return survive * ErlangPhaseSums.purchases(t, k, r, alpha, a, b + shift(), 0);
    }

    @Override
    public double expectedPurchases(double t, int x, double tx, double age) {
        Checks.duration(t);
        Checks.history(x, tx, age);
        if (t == 0) {
            return 0;
        }
        return mixOverPhases(x, tx, age,
                (j, shape) -> ErlangPhaseSums.purchases(t, k, shape, alpha + age, a, b + x + shift(), j));
    }

    /**
     * The posterior of the state at T, for computing once per (x, T) class: every prediction given alive and in
     * phase j depends on x and T only ({@link #phaseExpectedPurchases}, {@link #phaseBuysInWindow}), so a customer's
     * figure is {@code sum_j mix[j] * figure_j}.
     *
     * @param x   repeat purchases
     * @param tx  recency
     * @param age T
     * @return for j = 0..k-1, P(alive and in Erlang phase j since the last purchase | x, t_x, T)
     */
    public double[] alivePhaseMix(int x, double tx, double age) {
        Checks.history(x, tx, age);
        double[] w = phaseWeights(x, tx, age);
        double alive = aliveGiven(w, x, tx, age);
        double[] mix = new double[k];
        for (int j = 0; j < k; j++) {
            mix[j] = alive * Math.exp(w[j] - w[k]);
        }
        return mix;
    }

    /**
     * @param t   a future duration
     * @param x   repeat purchases
     * @param age T
     * @param j   the Erlang phase reached at T
     * @return expected purchases in the next {@code t} of a customer alive at T in phase j
     */
    public double phaseExpectedPurchases(double t, int x, double age, int j) {
        return t == 0 ? 0
                : ErlangPhaseSums.purchases(t, k, r + (double) k * x + j, alpha + age, a, b + x + shift(), j);
    }

    /**
     * @param from window start after T
     * @param to   window end
     * @param x    repeat purchases
     * @param age  T
     * @param j    the Erlang phase reached at T
     * @return P(a purchase in {@code (T+from, T+to]}) of a customer alive at T in phase j
     */
    public double phaseBuysInWindow(double from, double to, int x, double age, int j) {
        return ErlangPhaseSums.buysInWindow(k, j, r + (double) k * x + j, alpha + age, a, b + x + shift(), from, to);
    }

    /** A quantity of an alive customer in Erlang phase {@code j} whose rate is Gamma(shape, alpha + T). */
    private interface PhaseTerm {
        double value(int j, double shape);
    }

    /** @return P(alive) times the posterior mean over the phases of {@code term} */
    private double mixOverPhases(int x, double tx, double age, PhaseTerm term) {
        double[] w = phaseWeights(x, tx, age);
        double sum = 0;
        for (int j = 0; j < k; j++) {
            sum += Math.exp(w[j] - w[k]) * term.value(j, r + (double) k * x + j);
        }
        return aliveGiven(w, x, tx, age) * sum;
    }

    /**
     * @param t   window length ({@code >= 0})
     * @param x   repeat purchases in calibration
     * @param tx  recency
     * @param age T
     * @return P(no purchase in the next {@code t} time units | x, t_x, T): dropped out, or alive without reaching
     *         the next purchase in time
     */
    public double probabilityNoPurchase(double t, int x, double tx, double age) {
        return 1.0 - probabilityPurchaseWithin(t, x, tx, age);
    }

    /**
     * Dropped out by the window, or alive without a purchase in it: given alive and in phase j, the purchases
     * before the window, the drop-outs after them and the phases in the window are summed exactly
     * ({@link ErlangPhaseSums#buysInWindow}).
     */
    @Override
    public double probabilityNoPurchase(double from, double to, int x, double tx, double age) {
        PurchasePredictor.checkWindow(from, to);
        Checks.history(x, tx, age);
        if (from == 0) {
            return probabilityNoPurchase(to, x, tx, age);
        }
        double buys = mixOverPhases(x, tx, age, (j, shape) -> ErlangPhaseSums.buysInWindow(k, j, shape,
                alpha + age, a, b + x + shift(), from, to));
        return Math.max(0, Math.min(1, 1 - buys));
    }

    /** Drop-out happens only right after a purchase, so an alive customer buys again for certain: P(alive). */
    @Override
    public double probabilityPurchaseAgain(int x, double tx, double age) {
        return probabilityAlive(x, tx, age);
    }

    /**
     * The distribution function of the time to the next purchase, mixing over "still alive": it tends to
     * P(alive) as {@code s} grows (a customer who has dropped out never buys again).
     *
     * @param s   a duration from the end of calibration ({@code >= 0})
     * @param x   repeat purchases in calibration
     * @param tx  recency
     * @param age T
     * @return P(next purchase within {@code s} | x, t_x, T)
     */
    public double probabilityPurchaseWithin(double s, int x, double tx, double age) {
        Checks.duration(s);
        Checks.history(x, tx, age);
        if (s == 0) {
            return 0;
        }
        return Math.min(1.0, mixOverPhases(x, tx, age,
                (j, shape) -> ErlangPhaseSums.negBinSurvival(k - j, shape, alpha + age, s)));
    }

    /**
     * The {@code q}-quantile of the time to the next purchase given that there is one (that is, given alive: the
     * Erlang wait for the remaining phases, mixed over the phase and the rate's posterior); see
     * {@link #nextPurchaseQuantiles}.
     */
    @Override
    public double nextPurchaseQuantile(double q, int x, double tx, double age) {
        return nextPurchaseQuantiles(new double[] {q}, x, tx, age)[0];
    }

    /**
     * Solves {@code G(s) = q} for {@code G(s) = sum_j w_j P(M_s >= k - j)}, the distribution of the wait given
     * alive (it does not depend on P(alive)), by Newton steps on its density kept inside a bisection bracket; the
     * phase weights are shared by the quantiles. {@code NaN} when the customer is certainly not alive.
     */
    @Override
    public double[] nextPurchaseQuantiles(double[] qs, int x, double tx, double age) {
        Checks.history(x, tx, age);
        double[] w = phaseWeights(x, tx, age);
        boolean alive = aliveGiven(w, x, tx, age) > 0;
        double[] out = new double[qs.length];
        for (int i = 0; i < qs.length; i++) {
            if (!(qs[i] > 0 && qs[i] < 1)) {
                throw new IllegalArgumentException("q must be in (0, 1), was " + qs[i]);
            }
            out[i] = alive ? ErlangPhaseSums.waitQuantile(qs[i], k, w, r + (double) k * x, alpha + age)
                    : Double.NaN;
        }
        return out;
    }

    /**
     * BTYDplus's approximation of the conditional expectation ({@code xbgcnbd.ConditionalExpectedTransactions}
     * for fewer than 100 customers, so without its cohort-level bias correction): the BG/NBD expression with the
     * gamma scale {@code k alpha + T}, times this model's P(alive). Kept to compare with published figures.
     *
     * @param t   window length
     * @param x   repeat purchases
     * @param tx  recency
     * @param age T
     * @return the approximate expected purchases in the next {@code t} time units
     */
    public double btydplusExpectedPurchases(double t, int x, double tx, double age) {
        Checks.duration(t);
        Checks.history(x, tx, age);
        double aa = Math.abs(a - 1) < 0.005 ? a + 0.01 : a;
        double bb = b + x - 1 + shift();
        double scale = k * alpha + age;
        double rr = r + x;
        double g = 1 - Math.pow(scale / (scale + t), rr) * Hypergeometric.hyp2f1(rr, bb + 1, aa + bb, t / (scale + t));
        return (aa + bb) / (aa - 1) * g * probabilityAlive(x, tx, age);
    }
}
