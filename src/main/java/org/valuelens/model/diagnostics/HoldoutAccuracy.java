package org.valuelens.model.diagnostics;

import java.util.List;
import java.util.Objects;
import java.util.function.ToDoubleFunction;
import org.valuelens.model.CustomerSummary;
import org.valuelens.model.btyd.PurchaseModel;

/**
 * Accuracy of per-customer holdout predictions: the measures of {@code validate} (MAE, RMSE, totals, % error)
 * plus the correlation of predicted and actual purchases, for one model or the naive baseline.
 */
public final class HoldoutAccuracy {

    /** Id of the baseline row: each customer's historical rate x / T times the holdout length. */
    public static final String BASELINE = "baseline";

    private HoldoutAccuracy() {
    }

    /**
     * @param model         fitted model ({@code null} not permitted)
     * @param customers     calibration summaries with holdout frequencies, in the model's unit
     * @param holdoutLength the holdout length ({@code >= 0})
     * @return the model's row
     * @throws IllegalStateException when the model predicts a non-finite number for a customer
     */
    public static AccuracyRow of(PurchaseModel model, List<CustomerSummary> customers, double holdoutLength) {
        Objects.requireNonNull(model, "model");
        return row(model.id(), customers, c -> {
            double p = model.expectedPurchases(holdoutLength, c.frequency(), c.recency(), c.age());
            if (!Double.isFinite(p)) {
                throw new IllegalStateException("The model " + model.id() + " predicted a number that is not finite"
                        + " for customer " + c.customerId() + ".");
            }
            return p;
        });
    }

    /**
     * @param customers     calibration summaries with holdout frequencies
     * @param holdoutLength the holdout length ({@code >= 0})
     * @return the baseline's row: x / T × holdout length (0 when T = 0)
     */
    public static AccuracyRow baseline(List<CustomerSummary> customers, double holdoutLength) {
        return row(BASELINE, customers, c -> c.age() > 0 ? c.frequency() / c.age() * holdoutLength : 0.0);
    }

    /**
     * @param customers calibration summaries with holdout frequencies
     * @return actual holdout purchases of all customers
     */
    public static double totalActual(List<CustomerSummary> customers) {
        double sum = 0;
        for (CustomerSummary c : customers) {
            sum += c.holdoutFrequency();
        }
        return sum;
    }

    private static AccuracyRow row(String id, List<CustomerSummary> customers,
                                   ToDoubleFunction<CustomerSummary> predict) {
        int n = customers.size();
        double sp = 0;
        double sa = 0;
        double spp = 0;
        double saa = 0;
        double spa = 0;
        double abs = 0;
        for (CustomerSummary c : customers) {
            double p = predict.applyAsDouble(c);
            double a = c.holdoutFrequency();
            sp += p;
            sa += a;
            spp += p * p;
            saa += a * a;
            spa += p * a;
            abs += Math.abs(p - a);
        }
        if (n == 0) {
            return new AccuracyRow(id, null, 0, 0, Double.NaN, 0, 0, null);
        }
        double squared = Math.max(0, spp - 2 * spa + saa);
        double covariance = spa - sp * sa / n;
        double varP = spp - sp * sp / n;
        double varA = saa - sa * sa / n;
        double correlation = varP > 0 && varA > 0 ? covariance / Math.sqrt(varP * varA) : Double.NaN;
        return new AccuracyRow(id, null, abs / n, Math.sqrt(squared / n), correlation, sp, sa,
                sa == 0 ? null : (sp - sa) / sa * 100.0);
    }
}
