package org.valuelens.model.segment;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * RFM scores and named segments.
 *
 * @param analysisDate the date recency is measured to
 * @param monetaryRule how M was computed
 * @param scores       one entry per input customer, in input order
 * @param segments     one summary per {@link RfmSegment}, in table order (empty segments included)
 * @param warnings     human-readable warnings, e.g. a dimension with fewer than 5 distinct scores; never
 *                     {@code null}
 */
public record RfmResult(LocalDate analysisDate, RfmScorer.Monetary monetaryRule, List<RfmScore> scores,
                        List<SegmentSummary> segments, List<String> warnings) {

    /** Copies the lists. */
    public RfmResult {
        scores = List.copyOf(scores);
        segments = List.copyOf(segments);
        warnings = List.copyOf(warnings);
    }

    /** @param s a segment @return its summary */
    public SegmentSummary segment(RfmSegment s) {
        return segments.get(s.ordinal());
    }

    /** @return customer id → segment display name, in input order */
    public Map<String, String> segmentByCustomer() {
        Map<String, String> m = new LinkedHashMap<>();
        for (RfmScore s : scores) {
            m.put(s.customerId(), s.segment().label());
        }
        return Collections.unmodifiableMap(m);
    }
}
