/**
 * Customer lifetime value formulas ({@link org.valuelens.model.clv.ClvFormulas}: simple, retention, discounted
 * cash flow, historical, predictive from fitted BTYD models), each explained by a
 * {@link org.valuelens.model.clv.ClvResult}; and {@link org.valuelens.model.clv.RetentionEstimator} for r.
 */
package org.valuelens.model.clv;
