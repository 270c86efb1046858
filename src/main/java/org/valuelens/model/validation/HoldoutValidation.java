package org.valuelens.model.validation;

import java.util.List;
import java.util.Objects;
import org.valuelens.model.TimeUnit;

/**
 * Calibration/holdout validation of a purchase model.
 *
 * @param modelId       the model's id ({@code null} not permitted)
 * @param unit          time unit of the summaries and the model ({@code null} not permitted)
 * @param holdoutLength holdout length in {@code unit} ({@code >= 0})
 * @param customers     customers validated
 * @param buckets       calibration frequency buckets "0" .. "6", "7+" (always 8, unmodifiable)
 * @param model         errors of the model's predictions
 * @param baseline      errors of the baseline: each customer's historical rate x / T × holdout length
 *                      (0 when T = 0)
 */
public record HoldoutValidation(String modelId, TimeUnit unit, double holdoutLength, int customers,
                                List<FrequencyBucket> buckets, ErrorSummary model, ErrorSummary baseline) {

    /** Copies the list. */
    public HoldoutValidation {
        Objects.requireNonNull(modelId, "modelId");
        Objects.requireNonNull(unit, "unit");
        buckets = List.copyOf(buckets);
    }
}
