package org.valuelens.model.btyd;

import org.apache.commons.math3.special.Gamma;

/**
 * Log-likelihood of (M)BG/CNBD-k (BTYDplus {@code xbgcnbd.LL}) over the weighted rows of {@link CalibrationData}.
 *
 * <p>Per customer: {@code (k-1) litt - x ln((k-1)!) + ln B(a, b+x+s) - ln B(a, b) + ln Gamma(r+kx) - ln Gamma(r)
 * + r ln alpha - (r+kx) ln(alpha+T) + ln(S1 + S2)}, with {@code S1 = a/(b+x-1+s) ((alpha+T)/(alpha+t_x))^(r+kx)}
 * (0 for BG when x = 0) and {@code S2 = sum_{j<k} Gamma(r+kx+j)/Gamma(r+kx) (T-t_x)^j / (j! (alpha+T)^j)}. The
 * term in litt (the sum of log inter-purchase times) is linear, so only its total over customers is needed.
 */
final class CnbdkLikelihood {

    private CnbdkLikelihood() {
    }

    /**
     * @param data     calibration rows
     * @param sumLitt  sum over customers of the log inter-purchase times (in the data's time unit)
     * @param k        Erlang shape
     * @param params   r, alpha, a, b
     * @param modified {@code true} for MBG/CNBD-k
     * @return the summed log-likelihood
     */
    static double logLikelihood(CalibrationData data, double sumLitt, int k, double[] params, boolean modified) {
        double r = params[0];
        double alpha = params[1];
        double a = params[2];
        double b = params[3];
        int s = modified ? 1 : 0;
        int maxX = data.maxX();
        double[] logAlphaPlus = data.logTimesPlus(alpha);
        // per x: ln Gamma(r+kx) - ln Gamma(r), ln B(a, b+x+s) - ln B(a, b), ln(b+x-1+s)
        double[] lgR = new double[maxX + 1];
        double[] lBeta = new double[maxX + 1];
        double[] logBx = new double[maxX + 1];
        double base = modified ? Math.log(b) - Math.log(a + b) : 0;
        for (int x = 0; x <= maxX; x++) {
            if (x == 0) {
                lgR[x] = 0;
                lBeta[x] = base;
            } else {
                double g = lgR[x - 1];
                for (int i = 0; i < k; i++) {
                    g += Math.log(r + (double) k * (x - 1) + i);
                }
                lgR[x] = g;
                lBeta[x] = lBeta[x - 1] + Math.log(b + x - 1 + s) - Math.log(a + b + x - 1 + s);
            }
            logBx[x] = Math.log(b + x - 1 + s);
        }
        double logA = Math.log(a);
        double rLogAlpha = r * Math.log(alpha);
        double logFactK1 = Gamma.logGamma(k);
        double sumX = 0;
        for (int i = 0; i < data.rows(); i++) {
            sumX += data.weightAt(i) * data.xAt(i);
        }
        double constant = (k - 1) * sumLitt - sumX * logFactK1;
        return constant + MaxLikelihood.sum(data.rows(), i -> {
            int x = data.xAt(i);
            double rkx = r + (double) k * x;
            double logAT = logAlphaPlus[data.ageIndexAt(i)];
            double gap = data.ageAt(i) - data.txAt(i);
            double s2 = 1;
            if (k > 1 && gap > 0) {
                double term = 1;
                double ratio = gap / (alpha + data.ageAt(i));
                for (int j = 1; j < k; j++) {
                    term *= (rkx + j - 1) * ratio / j;
                    s2 += term;
                }
            }
            double logS2 = Math.log(s2);
            double tail;
            if (x == 0 && !modified) {
                tail = logS2;
            } else {
                double logS1 = logA - logBx[x] + rkx * (logAT - logAlphaPlus[data.txIndexAt(i)]);
                tail = MaxLikelihood.logSumExp(logS1, logS2);
            }
            return data.weightAt(i) * (lBeta[x] + lgR[x] + rLogAlpha - rkx * logAT + tail);
        });
    }
}
