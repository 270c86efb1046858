package org.valuelens.model.predict;

import java.util.Objects;
import org.valuelens.model.TimeUnit;

/**
 * What to predict: a future window, the CLV horizon and the ranges. Times are in periods of {@code unit} after the
 * end of the data (the calibration end).
 *
 * @param unit               the time unit of the fit ({@code null} not permitted)
 * @param windowFrom         window start after the calibration end ({@code >= 0})
 * @param windowTo           window end ({@code > windowFrom})
 * @param horizon            CLV horizon in periods ({@code >= 0})
 * @param annualDiscountRate discount rate per year ({@code > -1})
 * @param level              coverage of the ranges, in (0, 1), e.g. 0.9
 * @param unlikelyBelow      below this probability of an order within {@code unlikelyWithin} no next-order date is
 *                           given ("unlikely to order again"), in [0, 1)
 * @param unlikelyWithin     the span of that probability, periods after the end of the data ({@code > 0})
 */
public record PredictionSettings(TimeUnit unit, double windowFrom, double windowTo, int horizon,
                                 double annualDiscountRate, double level, double unlikelyBelow,
                                 double unlikelyWithin) {

    /** The default coverage of the ranges. */
    public static final double DEFAULT_LEVEL = 0.9;
    /** The default "unlikely to order again" level. */
    public static final double DEFAULT_UNLIKELY_BELOW = 0.5;
    /** The default span of the "unlikely to order again" probability, in days (a year). */
    public static final double DEFAULT_UNLIKELY_WITHIN_DAYS = 365;

    /** Checks the ranges with plain sentences. */
    public PredictionSettings {
        Objects.requireNonNull(unit, "unit");
        if (!(windowFrom >= 0) || !(windowTo > windowFrom) || Double.isInfinite(windowTo)) {
            throw new IllegalArgumentException("The prediction window must start at or after the end of the data and "
                    + "end after it starts (it was " + windowFrom + " to " + windowTo + " " + unit.cliName() + "s).");
        }
        if (horizon < 0) {
            throw new IllegalArgumentException("The horizon must not be negative (it was " + horizon + ").");
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("The range level must be between 0 and 1 (it was " + level + ").");
        }
        if (!(unlikelyBelow >= 0 && unlikelyBelow < 1)) {
            throw new IllegalArgumentException("The 'unlikely to order again' level must be in [0, 1) (it was "
                    + unlikelyBelow + ").");
        }
        if (!(unlikelyWithin > 0) || Double.isInfinite(unlikelyWithin)) {
            throw new IllegalArgumentException("The span of the 'unlikely to order again' probability must be "
                    + "positive (it was " + unlikelyWithin + ").");
        }
    }

    /** @return the window length in periods */
    public double windowLength() {
        return windowTo - windowFrom;
    }
}
