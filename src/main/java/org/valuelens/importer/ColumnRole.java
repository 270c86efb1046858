package org.valuelens.importer;

/**
 * What a source column means. Transaction-log roles first, then customer-table roles, then the optional product
 * roles of a line-item file: {@link #PRODUCT} (the item code, e.g. StockCode or SKU; a description column when
 * there is no code), {@link #PRODUCT_LABEL} (a description shown beside the code) and {@link #CATEGORY}.
 */
public enum ColumnRole {
    CUSTOMER_ID, DATE, AMOUNT, QUANTITY, UNIT_PRICE, COST, CHANNEL, INVOICE,
    ACQUISITION_DATE, ACQUISITION_COST, AVERAGE_ORDER_VALUE, PURCHASE_FREQUENCY, LIFESPAN, MARGIN,
    PRODUCT, PRODUCT_LABEL, CATEGORY
}
