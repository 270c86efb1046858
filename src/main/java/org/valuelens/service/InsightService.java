package org.valuelens.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.valuelens.model.CustomerSummary;
import org.valuelens.model.btyd.PurchaseModel;
import org.valuelens.model.progress.ProgressListener;
import org.valuelens.model.summary.ReturnsPolicy;
import org.valuelens.model.summary.BaseFigures;
import org.valuelens.model.summary.SummaryResult;

/**
 * Overview figures, the customer list and one customer's history (with a BG/NBD P(alive) path) over an
 * {@link AnalysisService}. Synchronous and thread-confined like the analysis service; keeps the last BG/NBD fit.
 */
public final class InsightService {

    private final AnalysisService analysis;
    private AnalysisSettings fittedFor;
    private FitReport fit;

    /** @param analysis the open workspace's analysis service ({@code null} not permitted) */
    public InsightService(AnalysisService analysis) {
        this.analysis = Objects.requireNonNull(analysis, "analysis");
    }

    /**
     * Headline figures of the dataset named by {@code settings}, with historical-margin CLV.
     *
     * @param settings analysis settings ({@code null} not permitted)
     * @param listener progress and cancel
     * @return the figures
     */
    public OverviewReport overview(AnalysisSettings settings, ProgressListener listener) {
        SummaryResult summary = analysis.summarize(settings, listener);
        List<CustomerSummary> customers = summary.customers();
        int n = customers.size();
        BaseFigures base = BaseFigures.of(customers, settings.timeUnit());
        double[] revenues = new double[n];
        LocalDate first = null;
        LocalDate last = null;
        for (int i = 0; i < n; i++) {
            CustomerSummary c = customers.get(i);
            revenues[i] = c.revenue();
            first = first == null || c.firstPurchase().isBefore(first) ? c.firstPurchase() : first;
            last = last == null || c.lastPurchase().isAfter(last) ? c.lastPurchase() : last;
        }
        if (!analysis.hasAmounts(settings.datasetId())) {
            // count-only: the spend figures are not available (NaN), said in one sentence
            List<String> notes = new ArrayList<>(analysis.coverage(summary, settings));
            notes.add(NoAmounts.sentence("revenue, average order value and CLV"));
            return new OverviewReport(analysis.dataset(settings.datasetId()).id(), n, Double.NaN, base.orders(),
                    Double.NaN, base.ordersPerCustomer(), base.repeatRate(), ClvMethod.HISTORICAL, Double.NaN,
                    Double.NaN, Double.NaN, first, last, new double[0],
                    analysis.dataset(settings.datasetId()).customers(), notes);
        }
        ClvReport clv = analysis.clv(ClvMethod.HISTORICAL, settings, listener);
        double[] values = clv.customers().stream().mapToDouble(CustomerClv::clv).toArray();
        return new OverviewReport(analysis.dataset(settings.datasetId()).id(), n, base.revenue(), base.orders(),
                base.averageOrderValue(), base.ordersPerCustomer(), base.repeatRate(), ClvMethod.HISTORICAL,
                clv.mean(), clv.median(), topShare(revenues, 0.2), first, last, values,
                analysis.dataset(settings.datasetId()).customers(), analysis.coverage(summary, settings));
    }

    /**
     * @param values   non-negative amounts
     * @param fraction the top fraction of entries, in (0, 1]
     * @return the share of the total held by the largest {@code ceil(fraction × n)} entries (0 when the total is 0)
     */
    static double topShare(double[] values, double fraction) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double total = 0;
        for (double v : sorted) {
            total += v;
        }
        int k = (int) Math.ceil(fraction * sorted.length);
        double top = 0;
        for (int i = sorted.length - k; i < sorted.length; i++) {
            top += sorted[i];
        }
        return total == 0 ? 0 : top / total;
    }

    /**
     * @param settings analysis settings
     * @param listener progress and cancel
     * @return every customer's summary, in order of first appearance
     */
    public List<CustomerSummary> customers(AnalysisSettings settings, ProgressListener listener) {
        return analysis.summarize(settings, listener).customers();
    }

    /**
     * One customer's purchase days and BG/NBD P(alive) over time. For each period t = 1, 2, … after the first
     * purchase (and finally at T) the model's P(alive) is evaluated at x(t) repeat purchase days up to t, their last
     * at t_x(t), and age T = t.
     *
     * @param customerId the customer ({@code null} not permitted)
     * @param settings   analysis settings (time unit of the periods)
     * @param listener   progress and cancel
     * @return the history
     * @throws ServiceException when the customer is unknown or the BG/NBD fit fails
     */
    public CustomerDetail customer(String customerId, AnalysisSettings settings, ProgressListener listener) {
        Objects.requireNonNull(customerId, "customerId");
        SummaryResult summary = analysis.summarize(settings, listener);
        CustomerSummary c = summary.customers().stream().filter(s -> s.customerId().equals(customerId))
                .findFirst().orElseThrow(() -> new ServiceException("There is no customer '" + customerId + "'."));
        if (fit == null || !settings.equals(fittedFor)) {
            fit = analysis.fit("bg-nbd", settings, listener);
            fittedFor = settings;
        }
        PurchaseModel model = (PurchaseModel) fit.fit().model();
        TreeMap<LocalDate, Double> byDay = new TreeMap<>();
        TreeMap<LocalDate, Boolean> purchaseDay = new TreeMap<>();
        LocalDate end = summary.calibrationEnd();
        analysis.forEachTransaction(settings, t -> {
            if (t.customerId().equals(customerId)) {
                LocalDate d = t.timestamp().toLocalDate();
                if (t.isReturn() && settings.returns() == ReturnsPolicy.EXCLUDE) {
                    return;
                }
                byDay.merge(d, t.amount(), Double::sum);
                if (!t.isReturn() && (end == null || !d.isAfter(end))) {
                    purchaseDay.put(d, Boolean.TRUE);
                }
            }
        }, listener);
        double unitDays = settings.timeUnit().days();
        List<Double> offsets = new ArrayList<>();
        for (LocalDate d : purchaseDay.keySet()) {
            offsets.add((d.toEpochDay() - c.firstPurchase().toEpochDay()) / unitDays);
        }
        int steps = (int) Math.ceil(c.age());
        List<Double> ts = new ArrayList<>();
        for (int t = 1; t < steps; t++) {
            ts.add((double) t);
        }
        ts.add(Math.max(c.age(), 0));
        double[] periods = new double[ts.size()];
        double[] alive = new double[ts.size()];
        for (int i = 0; i < periods.length; i++) {
            double t = ts.get(i);
            int x = 0;
            double tx = 0;
            for (int k = 1; k < offsets.size(); k++) {
                if (offsets.get(k) <= t + 1e-9) {
                    x++;
                    tx = offsets.get(k);
                }
            }
            periods[i] = t;
            alive[i] = t <= 0 ? 1.0 : model.probabilityAlive(x, Math.min(tx, t), t);
        }
        Map<String, Double> params = fit.fit().parameters();
        return new CustomerDetail(c, new ArrayList<>(byDay.keySet()),
                byDay.values().stream().mapToDouble(Double::doubleValue).toArray(), periods, alive, params);
    }
}
