package org.valuelens.storage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.valuelens.model.btyd.FitResult;

/**
 * A model fit stored in the workspace with the fingerprint of what it was fitted on.
 *
 * @param id             workspace-unique id ({@code 0} before it is saved)
 * @param datasetId      the dataset
 * @param contentHash    the dataset's content hash when fitted (SHA-256 hex)
 * @param rowsImported   the dataset's imported row count when fitted
 * @param settingsKey    canonical text of the summary and fitter settings; equal keys mean an equal summary
 * @param timeUnit       the time unit's command-line name (day, week, month), for display
 * @param calibrationEnd the calibration end asked for, {@code null} = the last transaction date
 * @param observationEnd the observation end asked for, {@code null} = the last transaction date
 * @param returnsPolicy  the returns policy's name (NET, EXCLUDE), for display
 * @param fittedThrough  the calibration end the summary resolved to
 * @param fit            the fit (model id, parameters, errors, likelihood, warnings, model)
 * @param atBoundary     whether an estimate ran to a boundary
 * @param fitSeconds     wall-clock seconds the fit took
 * @param fittedAt       when it was fitted
 */
public record SavedFit(long id, int datasetId, String contentHash, long rowsImported, String settingsKey,
                       String timeUnit, LocalDate calibrationEnd, LocalDate observationEnd, String returnsPolicy,
                       LocalDate fittedThrough, FitResult<?> fit, boolean atBoundary, double fitSeconds,
                       Instant fittedAt) {

    /** Checks the references. */
    public SavedFit {
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(settingsKey, "settingsKey");
        Objects.requireNonNull(timeUnit, "timeUnit");
        Objects.requireNonNull(returnsPolicy, "returnsPolicy");
        Objects.requireNonNull(fittedThrough, "fittedThrough");
        Objects.requireNonNull(fit, "fit");
        Objects.requireNonNull(fittedAt, "fittedAt");
    }

    /**
     * @param newId the id the database gave
     * @return a copy with that id
     */
    public SavedFit withId(long newId) {
        return new SavedFit(newId, datasetId, contentHash, rowsImported, settingsKey, timeUnit, calibrationEnd,
                observationEnd, returnsPolicy, fittedThrough, fit, atBoundary, fitSeconds, fittedAt);
    }
}
