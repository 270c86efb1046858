package org.valuelens.model.btyd;

/** TEST-ONLY: mean conditional expectation per calibration-frequency bucket 0..6, 7+. */
final class HoldoutBuckets {

    private HoldoutBuckets() {
    }

    static double[] meanPredicted(PurchaseModel model, CdnowFixture fx, double t) {
        double[] sum = new double[8];
        int[] count = new int[8];
        for (int i = 0; i < fx.size(); i++) {
            int b = CdnowFixture.bucket(fx.x[i]);
            sum[b] += model.expectedPurchases(t, fx.x[i], fx.tx[i], fx.age[i]);
            count[b]++;
        }
        for (int b = 0; b < 8; b++) {
            sum[b] /= count[b];
        }
        return sum;
    }
}
