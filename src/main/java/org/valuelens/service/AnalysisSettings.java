package org.valuelens.service;

import java.time.LocalDate;
import java.util.Objects;
import org.valuelens.model.TimeUnit;
import org.valuelens.model.summary.ReturnsPolicy;
import org.valuelens.model.summary.SummarySettings;

/**
 * The analysis choices shared by every CLV, validation and segmentation request.
 *
 * @param datasetId          dataset to analyse; {@code null} = the most recently imported
 * @param timeUnit           unit of recency, age, horizon and per-period rates ({@code null} not permitted)
 * @param calibrationEnd     last day of the calibration period, inclusive; {@code null} = last transaction date
 * @param observationEnd     last day of the holdout period, inclusive; {@code null} = last transaction date
 * @param returns            how returns are treated ({@code null} not permitted)
 * @param margin             gross margin as a fraction of revenue, used when the data has no cost ([−1, 1])
 * @param annualDiscountRate discount rate per year ({@code > -1}); converted to the period of {@code timeUnit}
 * @param horizon            CLV horizon in periods of {@code timeUnit} ({@code >= 0})
 * @param acquisitionCost    CAC per customer for the simple method, currency ({@code >= 0})
 * @param lifespanYears      expected lifespan for the simple method, years ({@code >= 0})
 * @param retentionRate      retention per period for the retention and DCF methods; {@code null} = estimate
 */
public record AnalysisSettings(Integer datasetId, TimeUnit timeUnit, LocalDate calibrationEnd,
                               LocalDate observationEnd, ReturnsPolicy returns, double margin,
                               double annualDiscountRate, int horizon, double acquisitionCost, double lifespanYears,
                               Double retentionRate) {

    /** Checks ranges. */
    public AnalysisSettings {
        Objects.requireNonNull(timeUnit, "timeUnit");
        Objects.requireNonNull(returns, "returns");
        if (!(margin >= -1 && margin <= 1)) {
            throw new ServiceException("The margin must be a fraction between -1 and 1 (0.3 = 30 %), not " + margin
                    + ".");
        }
        if (!(annualDiscountRate > -1) || Double.isInfinite(annualDiscountRate)) {
            throw new ServiceException("The annual discount rate must be a fraction above -1 (0.1 = 10 %).");
        }
        if (horizon < 0) {
            throw new ServiceException("The horizon must be zero or more periods.");
        }
        if (!(acquisitionCost >= 0) || !(lifespanYears >= 0)) {
            throw new ServiceException("Acquisition cost and lifespan must be zero or more.");
        }
        if (retentionRate != null && !(retentionRate >= 0 && retentionRate <= 1)) {
            throw new ServiceException("The retention rate must be between 0 and 1.");
        }
        if (calibrationEnd != null && observationEnd != null && observationEnd.isBefore(calibrationEnd)) {
            throw new ServiceException("The observation end " + observationEnd + " is before the calibration end "
                    + calibrationEnd + ".");
        }
    }

    /**
     * Defaults: latest dataset, the given unit, whole history, returns netted, 30 % margin, 10 % a year, a horizon
     * of one year in the unit's periods, no CAC, 3-year lifespan, estimated retention.
     *
     * @param unit the time unit
     * @return the defaults
     */
    public static AnalysisSettings defaults(TimeUnit unit) {
        return new AnalysisSettings(null, unit, null, null, ReturnsPolicy.NET, 0.3, 0.10,
                (int) Math.round(unit.periodsPerYear()), 0, 3, null);
    }

    /** @return the summary settings these imply */
    public SummarySettings summarySettings() {
        return SummarySettings.of(timeUnit).withCalibrationEnd(calibrationEnd).withObservationEnd(observationEnd)
                .withReturns(returns).withIncludeCost(true);
    }

    /** @param id dataset id @return a copy */
    public AnalysisSettings withDataset(Integer id) {
        return new AnalysisSettings(id, timeUnit, calibrationEnd, observationEnd, returns, margin,
                annualDiscountRate, horizon, acquisitionCost, lifespanYears, retentionRate);
    }

    /** @param unit time unit @return a copy */
    public AnalysisSettings withTimeUnit(TimeUnit unit) {
        return new AnalysisSettings(datasetId, unit, calibrationEnd, observationEnd, returns, margin,
                annualDiscountRate, horizon, acquisitionCost, lifespanYears, retentionRate);
    }

    /** @param calibration calibration end @param observation observation end @return a copy */
    public AnalysisSettings withPeriod(LocalDate calibration, LocalDate observation) {
        return new AnalysisSettings(datasetId, timeUnit, calibration, observation, returns, margin,
                annualDiscountRate, horizon, acquisitionCost, lifespanYears, retentionRate);
    }

    /** @param value margin fraction @return a copy */
    public AnalysisSettings withMargin(double value) {
        return new AnalysisSettings(datasetId, timeUnit, calibrationEnd, observationEnd, returns, value,
                annualDiscountRate, horizon, acquisitionCost, lifespanYears, retentionRate);
    }

    /** @param rate annual discount rate @param periods horizon in periods @return a copy */
    public AnalysisSettings withDiscountAndHorizon(double rate, int periods) {
        return new AnalysisSettings(datasetId, timeUnit, calibrationEnd, observationEnd, returns, margin, rate,
                periods, acquisitionCost, lifespanYears, retentionRate);
    }

    /** @param cac acquisition cost @param lifespan lifespan years @return a copy */
    public AnalysisSettings withSimpleInputs(double cac, double lifespan) {
        return new AnalysisSettings(datasetId, timeUnit, calibrationEnd, observationEnd, returns, margin,
                annualDiscountRate, horizon, cac, lifespan, retentionRate);
    }

    /** @param rate retention per period, {@code null} = estimate @return a copy */
    public AnalysisSettings withRetention(Double rate) {
        return new AnalysisSettings(datasetId, timeUnit, calibrationEnd, observationEnd, returns, margin,
                annualDiscountRate, horizon, acquisitionCost, lifespanYears, rate);
    }

    /** @param policy returns policy @return a copy */
    public AnalysisSettings withReturns(ReturnsPolicy policy) {
        return new AnalysisSettings(datasetId, timeUnit, calibrationEnd, observationEnd, policy, margin,
                annualDiscountRate, horizon, acquisitionCost, lifespanYears, retentionRate);
    }
}
