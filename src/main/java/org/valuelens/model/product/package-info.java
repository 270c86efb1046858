/**
 * What brings valuable customers (issue 17): orders with their products
 * ({@link org.valuelens.model.product.OrderBook}), first-product tables with repeat rates, N-day value by
 * acquisition cohort, channel or first product, time between orders and ordered product affinity.
 *
 * <p>Definitions: an <em>order</em> is an invoice when the line has one, otherwise a customer's lines on one day;
 * return lines are never orders (under {@code NET} their amounts are subtracted on their own day, under
 * {@code EXCLUDE} they are ignored). <em>N-day value</em> counts the orders placed on days [first order day, first
 * order day + N), the first order included. A customer's <em>first products</em> are the products of the first
 * order. Days are epoch days; money is in the dataset's currency.
 */
package org.valuelens.model.product;
