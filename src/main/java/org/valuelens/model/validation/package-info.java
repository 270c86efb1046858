/**
 * Calibration/holdout validation of fitted purchase models
 * ({@link org.valuelens.model.validation.HoldoutValidator}): frequency buckets, errors against a naive baseline,
 * and calendar-time tracking of repeat purchases.
 */
package org.valuelens.model.validation;
