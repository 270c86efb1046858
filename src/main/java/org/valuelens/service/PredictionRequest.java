package org.valuelens.service;

import java.time.LocalDate;
import java.util.Objects;
import org.valuelens.model.predict.ChurnBands;
import org.valuelens.model.predict.PredictionSettings;

/**
 * What the {@code predict} command and the Customers page ask for. The window is either {@code window} periods of
 * the time unit after the end of the data, or the calendar days {@code from} through {@code to}.
 *
 * @param modelId       one of {@link PredictionService#MODELS}
 * @param window        window length in periods of the time unit; {@code null} = 90 days
 * @param from          first day of a dated window ({@code null} unless {@code to} is given too)
 * @param to            last day of a dated window
 * @param bands         churn-risk cut-offs; {@code null} = those saved with the dataset (default 0.5 / 0.8)
 * @param level         coverage of the ranges, e.g. 0.9
 * @param unlikelyBelow below this probability of an order within a year no next-order date is given
 */
public record PredictionRequest(String modelId, Double window, LocalDate from, LocalDate to, ChurnBands bands,
                                double level, double unlikelyBelow) {

    /** The default window, in days. */
    public static final double DEFAULT_WINDOW_DAYS = 90;

    /** Checks that a dated window has both ends in order and that a length is positive, in plain sentences. */
    public PredictionRequest {
        Objects.requireNonNull(modelId, "modelId");
        if ((from == null) != (to == null)) {
            throw new ServiceException("Give both --from and --to for a window between two dates.");
        }
        if (from != null && to.isBefore(from)) {
            throw new ServiceException("The window's last day " + to + " is before its first day " + from + ".");
        }
        if (from != null && window != null) {
            throw new ServiceException("Give either a window length (--window) or two dates (--from, --to), "
                    + "not both.");
        }
        if (window != null && !(window > 0 && Double.isFinite(window))) {
            throw new ServiceException("The window must be a positive number of periods, not " + window + ".");
        }
    }

    /**
     * @param modelId the purchase model
     * @return a 90-day window, the dataset's bands, 90 % ranges and the default "unlikely" level
     */
    public static PredictionRequest defaults(String modelId) {
        return new PredictionRequest(modelId, null, null, null, null, PredictionSettings.DEFAULT_LEVEL,
                PredictionSettings.DEFAULT_UNLIKELY_BELOW);
    }
}
