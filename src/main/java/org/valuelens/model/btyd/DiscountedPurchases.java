package org.valuelens.model.btyd;

import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Discounted expected purchases over a horizon of H whole periods,
 * {@code D = Σ_{k=1..H} (E[Y(k)] − E[Y(k−1)]) / (1 + d)^k}, without H model evaluations per customer.
 *
 * <p>Summation by parts gives {@code D = v^H E[Y(H)] + (1 − v) Σ_{k=1..H−1} v^k E[Y(k)]} with {@code v = 1/(1+d)},
 * a sum of positive terms (no cancellation) whose inner part is taken by a {@link DiscountedSumRule}. For the
 * BG/NBD, MBG/NBD and Pareto/NBD models {@code E[Y(t) | x, t_x, T] = P(alive | x, t_x, T) g(t; x, T)}: recency
 * enters only through P(alive), so the horizon part is computed once per (x, T) from the history
 * {@code t_x = T} and scaled by {@code P(alive | x, t_x, T) / P(alive | x, T, T)}. Their {@code g} is analytic
 * in t off {@code (-∞, -(alpha + T)]} (BG/NBD, MBG/NBD) or {@code (-∞, -(beta + T)]} (Pareto/NBD), which the rule
 * uses as its shift; (M)BG/CNBD-k uses the same rule per (x, T) and Erlang phase (shift alpha + T). Any other
 * {@link PurchaseModel} is summed period by period, as the definition reads.
 *
 * <p>Thread-safe; immutable but for caches (the rules for each shift, and the CNBD-k phase parts of each (x, T),
 * are built once, on first use).
 */
public final class DiscountedPurchases {

    private final PurchaseModel model;
    private final int horizon;
    private final double v;
    private final double oneMinusV;
    private final ConcurrentMap<Integer, DiscountedSumRule> rules = new ConcurrentHashMap<>();
    private final ConcurrentMap<PhaseClass, double[][]> phaseClasses = new ConcurrentHashMap<>();

    /**
     * The horizon part of a customer or of a (x, T) class.
     *
     * @param discounted       {@code D}, discounted expected purchases over the horizon
     * @param expected         {@code E[Y(H)]}, expected purchases over the horizon (undiscounted)
     * @param probabilityAlive P(alive) at T for the history it was computed for
     */
    public record Horizon(double discounted, double expected, double probabilityAlive) {

        /**
         * @param alive P(alive | x, t_x, T) of a customer of this (x, T) class
         * @return that customer's horizon part, scaled from this one
         */
        Horizon scaledTo(double alive) {
            if (alive == probabilityAlive) {
                return this;
            }
            return new Horizon(scaled(discounted, probabilityAlive, alive), scaled(expected, probabilityAlive, alive),
                    alive);
        }
    }

    /**
     * @param shared      a horizon figure of a (x, T) class ({@link #forClass})
     * @param sharedAlive the class's P(alive)
     * @param alive       P(alive | x, t_x, T) of a customer of the class
     * @return the customer's figure, as {@link #forCustomer} scales it
     */
    public static double scaled(double shared, double sharedAlive, double alive) {
        return alive == sharedAlive ? shared : shared * (alive / sharedAlive);
    }

    /**
     * @param model      fitted purchase model ({@code null} not permitted)
     * @param horizon    H in periods of the model's time unit ({@code >= 0})
     * @param periodRate discount rate per period ({@code > -1}, finite)
     */
    public DiscountedPurchases(PurchaseModel model, int horizon, double periodRate) {
        this.model = Objects.requireNonNull(model, "model");
        if (horizon < 0) {
            throw new IllegalArgumentException("The horizon must not be negative (it was " + horizon + ").");
        }
        if (!(periodRate > -1) || Double.isInfinite(periodRate)) {
            throw new IllegalArgumentException("The discount rate must be above -100 % (it was " + periodRate + ").");
        }
        this.horizon = horizon;
        this.v = 1 / (1 + periodRate);
        this.oneMinusV = periodRate / (1 + periodRate);
    }

    /** @return whether customers with the same x and T share {@link #forClass} (the three BTYD models) */
    public boolean sharesAcrossRecency() {
        return !Double.isNaN(scale(model));
    }

    /**
     * @param x   repeat purchases ({@code >= 0})
     * @param tx  recency ({@code 0 <= tx <= age})
     * @param age T
     * @return the customer's discounted and expected purchases over the horizon and P(alive)
     */
    public Horizon of(int x, double tx, double age) {
        double alive = model.probabilityAlive(x, tx, age);
        if (model instanceof CnbdkModel m) {
            return byPhases(m, x, tx, age, alive);
        }
        if (!sharesAcrossRecency()) {
            return periodByPeriod(x, tx, age, alive);
        }
        return forClass(x, age).scaledTo(alive);
    }

