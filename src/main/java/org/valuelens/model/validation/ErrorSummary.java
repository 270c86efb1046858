package org.valuelens.model.validation;

/**
 * Per-customer and aggregate errors of holdout predictions (purchases per customer in the holdout).
 *
 * @param mae            mean absolute error per customer; 0 for no customers
 * @param rmse           root mean squared error per customer; 0 for no customers
 * @param totalPredicted predicted holdout purchases summed over customers
 * @param totalActual    actual holdout purchases summed over customers
 * @param percentError   (predicted − actual) / actual × 100; {@code null} when the actual total is 0
 */
public record ErrorSummary(double mae, double rmse, double totalPredicted, double totalActual,
                           Double percentError) {
}
