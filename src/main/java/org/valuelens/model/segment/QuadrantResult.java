package org.valuelens.model.segment;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Customers placed in the frequency × profit quadrant.
 *
 * @param xThreshold     repeat-purchase threshold used (median by default)
 * @param yThreshold     profit-per-purchase-day threshold used, currency units (median by default)
 * @param margin         margin fraction used for customers without cost
 * @param points         one point per input customer, in input order (scatter plot and export)
 * @param quadrants      GOLD, METEOR, STREAM, BURDEN in that order
 */
public record QuadrantResult(double xThreshold, double yThreshold, double margin, List<Point> points,
                             List<Summary> quadrants) {

    /** Copies the lists. */
    public QuadrantResult {
        points = List.copyOf(points);
        quadrants = List.copyOf(quadrants);
    }

    /**
     * One customer.
     *
     * @param customerId customer id
     * @param x          repeat purchases ({@link org.valuelens.model.CustomerSummary#frequency()}, {@code >= 0})
     * @param y          profit per purchase day, currency units (may be negative)
     * @param revenue    historical revenue
     * @param profit     historical profit: revenue − cost, or revenue × margin when cost is unknown
     * @param quadrant   the quadrant
     */
    public record Point(String customerId, int x, double y, double revenue, double profit, Quadrant quadrant) {
    }

    /**
     * One quadrant.
     *
     * @param quadrant      the quadrant
     * @param customers     customers in it
     * @param customerShare customers / all, 0..1
     * @param revenue       revenue of its customers
     * @param revenueShare  revenue / total revenue (0 when the total is 0)
     * @param profit        profit of its customers
     * @param profitShare   profit / total profit (0 when the total is 0; may leave 0..1 with losses)
     * @param action        suggested marketing action
     */
    public record Summary(Quadrant quadrant, int customers, double customerShare, double revenue,
                          double revenueShare, double profit, double profitShare, String action) {
    }

    /** @param q a quadrant @return its summary */
    public Summary quadrant(Quadrant q) {
        return quadrants.get(q.ordinal());
    }

    /** @return customer id → quadrant display name, in input order */
    public Map<String, String> segmentByCustomer() {
        Map<String, String> m = new LinkedHashMap<>();
        for (Point p : points) {
            m.put(p.customerId(), p.quadrant().label());
        }
        return Collections.unmodifiableMap(m);
    }
}
