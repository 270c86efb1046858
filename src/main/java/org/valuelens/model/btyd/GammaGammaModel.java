package org.valuelens.model.btyd;

/**
 * A fitted Gamma-Gamma model of average spend per purchase (Fader &amp; Hardie 2013): spend per purchase is
 * {@code Gamma(p, nu)} with {@code nu ~ Gamma(q, gamma)}. Money is in the dataset's currency.
 *
 * @param p     shape of spend per purchase ({@code > 0})
 * @param q     shape of the heterogeneity in {@code nu} ({@code > 0}; the population mean is finite only for
 *              {@code q > 1})
 * @param gamma scale of the heterogeneity, in currency units ({@code > 0})
 */
public record GammaGammaModel(double p, double q, double gamma) implements SpendModel {

    /** Checks that every parameter is finite and positive. */
    public GammaGammaModel {
        Checks.positive("p", p);
        Checks.positive("q", q);
        Checks.positive("gamma", gamma);
    }

    /** @return the population mean spend per purchase {@code p gamma / (q - 1)}; {@code +Infinity} if q <= 1 */
    public double populationMeanSpend() {
        return q > 1 ? p * gamma / (q - 1) : Double.POSITIVE_INFINITY;
    }

    /** E[M | x, m_x] = p (gamma + x m_x) / (p x + q - 1) (Fader &amp; Hardie 2013, eq. 5). */
    @Override
    public double expectedSpend(int x, double meanSpend) {
        if (x < 0) {
            throw new IllegalArgumentException("x must be >= 0, was " + x);
        }
        if (x == 0) {
            return populationMeanSpend();
        }
        if (!(meanSpend >= 0) || Double.isInfinite(meanSpend)) {
            throw new IllegalArgumentException("mean spend must be finite and >= 0, was " + meanSpend);
        }
        return p * (gamma + x * meanSpend) / (p * x + q - 1);
    }
}
