package org.valuelens.model.segment;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import org.valuelens.model.CustomerSummary;

/** Joins the per-customer results of the segmentations into export rows. */
public final class SegmentExport {

    private SegmentExport() {
    }

    /**
     * One row per customer. Every given result must come from the same customer list (same order). The rows are
     * a read-only view built on access (a million customers need no million row objects until they are read), so
     * the customer list and results must not change afterwards; each access builds an equal, new row.
     *
     * @param customers customers ({@code null} not permitted)
     * @param tiers     value tiers, or {@code null}
     * @param rfm       RFM result, or {@code null}
     * @param kmeans    k-means result, or {@code null}
     * @param quadrant  quadrant result, or {@code null}
     * @param churn     churn result, or {@code null}
     * @return rows in customer order (unmodifiable, random access)
     * @throws IllegalArgumentException when a result does not match the customer list
     */
    public static List<SegmentExportRow> rows(List<CustomerSummary> customers, ValueTierResult tiers,
                                              RfmResult rfm, KMeansResult kmeans, QuadrantResult quadrant,
                                              ChurnResult churn) {
        Objects.requireNonNull(customers, "customers");
        int n = customers.size();
        check(tiers == null ? null : tiers.assignments(), n, "value tiers");
        check(rfm == null ? null : rfm.scores(), n, "RFM");
        check(kmeans == null ? null : kmeans.assignments(), n, "k-means");
        check(quadrant == null ? null : quadrant.points(), n, "quadrant");
        check(churn == null ? null : churn.assessments(), n, "churn");
        for (int i = 0; i < n; i++) {
            String id = customers.get(i).customerId();
            same(id, tiers == null ? null : tiers.assignments().get(i).customerId());
            same(id, rfm == null ? null : rfm.scores().get(i).customerId());
            same(id, kmeans == null ? null : kmeans.assignments().get(i).customerId());
            same(id, quadrant == null ? null : quadrant.points().get(i).customerId());
            same(id, churn == null ? null : churn.assessments().get(i).customerId());
        }
        return new Rows(customers, tiers, rfm, kmeans, quadrant, churn);
    }

    /** The rows as a view over the aligned results. */
    private static final class Rows extends AbstractList<SegmentExportRow> implements RandomAccess {
        private final List<CustomerSummary> customers;
        private final ValueTierResult tiers;
        private final RfmResult rfm;
        private final KMeansResult kmeans;
        private final QuadrantResult quadrant;
        private final ChurnResult churn;

        Rows(List<CustomerSummary> customers, ValueTierResult tiers, RfmResult rfm, KMeansResult kmeans,
             QuadrantResult quadrant, ChurnResult churn) {
            this.customers = customers;
            this.tiers = tiers;
            this.rfm = rfm;
            this.kmeans = kmeans;
            this.quadrant = quadrant;
            this.churn = churn;
        }

        @Override
        public int size() {
            return customers.size();
        }

        @Override
        public SegmentExportRow get(int i) {
            String id = customers.get(i).customerId();
            ValueTierResult.Assignment t = tiers == null ? null : tiers.assignments().get(i);
            RfmScore s = rfm == null ? null : rfm.scores().get(i);
            KMeansResult.Assignment k = kmeans == null ? null : kmeans.assignments().get(i);
            QuadrantResult.Point q = quadrant == null ? null : quadrant.points().get(i);
            ChurnResult.Assessment c = churn == null ? null : churn.assessments().get(i);
            return new SegmentExportRow(id, t == null ? null : t.clv(), t == null ? null : t.tier().label(),
                    t == null ? null : t.rank(), s == null ? null : s.recencyDays(),
                    s == null ? null : s.frequency(), s == null ? null : s.monetary(), s == null ? null : s.code(),
                    s == null ? null : s.segment().label(),
                    k == null ? null : kmeans.clusters().get(k.cluster()).name(),
                    q == null ? null : q.quadrant().label(), q == null ? null : q.y(),
                    c == null ? null : c.pAlive(), c == null || c.band() == null ? null : c.band().label(),
                    c == null ? null : c.hiatusAtRisk());
        }
    }

    private static void check(List<?> list, int n, String what) {
        if (list != null && list.size() != n) {
            throw new IllegalArgumentException(what + " result has " + list.size() + " customers, expected " + n);
        }
    }

    private static void same(String id, String other) {
        if (other != null && !other.equals(id)) {
            throw new IllegalArgumentException("results are not aligned: " + other + " where " + id
                    + " was expected");
        }
    }
}
