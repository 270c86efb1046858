package org.valuelens.model.segment;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Customers split into CLV value tiers.
 *
 * @param tiers       HIGH, MEDIUM, LOW in that order (always three, possibly empty)
 * @param assignments one entry per input customer, in input order
 */
public record ValueTierResult(List<TierSummary> tiers, List<Assignment> assignments) {

    /** Copies the lists. */
    public ValueTierResult {
        tiers = List.copyOf(tiers);
        assignments = List.copyOf(assignments);
    }

    /**
     * One customer's tier.
     *
     * @param customerId customer id
     * @param tier       the tier
     * @param rank       1-based rank by CLV descending, ties broken by customer id ascending
     * @param clv        the customer's CLV, currency units
     */
    public record Assignment(String customerId, ValueTier tier, int rank, double clv) {
    }

    /** @param tier a tier @return its summary */
    public TierSummary tier(ValueTier tier) {
        return tiers.get(tier.ordinal());
    }

    /** @return customer id → tier display name, in input order (for migration matrices and export) */
    public Map<String, String> segmentByCustomer() {
        Map<String, String> m = new LinkedHashMap<>();
        for (Assignment a : assignments) {
            m.put(a.customerId(), a.tier().label());
        }
        return Collections.unmodifiableMap(m);
    }
}
