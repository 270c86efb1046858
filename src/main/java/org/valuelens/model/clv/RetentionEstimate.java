package org.valuelens.model.clv;

import java.util.List;

/**
 * A retention rate estimated from data: the share of customers active in one period who are active again in the
 * next, pooled over all consecutive pairs of complete periods.
 *
 * @param rate                   retained / active, in [0, 1]; 0 when no customer-period could be followed
 * @param activeCustomerPeriods  customers active in a period that has a following complete period, summed
 * @param retainedCustomerPeriods those of them also active in the following period
 * @param periods                complete periods observed
 * @param ratePerTransition      rate for each pair (period t to t + 1), t = 1..periods − 1; 0 when nobody was
 *                               active in period t (unmodifiable)
 */
public record RetentionEstimate(double rate, long activeCustomerPeriods, long retainedCustomerPeriods, int periods,
                                List<Double> ratePerTransition) {

    /** Copies the list. */
    public RetentionEstimate {
        ratePerTransition = List.copyOf(ratePerTransition);
    }
}
