package org.valuelens.model.validation;

/**
 * Holdout purchases of customers grouped by their calibration frequency x.
 *
 * @param label         "0" .. "6" or "7+" ({@code null} not permitted)
 * @param customers     customers in the bucket ({@code >= 0})
 * @param meanActual    mean actual holdout purchases; 0 for an empty bucket
 * @param meanPredicted mean E[Y(holdout) | x, t_x, T] of the model; 0 for an empty bucket
 * @param meanBaseline  mean of the baseline x / T × holdout length; 0 for an empty bucket
 */
public record FrequencyBucket(String label, int customers, double meanActual, double meanPredicted,
                              double meanBaseline) {
}
