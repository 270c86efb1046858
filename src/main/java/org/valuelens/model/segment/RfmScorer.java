package org.valuelens.model.segment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.valuelens.model.CustomerSummary;

/**
 * Scores customers 1–5 on recency, frequency and monetary value and names their RFM segment
 * ({@link RfmSegment}). Immutable.
 *
 * <ul>
 *   <li>R = days from the last purchase day to the analysis date (lower is better, scores 5);</li>
 *   <li>F = purchase days ({@code frequency + 1}, same-day purchases merged);</li>
 *   <li>M = by default mean revenue per purchase day ({@code revenue / purchase days}), first purchase
 *       included, so it does not double-count F; optionally total revenue.</li>
 * </ul>
 *
 * <p><b>Quintile rule with ties.</b> For a dimension where higher is better, a customer's score is
 * {@code 1 + floor(5 × below / n)}, where {@code below} is the number of customers with a strictly lower value
 * (the cumulative count of the lower distinct values) and {@code n} the number of customers. For recency
 * {@code below} counts customers with a strictly larger (worse) number of days. Equal values therefore always get
 * the same score; without ties the scores are exact quintiles. When heavy ties leave fewer than five distinct
 * scores in a dimension (e.g. most customers bought on one day only, so F has scores 1, 4, 5), the result carries
 * a warning saying so.
 */
public final class RfmScorer {

    /** How the monetary value M is computed. */
    public enum Monetary {
        /** Revenue divided by purchase days (first purchase included). */
        MEAN_PER_PURCHASE_DAY,
        /** Total historical revenue. */
        TOTAL_REVENUE
    }

    private static final String[] DIMENSIONS = {"Recency", "Frequency", "Monetary"};

    private final LocalDate analysisDate;
    private final Monetary monetary;
    private final Map<RfmSegment, String> actions;

    private RfmScorer(LocalDate analysisDate, Monetary monetary, Map<RfmSegment, String> actions) {
        this.analysisDate = Objects.requireNonNull(analysisDate, "analysisDate");
        this.monetary = Objects.requireNonNull(monetary, "monetary");
        this.actions = actions;
    }

    /**
     * @param analysisDate the date recency is measured to, usually the calibration end ({@code null} not
     *                     permitted); no customer's last purchase may be after it
     * @return a scorer with mean spend per purchase day and the default actions
     */
    public static RfmScorer at(LocalDate analysisDate) {
        Map<RfmSegment, String> a = new EnumMap<>(RfmSegment.class);
        for (RfmSegment s : RfmSegment.values()) {
            a.put(s, s.defaultAction());
        }
        return new RfmScorer(analysisDate, Monetary.MEAN_PER_PURCHASE_DAY, Map.copyOf(a));
    }

    /** @param rule the monetary rule ({@code null} not permitted) @return a copy using it */
    public RfmScorer withMonetary(Monetary rule) {
        return new RfmScorer(analysisDate, rule, actions);
    }

    /** @param overrides action per segment; others keep theirs @return a copy with merged actions */
    public RfmScorer withActions(Map<RfmSegment, String> overrides) {
        return new RfmScorer(analysisDate, monetary, Shares.merge(actions, overrides));
    }

    /** @return the current action per segment (unmodifiable) */
    public Map<RfmSegment, String> actions() {
        return actions;
    }

