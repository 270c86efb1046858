package org.valuelens.model.product;

/** The Wilson score interval for a proportion (95 %, z = 1.959964). */
public final class Wilson {
    /** z of the two-sided 95 % interval. */
    public static final double Z95 = 1.959963984540054;

    private Wilson() {
    }

    /**
     * @param successes {@code 0..trials}
     * @param trials    {@code >= 1}
     * @return {low, high}, within [0, 1]
     */
    public static double[] interval(long successes, long trials) {
        if (trials < 1 || successes < 0 || successes > trials) {
            throw new IllegalArgumentException("need 0 <= successes <= trials and trials >= 1");
        }
        double n = trials;
        double p = successes / n;
        double z2 = Z95 * Z95;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = Z95 * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / (1 + z2 / n);
        // at p = 0 and p = 1 the interval ends exactly at 0 and 1; rounding would leave it a hair inside
        double low = successes == 0 ? 0 : Math.max(0, centre - half);
        double high = successes == trials ? 1 : Math.min(1, centre + half);
        return new double[] {low, high};
    }
}
