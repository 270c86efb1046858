/**
 * Model diagnostics known from lifetimes and CLVTools: the distribution of repeat purchases in the calibration
 * period (actual against each model, {@link org.valuelens.model.diagnostics.RepeatDistributions}), frequency x
 * recency grids of expected purchases and P(alive) ({@link org.valuelens.model.diagnostics.FrequencyRecencyGrids})
 * and the side-by-side holdout accuracy of several models ({@link org.valuelens.model.diagnostics.HoldoutAccuracy}).
 */
package org.valuelens.model.diagnostics;
