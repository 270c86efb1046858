package org.valuelens.model.clv;

/** Whether a value is counted as revenue or as gross margin (revenue minus cost). */
public enum ValueBasis {
    /** Revenue (sales), currency units. */
    REVENUE,
    /** Gross margin: revenue minus cost, or revenue × margin fraction when no cost is known. */
    MARGIN
}
