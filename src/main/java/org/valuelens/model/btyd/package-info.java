/**
 * Probabilistic "buy-till-you-die" customer-base models fitted by maximum likelihood.
 *
 * <p>Non-contractual purchase models ({@link org.valuelens.model.btyd.PurchaseModel}): BG/NBD
 * ({@link org.valuelens.model.btyd.BgNbdFitter}), MBG/NBD ({@link org.valuelens.model.btyd.MbgNbdFitter}) and
 * Pareto/NBD ({@link org.valuelens.model.btyd.ParetoNbdFitter}), all fitted on
 * {@link org.valuelens.model.btyd.CalibrationData}; {@link org.valuelens.model.btyd.PurchaseModels} picks one by
 * id. Spend: Gamma-Gamma ({@link org.valuelens.model.btyd.GammaGammaFitter},
 * {@link org.valuelens.model.btyd.SpendModel}). Discrete opportunities: BG/BB
 * ({@link org.valuelens.model.btyd.BgBbFitter}). Contractual retention: shifted-beta-geometric
 * ({@link org.valuelens.model.btyd.SbgFitter}).
 *
 * <p>Every fitter is immutable and returns a {@link org.valuelens.model.btyd.FitResult}; data that cannot support
 * a model raise {@link org.valuelens.model.btyd.FitException} with a plain message. Times are in whatever unit
 * the calibration data were built in (the published CDNOW figures use weeks); predictions come back in that unit.
 * The likelihoods are checked against published tables (Fader, Hardie &amp; Lee 2005; Fader &amp; Hardie 2007,
 * 2013; Fader, Hardie &amp; Shang 2010; BTYD) in the tests.
 */
package org.valuelens.model.btyd;
