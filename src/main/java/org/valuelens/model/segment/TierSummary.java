package org.valuelens.model.segment;

import java.util.List;

/**
 * One value tier with its Pareto figures.
 *
 * @param tier          the tier
 * @param customers     customers in the tier
 * @param customerShare customers / all customers, 0..1
 * @param revenue       historical revenue of the tier, currency units
 * @param revenueShare  revenue / total revenue (0 when the total is 0)
 * @param clvSum        sum of the tier's CLV values, currency units
 * @param clvShare      clvSum / total CLV (0 when the total is 0)
 * @param minClv        lowest CLV in the tier (NaN when the tier is empty)
 * @param customerIds   the tier's customers in rank order (CLV descending, then id); unmodifiable
 * @param action        suggested marketing action
 */
public record TierSummary(ValueTier tier, int customers, double customerShare, double revenue, double revenueShare,
                          double clvSum, double clvShare, double minClv, List<String> customerIds, String action) {

    /** Copies the id list. */
    public TierSummary {
        customerIds = List.copyOf(customerIds);
    }

    /** @return the tier's display name */
    public String name() {
        return tier.label();
    }
}
