package org.valuelens.model.btyd;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The outcome of a maximum-likelihood fit.
 *
 * @param modelId         "bg-nbd", "mbg-nbd", "pareto-nbd", "gamma-gamma" or "sbg"
 * @param parameters      estimates in the model's conventional order (e.g. r, alpha, a, b); unmodifiable
 * @param standardErrors  same keys; square roots of the diagonal of the inverse numerical Hessian of the negative
 *                        log-likelihood at the optimum, {@code NaN} when the Hessian is singular (then a warning
 *                        says so); unmodifiable
 * @param logLikelihood   maximised log-likelihood (natural log, finite)
 * @param aic             {@code 2k - 2 LL}
 * @param bic             {@code k ln(n) - 2 LL}, n = {@code customers}
 * @param converged       the optimiser reached its tolerance and the gradient at the optimum is small (also true
 *                        for a fit that converged at a boundary)
 * @param atBoundary      the optimum lies at the edge of the parameter space (a parameter ran towards 0 or
 *                        infinity): a valid limit of the model, explained in plain words in {@code warnings}
 * @param customers       number of customers (or cohort members) the likelihood was computed on
 * @param warnings        plain sentences for the user (possibly empty, never {@code null}); unmodifiable
 * @param model           the fitted model ({@code null} not permitted)
 * @param <M>             the fitted model type
 */
public record FitResult<M>(String modelId, Map<String, Double> parameters, Map<String, Double> standardErrors,
                           double logLikelihood, double aic, double bic, boolean converged, boolean atBoundary,
                           long customers, List<String> warnings, M model) {

    /** Copies the maps (keeping their order) and the list. */
    public FitResult {
        Objects.requireNonNull(modelId, "modelId");
        Objects.requireNonNull(model, "model");
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        standardErrors = Collections.unmodifiableMap(new LinkedHashMap<>(standardErrors));
        warnings = List.copyOf(warnings);
    }

    /**
     * @param name parameter name, e.g. "alpha"
     * @return its estimate
     * @throws IllegalArgumentException for an unknown name
     */
    public double parameter(String name) {
        Double v = parameters.get(name);
        if (v == null) {
            throw new IllegalArgumentException("no parameter '" + name + "' in " + modelId + ": "
                    + parameters.keySet());
        }
        return v;
    }

    /**
     * @param name parameter name
     * @return its standard error ({@code NaN} when not available)
     */
    public double standardError(String name) {
        Double v = standardErrors.get(name);
        if (v == null) {
            throw new IllegalArgumentException("no parameter '" + name + "' in " + modelId + ": "
                    + parameters.keySet());
        }
        return v;
    }
}
