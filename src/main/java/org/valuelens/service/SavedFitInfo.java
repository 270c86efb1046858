package org.valuelens.service;

import java.time.Instant;
import java.time.LocalDate;
import org.valuelens.model.btyd.FitResult;

/**
 * One saved fit as listed by {@code fits} and the app.
 *
 * @param id             workspace-unique id of the saved fit
 * @param datasetId      the dataset it was fitted on
 * @param datasetFile    that dataset's source file name
 * @param fit            model id, parameters, standard errors, log-likelihood, AIC, BIC, convergence, warnings
 * @param atBoundary     whether an estimate ran to a boundary (treat the fit as unreliable)
 * @param timeUnit       time unit (day, week, month)
 * @param calibrationEnd calibration end asked for, {@code null} = the last transaction date
 * @param observationEnd observation end asked for, {@code null} = the last transaction date
 * @param returnsPolicy  returns policy (net, exclude)
 * @param fittedThrough  the calibration end the summary resolved to (last day of data fitted)
 * @param fittedAt       when the fit was made
 * @param fitSeconds     wall-clock seconds the fit took
 */
public record SavedFitInfo(long id, int datasetId, String datasetFile, FitResult<?> fit, boolean atBoundary,
                           String timeUnit, LocalDate calibrationEnd, LocalDate observationEnd, String returnsPolicy,
                           LocalDate fittedThrough, Instant fittedAt, double fitSeconds) {
}
