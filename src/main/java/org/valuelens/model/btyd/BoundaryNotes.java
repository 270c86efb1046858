package org.valuelens.model.btyd;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Plain-language sentences for a fit whose optimum lies at the edge of the parameter space (a parameter ran
 * towards 0 or infinity). Such a fit is a valid limit of the model, not a failure: the sentences say what the limit
 * means for the predictions.
 */
final class BoundaryNotes {

    private BoundaryNotes() {
    }

    /**
     * @param modelId  model id of the fit
     * @param names    parameter names in order
     * @param params   estimates
     * @param boundary entries such as "a low" or "b high" ({@link MaxLikelihood.Estimate#boundary()})
     * @return one sentence per distinct meaning, empty when {@code boundary} is empty
     */
    static List<String> describe(String modelId, String[] names, double[] params, List<String> boundary) {
        List<String> out = new ArrayList<>();
        if (boundary.isEmpty()) {
            return out;
        }
        StringBuilder which = new StringBuilder();
        for (String b : boundary) {
            String name = b.substring(0, b.indexOf(' '));
            int i = List.of(names).indexOf(name);
            which.append(which.length() == 0 ? "" : ", ").append(name)
                    .append(b.endsWith("high") ? " → ∞" : " → 0")
                    .append(String.format(Locale.ROOT, " (%.3g)", params[i]));
        }
        out.add("The fit converged at a boundary of the model: " + which + ".");
        List<String> b = boundary;
        boolean noDropout;
        boolean sameDropout;
        boolean sameRate = b.contains("r high") && b.contains("alpha high");
        if (modelId.equals("pareto-nbd")) {
            sameDropout = b.contains("s high") && b.contains("beta high");
            noDropout = !sameDropout && (b.contains("beta high") || b.contains("s low"));
        } else if (modelId.equals("bg-nbd") || modelId.equals("mbg-nbd") || modelId.endsWith("cnbd-k")) {
            sameDropout = b.contains("a high") && b.contains("b high");
            noDropout = !sameDropout && (b.contains("a low") || b.contains("b high"));
        } else {
            sameDropout = false;
            noDropout = false;
        }
        boolean other = !noDropout && !sameDropout && !sameRate;
        if (noDropout) {
            out.add("In plain words: in this calibration period the data show no sign of customers dropping out,"
                    + " so the model treats every customer as still active (P(alive) close to 1) and predicts"
                    + " future purchases from each customer's past rate alone. Where customers do leave, these"
                    + " predictions are too high; a longer calibration period lets the model see drop-out.");
        }
        if (sameDropout) {
            out.add("In plain words: the customers hardly differ in how likely they are to drop out, so the model"
                    + " gives everyone the same drop-out chance.");
        }
        if (sameRate) {
            out.add("In plain words: the customers' purchase rates hardly differ from one another, so the model"
                    + " gives everyone nearly the same underlying rate.");
        }
        if (other) {
            out.add("The data are too few or show too little variation to estimate these parameters; treat the"
                    + " predictions as rough.");
        }
        return out;
    }
}
