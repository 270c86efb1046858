package org.valuelens.service;

import java.util.Map;

/**
 * One segment of a segmentation scheme, in a shape common to all schemes.
 *
 * @param name          segment name
 * @param customers     customers in it
 * @param customerShare customers / all customers, 0..1
 * @param revenue       historical revenue of its customers, currency
 * @param revenueShare  revenue / total revenue
 * @param figures       scheme-specific figures (e.g. CLV share, mean recency, profit share), ordered
 * @param action        suggested marketing action (editable by the user)
 */
public record SegmentRow(String name, int customers, double customerShare, double revenue, double revenueShare,
                         Map<String, Double> figures, String action) {
    /** Copies the map. */
    public SegmentRow {
        figures = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(figures));
    }
}