    /**
     * Scores the customers.
     *
     * @param customers customers ({@code null} not permitted)
     * @return scores, segment summaries and warnings
     * @throws IllegalArgumentException when a last purchase is after the analysis date
     */
    public RfmResult score(List<CustomerSummary> customers) {
        Objects.requireNonNull(customers, "customers");
        int n = customers.size();
        double[] rec = new double[n];
        double[] freq = new double[n];
        double[] mon = new double[n];
        for (int i = 0; i < n; i++) {
            CustomerSummary c = customers.get(i);
            rec[i] = recencyDays(c, analysisDate);
            freq[i] = c.purchaseDays();
            mon[i] = monetary == Monetary.TOTAL_REVENUE ? c.revenue() : c.revenue() / c.purchaseDays();
        }
        int[] r = quintileScores(rec, false);
        int[] f = quintileScores(freq, true);
        int[] m = quintileScores(mon, true);
        List<String> warnings = new ArrayList<>();
        int[][] all = {r, f, m};
        for (int d = 0; d < 3; d++) {
            boolean[] present = new boolean[6];
            for (int s : all[d]) {
                present[s] = true;
            }
            List<Integer> distinct = new ArrayList<>();
            for (int s = 1; s <= 5; s++) {
                if (present[s]) {
                    distinct.add(s);
                }
            }
            if (n > 0 && distinct.size() < 5) {
                warnings.add(DIMENSIONS[d] + " has only " + distinct.size() + " distinct score(s) " + distinct
                        + " instead of 5, because many customers share the same value; equal values always get "
                        + "the same score.");
            }
        }
        List<RfmScore> scores = new ArrayList<>(n);
        int[] counts = new int[RfmSegment.values().length];
        double[] revenue = new double[counts.length];
        double total = 0;
        for (int i = 0; i < n; i++) {
            RfmSegment s = RfmSegment.of(r[i], f[i], m[i]);
            scores.add(new RfmScore(customers.get(i).customerId(), rec[i], (int) freq[i], mon[i], r[i], f[i], m[i],
                    RfmSegment.fmScore(f[i], m[i]), s));
            counts[s.ordinal()]++;
            revenue[s.ordinal()] += customers.get(i).revenue();
            total += customers.get(i).revenue();
        }
        List<SegmentSummary> segments = new ArrayList<>();
        for (RfmSegment s : RfmSegment.values()) {
            int k = s.ordinal();
            segments.add(new SegmentSummary(s.label(), counts[k], Shares.share(counts[k], n), revenue[k],
                    Shares.share(revenue[k], total), actions.get(s)));
        }
        return new RfmResult(analysisDate, monetary, scores, segments, warnings);
    }

    /** Days from the last purchase to the analysis date; rejects a last purchase after it. */
    static double recencyDays(CustomerSummary c, LocalDate analysisDate) {
        long d = analysisDate.toEpochDay() - c.lastPurchase().toEpochDay();
        if (d < 0) {
            throw new IllegalArgumentException("customer " + c.customerId() + " last bought on " + c.lastPurchase()
                    + ", after the analysis date " + analysisDate);
        }
        return d;
    }

    /**
     * Tie-aware quintile scores: {@code 1 + floor(5 × worse / n)} with {@code worse} the count of strictly worse
     * values.
     */
    static int[] quintileScores(double[] values, boolean higherIsBetter) {
        int n = values.length;
        int[] counted = countedQuintileScores(values, higherIsBetter);
        if (counted != null) {
            return counted;
        }
        int[] order = Shares.sortedIndices(values, false);
        int[] out = new int[n];
        int from = 0;
        while (from < n) {
            int to = from + 1;
            while (to < n && values[order[to]] == values[order[from]]) {
                to++;
            }
            // [from, to) share one value: "from" values are strictly less, "n - to" strictly greater
            long worse = higherIsBetter ? from : n - to;
            int score = 1 + (int) (5L * worse / n);
            for (int j = from; j < to; j++) {
                out[order[j]] = score;
            }
            from = to;
        }
        return out;
    }

    /**
     * The same scores by counting, for whole-number values in a range of at most {@code 4n + 1024} (recency days,
     * purchase days): linear time, no sort.
     *
     * @return the scores, or {@code null} when the values are not such whole numbers
     */
    private static int[] countedQuintileScores(double[] values, boolean higherIsBetter) {
        int n = values.length;
        if (n == 0) {
            return null;
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            if (v != Math.rint(v)) { // also false for NaN and infinities
                return null;
            }
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        if (max - min > 4.0 * n + 1024 || min < -1e9 || max > 1e9) {
            return null;
        }
        int base = (int) min;
        int span = (int) (max - min) + 1;
        // below[v] = how many values are strictly less than base + v
        long[] below = new long[span + 1];
        for (double v : values) {
            below[(int) v - base + 1]++;
        }
        for (int v = 1; v <= span; v++) {
            below[v] += below[v - 1];
        }
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            int v = (int) values[i] - base;
            long worse = higherIsBetter ? below[v] : n - below[v + 1];
            out[i] = 1 + (int) (5L * worse / n);
        }
        return out;
    }
}
