package org.valuelens.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.valuelens.model.CustomerSummary;
import org.valuelens.model.btyd.BgNbdFitter;
import org.valuelens.model.segment.ChurnBand;
import org.valuelens.model.segment.ChurnResult;
import org.valuelens.model.segment.SegmentExport;

/**
 * Turns a churn-risk classification into a {@link SegmentReport}: one segment per P(alive) band, each with how
 * many of its customers the model-free hiatus rule also flags.
 */
final class ChurnSegments {
    /** Suggested action per band (English; the interface translates known defaults). */
    static final Map<ChurnBand, String> ACTIONS = Map.of(
            ChurnBand.HIGH_RISK, "Win back now: personal offer or call; stop paid reactivation if it fails.",
            ChurnBand.WATCH, "Remind them: reminder or small incentive before they lapse.",
            ChurnBand.ACTIVE, "Keep serving them; no retention spend needed.");

    private ChurnSegments() {
    }

    /**
     * @param modelId   the model whose P(alive) was banded
     * @param churn     the classification, aligned with {@code customers}
     * @param customers the summaries
     * @return the report (detail = {@code churn})
     */
    static SegmentReport report(String modelId, ChurnResult churn, List<CustomerSummary> customers) {
        int[] count = new int[ChurnBand.values().length];
        double[] revenue = new double[count.length];
        double[] pAliveSum = new double[count.length];
        double total = 0;
        for (int i = 0; i < customers.size(); i++) {
            ChurnResult.Assessment a = churn.assessments().get(i);
            int b = a.band().ordinal();
            count[b]++;
            revenue[b] += customers.get(i).revenue();
            pAliveSum[b] += a.pAlive();
            total += customers.get(i).revenue();
        }
        int n = customers.size();
        List<SegmentRow> rows = new ArrayList<>();
        for (ChurnBand band : ChurnBand.values()) {
            int b = band.ordinal();
            Map<String, Double> f = new LinkedHashMap<>();
            f.put("meanPAlive", count[b] == 0 ? Double.NaN : pAliveSum[b] / count[b]);
            f.put("hiatusAtRisk", (double) churn.count(band, true));
            f.put("hiatusOk", (double) churn.count(band, false));
            rows.add(new SegmentRow(band.label(), count[b], n == 0 ? 0 : count[b] / (double) n, revenue[b],
                    total == 0 ? 0 : revenue[b] / total, f, ACTIONS.get(band)));
        }
        Map<String, Object> thresholds = new LinkedHashMap<>();
        thresholds.put("model", modelId);
        thresholds.put("lowCutoff", churn.lowCutoff());
        thresholds.put("highCutoff", churn.highCutoff());
        thresholds.put("hiatusMultiple", churn.hiatusMultiple());
        thresholds.put("medianGapDays", churn.populationMedianGapDays());
        thresholds.put("hiatusAtRisk", churn.hiatusAtRiskCount());
        List<String> warnings = new ArrayList<>(churn.warnings());
        long oneTime = churn.assessments().stream().filter(ChurnResult.Assessment::oneTimeBuyer).count();
        if ("bg-nbd".equals(modelId) && oneTime > 0 && !warnings.contains(BgNbdFitter.ONE_TIME_BUYER_WARNING)) {
            // BG/NBD lets customers drop out only after a repeat purchase: one-time buyers all land in Active
            warnings.add(BgNbdFitter.ONE_TIME_BUYER_WARNING);
        }
        return new SegmentReport("churn", rows, thresholds, warnings,
                SegmentExport.rows(customers, null, null, null, null, churn), churn);
    }
}
