package org.valuelens.importer;

/** What a source column means. Transaction-log roles first, then customer-table roles. */
public enum ColumnRole {
    CUSTOMER_ID, DATE, AMOUNT, QUANTITY, UNIT_PRICE, COST, CHANNEL, INVOICE,
    ACQUISITION_DATE, ACQUISITION_COST, AVERAGE_ORDER_VALUE, PURCHASE_FREQUENCY, LIFESPAN, MARGIN
}
