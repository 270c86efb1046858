package org.valuelens.model.predict;

/**
 * An estimate with its delta-method range.
 *
 * @param estimate the prediction at the fitted parameters
 * @param low      lower end of the range ({@code NaN} when the parameters' covariance is unknown)
 * @param high     upper end of the range ({@code NaN} when unknown)
 */
public record Range(double estimate, double low, double high) {

    /**
     * @param estimate the estimate
     * @param sd       its standard deviation by the delta method ({@code NaN} when unknown)
     * @param z        the normal quantile of the range
     * @return {@code estimate -/+ z sd}, the low end kept at zero or above when the estimate is
     */
    static Range of(double estimate, double sd, double z) {
        double low = estimate - z * sd;
        if (estimate >= 0) {
            low = Math.max(0, low);
        }
        return new Range(estimate, low, estimate + z * sd);
    }
}
