package org.valuelens.model.validation;

/**
 * Repeat purchases of a cohort in one calendar period, actual and predicted.
 *
 * @param period              1-based period number from the tracking start
 * @param actual              actual repeat purchases in the period
 * @param predicted           predicted repeat purchases in the period
 * @param actualCumulative    actual repeat purchases in periods 1..period
 * @param predictedCumulative predicted repeat purchases in periods 1..period
 */
public record TrackingPoint(int period, double actual, double predicted, double actualCumulative,
                            double predictedCumulative) {
}
