package org.valuelens.model.predict;

import java.util.List;
import java.util.stream.IntStream;
import org.valuelens.model.CustomerSummary;
import org.valuelens.model.btyd.CnbdkModel;
import org.valuelens.model.btyd.DiscountedPurchases;
import org.valuelens.model.btyd.HistoryGroups;
import org.valuelens.model.btyd.PurchasePredictor;

/**
 * {@link HistoryFigures} for (M)BG/CNBD-k: given alive and in Erlang phase j at T, expected orders and the chance of
 * an order in a window depend on x and T only, so they are computed once per (x, T) class and phase (also for the
 * shifted models of the gradient) and mixed with each history's {@link CnbdkModel#alivePhaseMix}. The next-order
 * quartiles depend on the mix, so they are solved per history (only where an order is likely). Stateless.
 */
final class PhaseFigures {

    private PhaseFigures() {
    }

    /** As {@link HistoryFigures#compute}; a customer's D is its alive-phase mix times each phase's D. */
    static double[][] compute(CnbdkModel model, PurchasePredictor[] shifted, double[] h,
                              List<CustomerSummary> histories, PredictionSettings settings,
                              DiscountedPurchases[] horizons) {
        int k = shifted.length;
        HistoryGroups groups = HistoryGroups.of(histories, false);
        List<CustomerSummary> classes = groups.firsts(histories);
        int[] classOf = groups.groupOfRows();
        double[][][] perClass = new double[classes.size()][][];
        IntStream.range(0, perClass.length).parallel().forEach(i -> {
            CustomerSummary c = classes.get(i);
            perClass[i] = atClass(model, shifted, c.frequency(), c.age(), settings, horizons);
        });
        double[][] out = new double[histories.size()][];
        IntStream.range(0, out.length).parallel().forEach(i -> {
            CustomerSummary c = histories.get(i);
            double[][] cl = perClass[classOf[i]];
            int x = c.frequency();
            double[] mix = model.alivePhaseMix(x, c.recency(), c.age());
            double[] v = new double[HistoryFigures.GRADIENT + k + horizons.length];
            if (horizons.length > 0) {
                v[HistoryFigures.GRADIENT + k] = dot(mix, cl[3 + k]);
            }
            v[HistoryFigures.ALIVE] = sum(mix);
            v[HistoryFigures.ORDERS] = dot(mix, cl[0]);
            v[HistoryFigures.NO_ORDER] = HistoryFigures.clamp(1 - dot(mix, cl[1]));
            v[HistoryFigures.AGAIN] = HistoryFigures.clamp(v[HistoryFigures.ALIVE]);
            v[HistoryFigures.SOON] = HistoryFigures.clamp(dot(mix, cl[2]));
            boolean likely = v[HistoryFigures.SOON] >= settings.unlikelyBelow() && v[HistoryFigures.SOON] > 0;
            double[] quartiles = likely ? model.nextPurchaseQuantiles(HistoryFigures.QS, x, c.recency(), c.age())
                    : HistoryFigures.NONE;
            System.arraycopy(quartiles, 0, v, HistoryFigures.QUARTILES, 3);
            for (int j = 0; j < k; j++) {
                double[] shiftedMix = ((CnbdkModel) shifted[j]).alivePhaseMix(x, c.recency(), c.age());
                v[HistoryFigures.GRADIENT + j] = (dot(shiftedMix, cl[3 + j]) - v[HistoryFigures.ORDERS]) / h[j];
                if (j + 1 < horizons.length) {
                    v[HistoryFigures.GRADIENT + k + 1 + j] = dot(shiftedMix, cl[3 + k + 1 + j]);
                }
            }
            out[i] = v;
        });
        return out;
    }

    /**
     * @return per phase: [0] expected orders in the window, [1] P(an order in the window), [2] P(an order within the
     *         "unlikely" span), [3 + j] shifted model j's expected orders in the window, [3 + k + m] horizon m's
     *         discounted purchases (k shifted models)
     */
    private static double[][] atClass(CnbdkModel model, PurchasePredictor[] shifted, int x, double age,
                                      PredictionSettings settings, DiscountedPurchases[] horizons) {
        double from = settings.windowFrom();
        double to = settings.windowTo();
        double[][] v = new double[3 + shifted.length + horizons.length][];
        for (int m = 0; m < horizons.length; m++) {
            v[3 + shifted.length + m] = horizons[m].phaseDiscounted(x, age);
        }
        for (int j = 0; j < 3 + shifted.length; j++) {
            v[j] = new double[model.k()];
        }
        for (int p = 0; p < model.k(); p++) {
            v[0][p] = orders(model, from, to, x, age, p);
            v[1][p] = model.phaseBuysInWindow(from, to, x, age, p);
            v[2][p] = model.phaseBuysInWindow(0, settings.unlikelyWithin(), x, age, p);
            for (int j = 0; j < shifted.length; j++) {
                v[3 + j][p] = orders((CnbdkModel) shifted[j], from, to, x, age, p);
            }
        }
        return v;
    }

    private static double orders(CnbdkModel m, double from, double to, int x, double age, int phase) {
        return m.phaseExpectedPurchases(to, x, age, phase) - m.phaseExpectedPurchases(from, x, age, phase);
    }

    private static double sum(double[] v) {
        double s = 0;
        for (double d : v) {
            s += d;
        }
        return s;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
