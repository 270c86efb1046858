package org.valuelens.gui.common;

import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shows the model's fit warnings (plain English sentences from {@code model.btyd}) in the interface language. Each
 * known sentence is recognised by a pattern and re-worded from the bundle with its numbers; a sentence not known
 * here is shown as it is. (The lasting fix is warning codes with arguments in the model; until then the patterns
 * below follow the model's texts, and {@code ModelWarningsTest} checks them against the real ones.)
 */
public final class ModelWarnings {

    /** A model sentence and the bundle key that re-words it; the groups are the key's arguments. */
    private record Known(Pattern pattern, String key) {
    }

    private static final String NUM = "([-+0-9.eE]+|NaN|Infinity)";
    private static final List<Known> KNOWN = List.of(
            known("BG/NBD assumes one-time buyers are certainly alive \\(P\\(alive\\)=1\\); compare MBG/NBD or "
                    + "Pareto/NBD\\.", "warning.oneTimeBuyers"),
            known("Gamma-Gamma was fitted on (\\d+) repeat customers with positive spend; excluded (\\d+) one-time "
                    + "buyers \\(no repeat spend\\) and (\\d+) repeat customers with zero or negative spend\\.",
                    "warning.ggExcluded"),
            known("Frequency and mean spend are correlated \\(r = " + NUM + "\\); the Gamma-Gamma model assumes "
                    + "they are independent\\.", "warning.correlated"),
            known("The optimiser stopped at its evaluation limit before reaching its tolerance\\.",
                    "warning.evaluationLimit"),
            known("The likelihood gradient at the estimate is not small \\(" + NUM + "\\); the fit may not have "
                    + "converged\\.", "warning.gradient"),
            known("Parameter (\\S+) ran to a boundary \\(" + NUM + "\\): the data are too few or show too little "
                    + "variation to estimate it; treat the fit as unreliable\\.", "warning.boundary"),
            known("Standard errors are unavailable: the Hessian of the likelihood is singular or not negative "
                    + "definite at the estimate \\(a parameter may be poorly identified\\)\\.",
                    "warning.noStandardErrors"),
            known("q <= 1: the population mean spend is infinite; expected spend of one-time buyers is "
                    + "undefined\\.", "warning.qBelowOne"),
            known("Only (\\d+) customers: the estimates are very uncertain\\.", "warning.smallSample"));

    private ModelWarnings() {
    }

    private static Known known(String regex, String key) {
        return new Known(Pattern.compile(regex), key);
    }

    /**
     * @param i18n    texts ({@code null} not permitted)
     * @param warning a model warning ({@code null} gives "")
     * @return the warning in the interface language when it is a known one, otherwise unchanged
     */
    public static String localise(I18n i18n, String warning) {
        Objects.requireNonNull(i18n, "i18n");
        if (warning == null) {
            return "";
        }
        for (Known k : KNOWN) {
            Matcher m = k.pattern().matcher(warning.strip());
            if (m.matches()) {
                Object[] args = new Object[m.groupCount()];
                for (int i = 0; i < args.length; i++) {
                    args[i] = m.group(i + 1);
                }
                return args.length == 0 ? i18n.get(k.key()) : i18n.format(k.key(), args);
            }
        }
        return warning;
    }
}
