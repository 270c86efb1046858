package org.valuelens.model.product;

/** What an N-day value or cumulative curve counts per acquired customer. */
public enum ValueMetric {
    /** Sum of the order amounts (returns kept under the NET policy count on their day). */
    REVENUE,
    /** Amount − cost, or amount × the default margin for lines without a cost. */
    MARGIN,
    /** Number of orders. */
    ORDERS
}
