package org.valuelens.model.predict;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.valuelens.model.CustomerSummary;
import org.valuelens.model.btyd.CnbdkModel;
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

    /**
     * @param model     the fitted model
     * @param shifted   the model at each parameter moved by {@code h[j]}
     * @param h         the steps
     * @param histories one representative per distinct history
     * @param settings  window and levels
     * @return per history: the figures at the indexes above, then the {@code shifted.length} gradient components
     */
    static double[][] compute(PurchasePredictor model, PurchasePredictor[] shifted, double[] h,
                              List<CustomerSummary> histories, PredictionSettings settings) {
        int m = histories.size();
        double[][] out = new double[m][];
        if (model instanceof CnbdkModel cnbdk) {
            return PhaseFigures.compute(cnbdk, shifted, h, histories, settings);
        }
        if (!model.recencyOnlyThroughAlive()) {
            IntStream.range(0, m).parallel().forEach(i -> {
                CustomerSummary c = histories.get(i);
                out[i] = direct(model, shifted, h, c.frequency(), c.recency(), c.age(), settings);
            });
            return out;
        }
        List<CustomerSummary> classes = new ArrayList<>();
        int[] classOf = classes(histories, classes);
        int k = shifted.length;
        double[][] perClass = new double[classes.size()][];
        IntStream.range(0, perClass.length).parallel().forEach(i -> {
            CustomerSummary c = classes.get(i);
            perClass[i] = atClass(model, shifted, c.frequency(), c.age(), settings);
        });
        IntStream.range(0, m).parallel().forEach(i -> {
            CustomerSummary c = histories.get(i);
            double[] cl = perClass[classOf[i]];
            int x = c.frequency();
            if (!(cl[ALIVE] > 0)) {
                out[i] = direct(model, shifted, h, x, c.recency(), c.age(), settings);
                return;
            }
            double alive = model.probabilityAlive(x, c.recency(), c.age());
            double ratio = alive / cl[ALIVE];
            double[] v = new double[GRADIENT + k];
            v[ALIVE] = alive;
            v[ORDERS] = ratio * cl[ORDERS];
            v[NO_ORDER] = clamp(1 - ratio * (1 - cl[NO_ORDER]));
            v[AGAIN] = clamp(ratio * cl[AGAIN]);
            v[SOON] = clamp(ratio * cl[SOON]);
            boolean likely = v[SOON] >= settings.unlikelyBelow() && v[SOON] > 0;
            System.arraycopy(likely ? cl : NONE, likely ? QUARTILES : 0, v, QUARTILES, 3);
            for (int j = 0; j < k; j++) {
                double shiftedAlive = shifted[j].probabilityAlive(x, c.recency(), c.age());
                double orders = cl[GRADIENT + k + j] > 0 ? shiftedAlive / cl[GRADIENT + k + j] * cl[GRADIENT + j]
                        : shifted[j].expectedPurchasesBetween(settings.windowFrom(), settings.windowTo(), x,
                        c.recency(), c.age());
                v[GRADIENT + j] = (orders - v[ORDERS]) / h[j];
            }
            out[i] = v;
        });
        return out;
    }

    /** The figures of one history, every quantity evaluated for it. */
    static double[] direct(PurchasePredictor model, PurchasePredictor[] shifted, double[] h, int x,
                                   double tx, double age, PredictionSettings settings) {
        int k = shifted.length;
        double from = settings.windowFrom();
        double to = settings.windowTo();
        double[] v = new double[GRADIENT + k];
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
        return v;
    }

    /**
     * The figures of the history (x, T, T) of a class: as {@link #direct} with quartiles always, and in place of the
     * gradient each shifted model's expected orders, then its P(alive).
     */
    private static double[] atClass(PurchasePredictor model, PurchasePredictor[] shifted, int x, double age,
                                    PredictionSettings settings) {
        int k = shifted.length;
        double from = settings.windowFrom();
        double to = settings.windowTo();
        double[] v = new double[GRADIENT + 2 * k];
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
        return v;
    }

    static double clamp(double p) {
        return Math.max(0, Math.min(1, p));
    }

    private record XT(int x, double age) {
    }

    /** @return for each history the index of its (x, T) class; the classes' first histories go to {@code out} */
    static int[] classes(List<CustomerSummary> histories, List<CustomerSummary> out) {
        Map<XT, Integer> index = new HashMap<>();
        int[] classOf = new int[histories.size()];
        for (int i = 0; i < classOf.length; i++) {
            CustomerSummary c = histories.get(i);
            Integer g = index.putIfAbsent(new XT(c.frequency(), c.age()), out.size());
            if (g == null) {
                g = out.size();
                out.add(c);
            }
            classOf[i] = g;
        }
        return classOf;
    }
}
