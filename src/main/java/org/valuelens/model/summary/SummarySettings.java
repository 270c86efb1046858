package org.valuelens.model.summary;

import java.time.LocalDate;
import java.util.Objects;
import org.valuelens.model.TimeUnit;

/**
 * How transactions are condensed into {@link org.valuelens.model.CustomerSummary customer summaries}.
 *
 * @param timeUnit       unit of recency, age and holdout length ({@code null} not permitted)
 * @param calibrationEnd last day of the calibration period, inclusive; {@code null} = the last transaction date
 * @param observationEnd last day of the observation (calibration + holdout), inclusive; {@code null} = the last
 *                       transaction date (or the calibration end when that is later). Must not be before the
 *                       calibration end.
 * @param returns        how return lines are treated ({@code null} not permitted)
 * @param includeCost    whether line costs are summed; when {@code false} every summary's cost is {@code null}
 */
public record SummarySettings(TimeUnit timeUnit, LocalDate calibrationEnd, LocalDate observationEnd,
                              ReturnsPolicy returns, boolean includeCost) {

    /** Checks the arguments. */
    public SummarySettings {
        Objects.requireNonNull(timeUnit, "timeUnit");
        Objects.requireNonNull(returns, "returns");
        if (calibrationEnd != null && observationEnd != null && observationEnd.isBefore(calibrationEnd)) {
            throw new IllegalArgumentException("The observation end (" + observationEnd
                    + ") must not be before the calibration end (" + calibrationEnd + ").");
        }
    }

    /**
     * @param timeUnit the unit ({@code null} not permitted)
     * @return settings with no holdout (calibration and observation end at the last transaction date), returns
     *         netted, costs included
     */
    public static SummarySettings of(TimeUnit timeUnit) {
        return new SummarySettings(timeUnit, null, null, ReturnsPolicy.NET, true);
    }

    /**
     * @param end calibration end, inclusive ({@code null} = last transaction date)
     * @return a copy with that calibration end
     */
    public SummarySettings withCalibrationEnd(LocalDate end) {
        return new SummarySettings(timeUnit, end, observationEnd, returns, includeCost);
    }

    /**
     * @param end observation end, inclusive ({@code null} = last transaction date)
     * @return a copy with that observation end
     */
    public SummarySettings withObservationEnd(LocalDate end) {
        return new SummarySettings(timeUnit, calibrationEnd, end, returns, includeCost);
    }

    /**
     * @param policy return policy ({@code null} not permitted)
     * @return a copy with that policy
     */
    public SummarySettings withReturns(ReturnsPolicy policy) {
        return new SummarySettings(timeUnit, calibrationEnd, observationEnd, policy, includeCost);
    }

    /**
     * @param include whether costs are summed
     * @return a copy with that choice
     */
    public SummarySettings withIncludeCost(boolean include) {
        return new SummarySettings(timeUnit, calibrationEnd, observationEnd, returns, include);
    }
}
