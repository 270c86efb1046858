package org.valuelens.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One row of a customer-level input table (instead of, or beside, a transaction log).
 *
 * <p>Every field but the id may be {@code null} when the source has no such column or the cell is empty.
 *
 * @param customerId        customer identifier ({@code null} and blank not permitted)
 * @param acquisitionDate   date the customer was acquired
 * @param channel           acquisition channel
 * @param acquisitionCost   cost of acquiring this customer (CAC), currency units
 * @param averageOrderValue average order value, currency units
 * @param purchaseFrequency purchases per year
 * @param lifespanYears     expected customer lifespan in years
 * @param margin            gross margin as a fraction of revenue (0.3 = 30 %)
 * @param sourceRow         1-based source row number
 */
public record CustomerRecord(String customerId, LocalDate acquisitionDate, String channel, Double acquisitionCost,
                             Double averageOrderValue, Double purchaseFrequency, Double lifespanYears,
                             Double margin, long sourceRow) {

    /** Checks the id. */
    public CustomerRecord {
        Objects.requireNonNull(customerId, "customerId");
        if (customerId.isBlank()) {
            throw new IllegalArgumentException("customerId must not be blank");
        }
    }
}
