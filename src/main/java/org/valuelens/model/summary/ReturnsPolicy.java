package org.valuelens.model.summary;

/** How return (and cancellation) lines enter a customer summary. */
public enum ReturnsPolicy {
    /**
     * Returns count: their (negative) amounts and costs are netted against the customer's most recent purchase day
     * on or before the return (the first purchase day when none is earlier), so they lower revenue and the spend
     * of that day. A return line never counts as a purchase day.
     */
    NET,
    /** Return lines are ignored entirely, as if they were not in the data. */
    EXCLUDE
}
