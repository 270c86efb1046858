package org.valuelens.model.btyd;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Rebuilds a {@link FitResult} from its stored numbers (a saved fit, issue 14).
 * The fitted model is a pure function of the parameters, so a fit read back from storage with bit-identical
 * parameters predicts exactly what the original fit predicted.
 */
public final class SavedFits {

    private SavedFits() {
    }

    /**
     * @param modelId        "bg-nbd", "mbg-nbd", "pareto-nbd", "bg-cnbd-k", "mbg-cnbd-k" or "gamma-gamma"
     * @param parameters     estimates by name, in the model's conventional order ({@code null} not permitted)
     * @param standardErrors standard errors by the same names ({@code null} not permitted)
     * @param logLikelihood  maximised log-likelihood
     * @param aic            AIC
     * @param bic            BIC
     * @param converged      whether the fit converged
     * @param atBoundary     whether the optimum lay at the edge of the parameter space
     * @param customers      customers the likelihood was computed on
     * @param warnings       the fit's warnings ({@code null} not permitted)
     * @return the fit with its model rebuilt from the parameters
     * @throws IllegalArgumentException for an unknown model id or a missing parameter
     */
    public static FitResult<?> restore(String modelId, Map<String, Double> parameters,
                                       Map<String, Double> standardErrors, double logLikelihood, double aic,
                                       double bic, boolean converged, boolean atBoundary, long customers,
                                       List<String> warnings) {
        Objects.requireNonNull(parameters, "parameters");
        Object model = switch (modelId) {
            case "bg-nbd" -> new BgNbdModel(get(parameters, "r"), get(parameters, "alpha"), get(parameters, "a"),
                    get(parameters, "b"));
            case "mbg-nbd" -> new MbgNbdModel(get(parameters, "r"), get(parameters, "alpha"), get(parameters, "a"),
                    get(parameters, "b"));
            case "pareto-nbd" -> new ParetoNbdModel(get(parameters, "r"), get(parameters, "alpha"),
                    get(parameters, "s"), get(parameters, "beta"));
            case "bg-cnbd-k", "mbg-cnbd-k" -> new CnbdkModel((int) Math.round(get(parameters, "k")),
                    get(parameters, "r"), get(parameters, "alpha"), get(parameters, "a"), get(parameters, "b"),
                    modelId.startsWith("m"));
            case "gamma-gamma" -> new GammaGammaModel(get(parameters, "p"), get(parameters, "q"),
                    get(parameters, "gamma"));
            default -> throw new IllegalArgumentException("no saved-fit support for model '" + modelId + "'");
        };
        return new FitResult<>(modelId, parameters, standardErrors, logLikelihood, aic, bic, converged, atBoundary,
                customers, warnings, model);
    }

    private static double get(Map<String, Double> parameters, String name) {
        Double v = parameters.get(name);
        if (v == null) {
            throw new IllegalArgumentException("the saved fit has no parameter '" + name + "'");
        }
        return v;
    }
}
