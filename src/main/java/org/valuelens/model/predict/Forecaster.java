package org.valuelens.model.predict;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.valuelens.model.CustomerSummary;
import org.valuelens.model.btyd.GammaGammaModel;
import org.valuelens.model.btyd.Predictors;
import org.valuelens.model.btyd.PurchasePredictor;
import org.valuelens.model.btyd.SpendModel;
import org.valuelens.model.clv.PredictiveClv;
import org.valuelens.model.progress.ProgressListener;

/**
 * Predicts every customer's window figures, next-order quartiles and CLV from a fitted purchase model and spend
 * model, with <b>delta-method</b> ranges: each prediction's gradient in the parameters (forward differences with a
 * relative step of {@value #STEP}) against the parameters' estimated covariance (purchase and spend parameters are
 * fitted separately and taken as independent), {@code estimate -/+ z sd}. The ranges express the uncertainty of the
 * fitted parameters, not the chance of a customer's own purchases. Immutable.
 */
public final class Forecaster {

    /** Relative finite-difference step of the gradients. */
    static final double STEP = 1e-4;

    private final PurchasePredictor purchases;
    private final double[][] purchaseCovariance;
    private final SpendModel spend;
    private final double[][] spendCovariance;
    private final PredictionSettings settings;

    /**
     * @param purchases          fitted purchase model ({@code null} not permitted)
     * @param purchaseCovariance its parameters' covariance, or {@code null} when unknown (ranges are then NaN)
     * @param spend              fitted spend model, or {@code null} for a dataset without amounts (money is NaN)
     * @param spendCovariance    a Gamma-Gamma model's covariance, or {@code null} (spend taken as certain)
     * @param settings           window, horizon and levels ({@code null} not permitted)
     */
    public Forecaster(PurchasePredictor purchases, double[][] purchaseCovariance, SpendModel spend,
                      double[][] spendCovariance, PredictionSettings settings) {
        this.purchases = Objects.requireNonNull(purchases, "purchases");
        this.purchaseCovariance = purchaseCovariance == null ? null : copy(purchaseCovariance);
        this.spend = spend;
        this.spendCovariance = spendCovariance == null || !(spend instanceof GammaGammaModel) ? null
                : copy(spendCovariance);
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * @param customers the customers, in the model's unit ({@code null} not permitted)
     * @param margins   each customer's margin fraction (used only with a spend model), same length
     * @param listener  progress and cancel
     * @return the predictions, index for index
     */
    public CustomerPredictions predict(List<CustomerSummary> customers, double[] margins, ProgressListener listener) {
        int n = customers.size();
        if (margins.length != n) {
            throw new IllegalArgumentException("need one margin per customer (" + n + "), got " + margins.length);
        }
        double z = new NormalDistribution().inverseCumulativeProbability(0.5 + settings.level() / 2);
        double[] theta = Predictors.parameters(purchases);
        int k = theta.length;
        PurchasePredictor[] shifted = new PurchasePredictor[k];
        double[] h = new double[k];
        for (int j = 0; j < k; j++) {
            double[] t = theta.clone();
            h[j] = STEP * theta[j];
            t[j] += h[j];
            shifted[j] = Predictors.withParameters(purchases, t);
        }
        listener.progress(0, n, "Predicting");
        // customers with the same (x, t_x, T) share every purchase figure
        List<CustomerSummary> histories = new ArrayList<>();
        int[] historyOf = group(customers, histories);
        double[][] perHistory = HistoryFigures.compute(purchases, shifted, h, histories, settings);
        listener.checkCancelled();
        CustomerPredictions out = new CustomerPredictions(n);
        double[] gradOrders = new double[k];
        for (int i = 0; i < n; i++) {
            double[] v = perHistory[historyOf[i]];
            out.pAlive[i] = v[0];
            out.expectedOrders[i] = v[1];
            out.pNoOrder[i] = v[2];
            out.pAgain[i] = v[3];
            out.nextFrom[i] = v[4];
            out.nextMedian[i] = v[5];
            out.nextTo[i] = v[6];
            out.pSoon[i] = v[7];
            for (int j = 0; j < k; j++) {
                gradOrders[j] += v[8 + j];
            }
        }
        double orders = sum(out.expectedOrders);
        Range totalOrders = Range.of(orders, sd(gradOrders, purchaseCovariance), z);
        if (spend == null) {
            java.util.Arrays.fill(out.expectedSpend, Double.NaN);
            java.util.Arrays.fill(out.clv, Double.NaN);
            java.util.Arrays.fill(out.clvLow, Double.NaN);
            java.util.Arrays.fill(out.clvHigh, Double.NaN);
            Range none = new Range(Double.NaN, Double.NaN, Double.NaN);
            out.totals(totalOrders, none, none);
            return out;
        }
        money(customers, histories, margins, listener, out, shifted, h, perHistory, historyOf, z, totalOrders);
        return out;
    }

    /**
     * CLV and revenue with their ranges. A customer's CLV is D (discounted expected purchases over the horizon, a
     * function of the history only) times the expected spend times the margin, as in {@link PredictiveClv}; so the
     * CLV and its gradient in the purchase parameters need D per distinct history only (of the model and of each
     * shifted model), not a CLV pass over every customer.
     */
    private void money(List<CustomerSummary> customers, List<CustomerSummary> histories, double[] margins,
                       ProgressListener listener, CustomerPredictions out, PurchasePredictor[] shifted, double[] h,
                       double[][] perHistory, int[] historyOf, double z, Range totalOrders) {
        int n = customers.size();
        int k = shifted.length;
        double[] baseD = clv(purchases).discountedPurchases(histories, listener);
        double[][] shiftD = new double[k][];
        for (int j = 0; j < k && purchaseCovariance != null; j++) {
            shiftD[j] = clv(shifted[j]).discountedPurchases(histories, listener);
        }
        double[] base = new double[n];
        SpendModel[] spendShift = spendShifts();
        double[] gh = spendShift.length == 0 ? new double[0] : spendSteps();
        int g = spendShift.length;
        double[] gradClv = new double[k];
        double[] gradClvSpend = new double[g];
        double[] gradRevenue = new double[k];
        double[] gradRevenueSpend = new double[g];
        double revenue = 0;
        double[] gp = new double[k];
        double[] gs = new double[g];
        for (int i = 0; i < n; i++) {
            CustomerSummary c = customers.get(i);
            double m = Math.max(0, c.monetaryValue());
            double s = spend.expectedSpend(c.frequency(), m);
            double[] v = perHistory[historyOf[i]];
            int hi = historyOf[i];
            // as PredictiveClv: D times the expected spend times the margin
            base[i] = baseD[hi] * s * margins[i];
            if (!Double.isFinite(base[i])) {
                throw new IllegalStateException("The model gave a CLV that is not a finite number for customer "
                        + c.customerId() + ".");
            }
            out.expectedSpend[i] = s;
            out.clv[i] = base[i];
            revenue += v[1] * s;
            for (int j = 0; j < k; j++) {
                gp[j] = purchaseCovariance == null ? 0 : (shiftD[j][hi] - baseD[hi]) * s * margins[i] / h[j];
                gradClv[j] += gp[j];
                gradRevenue[j] += v[8 + j] * s;
            }
            for (int j = 0; j < g; j++) {
                double ds = (spendShift[j].expectedSpend(c.frequency(), m) - s) / gh[j];
                gs[j] = s > 0 ? base[i] * ds / s : 0;
                gradClvSpend[j] += gs[j];
                gradRevenueSpend[j] += v[1] * ds;
            }
            double sd = combine(sd(gp, purchaseCovariance), sd(gs, spendCovariance));
            Range r = Range.of(base[i], sd, z);
            out.clvLow[i] = r.low();
            out.clvHigh[i] = r.high();
        }
        Range totalRevenue = Range.of(revenue, combine(sd(gradRevenue, purchaseCovariance),
                sd(gradRevenueSpend, spendCovariance)), z);
        Range totalClv = Range.of(sum(base), combine(sd(gradClv, purchaseCovariance),
                sd(gradClvSpend, spendCovariance)), z);
        out.totals(totalOrders, totalRevenue, totalClv);
    }

    private PredictiveClv clv(PurchasePredictor model) {
        return new PredictiveClv(model, spend, settings.unit(), settings.horizon(), settings.annualDiscountRate());
    }

    private SpendModel[] spendShifts() {
        if (spendCovariance == null) {
            return new SpendModel[0];
        }
        GammaGammaModel gg = (GammaGammaModel) spend;
        double[] p = {gg.p(), gg.q(), gg.gamma()};
        SpendModel[] out = new SpendModel[3];
        for (int j = 0; j < 3; j++) {
            double[] t = p.clone();
            t[j] += STEP * p[j];
            out[j] = new GammaGammaModel(t[0], t[1], t[2]);
        }
        return out;
    }

    private double[] spendSteps() {
        GammaGammaModel gg = (GammaGammaModel) spend;
        return new double[] {STEP * gg.p(), STEP * gg.q(), STEP * gg.gamma()};
    }

    /** @return sqrt(g' S g), 0 for an empty gradient, NaN when the covariance is unknown */
    static double sd(double[] gradient, double[][] covariance) {
        if (gradient.length == 0) {
            return 0;
        }
        if (covariance == null) {
            return Double.NaN;
        }
        double v = 0;
        for (int a = 0; a < gradient.length; a++) {
            for (int b = 0; b < gradient.length; b++) {
                v += gradient[a] * covariance[a][b] * gradient[b];
            }
        }
        return Math.sqrt(Math.max(0, v));
    }

    private static double combine(double a, double b) {
        return Math.sqrt(a * a + b * b);
    }

    private static double sum(double[] v) {
        double s = 0;
        for (double d : v) {
            s += d;
        }
        return s;
    }

    private static double[][] copy(double[][] m) {
        double[][] c = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            c[i] = m[i].clone();
        }
        return c;
    }

    private record History(int x, double tx, double age) {
    }

    private static int[] group(List<CustomerSummary> customers, List<CustomerSummary> representatives) {
        Map<History, Integer> groups = new HashMap<>();
        int[] groupOf = new int[customers.size()];
        for (int i = 0; i < groupOf.length; i++) {
            CustomerSummary c = customers.get(i);
            Integer g = groups.putIfAbsent(new History(c.frequency(), c.recency(), c.age()), representatives.size());
            if (g == null) {
                g = representatives.size();
                representatives.add(c);
            }
            groupOf[i] = g;
        }
        return groupOf;
    }
}
