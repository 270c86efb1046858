package org.valuelens.model.clv;

import java.util.Objects;

/**
 * One intermediate step of a CLV calculation, for the explainer.
 *
 * @param label what the value is, with its unit, e.g. "revenue per year (AOV × F)" ({@code null} not permitted)
 * @param value the value (finite)
 */
public record ClvStep(String label, double value) {

    /** Checks the label. */
    public ClvStep {
        Objects.requireNonNull(label, "label");
    }
}
