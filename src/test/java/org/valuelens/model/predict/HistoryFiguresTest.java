package org.valuelens.model.predict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.valuelens.model.CustomerSummary;
import org.valuelens.model.TimeUnit;
import org.valuelens.model.btyd.BgNbdModel;
import org.valuelens.model.btyd.CnbdkModel;
import org.valuelens.model.btyd.GammaGammaModel;
import org.valuelens.model.btyd.MbgNbdModel;
import org.valuelens.model.btyd.ParetoNbdModel;
import org.valuelens.model.btyd.PlainPredictor;
import org.valuelens.model.btyd.Predictors;
import org.valuelens.model.btyd.PurchasePredictor;
import org.valuelens.model.clv.PredictiveClv;
import org.valuelens.model.progress.ProgressListener;

/**
 * The per-(x, T) shortcuts of {@link HistoryFigures} (scaling by P(alive); for CNBD-k mixing per Erlang phase) give
 * the figures of evaluating every history on its own: the same models wrapped in a plain {@link PurchasePredictor}
 * (no declaration of {@link PurchasePredictor#recencyOnlyThroughAlive()}, not a CNBD-k model) are the reference.
 */
class HistoryFiguresTest {

    private static final PredictionSettings SETTINGS = new PredictionSettings(TimeUnit.WEEK, 2, 15, 52, 0.1, 0.9,
            0.5, 52);

    @Test
    void sharingPerClassEqualsEvaluatingEachHistory() {
        // a window starting 2 weeks after the data end, so that the later-window sums are used too
        List<CustomerSummary> histories = histories();
        for (PurchasePredictor model : List.of(new BgNbdModel(0.243, 4.414, 0.793, 2.426),
                new MbgNbdModel(0.525, 6.183, 0.891, 1.614), new ParetoNbdModel(0.553, 10.578, 0.606, 11.669),
                new ParetoNbdModel(0.84, 3.5, 32.3, 1370), new CnbdkModel(2, 0.359, 1.129, 0.523, 2.785, false),
                new CnbdkModel(3, 1.329, 2.813, 0.425, 0.790, true))) {
            assertThat(model.recencyOnlyThroughAlive()).isEqualTo(!(model instanceof CnbdkModel));
            double[] theta = Predictors.parameters(model);
            PurchasePredictor[] shifted = new PurchasePredictor[theta.length];
            PurchasePredictor[] shiftedPlain = new PurchasePredictor[theta.length];
            double[] h = new double[theta.length];
            for (int j = 0; j < theta.length; j++) {
                double[] t = theta.clone();
                h[j] = 1e-4 * t[j];
                t[j] += h[j];
                shifted[j] = Predictors.withParameters(model, t);
                shiftedPlain[j] = plain(shifted[j]);
            }
            double[][] shared = HistoryFigures.compute(model, shifted, h, histories, SETTINGS);
            double[][] each = HistoryFigures.compute(plain(model), shiftedPlain, h, histories, SETTINGS);
            for (int i = 0; i < histories.size(); i++) {
                for (int f = 0; f < each[i].length; f++) {
                    double want = each[i][f];
                    String what = model + " history " + histories.get(i) + " figure " + f;
                    if (Double.isNaN(want)) {
                        assertThat(shared[i][f]).as(what).isNaN();
                    } else {
                        // gradients are differences of nearby values: compare them on the scale of the orders
                        double scale = f >= HistoryFigures.GRADIENT ? Math.abs(each[i][HistoryFigures.ORDERS]) / h[f
                                - HistoryFigures.GRADIENT] : Math.abs(want);
                        assertThat(shared[i][f]).as(what).isCloseTo(want, within(1e-7 * Math.max(scale, 1e-3)));
                    }
                }
            }
        }
    }

