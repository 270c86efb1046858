package org.valuelens.model.btyd;

/**
 * A fitted {@link PurchasePredictor}'s parameters as a vector, and the same model at other parameters (the
 * finite-difference gradients of the delta method). A new predictor model adds its case here.
 */
public final class Predictors {

    private Predictors() {
    }

    /**
     * @param model a fitted model ({@code null} not permitted)
     * @return its continuous parameters in the fit's order (r, alpha, a, b or r, alpha, s, beta; a CNBD-k
     *         model's k is held fixed)
     * @throws IllegalArgumentException for a model this class does not know
     */
    public static double[] parameters(PurchasePredictor model) {
        if (model instanceof BgNbdModel m) {
            return new double[] {m.r(), m.alpha(), m.a(), m.b()};
        }
        if (model instanceof MbgNbdModel m) {
            return new double[] {m.r(), m.alpha(), m.a(), m.b()};
        }
        if (model instanceof ParetoNbdModel m) {
            return new double[] {m.r(), m.alpha(), m.s(), m.beta()};
        }
        if (model instanceof CnbdkModel m) {
            return new double[] {m.r(), m.alpha(), m.a(), m.b()};
        }
        throw new IllegalArgumentException("no parameter vector for model " + model.id());
    }

    /**
     * @param model  a fitted model ({@code null} not permitted)
     * @param params new parameters in the order of {@link #parameters}
     * @return the same kind of model at {@code params}
     */
    public static PurchasePredictor withParameters(PurchasePredictor model, double[] params) {
        if (model instanceof BgNbdModel) {
            return new BgNbdModel(params[0], params[1], params[2], params[3]);
        }
        if (model instanceof MbgNbdModel) {
            return new MbgNbdModel(params[0], params[1], params[2], params[3]);
        }
        if (model instanceof ParetoNbdModel) {
            return new ParetoNbdModel(params[0], params[1], params[2], params[3]);
        }
        if (model instanceof CnbdkModel m) {
            return new CnbdkModel(m.k(), params[0], params[1], params[2], params[3], m.modified());
        }
        throw new IllegalArgumentException("cannot re-parameterise model " + model.id());
    }
}
