package org.valuelens.model.predict;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.valuelens.model.CustomerSummary;
import org.valuelens.model.btyd.DiscountedPurchases;
import org.valuelens.model.btyd.GammaGammaModel;
import org.valuelens.model.btyd.HistoryGroups;
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
        HistoryGroups groups = HistoryGroups.of(customers, true);
        List<CustomerSummary> histories = groups.firsts(customers);
        int[] historyOf = groups.groupOfRows();
        DiscountedPurchases[] horizons = horizons(shifted);
        double[][] perHistory = HistoryFigures.compute(purchases, shifted, h, histories, settings, horizons);
        listener.checkCancelled();
        // one flat array, a history's figures side by side: the customer loop reads one place per customer
        int width = HistoryFigures.GRADIENT + k + horizons.length;
        double[] flat = new double[perHistory.length * width];
        for (int i = 0; i < perHistory.length; i++) {
            System.arraycopy(perHistory[i], 0, flat, i * width, width);
        }
        CustomerPredictions out = new CustomerPredictions(n);
        Money money = spend == null ? null : new Money(k);
        double[] sums = BlockSums.run(n, 1 + k + (money == null ? 0 : money.width), (from, to, sum) -> {
            Money.Scratch scratch = money == null ? null : money.scratch();
            for (int i = from; i < to; i++) {
                int at = historyOf[i] * width;
                out.pAlive[i] = flat[at];
                out.expectedOrders[i] = flat[at + 1];
                out.pNoOrder[i] = flat[at + 2];
                out.pAgain[i] = flat[at + 3];
                out.nextFrom[i] = flat[at + 4];
                out.nextMedian[i] = flat[at + 5];
                out.nextTo[i] = flat[at + 6];
                out.pSoon[i] = flat[at + 7];
                sum[0] += flat[at + 1];
                for (int j = 0; j < k; j++) {
                    sum[1 + j] += flat[at + HistoryFigures.GRADIENT + j];
                }
                if (money != null) {
                    money.customer(customers.get(i), margins[i], flat, at, out, i, sum, 1 + k, h, z, scratch);
                }
            }
        });
        Range totalOrders = Range.of(sums[0], sd(Arrays.copyOfRange(sums, 1, 1 + k), purchaseCovariance), z);
        if (money == null) {
            Arrays.fill(out.expectedSpend, Double.NaN);
            Arrays.fill(out.clv, Double.NaN);
            Arrays.fill(out.clvLow, Double.NaN);
            Arrays.fill(out.clvHigh, Double.NaN);
            Range none = new Range(Double.NaN, Double.NaN, Double.NaN);
            out.totals(totalOrders, none, none);
            return out;
        }
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(out.clv[i])) {
                throw new IllegalStateException("The model gave a CLV that is not a finite number for customer "
                        + customers.get(i).customerId() + ".");
            }
        }
        out.totals(totalOrders, money.totalRevenue(sums, 1 + k, z), money.totalClv(sums, 1 + k, z));
        return out;
    }

    /**
     * The horizon sums D of the model and, when there is a covariance, of each shifted model (for the gradient of
     * the CLV); none without a spend model.
     */
    private DiscountedPurchases[] horizons(PurchasePredictor[] shifted) {
        if (spend == null) {
            return new DiscountedPurchases[0];
        }
        DiscountedPurchases[] out = new DiscountedPurchases[purchaseCovariance == null ? 1 : 1 + shifted.length];
        for (int m = 0; m < out.length; m++) {
            out[m] = clv(m == 0 ? purchases : shifted[m - 1]).horizonSums();
        }
        return out;
    }

    /**
     * CLV and revenue with their ranges. A customer's CLV is D (discounted expected purchases over the horizon, a
     * function of the history only) times the expected spend times the margin, as in {@link PredictiveClv}; so the
     * CLV and its gradient in the purchase parameters need D per distinct history only (of the model and of each
     * shifted model, from {@link HistoryFigures}), not a CLV pass over every customer. Sums, from an offset: CLV,
     * revenue, then the gradients of the CLV and of the revenue in the purchase parameters (k each) and in the spend
     * parameters (g each).
     */
    private final class Money {

        private final int k;
        private final int g;
        private final int width;
        private final SpendModel[] spendShift;
        private final double[] gh;

        Money(int k) {
            this.k = k;
            this.spendShift = spendShifts();
            this.g = spendShift.length;
            this.gh = g == 0 ? new double[0] : spendSteps();
            this.width = 2 + 2 * k + 2 * g;
        }

        /** A block's gradient buffers. */
        record Scratch(double[] gp, double[] gs) {
        }

        Scratch scratch() {
            return new Scratch(new double[k], new double[g]);
        }

        void customer(CustomerSummary c, double margin, double[] flat, int at, CustomerPredictions out, int i,
                      double[] sum, int offset, double[] h, double z, Scratch scratch) {
            double[] gp = scratch.gp();
            double[] gs = scratch.gs();
            int d0 = at + HistoryFigures.GRADIENT + k;
            double m = Math.max(0, c.monetaryValue());
            double s = spend.expectedSpend(c.frequency(), m);
            double orders = flat[at + 1];
            // as PredictiveClv: D times the expected spend times the margin
            double base = flat[d0] * s * margin;
            out.expectedSpend[i] = s;
            out.clv[i] = base;
            sum[offset] += base;
            sum[offset + 1] += orders * s;
            int clvP = offset + 2;
            int revenueP = clvP + k;
            int clvS = revenueP + k;
            int revenueS = clvS + g;
            for (int j = 0; j < k; j++) {
                gp[j] = purchaseCovariance == null ? 0 : (flat[d0 + 1 + j] - flat[d0]) * s * margin / h[j];
                sum[clvP + j] += gp[j];
                sum[revenueP + j] += flat[at + HistoryFigures.GRADIENT + j] * s;
            }
            for (int j = 0; j < g; j++) {
                double ds = (spendShift[j].expectedSpend(c.frequency(), m) - s) / gh[j];
                gs[j] = s > 0 ? base * ds / s : 0;
                sum[clvS + j] += gs[j];
                sum[revenueS + j] += orders * ds;
            }
            Range r = Range.of(base, combine(sd(gp, purchaseCovariance), sd(gs, spendCovariance)), z);
            out.clvLow[i] = r.low();
            out.clvHigh[i] = r.high();
        }

        Range totalRevenue(double[] sums, int offset, double z) {
            int revenueP = offset + 2 + k;
            int revenueS = revenueP + k + g;
            return Range.of(sums[offset + 1], combine(sd(Arrays.copyOfRange(sums, revenueP, revenueP + k),
                    purchaseCovariance), sd(Arrays.copyOfRange(sums, revenueS, revenueS + g), spendCovariance)), z);
        }

        Range totalClv(double[] sums, int offset, double z) {
            int clvP = offset + 2;
            int clvS = clvP + 2 * k;
            return Range.of(sums[offset], combine(sd(Arrays.copyOfRange(sums, clvP, clvP + k), purchaseCovariance),
                    sd(Arrays.copyOfRange(sums, clvS, clvS + g), spendCovariance)), z);
        }
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

    private static double[][] copy(double[][] m) {
        double[][] c = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            c[i] = m[i].clone();
        }
        return c;
    }
}
