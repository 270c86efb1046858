package org.valuelens.model.segment;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.valuelens.model.CustomerSummary;

/**
 * Churn risk two ways, side by side. Immutable.
 *
 * <ul>
 *   <li>Model-based: P(alive) per customer (from a BTYD model) in bands: below {@code low} (default 0.3) high
 *       risk, from {@code low} to {@code high} inclusive (default 0.7) watch, above {@code high} active.</li>
 *   <li>Model-free hiatus rule: at risk when days since the last purchase (to the analysis date) exceed
 *       {@code k} (default 2) × the customer's own mean inter-purchase time
 *       ({@code (last − first purchase day) / repeat purchases}, in days). One-time buyers are compared with the
 *       population median of repeat buyers' mean inter-purchase times; when there are no repeat buyers they are
 *       never flagged and the result carries a warning.</li>
 * </ul>
 */
public final class ChurnRiskClassifier {

    private final LocalDate analysisDate;
    private final double low;
    private final double high;
    private final double k;

    private ChurnRiskClassifier(LocalDate analysisDate, double low, double high, double k) {
        this.analysisDate = Objects.requireNonNull(analysisDate, "analysisDate");
        this.low = low;
        this.high = high;
        this.k = k;
    }

    /** @param analysisDate date "now" for the hiatus rule ({@code null} not permitted) @return defaults */
    public static ChurnRiskClassifier at(LocalDate analysisDate) {
        return new ChurnRiskClassifier(analysisDate, 0.3, 0.7, 2.0);
    }

    /** @param lowCutoff 0..1 @param highCutoff lowCutoff..1 @return a copy with these cut-offs */
    public ChurnRiskClassifier withCutoffs(double lowCutoff, double highCutoff) {
        if (!(lowCutoff >= 0 && lowCutoff <= highCutoff && highCutoff <= 1)) {
            throw new IllegalArgumentException("need 0 <= low <= high <= 1, got " + lowCutoff + ", " + highCutoff);
        }
        return new ChurnRiskClassifier(analysisDate, lowCutoff, highCutoff, k);
    }

    /** @param multiple k of the hiatus rule ({@code > 0}) @return a copy */
    public ChurnRiskClassifier withHiatusMultiple(double multiple) {
        if (!(multiple > 0) || Double.isInfinite(multiple)) {
            throw new IllegalArgumentException("k must be positive and finite, was " + multiple);
        }
        return new ChurnRiskClassifier(analysisDate, low, high, multiple);
    }

    /**
     * @param p P(alive) 0..1
     * @return the band
     */
    public ChurnBand band(double p) {
        return p < low ? ChurnBand.HIGH_RISK : p > high ? ChurnBand.ACTIVE : ChurnBand.WATCH;
    }

    /**
     * Classifies every customer.
     *
     * @param customers customers ({@code null} not permitted)
     * @param pAlive    P(alive) aligned with {@code customers}, each 0..1; {@code null} for the hiatus rule only
     * @return assessments and the crosstab
     */
    public ChurnResult classify(List<CustomerSummary> customers, double[] pAlive) {
        Objects.requireNonNull(customers, "customers");
        if (pAlive != null) {
            Shares.checkAligned(customers, pAlive, "pAlive");
            for (double p : pAlive) {
                if (p < 0 || p > 1) {
                    throw new IllegalArgumentException("P(alive) must be 0..1, was " + p);
                }
            }
        }
        int n = customers.size();
        double[] gap = new double[n];
        int repeat = 0;
        for (int i = 0; i < n; i++) {
            CustomerSummary c = customers.get(i);
            if (c.frequency() > 0) {
                gap[repeat++] = ChronoUnit.DAYS.between(c.firstPurchase(), c.lastPurchase()) / (double) c.frequency();
            }
        }
        double median = Shares.median(java.util.Arrays.copyOf(gap, repeat));
        List<String> warnings = new ArrayList<>();
        if (repeat == 0 && n > 0) {
            warnings.add("No customer bought more than once, so the hiatus rule cannot flag one-time buyers.");
        }
        int[][] table = new int[3][2];
        int atRiskCount = 0;
        List<ChurnResult.Assessment> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            CustomerSummary c = customers.get(i);
            double since = RfmScorer.recencyDays(c, analysisDate);
            boolean oneTime = c.frequency() == 0;
            double expected = oneTime ? median
                    : ChronoUnit.DAYS.between(c.firstPurchase(), c.lastPurchase()) / (double) c.frequency();
            boolean atRisk = !Double.isNaN(expected) && since > k * expected;
            ChurnBand band = pAlive == null ? null : band(pAlive[i]);
            if (band != null) {
                table[band.ordinal()][atRisk ? 1 : 0]++;
            }
            if (atRisk) {
                atRiskCount++;
            }
            out.add(new ChurnResult.Assessment(c.customerId(), pAlive == null ? null : pAlive[i], band, since,
                    expected, oneTime, atRisk));
        }
        return new ChurnResult(out, low, high, k, median, table, atRiskCount, warnings);
    }
}
