package org.valuelens.model.btyd;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.DoubleUnaryOperator;

/**
 * A test purchase model outside the BTYD family: E[Y(t)] is a given curve whatever the history, P(alive) a given
 * constant; it counts its calls of {@link #expectedPurchases}.
 */
public final class CurveModel implements PurchaseModel {

    private final DoubleUnaryOperator curve;
    private final double alive;
    private final AtomicLong calls = new AtomicLong();

    /**
     * @param curve E[Y(t)] as a function of t
     * @param alive P(alive) of every customer
     */
    public CurveModel(DoubleUnaryOperator curve, double alive) {
        this.curve = curve;
        this.alive = alive;
    }

    /** @return the calls of {@link #expectedPurchases} so far */
    public long calls() {
        return calls.get();
    }

    @Override
    public String id() {
        return "curve";
    }

    @Override
    public double expectedPurchasesNewCustomer(double t) {
        return curve.applyAsDouble(t);
    }

    @Override
    public double expectedPurchases(double t, int x, double tx, double age) {
        calls.incrementAndGet();
        return curve.applyAsDouble(t);
    }

    @Override
    public double probabilityAlive(int x, double tx, double age) {
        return alive;
    }
}
