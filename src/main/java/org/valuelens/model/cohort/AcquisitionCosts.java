package org.valuelens.model.cohort;

import java.util.Map;
import java.util.Objects;

/**
 * Acquisition spend not given per customer. Per-customer costs come from
 * {@link org.valuelens.model.CustomerRecord#acquisitionCost()} and take precedence for that customer.
 *
 * @param perCohort  cohort label ("1997-01", "1997-Q1") → total spend for that cohort, currency units; it sets the
 *                   cohort's CAC to spend / cohort size
 * @param perChannel channel → total spend, divided evenly over that channel's acquired customers (those without
 *                   their own cost)
 */
public record AcquisitionCosts(Map<String, Double> perCohort, Map<String, Double> perChannel) {

    /** Copies the maps. */
    public AcquisitionCosts {
        perCohort = Map.copyOf(Objects.requireNonNull(perCohort, "perCohort"));
        perChannel = Map.copyOf(Objects.requireNonNull(perChannel, "perChannel"));
    }

    /** @return no spend tables */
    public static AcquisitionCosts none() {
        return new AcquisitionCosts(Map.of(), Map.of());
    }

    /** @param spend cohort label → total spend @return costs per cohort */
    public static AcquisitionCosts perCohort(Map<String, Double> spend) {
        return new AcquisitionCosts(spend, Map.of());
    }

    /** @param spend channel → total spend @return costs per channel */
    public static AcquisitionCosts perChannel(Map<String, Double> spend) {
        return new AcquisitionCosts(Map.of(), spend);
    }
}