    /**
     * The horizon part shared by all customers with this x and T (for the history {@code t_x = T}); scale it to a
     * customer with {@link #forCustomer}. Only for models that {@link #sharesAcrossRecency()}.
     *
     * @param x   repeat purchases ({@code >= 0})
     * @param age T ({@code >= 0})
     * @return the class's horizon part
     */
    public Horizon forClass(int x, double age) {
        double scale = scale(model);
        if (Double.isNaN(scale)) {
            throw new IllegalStateException(model.id() + " does not share its horizon across recency");
        }
        double alive = model.probabilityAlive(x, age, age);
        if (horizon == 0) {
            return new Horizon(0, 0, alive);
        }
        double expected = model.expectedPurchases(horizon, x, age, age);
        DiscountedSumRule rule = rule(scale + age);
        double inner = rule.sum(t -> model.expectedPurchases(t, x, age, age));
        double discounted = Math.pow(v, horizon) * expected + oneMinusV * inner;
        return new Horizon(discounted, expected, alive);
    }

    /**
     * @param shared the class's horizon part from {@link #forClass}
     * @param x      the customer's repeat purchases (as the class)
     * @param tx     the customer's recency
     * @param age    the customer's T (as the class)
     * @return the customer's horizon part
     */
    public Horizon forCustomer(Horizon shared, int x, double tx, double age) {
        return shared.scaledTo(model.probabilityAlive(x, tx, age));
    }

    /**
     * (M)BG/CNBD-k: recency enters through the phase weights too, but given alive and in phase j the horizon part
     * depends on x and T only: it is computed once per (x, T) and phase ({@link #phaseParts}) and mixed with the
     * customer's {@link CnbdkModel#alivePhaseMix}.
     */
    private Horizon byPhases(CnbdkModel m, int x, double tx, double age, double alive) {
        double[] mix = m.alivePhaseMix(x, tx, age);
        double[][] parts = phaseClasses.computeIfAbsent(new PhaseClass(x, age), c -> phaseParts(m, x, age));
        double discounted = 0;
        double expected = 0;
        for (int j = 0; j < mix.length; j++) {
            discounted += mix[j] * parts[0][j];
            expected += mix[j] * parts[1][j];
        }
        return new Horizon(discounted, expected, alive);
    }

    /**
     * @return per phase j, the discounted and the plain expected purchases over the horizon of a customer alive at T
     *         in phase j: its E[Y(t)] is a mixture of negative-binomial tails in t/(alpha+T+t), analytic off
     *         {@code (-∞, -(alpha + T)]} like BG/NBD's, so the same rule sums the horizon
     */
    private double[][] phaseParts(CnbdkModel m, int x, double age) {
        double[][] out = new double[2][m.k()];
        if (horizon == 0) {
            return out;
        }
        DiscountedSumRule rule = rule(m.alpha() + age);
        for (int j = 0; j < m.k(); j++) {
            int phase = j;
            double expected = m.phaseExpectedPurchases(horizon, x, age, phase);
            double inner = rule.sum(t -> m.phaseExpectedPurchases(t, x, age, phase));
            out[0][j] = Math.pow(v, horizon) * expected + oneMinusV * inner;
            out[1][j] = expected;
        }
        return out;
    }

    /**
     * (M)BG/CNBD-k only: a customer's D is the dot product of its {@link CnbdkModel#alivePhaseMix} with these.
     *
     * @param x   repeat purchases ({@code >= 0})
     * @param age T
     * @return per Erlang phase j, the discounted purchases over the horizon of a customer alive at T in phase j
     */
    public double[] phaseDiscounted(int x, double age) {
        return phaseParts((CnbdkModel) model, x, age)[0];
    }

    private record PhaseClass(int x, double age) {
    }

    private Horizon periodByPeriod(int x, double tx, double age, double alive) {
        double value = 0;
        double previous = 0;
        double discount = 1;
        for (int k = 1; k <= horizon; k++) {
            double cumulative = model.expectedPurchases(k, x, tx, age);
            discount *= v;
            value += (cumulative - previous) * discount;
            previous = cumulative;
        }
        return new Horizon(value, previous, alive);
    }

    /** The rule for a summand singular at or left of {@code -shift}, built for the power of 2 at or below it. */
    private DiscountedSumRule rule(double shift) {
        int level = shift < 1 ? -1 : Math.min(62, (int) Math.floor(Math.log(shift) / Math.log(2)));
        return rules.computeIfAbsent(level, l -> DiscountedSumRule.of(1, horizon - 1, v,
                l < 0 ? 0 : Math.pow(2, l)));
    }

    /** @return the model's time scale below which its expected purchases can bend, NaN for unknown models */
    private static double scale(PurchaseModel model) {
        if (model instanceof BgNbdModel m) {
            return m.alpha();
        }
        if (model instanceof MbgNbdModel m) {
            return m.alpha();
        }
        if (model instanceof ParetoNbdModel m) {
            return m.beta();
        }
        return Double.NaN;
    }
}
