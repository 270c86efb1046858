package org.valuelens.model.clv;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A CLV figure with everything needed to explain it.
 *
 * @param method  short name of the method, e.g. "simple", "retention", "predictive" ({@code null} not permitted)
 * @param formula the formula as text, e.g. "CLV = AOV × F × L − CAC" ({@code null} not permitted)
 * @param value   the result in currency units (finite, never NaN)
 * @param inputs  named inputs in the order they appear in the formula; names carry units, e.g.
 *                "purchase frequency (per year)" (unmodifiable, order kept)
 * @param steps   intermediate steps in calculation order (unmodifiable)
 */
public record ClvResult(String method, String formula, double value, Map<String, Double> inputs,
                        List<ClvStep> steps) {

    /** Copies the collections, keeping the order of the inputs. */
    public ClvResult {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(formula, "formula");
        if (!Double.isFinite(value)) {
            throw new IllegalStateException("The " + method + " CLV came out as " + value
                    + "; check the inputs for extreme values.");
        }
        inputs = Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
        steps = List.copyOf(steps);
    }
}
