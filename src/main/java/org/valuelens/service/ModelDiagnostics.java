package org.valuelens.service;

import org.valuelens.model.diagnostics.FrequencyRecencyGrid;
import org.valuelens.model.diagnostics.RepeatDistribution;

/**
 * The calibration-period diagnostics of one fitted purchase model.
 *
 * @param fit          the fit (parameters, summary)
 * @param repeats      customers by repeat purchases, actual against the model
 * @param grid         expected purchases in the next {@code grid.horizon()} units and P(alive) by frequency and
 *                     recency, for a customer of the largest age
 */
public record ModelDiagnostics(FitReport fit, RepeatDistribution repeats, FrequencyRecencyGrid grid) {
}
