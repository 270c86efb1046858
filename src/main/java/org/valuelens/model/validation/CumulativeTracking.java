package org.valuelens.model.validation;

import java.util.List;
import java.util.Objects;
import org.valuelens.model.TimeUnit;

/**
 * Actual versus predicted repeat purchases by calendar period for a cohort.
 *
 * @param modelId the model's id ({@code null} not permitted)
 * @param unit    length of one period ({@code null} not permitted)
 * @param points  one point per period, period 1 first (unmodifiable)
 */
public record CumulativeTracking(String modelId, TimeUnit unit, List<TrackingPoint> points) {

    /** Copies the list. */
    public CumulativeTracking {
        Objects.requireNonNull(modelId, "modelId");
        Objects.requireNonNull(unit, "unit");
        points = List.copyOf(points);
    }
}
