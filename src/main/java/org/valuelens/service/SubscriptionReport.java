package org.valuelens.service;

import java.util.List;
import java.util.Objects;
import org.valuelens.model.btyd.FitResult;
import org.valuelens.model.btyd.SbgModel;

/**
 * An sBG fit of one subscription cohort with its projection and residual value.
 *
 * @param fit              the fit (alpha, beta, log-likelihood, warnings, model)
 * @param active           customers still active after periods 0..n as fitted (index 0 = cohort size)
 * @param asPercent        whether the input was read as percentages of the first value
 * @param periods          one row per period 0..n + horizon (unmodifiable)
 * @param discountRate     discount rate per period
 * @param valuePerPeriod   margin a customer brings per period, currency (1 = results in periods)
 * @param lifetime         discounted expected lifetime of a new customer, periods (DEL / value per period)
 * @param lifetimeValue    {@code lifetime × valuePerPeriod}
 * @param residualLifetime discounted expected residual lifetime of a customer active after period n (n
 *                         renewals), periods, the pending payment undiscounted (DERL)
 * @param residualValue    {@code active[n] × residualLifetime × valuePerPeriod}: what the active base is worth
 */
public record SubscriptionReport(FitResult<SbgModel> fit, long[] active, boolean asPercent, List<Period> periods,
                                 double discountRate, double valuePerPeriod, double lifetime, double lifetimeValue,
                                 double residualLifetime, double residualValue) {

    /** Copies the array and the list. */
    public SubscriptionReport {
        Objects.requireNonNull(fit, "fit");
        active = active.clone();
        periods = List.copyOf(periods);
    }

    /** @return a copy of the active counts */
    @Override
    public long[] active() {
        return active.clone();
    }

    /** @return the last observed period n */
    public int observedPeriods() {
        return active.length - 1;
    }

    /**
     * One period.
     *
     * @param period         t (0 = acquisition)
     * @param observedActive customers active after t as given, {@code null} for projected periods
     * @param observedShare  observedActive / cohort size, {@code null} for projected periods
     * @param fittedShare    S(t), the model's share still active
     * @param expectedActive cohort size × S(t)
     * @param retentionRate  r(t) = S(t)/S(t−1), {@code NaN} for t = 0
     * @param projected      whether t is after the last observed period
     */
    public record Period(int period, Long observedActive, Double observedShare, double fittedShare,
                         double expectedActive, double retentionRate, boolean projected) {
    }
}
