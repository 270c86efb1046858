package org.valuelens.service;

import org.valuelens.model.btyd.FitResult;
import org.valuelens.model.summary.SummaryResult;

/**
 * A fitted model with the data it was fitted on.
 *
 * @param datasetId the dataset
 * @param fit       the fit (parameters, errors, likelihood, warnings, model)
 * @param summary   the calibration summary the model was fitted to
 * @param seconds   wall-clock seconds of the fit alone (summary excluded); for a reused saved fit, the seconds the
 *                  original fit took
 */
public record FitReport(int datasetId, FitResult<?> fit, SummaryResult summary, double seconds) {
}
