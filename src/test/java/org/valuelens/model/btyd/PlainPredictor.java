package org.valuelens.model.btyd;

/**
 * Test helper: a fitted model seen only through the {@link PurchasePredictor} interface, so that callers take
 * their general paths (no closed forms picked by type, no {@link PurchasePredictor#recencyOnlyThroughAlive()}).
 *
 * @param model         the model every figure comes from
 * @param ownQuantiles  {@code true} to pass the model's own next-purchase quantiles through, {@code false} for the
 *                      interface's default bisection
 */
public record PlainPredictor(PurchasePredictor model, boolean ownQuantiles) implements PurchasePredictor {

    @Override
    public String id() {
        return "plain " + model.id();
    }

    @Override
    public double expectedPurchasesNewCustomer(double t) {
        return model.expectedPurchasesNewCustomer(t);
    }

    @Override
    public double expectedPurchases(double t, int x, double tx, double age) {
        return model.expectedPurchases(t, x, tx, age);
    }

    @Override
    public double probabilityAlive(int x, double tx, double age) {
        return model.probabilityAlive(x, tx, age);
    }

    @Override
    public double probabilityNoPurchase(double from, double to, int x, double tx, double age) {
        return model.probabilityNoPurchase(from, to, x, tx, age);
    }

    @Override
    public double probabilityPurchaseAgain(int x, double tx, double age) {
        return model.probabilityPurchaseAgain(x, tx, age);
    }

    @Override
    public double[] nextPurchaseQuantiles(double[] qs, int x, double tx, double age) {
        return ownQuantiles ? model.nextPurchaseQuantiles(qs, x, tx, age)
                : PurchasePredictor.super.nextPurchaseQuantiles(qs, x, tx, age);
    }
}
