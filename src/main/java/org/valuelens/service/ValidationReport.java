package org.valuelens.service;

import org.valuelens.model.validation.CumulativeTracking;
import org.valuelens.model.validation.HoldoutValidation;

/**
 * A calibration/holdout validation.
 *
 * @param fit        the model fitted on the calibration period
 * @param validation by-frequency table and error figures for model and baseline
 * @param tracking   cumulative repeat purchases per period, actual vs model
 */
public record ValidationReport(FitReport fit, HoldoutValidation validation, CumulativeTracking tracking) {
}
