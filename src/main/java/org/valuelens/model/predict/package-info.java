/**
 * Per-customer predictions a marketer acts on, from any fitted
 * {@link org.valuelens.model.btyd.PurchasePredictor} and a spend model: expected orders and the probability of no
 * order in a future window (churn risk, in {@link org.valuelens.model.predict.ChurnBands}), P(alive), the time to
 * the next order, predicted CLV, and delta-method ranges from the parameters' estimated covariance
 * ({@link org.valuelens.model.predict.Forecaster}). See docs/predictions.md.
 */
package org.valuelens.model.predict;
