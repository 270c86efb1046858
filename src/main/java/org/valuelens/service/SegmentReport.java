package org.valuelens.service;

import java.util.List;
import java.util.Map;
import org.valuelens.model.segment.SegmentExportRow;

/**
 * A segmentation of every customer.
 *
 * @param scheme     tiers, rfm, kmeans or quadrant
 * @param segments   the segments in display order (unmodifiable)
 * @param thresholds thresholds and settings used, by name (unmodifiable, ordered)
 * @param warnings   plain sentences (unmodifiable)
 * @param rows       one export row per customer with its segment and scores (unmodifiable; kept as given, not
 *                   copied: {@link org.valuelens.model.segment.SegmentExport#rows} is a read-only view that builds
 *                   each row on access)
 * @param detail     the scheme's own result record (ValueTierResult, RfmResult, KMeansResult or QuadrantResult)
 *                   for charts
 */
public record SegmentReport(String scheme, List<SegmentRow> segments, Map<String, Object> thresholds,
                            List<String> warnings, List<SegmentExportRow> rows, Object detail) {
    /** Copies collections. */
    public SegmentReport {
        segments = List.copyOf(segments);
        thresholds = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(thresholds));
        warnings = List.copyOf(warnings);
        rows = java.util.Collections.unmodifiableList(rows);
    }
}
