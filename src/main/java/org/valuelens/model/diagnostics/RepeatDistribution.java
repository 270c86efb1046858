package org.valuelens.model.diagnostics;

import java.util.List;
import java.util.Objects;

/**
 * The distribution of repeat purchases in the calibration period: how many customers made 0, 1, ... and "k or
 * more" repeat purchases, actual against a model.
 *
 * @param modelId   the model's id ({@code null} not permitted)
 * @param customers customers counted
 * @param buckets   one per count, the last one open ("7+"); unmodifiable
 */
public record RepeatDistribution(String modelId, int customers, List<RepeatBucket> buckets) {

    /** Copies the list. */
    public RepeatDistribution {
        Objects.requireNonNull(modelId, "modelId");
        buckets = List.copyOf(buckets);
    }
}
