package org.valuelens.gui.common;

/**
 * Shows the model's fit warnings (plain English sentences from {@code model.btyd}) in the interface language. Each
 * known sentence is recognised by a pattern and re-worded from the bundle with its numbers; a sentence not known
 * here is shown as it is. (The lasting fix is warning codes with arguments in the model; until then the patterns
 * below follow the model's texts, and {@code ModelWarningsTest} checks them against the real ones.)
 */
public final class ModelWarnings {

    private static final String NUM = "([-+0-9.eE]+|NaN|Infinity)";
    private static final KnownSentences KNOWN = KnownSentences.none()
            .with("BG/NBD assumes one-time buyers are certainly alive \\(P\\(alive\\)=1\\); compare MBG/NBD or "
                    + "Pareto/NBD\\.",
                    "warning.oneTimeBuyers")
            .with("Gamma-Gamma was fitted on (\\d+) repeat customers with positive spend; excluded (\\d+) one-time "
                    + "buyers \\(no repeat spend\\) and (\\d+) repeat customers with zero or negative spend\\.",
                    "warning.ggExcluded")
            .with("Frequency and mean spend are correlated \\(r = " + NUM + "\\); the Gamma-Gamma model assumes "
                    + "they are independent\\.",
                    "warning.correlated")
            .with("The optimiser stopped at its evaluation limit before reaching its tolerance\\.",
                    "warning.evaluationLimit")
            .with("The likelihood gradient at the estimate is not small \\(" + NUM + "\\); the fit may not have "
                    + "converged\\.",
                    "warning.gradient")
            .with("Parameter (\\S+) ran to a boundary \\(" + NUM + "\\): the data are too few or show too little "
                    + "variation to estimate it; treat the fit as unreliable\\.",
                    "warning.boundary")
            .with("Standard errors are unavailable: the Hessian of the likelihood is singular or not negative "
                    + "definite at the estimate \\(a parameter may be poorly identified\\)\\.",
                    "warning.noStandardErrors")
            .with("q <= 1: the population mean spend is infinite; expected spend of one-time buyers is "
                    + "undefined\\.",
                    "warning.qBelowOne")
            .with("Only (\\d+) customers: the estimates are very uncertain\\.",
                    "warning.smallSample");

    private ModelWarnings() {
    }

    /**
     * @param i18n    texts ({@code null} not permitted)
     * @param warning a model warning ({@code null} gives "")
     * @return the warning in the interface language when it is a known one, otherwise unchanged
     */
    public static String localise(I18n i18n, String warning) {
        return KNOWN.localise(i18n, warning);
    }
}
