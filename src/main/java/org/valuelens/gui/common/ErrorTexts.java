package org.valuelens.gui.common;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The message of an error from the services, in the interface language: the sentences a user reaches through the
 * pages with valid input (a calibration end before the data, an empty holdout period, a dataset without dates) are
 * re-worded from the bundle with their dates and names; any other message is shown as the service wrote it (English).
 */
public final class ErrorTexts {

    private static final String DATASET = "Dataset (\\d+) \\((.+)\\) ";
    private static final KnownSentences KNOWN = KnownSentences.none()
            .with(DATASET + "has no customers with a purchase on or before the calibration end\\.",
                    "serviceError.noCustomersBeforeCalibration")
            .with(DATASET + "has no purchase on or before (\\S+)\\.", "serviceError.noPurchaseBefore")
            .with(DATASET + "has no dated transactions, so it cannot be split into two periods\\.",
                    "serviceError.noDatesToSplit")
            .with(DATASET + "has no dated transactions\\.", "serviceError.noDates")
            .with("The holdout period is empty: the calibration end (\\S+) is not before the observation end "
                    + "(\\S+)\\.", "serviceError.emptyHoldout")
            .with("Validation needs a calibration end date \\(--calibration-end\\) before the last transaction, so "
                    + "that there is a holdout period to compare with\\.", "serviceError.needsCalibrationEnd")
            .with("The observation end (\\S+) is before the calibration end (\\S+)\\.",
                    "serviceError.observationBeforeCalibration")
            .with("need at least one repeat customer to fit (.+) \\(every customer bought only once\\)",
                    "serviceError.noRepeatCustomers")
            // the other reasons a purchase model cannot be fitted (the model comparison shows them per row)
            .with("cannot fit (.+): all (\\d+) customers made their first purchase on the calibration end, so none "
                    + "has had time to buy again; choose a later calibration end or use data over a longer period",
                    "serviceError.allAgeZero")
            .with("cannot fit (.+): there are no customers", "serviceError.noCustomersToFit")
            .with("need at least 2 customers to fit (.+), got (\\d+)", "serviceError.tooFewCustomers")
            .with("(.+) did not reach finite parameters(?: \\(a parameter ran to 0 or infinity\\))?; the data are "
                    + "too few or too regular for this model", "serviceError.notFinite")
            .with("the likelihood could not be evaluated at any start point; check the data",
                    "serviceError.likelihoodNotEvaluated")
            .with("cannot fit (.+)", "serviceError.cannotFit")
            .with("The model (\\S+) could not be fitted on this data\\.", "serviceError.modelNotFitted");
    /** The model comparison's wrapper around a reason from the fit, whose reason is re-worded too. */
    private static final Pattern NOT_FITTED_BECAUSE = Pattern.compile(
            "The model (\\S+) could not be fitted on this data: (.+)", Pattern.DOTALL);

    private ErrorTexts() {
    }

    /**
     * @param i18n  texts ({@code null} not permitted)
     * @param error an error ({@code null} not permitted)
     * @return its message in the interface language when it is a known one, else its message (or its class name
     *         when it has none)
     */
    public static String message(I18n i18n, Throwable error) {
        Objects.requireNonNull(error, "error");
        String message = error.getMessage() == null ? error.toString() : error.getMessage();
        Matcher m = NOT_FITTED_BECAUSE.matcher(message.strip());
        if (m.matches()) {
            return i18n.format("serviceError.modelNotFittedBecause", m.group(1), KNOWN.localise(i18n, m.group(2)));
        }
        return KNOWN.localise(i18n, message);
    }
}
