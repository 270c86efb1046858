package org.valuelens.service;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.valuelens.model.clv.ClvResult;

/**
 * A CLV figure explained for the "How is this computed?" panel: one customer's CLV, or a group's mean CLV explained
 * through the mean of its customers' inputs.
 *
 * @param result     the formula with the inputs substituted, its steps and its value ({@code null} not permitted)
 * @param parameters method-level parameters behind the figure, ordered: fitted model parameters (purchase model
 *                   names such as "r", "alpha", "a", "b"; spend model names prefixed "gamma-gamma "), the retention
 *                   rate, the per-period discount rate (unmodifiable)
 * @param customers  customers explained: 1 for one customer, the group size otherwise ({@code >= 1})
 * @param meanClv    the mean of the customers' actual CLVs by the method, currency (the customer's CLV when 1)
 * @param exact      {@code true} when {@code result.value()} equals {@code meanClv} (formula linear in the averaged
 *                   inputs); {@code false} for model-based methods, where the result is the CLV of an "average
 *                   customer" and differs from the mean of the customers' CLVs
 */
public record ClvExplanation(ClvResult result, Map<String, Double> parameters, int customers, double meanClv,
                             boolean exact) {

    /** Copies the map and checks the count. */
    public ClvExplanation {
        Objects.requireNonNull(result, "result");
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        if (customers < 1) {
            throw new IllegalArgumentException("An explanation covers at least one customer.");
        }
    }
}
