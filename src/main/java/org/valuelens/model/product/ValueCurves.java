package org.valuelens.model.product;

import java.time.LocalDate;
import java.util.List;

/**
 * Daily cumulative value per acquired customer by acquisition cohort or channel ({@link ValueCurveAnalyzer}).
 *
 * @param grouping       how customers are grouped
 * @param groups         calendar periods in time order, otherwise most customers first
 * @param all            every customer pooled (label "all"): at day t, the customers observed t days
 * @param observationEnd the data's last day, {@code null} when there is no order
 * @param hasCost        whether the data has a cost column (otherwise margin = amount × the default margin)
 */
public record ValueCurves(LtvGrouping grouping, List<ValueCurve> groups, ValueCurve all, LocalDate observationEnd,
                          boolean hasCost) {

    /** Copies the list. */
    public ValueCurves {
        groups = List.copyOf(groups);
    }

    /** @return what pays back the acquisition cost: margin when the data has costs, otherwise revenue */
    public ValueMetric paybackMetric() {
        return hasCost ? ValueMetric.MARGIN : ValueMetric.REVENUE;
    }

    /** @param label a group label @return its curve, {@code null} when there is no such group */
    public ValueCurve group(String label) {
        for (ValueCurve c : groups) {
            if (c.label().equals(label)) {
                return c;
            }
        }
        return null;
    }
}
