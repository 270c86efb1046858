package org.valuelens.model.diagnostics;

import java.util.Objects;

/**
 * One row of the side-by-side holdout accuracy table: how well a model (or the baseline) predicted each customer's
 * holdout purchases, or why it could not be fitted.
 *
 * @param modelId        the model's id, or {@code baseline} ({@code null} not permitted)
 * @param failure        why the model could not be fitted or validated (one sentence); {@code null} when it was
 * @param mae            mean absolute error per customer ({@code NaN} when failed)
 * @param rmse           root mean squared error per customer ({@code NaN} when failed)
 * @param correlation    Pearson correlation of predicted and actual holdout purchases per customer ({@code NaN}
 *                       when failed or when either side does not vary)
 * @param totalPredicted predicted holdout purchases of all customers ({@code NaN} when failed)
 * @param totalActual    actual holdout purchases of all customers
 * @param percentError   (predicted − actual) / actual × 100; {@code null} when failed or the actual total is 0
 */
public record AccuracyRow(String modelId, String failure, double mae, double rmse, double correlation,
                          double totalPredicted, double totalActual, Double percentError) {

    /** Checks the id. */
    public AccuracyRow {
        Objects.requireNonNull(modelId, "modelId");
    }

    /**
     * @param modelId     the model
     * @param reason      one sentence
     * @param totalActual actual holdout purchases
     * @return a row of a model that could not be fitted or validated
     */
    public static AccuracyRow failed(String modelId, String reason, double totalActual) {
        return new AccuracyRow(modelId, Objects.requireNonNull(reason, "reason"), Double.NaN, Double.NaN, Double.NaN,
                Double.NaN, totalActual, null);
    }

    /** @return whether the model was fitted and validated */
    public boolean ok() {
        return failure == null;
    }
}
