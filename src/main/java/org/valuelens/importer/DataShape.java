package org.valuelens.importer;

/** The two shapes of input the importer accepts. */
public enum DataShape {
    /** One row per purchase (or return). */
    TRANSACTIONS,
    /** One row per customer with customer-level CLV inputs. */
    CUSTOMERS
}
