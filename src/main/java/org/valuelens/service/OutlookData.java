package org.valuelens.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.valuelens.model.CustomerSummary;
import org.valuelens.model.btyd.PurchasePredictor;
import org.valuelens.model.predict.ChurnRisk;
import org.valuelens.model.progress.ProgressListener;
import org.valuelens.report.deck.ReportData;

/** Gathers the report's "Outlook: next 90 days" from {@link PredictionService}: totals, High risk, weekly orders. */
final class OutlookData {

    /** Weeks of the weekly chart (13 weeks cover the 90-day window). */
    static final int WEEKS = 13;

    private OutlookData() {
    }

    /**
     * @param analysis the analysis service
     * @param method   the report's CLV method; a formula method falls back to BG/NBD for the outlook
     * @param request  the report request (settings and the dataset's churn cut-offs)
     * @param listener progress and cancel
     * @return the outlook, or {@code null} when no purchase model can predict on these data (the deck then has no
     *         outlook slide)
     */
    static ReportData.Outlook of(AnalysisService analysis, ClvMethod method, ReportRequest request,
                                 AnalysisSettings settings, ProgressListener listener) {
        String model = method.probabilistic() ? method.cliName() : "bg-nbd";
        PredictionReport r;
        try {
            PredictionRequest d = PredictionRequest.defaults(model);
            r = new PredictionService(analysis).predict(new PredictionRequest(model, null, null, null,
                    request.dataset().churnBands(), d.level(), d.unlikelyBelow()), settings, listener);
        } catch (ServiceException e) {
            return null;
        }
        PurchasePredictor m = (PurchasePredictor) r.fit().fit().model();
        double week = 7 / settings.timeUnit().days();
        double[] weekly = new double[WEEKS];
        List<LocalDate> starts = new ArrayList<>(WEEKS);
        for (int k = 0; k < WEEKS; k++) {
            starts.add(r.dataEnd().plusDays(1 + 7L * k));
        }
        for (CustomerSummary c : r.customers()) {
            double previous = 0;
            for (int k = 0; k < WEEKS; k++) {
                double e = m.expectedPurchases((k + 1) * week, c.frequency(), c.recency(), c.age());
                weekly[k] += e - previous;
                previous = e;
            }
        }
        return new ReportData.Outlook(model, r.windowStart(), r.windowEnd(), r.level(), r.expectedOrders(),
                r.expectedRevenue(), r.size(), r.churnRiskCounts().get(ChurnRisk.HIGH), r.bands().highFrom(), starts,
                weekly);
    }
}
