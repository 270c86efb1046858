package org.valuelens.model.cohort;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.valuelens.model.CustomerSummary;

/**
 * The channel table from customer summaries alone (a summary-only dataset, one row per customer): per channel of
 * the first purchase, the customers, average CLV, historical margin per customer, CAC (channel spend over its
 * customers) and LTV:CAC, with the definitions of {@link CohortAnalyzer}. Without purchases by month there is no
 * payback period and no margin curve ({@code null} and empty). The historical margin counts the purchases up to
 * the summary's calibration end: revenue minus cost, or revenue × margin when the customer has no cost.
 */
public final class SummaryChannels {

    private SummaryChannels() {
    }

    /**
     * @param customers the summarised customers ({@code null} not permitted)
     * @param margin    gross margin rate for customers without costs, 0..1
     * @param spend     acquisition spend per channel ({@link AcquisitionCosts#perChannel()}; {@code null} = none)
     * @param clvById   CLV per customer id, or {@code null} when none
     * @return one row per channel, by customers descending then name
     */
    public static List<ChannelSummary> of(List<CustomerSummary> customers, double margin, Map<String, Double> spend,
                                          Map<String, Double> clvById) {
        Map<String, double[]> sums = new TreeMap<>(); // customers, margin, CLV sum, CLV count
        for (CustomerSummary c : customers) {
            String ch = c.channel() == null || c.channel().isBlank() ? CohortAnalyzer.UNKNOWN_CHANNEL : c.channel();
            double[] s = sums.computeIfAbsent(ch, k -> new double[4]);
            s[0]++;
            s[1] += c.cost() != null ? c.revenue() - c.cost() : c.revenue() * margin;
            Double v = clvById == null ? null : clvById.get(c.customerId());
            if (v != null && Double.isFinite(v)) {
                s[2] += v;
                s[3]++;
            }
        }
        List<ChannelSummary> out = new ArrayList<>();
        sums.forEach((ch, s) -> {
            int n = (int) s[0];
            Double total = spend == null ? null : spend.get(ch);
            Double cac = total == null ? null : total / n;
            Double avgClv = s[3] > 0 ? s[2] / s[3] : null;
            double hist = s[1] / n;
            double ltv = avgClv != null ? avgClv : hist;
            Double ratio = cac != null && cac != 0.0 ? ltv / cac : null;
            out.add(new ChannelSummary(ch, n, avgClv, hist, cac, ratio, null, List.of()));
        });
        out.sort((a, b) -> a.customers() != b.customers() ? Integer.compare(b.customers(), a.customers())
                : a.channel().compareTo(b.channel()));
        return out;
    }
}
