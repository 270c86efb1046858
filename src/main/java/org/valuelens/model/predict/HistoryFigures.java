package org.valuelens.model.predict;

import java.util.List;
import java.util.stream.IntStream;
import org.valuelens.model.CustomerSummary;
import org.valuelens.model.btyd.CnbdkModel;
import org.valuelens.model.btyd.DiscountedPurchases;
import org.valuelens.model.btyd.HistoryGroups;
import org.valuelens.model.btyd.PurchasePredictor;

/**
 * The purchase figures of each distinct history (x, t_x, T) for {@link Forecaster}: P(alive), expected orders,
 * P(no order) in the window, P(orders again), the next-order quartiles, P(an order soon) and the gradient of the
 * expected orders in the parameters. For a model whose predictions depend on recency only through P(alive)
 * ({@link PurchasePredictor#recencyOnlyThroughAlive()}) the work is done once per (x, T) class, at the history
 * {@code t_x = T}, and scaled to each history by the ratio of P(alive) (also for the shifted models of the
 * gradient); for (M)BG/CNBD-k once per (x, T) class and Erlang phase ({@link PhaseFigures}); otherwise once per
 * history. Stateless.
 */
final class HistoryFigures {

    /** Index of P(alive) in a history's figures. */
    static final int ALIVE = 0;
    /** Index of the expected orders in the window. */
    static final int ORDERS = 1;
    /** Index of P(no order in the window). */
    static final int NO_ORDER = 2;
    /** Index of P(orders again). */
    static final int AGAIN = 3;
    /** Index of the first of the three next-order quartiles. */
    static final int QUARTILES = 4;
    /** Index of P(an order within the "unlikely" span). */
    static final int SOON = 7;
    /** Index of the first gradient component of the expected orders. */
    static final int GRADIENT = 8;

    /** The quartiles' probabilities. */
    static final double[] QS = {0.25, 0.5, 0.75};
    /** No next-order date. */
    static final double[] NONE = {Double.NaN, Double.NaN, Double.NaN};

    private HistoryFigures() {
    }

    /** As {@link #compute(PurchasePredictor, PurchasePredictor[], double[], List, PredictionSettings,
     * DiscountedPurchases[])} without horizon sums. */
    static double[][] compute(PurchasePredictor model, PurchasePredictor[] shifted, double[] h,
                              List<CustomerSummary> histories, PredictionSettings settings) {
        return compute(model, shifted, h, histories, settings, new DiscountedPurchases[0]);
    }

    /**
     * @param model     the fitted model
     * @param shifted   the model at each parameter moved by {@code h[j]}
     * @param h         the steps
     * @param histories one representative per distinct history
     * @param settings  window and levels
     * @param horizons  the horizon sums of the model (first) and of the first {@code horizons.length - 1} shifted
     *                  models, possibly none
     * @return per history: the figures at the indexes above, then the {@code shifted.length} gradient components,
     *         then each horizon's discounted purchases D ({@link DiscountedPurchases.Horizon#discounted()})
     */
    static double[][] compute(PurchasePredictor model, PurchasePredictor[] shifted, double[] h,
                              List<CustomerSummary> histories, PredictionSettings settings,
                              DiscountedPurchases[] horizons) {
        int m = histories.size();
        double[][] out = new double[m][];
        if (model instanceof CnbdkModel cnbdk) {
            return PhaseFigures.compute(cnbdk, shifted, h, histories, settings, horizons);
        }
        if (!model.recencyOnlyThroughAlive()) {
            IntStream.range(0, m).parallel().forEach(i -> {
                CustomerSummary c = histories.get(i);
                out[i] = direct(model, shifted, h, c.frequency(), c.recency(), c.age(), settings, horizons);
            });
            return out;
        }
        HistoryGroups groups = HistoryGroups.of(histories, false);
        List<CustomerSummary> classes = groups.firsts(histories);
        int[] classOf = groups.groupOfRows();
        int k = shifted.length;
        int d0 = GRADIENT + 2 * k;
        double[][] perClass = new double[classes.size()][];
        IntStream.range(0, perClass.length).parallel().forEach(i -> {
            CustomerSummary c = classes.get(i);
            perClass[i] = atClass(model, shifted, c.frequency(), c.age(), settings, horizons);
        });
        IntStream.range(0, m).parallel().forEach(i -> {
            CustomerSummary c = histories.get(i);
            double[] cl = perClass[classOf[i]];
            int x = c.frequency();
            if (!(cl[ALIVE] > 0)) {
                out[i] = direct(model, shifted, h, x, c.recency(), c.age(), settings, horizons);
                return;
            }
            double alive = model.probabilityAlive(x, c.recency(), c.age());
            double ratio = alive / cl[ALIVE];
            double[] v = new double[GRADIENT + k + horizons.length];
            v[ALIVE] = alive;
            v[ORDERS] = ratio * cl[ORDERS];
            v[NO_ORDER] = clamp(1 - ratio * (1 - cl[NO_ORDER]));
            v[AGAIN] = clamp(ratio * cl[AGAIN]);
            v[SOON] = clamp(ratio * cl[SOON]);
            boolean likely = v[SOON] >= settings.unlikelyBelow() && v[SOON] > 0;
            System.arraycopy(likely ? cl : NONE, likely ? QUARTILES : 0, v, QUARTILES, 3);
            if (horizons.length > 0) {
                v[GRADIENT + k] = DiscountedPurchases.scaled(cl[d0], cl[ALIVE], alive);
            }
            for (int j = 0; j < k; j++) {
                double shiftedAlive = shifted[j].probabilityAlive(x, c.recency(), c.age());
                double orders = cl[GRADIENT + k + j] > 0 ? shiftedAlive / cl[GRADIENT + k + j] * cl[GRADIENT + j]
                        : shifted[j].expectedPurchasesBetween(settings.windowFrom(), settings.windowTo(), x,
                        c.recency(), c.age());
                v[GRADIENT + j] = (orders - v[ORDERS]) / h[j];
                if (j + 1 < horizons.length) {
                    v[GRADIENT + k + 1 + j] = DiscountedPurchases.scaled(cl[d0 + 1 + j], cl[GRADIENT + k + j],
                            shiftedAlive);
                }
            }
            out[i] = v;
        });
        return out;
    }