    @Test
    void theForecastersClvIsPredictiveClvForEveryModel() {
        List<CustomerSummary> customers = histories();
        double[] margins = new double[customers.size()];
        for (int i = 0; i < margins.length; i++) {
            margins[i] = 0.2 + 0.6 * (i % 7) / 6.0;
        }
        GammaGammaModel spend = new GammaGammaModel(6.25, 3.74, 15.44);
        for (PurchasePredictor model : List.of(new BgNbdModel(0.243, 4.414, 0.793, 2.426),
                new ParetoNbdModel(0.553, 10.578, 0.606, 11.669), new CnbdkModel(2, 0.359, 1.129, 0.523, 2.785,
                        false))) {
            CustomerPredictions p = new Forecaster(model, null, spend, null, SETTINGS).predict(customers, margins,
                    ProgressListener.NONE);
            double[] want = new PredictiveClv(model, spend, TimeUnit.WEEK, 52, 0.1).compute(customers, margins,
                    ProgressListener.NONE).clv();
            for (int i = 0; i < want.length; i++) {
                assertThat(p.clv[i]).as("%s customer %d", model, i).isCloseTo(want[i], within(1e-9 * want[i]));
            }
        }
    }

    @Test
    void theForecastersClvRangeIsTheDeltaMethodOfPredictiveClvForEveryModel() {
        // the per-history horizon sums of the shifted models (HistoryFigures) against a whole PredictiveClv pass per
        // shifted model, then g' S g by hand with a diagonal covariance
        List<CustomerSummary> customers = histories();
        double[] margins = new double[customers.size()];
        java.util.Arrays.fill(margins, 0.3);
        GammaGammaModel spend = new GammaGammaModel(6.25, 3.74, 15.44);
        for (PurchasePredictor model : List.of(new BgNbdModel(0.243, 4.414, 0.793, 2.426),
                new MbgNbdModel(0.525, 6.183, 0.891, 1.614), new ParetoNbdModel(0.553, 10.578, 0.606, 11.669),
                new CnbdkModel(2, 0.359, 1.129, 0.523, 2.785, false),
                new CnbdkModel(3, 1.329, 2.813, 0.425, 0.790, true))) {
            double[] theta = Predictors.parameters(model);
            double[][] cov = new double[theta.length][theta.length];
            for (int j = 0; j < theta.length; j++) {
                cov[j][j] = Math.pow(0.05 * theta[j], 2);
            }
            CustomerPredictions p = new Forecaster(model, cov, spend, null, SETTINGS).predict(customers, margins,
                    ProgressListener.NONE);
            double[] base = new PredictiveClv(model, spend, TimeUnit.WEEK, 52, 0.1).compute(customers, margins,
                    ProgressListener.NONE).clv();
            double[] variance = new double[customers.size()];
            for (int j = 0; j < theta.length; j++) {
                double[] t = theta.clone();
                double step = Forecaster.STEP * theta[j];
                t[j] += step;
                double[] moved = new PredictiveClv(Predictors.withParameters(model, t), spend, TimeUnit.WEEK, 52,
                        0.1).compute(customers, margins, ProgressListener.NONE).clv();
                for (int i = 0; i < base.length; i++) {
                    double g = (moved[i] - base[i]) / step;
                    variance[i] += g * g * cov[j][j];
                }
            }
            double z = 1.6448536269514722; // level 0.9
            for (int i = 0; i < base.length; i++) {
                double high = base[i] + z * Math.sqrt(variance[i]);
                assertThat(p.clvHigh[i]).as("%s customer %d", model, i).isCloseTo(high, within(1e-7 * high));
            }
        }
    }

    private static List<CustomerSummary> histories() {
        Random rnd = new Random(7);
        List<CustomerSummary> out = new ArrayList<>();
        LocalDate d = LocalDate.of(2024, 1, 1);
        for (int i = 0; i < 300; i++) {
            int x = rnd.nextInt(6);
            double age = 10 + rnd.nextInt(5) * 7.5;
            double tx = x == 0 ? 0 : age * rnd.nextDouble();
            out.add(new CustomerSummary("c" + i, d, d, null, x, tx, age, 10, 10, null, x + 1, 0, 0));
        }
        return out;
    }

    /** @return the model without its declaration that recency enters only through P(alive) */
    private static PurchasePredictor plain(PurchasePredictor m) {
        return new PlainPredictor(m, true);
    }
}
