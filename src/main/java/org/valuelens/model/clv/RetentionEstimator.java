package org.valuelens.model.clv;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Estimates a period-to-period retention rate r from purchase dates: of the customers who bought in one period,
 * the share who bought again in the next. Only complete periods count: period t covers
 * {@code [start + (t−1)·length, start + t·length)} and must end on or before {@code end}; purchases outside the
 * complete periods are ignored.
 *
 * <p>Usage: {@code new RetentionEstimator(start, end, 365.25)}, {@link #add} each purchase, then
 * {@link #estimate()}. Not thread-safe.
 */
public final class RetentionEstimator {

    private final long startDay;
    private final double periodDays;
    private final int periods;
    private final Map<String, BitSet> active = new HashMap<>();

    /**
     * @param start      first day of period 1 ({@code null} not permitted)
     * @param end        last observed day, inclusive ({@code null} not permitted, not before {@code start})
     * @param periodDays length of a period in days ({@code > 0}), e.g. 365.25 for years
     */
    public RetentionEstimator(LocalDate start, LocalDate end, double periodDays) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!(periodDays > 0) || Double.isInfinite(periodDays)) {
            throw new IllegalArgumentException("The period length must be a positive number of days (it was "
                    + periodDays + ").");
        }
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("The end (" + end + ") must not be before the start (" + start + ").");
        }
        this.startDay = start.toEpochDay();
        this.periodDays = periodDays;
        this.periods = (int) Math.floor((end.toEpochDay() - startDay + 1) / periodDays + 1e-9);
    }

    /** @return the number of complete periods */
    public int periods() {
        return periods;
    }

    /**
     * Records a purchase.
     *
     * @param customerId customer ({@code null} not permitted)
     * @param day        purchase day ({@code null} not permitted); days outside the complete periods are ignored
     */
    public void add(String customerId, LocalDate day) {
        Objects.requireNonNull(customerId, "customerId");
        long offset = day.toEpochDay() - startDay;
        if (offset < 0) {
            return;
        }
        int period = (int) Math.floor(offset / periodDays);
        if (period >= periods) {
            return;
        }
        active.computeIfAbsent(customerId, k -> new BitSet()).set(period);
    }

    /** @return the estimate from the purchases added so far */
    public RetentionEstimate estimate() {
        return estimate(new ArrayList<>(active.values()), periods);
    }

    /**
     * Estimates r from each customer's active periods.
     *
     * @param activePeriods one set per customer of the 0-based periods in which the customer bought
     *                      ({@code null} not permitted)
     * @param periods       number of complete periods ({@code >= 0}); bits at or above it are ignored
     * @return the pooled estimate
     */
    public static RetentionEstimate estimate(List<BitSet> activePeriods, int periods) {
        Objects.requireNonNull(activePeriods, "activePeriods");
        if (periods < 0) {
            throw new IllegalArgumentException("The number of periods must not be negative (it was " + periods
                    + ").");
        }
        long[] activeIn = new long[Math.max(periods - 1, 0)];
        long[] retainedIn = new long[activeIn.length];
        for (BitSet b : activePeriods) {
            for (int t = b.nextSetBit(0); t >= 0 && t < periods - 1; t = b.nextSetBit(t + 1)) {
                activeIn[t]++;
                if (b.get(t + 1)) {
                    retainedIn[t]++;
                }
            }
        }
        long act = 0;
        long ret = 0;
        List<Double> perTransition = new ArrayList<>();
        for (int t = 0; t < activeIn.length; t++) {
            act += activeIn[t];
            ret += retainedIn[t];
            perTransition.add(activeIn[t] == 0 ? 0.0 : (double) retainedIn[t] / activeIn[t]);
        }
        return new RetentionEstimate(act == 0 ? 0.0 : (double) ret / act, act, ret, periods, perTransition);
    }
}
