package org.valuelens.model.btyd;

import org.apache.commons.math3.special.Gamma;

/**
 * The BG/NBD (or MBG/NBD) log-likelihood of {@link BgNbdFitter#logLikelihood} with its analytic gradient and Hessian
 * in log-parameters, for {@link NewtonFinish} (docs/decisions/0042). Per row the likelihood is
 * {@code lgR[x] + r ln alpha + lBeta[x] + ln(e^a3 + e^a4)} with {@code a3 = -(r+x) ln(alpha+T)} and
 * {@code a4 = ln a - ln(b+x-1+s) - (r+x) ln(alpha+t_x)} ({@code s} = 1 for MBG/NBD; BG/NBD's rows with x = 0 have
 * no {@code a4}); the log-sum's derivatives are the weighted derivatives of its two terms plus their weights'
 * covariance. Terms that depend on x only are tabulated per x (digamma and trigamma differences by recursion).
 */
final class BgNbdDerivatives implements NewtonFinish.Derivatives {

    private static final int R = 0;
    private static final int ALPHA = 1;
    private static final int A = 2;
    private static final int B = 3;

    private final CalibrationData data;
    private final boolean modified;

    BgNbdDerivatives(CalibrationData data, boolean modified) {
        this.data = data;
        this.modified = modified;
    }

