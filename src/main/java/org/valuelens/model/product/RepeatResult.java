package org.valuelens.model.product;

import java.util.List;

/**
 * Time between orders for one group of customers (or all).
 *
 * @param label       the group ("all" for everyone)
 * @param customers   customers with at least one order
 * @param repeatShare customers with a second order / customers, 0..1 ({@code NaN} when no customer)
 * @param steps       1 → 2, 2 → 3, ...
 */
public record RepeatResult(String label, int customers, double repeatShare, List<RepeatStep> steps) {

    /** Copies the list. */
    public RepeatResult {
        steps = List.copyOf(steps);
    }
}
