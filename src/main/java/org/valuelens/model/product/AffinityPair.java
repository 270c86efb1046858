package org.valuelens.model.product;

/**
 * "Bought A, later bought B": customers who bought product {@code a} in some order and product {@code b} in a later
 * order.
 *
 * @param a          product key bought first
 * @param b          product key bought later
 * @param customersA customers who bought {@code a} at all
 * @param customersB customers who bought {@code b} at all
 * @param pairs      customers with {@code a} and then {@code b} in a later order
 * @param support    pairs / customers with an order, 0..1
 * @param confidence pairs / customersA, 0..1
 * @param lift       confidence / (customersB / customers with an order); above 1 means A buyers later buy B
 *                   more often than customers in general buy B
 */
public record AffinityPair(int a, int b, int customersA, int customersB, int pairs, double support,
                           double confidence, double lift) {
}
