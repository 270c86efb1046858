package org.valuelens.model.segment;

/**
 * One customer's segments and scores, for export. A field is {@code null} when that scheme was not run.
 *
 * @param customerId   customer id
 * @param clv          CLV, currency units
 * @param valueTier    value tier name
 * @param clvRank      1-based CLV rank
 * @param recencyDays  days since the last purchase
 * @param frequency    purchase days
 * @param monetary     RFM monetary value, currency units
 * @param rfmCode      scores as "RFM", e.g. "545"
 * @param rfmSegment   named RFM segment
 * @param cluster      k-means cluster name
 * @param quadrant     quadrant name
 * @param profitPerPurchase quadrant y, currency units
 * @param pAlive       P(alive) 0..1
 * @param churnBand    P(alive) band name
 * @param hiatusAtRisk hiatus-rule verdict
 */
public record SegmentExportRow(String customerId, Double clv, String valueTier, Integer clvRank, Double recencyDays,
                               Integer frequency, Double monetary, String rfmCode, String rfmSegment, String cluster,
                               String quadrant, Double profitPerPurchase, Double pAlive, String churnBand,
                               Boolean hiatusAtRisk) {
}
