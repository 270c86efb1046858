package org.valuelens.gui.ltv;

import org.valuelens.model.product.LtvCohort;
import org.valuelens.model.product.ValueCurve;

/**
 * One row of the N-day value table: a cohort or channel, or the "all" row.
 *
 * @param cohort     its N-day values ({@code label()} "all" for the average row)
 * @param curve      its daily curve (to-date value and payback), {@code null} when none
 * @param cac        acquisition cost per customer, {@code null} when unknown
 * @param paybackDay the day since the first purchase on which the curve reaches the CAC, {@code null} when the CAC
 *                   is unknown or not reached within the data
 */
public record LtvRow(LtvCohort cohort, ValueCurve curve, Double cac, Integer paybackDay) {

    /** @return whether this is the average row over the complete groups */
    public boolean all() {
        return "all".equals(cohort.label());
    }
}
