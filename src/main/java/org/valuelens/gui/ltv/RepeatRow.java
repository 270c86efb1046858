package org.valuelens.gui.ltv;

import org.valuelens.model.product.RepeatStep;

/**
 * One row of the time-between-orders table: one step (1 → 2, 2 → 3, 3 → 4) of one group.
 *
 * @param label     the cohort or channel, "all" for everyone
 * @param customers the group's customers
 * @param step      the step's distribution and shares
 */
public record RepeatRow(String label, int customers, RepeatStep step) {
}