    /** The figures of one history, every quantity evaluated for it. */
    static double[] direct(PurchasePredictor model, PurchasePredictor[] shifted, double[] h, int x,
                           double tx, double age, PredictionSettings settings, DiscountedPurchases[] horizons) {
        int k = shifted.length;
        double from = settings.windowFrom();
        double to = settings.windowTo();
        double[] v = new double[GRADIENT + k + horizons.length];
        v[ALIVE] = model.probabilityAlive(x, tx, age);
        v[ORDERS] = model.expectedPurchasesBetween(from, to, x, tx, age);
        v[NO_ORDER] = model.probabilityNoPurchase(from, to, x, tx, age);
        v[AGAIN] = model.probabilityPurchaseAgain(x, tx, age);
        v[SOON] = 1 - model.probabilityNoPurchase(0, settings.unlikelyWithin(), x, tx, age);
        boolean likely = v[SOON] >= settings.unlikelyBelow() && v[SOON] > 0;
        double[] quartiles = likely ? model.nextPurchaseQuantiles(QS, x, tx, age) : NONE;
        System.arraycopy(quartiles, 0, v, QUARTILES, 3);
        for (int j = 0; j < k; j++) {
            v[GRADIENT + j] = (shifted[j].expectedPurchasesBetween(from, to, x, tx, age) - v[ORDERS]) / h[j];
        }
        for (int j = 0; j < horizons.length; j++) {
            v[GRADIENT + k + j] = horizons[j].of(x, tx, age).discounted();
        }
        return v;
    }

    /**
     * The figures of the history (x, T, T) of a class: as {@link #direct} with quartiles always, and in place of the
     * gradient each shifted model's expected orders, then its P(alive), then each horizon's class D.
     */
    private static double[] atClass(PurchasePredictor model, PurchasePredictor[] shifted, int x, double age,
                                    PredictionSettings settings, DiscountedPurchases[] horizons) {
        int k = shifted.length;
        double from = settings.windowFrom();
        double to = settings.windowTo();
        double[] v = new double[GRADIENT + 2 * k + horizons.length];
        v[ALIVE] = model.probabilityAlive(x, age, age);
        v[ORDERS] = model.expectedPurchasesBetween(from, to, x, age, age);
        v[NO_ORDER] = model.probabilityNoPurchase(from, to, x, age, age);
        v[AGAIN] = model.probabilityPurchaseAgain(x, age, age);
        v[SOON] = 1 - model.probabilityNoPurchase(0, settings.unlikelyWithin(), x, age, age);
        System.arraycopy(v[AGAIN] > 0 ? model.nextPurchaseQuantiles(QS, x, age, age) : NONE, 0, v, QUARTILES, 3);
        for (int j = 0; j < k; j++) {
            v[GRADIENT + j] = shifted[j].expectedPurchasesBetween(from, to, x, age, age);
            v[GRADIENT + k + j] = shifted[j].probabilityAlive(x, age, age);
        }
        for (int j = 0; j < horizons.length; j++) {
            v[GRADIENT + 2 * k + j] = horizons[j].forClass(x, age).discounted();
        }
        return v;
    }

    static double clamp(double p) {
        return Math.max(0, Math.min(1, p));
    }
}
