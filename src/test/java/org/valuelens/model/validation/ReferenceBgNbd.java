package org.valuelens.model.validation;

import org.valuelens.model.btyd.PurchaseModel;

/**
 * A deliberately plain BG/NBD (Fader, Hardie &amp; Lee 2005, eq. 7 and 10) for tests of the validation code, with the
 * Gauss hypergeometric function summed as a power series. Not production code: the real model lives in
 * {@code model.btyd}.
 */
final class ReferenceBgNbd implements PurchaseModel {

    private final double r;
    private final double alpha;
    private final double a;
    private final double b;

    ReferenceBgNbd(double r, double alpha, double a, double b) {
        this.r = r;
        this.alpha = alpha;
        this.a = a;
        this.b = b;
    }

    static double hyp2f1(double p, double q, double c, double z) {
        double term = 1;
        double sum = 1;
        for (int n = 0; n < 100_000; n++) {
            term *= (p + n) * (q + n) / ((c + n) * (n + 1)) * z;
            sum += term;
            if (Math.abs(term) < 1e-15 * Math.abs(sum)) {
                break;
            }
        }
        return sum;
    }

    @Override
    public String id() {
        return "reference-bg-nbd";
    }

    @Override
    public double expectedPurchasesNewCustomer(double t) {
        return (a + b - 1) / (a - 1)
                * (1 - Math.pow(alpha / (alpha + t), r) * hyp2f1(r, b, a + b - 1, t / (alpha + t)));
    }

    @Override
    public double expectedPurchases(double t, int x, double tx, double age) {
        double head = (a + b + x - 1) / (a - 1) * (1 - Math.pow((alpha + age) / (alpha + age + t), r + x)
                * hyp2f1(r + x, b + x, a + b + x - 1, t / (alpha + age + t)));
        return head * probabilityAlive(x, tx, age);
    }

    @Override
    public double probabilityAlive(int x, double tx, double age) {
        if (x == 0) {
            return 1;
        }
        return 1 / (1 + a / (b + x - 1) * Math.pow((alpha + age) / (alpha + tx), r + x));
    }
}
