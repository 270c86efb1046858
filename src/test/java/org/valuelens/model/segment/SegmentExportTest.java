package org.valuelens.model.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.valuelens.model.CustomerSummary;

class SegmentExportTest {

    private final List<RealData.Line> lines = RealData.apparelLines();
    private final LocalDate end = RealData.lastDay(lines);
    private final List<CustomerSummary> apparel = RealData.summaries(lines, end);

    @Test
    void rowsJoinEverySchemeForEachCustomerInInputOrder() {
        double[] clv = apparel.stream().mapToDouble(CustomerSummary::revenue).toArray();
        ValueTierResult tiers = ValueTierSegmenter.defaults().segment(apparel, clv);
        RfmResult rfm = RfmScorer.at(end).score(apparel);
        KMeansResult km = KMeansSegmenter.at(end, 9L).withK(4).segment(apparel);
        QuadrantResult quad = QuadrantSegmenter.defaults().segment(apparel);
        ChurnResult churn = ChurnRiskClassifier.at(end).classify(apparel, null);
        List<SegmentExportRow> rows = SegmentExport.rows(apparel, tiers, rfm, km, quad, churn);
        assertThat(rows).hasSize(apparel.size());
        for (int i = 0; i < rows.size(); i++) {
            SegmentExportRow r = rows.get(i);
            assertThat(r.customerId()).isEqualTo(apparel.get(i).customerId());
            assertThat(r.valueTier()).isEqualTo(tiers.segmentByCustomer().get(r.customerId()));
            assertThat(r.rfmSegment()).isNotNull();
            assertThat(r.cluster()).isEqualTo(km.clusters().get(km.assignments().get(i).cluster()).name());
            assertThat(r.quadrant()).isEqualTo(quad.points().get(i).quadrant().label());
            assertThat(r.churnBand()).isNull();
            assertThat(r.hiatusAtRisk()).isNotNull();
        }
    }

    @Test
    void resultOfAnotherCustomerListIsRejected() {
        RfmResult rfm = RfmScorer.at(end).score(apparel.subList(0, 10));
        assertThatThrownBy(() -> SegmentExport.rows(apparel, null, rfm, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rowsAreAReadOnlyListGivingEqualRowsOnEveryRead() {
        RfmResult rfm = RfmScorer.at(end).score(apparel);
        List<SegmentExportRow> rows = SegmentExport.rows(apparel, null, rfm, null, null, null);
        assertThat(rows).hasSize(apparel.size());
        assertThat(rows.get(5)).isEqualTo(rows.get(5));
        assertThat(rows.get(5).rfmSegment()).isEqualTo(rfm.scores().get(5).segment().label());
        assertThatThrownBy(() -> rows.set(0, rows.get(1))).isInstanceOf(UnsupportedOperationException.class);
    }
}
