package org.valuelens.model.cohort;

import java.util.List;

/**
 * One acquisition channel.
 *
 * @param channel                     channel name; "(unknown)" for customers without one
 * @param customers                   customers acquired through it
 * @param averageClv                  mean CLV of those customers with a CLV value, or {@code null} when no CLV
 *                                    was given
 * @param historicalMarginPerCustomer margin of the channel's customers to date / customers, currency units
 * @param cac                         mean acquisition cost of customers with a known cost, or {@code null}
 * @param ltvToCac                    LTV / CAC, where LTV is {@code averageClv} when given, else the historical
 *                                    margin per customer; {@code null} when CAC is unknown or 0
 * @param paybackPeriod               first period since acquisition where the channel's cumulative margin per
 *                                    customer reaches CAC; {@code null} when never or CAC unknown
 * @param cumulativeMarginPerCustomer per period since acquisition: running sum over periods of (margin in that
 *                                    period / customers observed that long); customers acquired too late to
 *                                    reach a period are left out of its denominator, and a period cut off by the
 *                                    end of the data (partial) is left out of numerator and denominator
 */
public record ChannelSummary(String channel, int customers, Double averageClv, double historicalMarginPerCustomer,
                             Double cac, Double ltvToCac, Integer paybackPeriod,
                             List<Double> cumulativeMarginPerCustomer) {

    /** Copies the list. */
    public ChannelSummary {
        cumulativeMarginPerCustomer = List.copyOf(cumulativeMarginPerCustomer);
    }
}
