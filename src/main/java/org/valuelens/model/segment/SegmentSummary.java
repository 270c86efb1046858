package org.valuelens.model.segment;

/**
 * Size and revenue of one named segment.
 *
 * @param name          segment name as shown to users
 * @param customers     customers in the segment ({@code >= 0})
 * @param customerShare customers / all customers, 0..1
 * @param revenue       historical revenue of the segment's customers, currency units
 * @param revenueShare  revenue / total revenue (0 when the total is 0; may leave 0..1 when revenues are negative)
 * @param action        suggested marketing action (the default or the caller's override)
 */
public record SegmentSummary(String name, int customers, double customerShare, double revenue,
                             double revenueShare, String action) {
}