    @Override
    public double at(double[] u, double[] gradient, double[][] hessian) {
        double r = Math.exp(u[R]);
        double alpha = Math.exp(u[ALPHA]);
        double a = Math.exp(u[A]);
        double b = Math.exp(u[B]);
        int shift = modified ? 1 : 0;
        int maxX = data.maxX();
        // per x: ln-value, d/dr, d2/dr2 of lgR; ln-value, d/da, d/db, d2/da2 (= d2/dadb), d2/db2 of lBeta
        double[] lgR = new double[maxX + 1];
        double[] dR = new double[maxX + 1];
        double[] ddR = new double[maxX + 1];
        double[] lBeta = new double[maxX + 1];
        double[] dA = new double[maxX + 1];
        double[] dB = new double[maxX + 1];
        double[] ddA = new double[maxX + 1];
        double[] ddB = new double[maxX + 1];
        lBeta[0] = Gamma.logGamma(a + b) - Gamma.logGamma(b) + Gamma.logGamma(b + shift)
                - Gamma.logGamma(a + b + shift);
        dA[0] = Gamma.digamma(a + b) - Gamma.digamma(a + b + shift);
        dB[0] = dA[0] - Gamma.digamma(b) + Gamma.digamma(b + shift);
        ddA[0] = Gamma.trigamma(a + b) - Gamma.trigamma(a + b + shift);
        ddB[0] = ddA[0] - Gamma.trigamma(b) + Gamma.trigamma(b + shift);
        for (int x = 1; x <= maxX; x++) {
            double rx = r + x - 1;
            lgR[x] = lgR[x - 1] + Math.log(rx);
            dR[x] = dR[x - 1] + 1 / rx;
            ddR[x] = ddR[x - 1] - 1 / (rx * rx);
            double bx = b + x - 1 + shift;
            double abx = a + b + x - 1 + shift;
            lBeta[x] = lBeta[x - 1] + Math.log(bx) - Math.log(abx);
            dA[x] = dA[x - 1] - 1 / abx;
            dB[x] = dB[x - 1] + 1 / bx - 1 / abx;
            ddA[x] = ddA[x - 1] + 1 / (abx * abx);
            ddB[x] = ddB[x - 1] - 1 / (bx * bx) + 1 / (abx * abx);
        }
        double[] times = data.times();
        double[] logPlus = data.logTimesPlus(alpha);
        double[] invPlus = new double[times.length];
        for (int j = 0; j < times.length; j++) {
            invPlus[j] = 1 / (alpha + times[j]);
        }
        double logA = Math.log(a);
        double logAlpha = Math.log(alpha);
        double rLogAlpha = r * logAlpha;
        // sums: 0 value; 1-4 gradient (r, alpha, a, b); 5-14 Hessian upper triangle rr, ra, rA, rB, aa, aA, aB,
        // AA, AB, BB (a = alpha, A = a, B = b)
        double[] s = NewtonFinish.rowSums(data.rows(), 15, (i, acc) -> {
            int x = data.xAt(i);
            double w = data.weightAt(i);
            double rx = r + x;
            int ti = data.ageIndexAt(i);
            double a3 = -rx * logPlus[ti];
            // the log-sum's two terms' first derivatives (r, alpha, a, b) and their weights
            double g3r = -logPlus[ti];
            double g3al = -rx * invPlus[ti];
            double h3ral = -invPlus[ti];
            double h3alal = rx * invPlus[ti] * invPlus[ti];
            double tail;
            double w3;
            double w4;
            double g4r = 0;
            double g4al = 0;
            double g4a = 0;
            double g4b = 0;
            double h4ral = 0;
            double h4alal = 0;
            double h4aa = 0;
            double h4bb = 0;
            if (x == 0 && !modified) {
                tail = a3;
                w3 = 1;
                w4 = 0;
            } else {
                int tx = data.txIndexAt(i);
                double bx = b + x - 1 + shift;
                double a4 = logA - Math.log(bx) - rx * logPlus[tx];
                tail = MaxLikelihood.logSumExp(a3, a4);
                w3 = Math.exp(a3 - tail);
                w4 = Math.exp(a4 - tail);
                g4r = -logPlus[tx];
                g4al = -rx * invPlus[tx];
                g4a = 1 / a;
                g4b = -1 / bx;
                h4ral = -invPlus[tx];
                h4alal = rx * invPlus[tx] * invPlus[tx];
                h4aa = -1 / (a * a);
                h4bb = 1 / (bx * bx);
            }
            double tr = w3 * g3r + w4 * g4r;
            double tal = w3 * g3al + w4 * g4al;
            double ta = w4 * g4a;
            double tb = w4 * g4b;
            // covariance of the two terms' derivatives under the weights: w3 w4 (g3 - g4)(g3 - g4)'
            double c = w3 * w4;
            double er = g3r - g4r;
            double eal = g3al - g4al;
            double ea = -g4a;
            double eb = -g4b;
            acc[0] += w * (lgR[x] + rLogAlpha + lBeta[x] + tail);
            acc[1] += w * (dR[x] + logAlpha + tr);
            acc[2] += w * (r / alpha + tal);
            acc[3] += w * (dA[x] + ta);
            acc[4] += w * (dB[x] + tb);
            acc[5] += w * (ddR[x] + c * er * er);
            acc[6] += w * (1 / alpha + w3 * h3ral + w4 * h4ral + c * er * eal);
            acc[7] += w * (c * er * ea);
            acc[8] += w * (c * er * eb);
            acc[9] += w * (-r / (alpha * alpha) + w3 * h3alal + w4 * h4alal + c * eal * eal);
            acc[10] += w * (c * eal * ea);
            acc[11] += w * (c * eal * eb);
            acc[12] += w * (ddA[x] + w4 * h4aa + c * ea * ea);
            acc[13] += w * (ddA[x] + c * ea * eb);
            acc[14] += w * (ddB[x] + w4 * h4bb + c * eb * eb);
        });
        double[] theta = {r, alpha, a, b};
        double[] d1 = {s[1], s[2], s[3], s[4]};
        double[][] d2 = {
            {s[5], s[6], s[7], s[8]},
            {s[6], s[9], s[10], s[11]},
            {s[7], s[10], s[12], s[13]},
            {s[8], s[11], s[13], s[14]}};
        for (int i = 0; i < 4; i++) {
            gradient[i] = -theta[i] * d1[i];
            for (int j = 0; j < 4; j++) {
                hessian[i][j] = -(theta[i] * theta[j] * d2[i][j] + (i == j ? theta[i] * d1[i] : 0));
            }
        }
        return -s[0];
    }
}
