package org.valuelens.model.diagnostics;

/**
 * Customers with a given number of repeat purchases in the calibration period, actual and expected by a model.
 *
 * @param label    "0", "1", ... or "7+" for the last, open bucket ({@code null} not permitted)
 * @param actual   customers observed with that many repeat purchases
 * @param expected customers the model expects, the sum over customers of P(X(T_i) = x)
 */
public record RepeatBucket(String label, long actual, double expected) {
}
