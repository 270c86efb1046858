package org.valuelens.model.segment;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.valuelens.model.CustomerSummary;

/**
 * Splits customers into high / medium / low value tiers by CLV (Pareto view). Immutable; configure with
 * {@code with*} copies.
 *
 * <p>Customers are ranked by CLV descending, ties broken by customer id ascending (String order), so the split is
 * deterministic. By shares (default 20 % / 30 % / 50 %): the first {@code round(highShare × n)} ranks are HIGH,
 * ranks up to {@code round((highShare + mediumShare) × n)} are MEDIUM, the rest LOW (round = half up). By fixed
 * thresholds: CLV {@code >= highMin} is HIGH, {@code >= mediumMin} is MEDIUM, else LOW.
 *
 * <pre>{@code
 * ValueTierResult r = ValueTierSegmenter.defaults().withShares(0.1, 0.4).segment(customers, clv);
 * }</pre>
 */
public final class ValueTierSegmenter {

    private final double highShare;
    private final double mediumShare;
    private final double highMin;
    private final double mediumMin;
    private final boolean byThreshold;
    private final Map<ValueTier, String> actions;

    private ValueTierSegmenter(double highShare, double mediumShare, double highMin, double mediumMin,
                               boolean byThreshold, Map<ValueTier, String> actions) {
        this.highShare = highShare;
        this.mediumShare = mediumShare;
        this.highMin = highMin;
        this.mediumMin = mediumMin;
        this.byThreshold = byThreshold;
        this.actions = actions;
    }

    /** @return a segmenter with shares 20 % / 30 % / 50 % and the default actions */
    public static ValueTierSegmenter defaults() {
        Map<ValueTier, String> a = new EnumMap<>(ValueTier.class);
        for (ValueTier t : ValueTier.values()) {
            a.put(t, t.defaultAction());
        }
        return new ValueTierSegmenter(0.2, 0.3, Double.NaN, Double.NaN, false, Map.copyOf(a));
    }

    /**
     * Splits by shares of customers.
     *
     * @param high   share of customers in the high tier, 0..1
     * @param medium share in the medium tier, 0..1, with {@code high + medium <= 1}; the rest is low
     * @return a copy using shares
     */
    public ValueTierSegmenter withShares(double high, double medium) {
        if (!(high >= 0 && medium >= 0 && high + medium <= 1.0 + 1e-12)) {
            throw new IllegalArgumentException("need shares >= 0 with high + medium <= 1, got " + high + ", "
                    + medium);
        }
        return new ValueTierSegmenter(high, medium, Double.NaN, Double.NaN, false, actions);
    }

    /**
     * Splits by fixed CLV thresholds (currency units): CLV at or above {@code highMin} is high, at or above
     * {@code mediumMin} is medium.
     *
     * @param highMin   lower bound of the high tier (finite)
     * @param mediumMin lower bound of the medium tier (finite, {@code <= highMin})
     * @return a copy using thresholds
     */
    public ValueTierSegmenter withThresholds(double highMin, double mediumMin) {
        if (!Double.isFinite(highMin) || !Double.isFinite(mediumMin) || mediumMin > highMin) {
            throw new IllegalArgumentException("need finite thresholds with mediumMin <= highMin");
        }
        return new ValueTierSegmenter(highShare, mediumShare, highMin, mediumMin, true, actions);
    }

    /**
     * Overrides suggested actions.
     *
     * @param overrides action sentence per tier; tiers not in the map keep their current action
     * @return a copy with the merged actions
     */
    public ValueTierSegmenter withActions(Map<ValueTier, String> overrides) {
        return new ValueTierSegmenter(highShare, mediumShare, highMin, mediumMin, byThreshold,
                Shares.merge(actions, overrides));
    }

    /** @return the current action per tier (unmodifiable) */
    public Map<ValueTier, String> actions() {
        return actions;
    }

    /**
     * Segments customers with CLV given by id.
     *
     * @param customers customers ({@code null} not permitted)
     * @param clvById   CLV per customer id, currency units; every customer needs a finite value
     * @return the tiers
     */
    public ValueTierResult segment(List<CustomerSummary> customers, Map<String, Double> clvById) {
        return segment(customers, ClvValues.aligned(customers, clvById));
    }

    /**
     * Segments customers.
     *
     * @param customers customers ({@code null} not permitted; ids should be unique)
     * @param clv       CLV per customer aligned with {@code customers}, finite, currency units
     * @return the tiers
     */
    public ValueTierResult segment(List<CustomerSummary> customers, double[] clv) {
        Shares.checkAligned(customers, clv, "clv");
        int n = customers.size();
        int[] order = rankOrder(customers, clv);
        long highCount = Math.round(highShare * n);
        long highMediumCount = Math.round((highShare + mediumShare) * n);
        ValueTier[] tierOf = new ValueTier[n];
        int[] rankOf = new int[n];
        List<List<String>> ids = new ArrayList<>();
        double[] revenue = new double[3];
        double[] clvSum = new double[3];
        double[] minClv = {Double.NaN, Double.NaN, Double.NaN};
        for (int t = 0; t < 3; t++) {
            ids.add(new ArrayList<>());
        }
        double totalRevenue = 0;
        double totalClv = 0;
        for (int r = 0; r < n; r++) {
            int i = order[r];
            double v = clv[i];
            ValueTier t;
            if (byThreshold) {
                t = v >= highMin ? ValueTier.HIGH : v >= mediumMin ? ValueTier.MEDIUM : ValueTier.LOW;
            } else {
                t = r < highCount ? ValueTier.HIGH : r < highMediumCount ? ValueTier.MEDIUM : ValueTier.LOW;
            }
            tierOf[i] = t;
            rankOf[i] = r + 1;
            int k = t.ordinal();
            ids.get(k).add(customers.get(i).customerId());
            revenue[k] += customers.get(i).revenue();
            clvSum[k] += v;
            minClv[k] = v;
            totalRevenue += customers.get(i).revenue();
            totalClv += v;
        }
        List<TierSummary> tiers = new ArrayList<>(3);
        for (ValueTier t : ValueTier.values()) {
            int k = t.ordinal();
            int c = ids.get(k).size();
            tiers.add(new TierSummary(t, c, Shares.share(c, n), revenue[k], Shares.share(revenue[k], totalRevenue),
                    clvSum[k], Shares.share(clvSum[k], totalClv), minClv[k], ids.get(k), actions.get(t)));
        }
        List<ValueTierResult.Assignment> assignments = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            assignments.add(new ValueTierResult.Assignment(customers.get(i).customerId(), tierOf[i], rankOf[i],
                    clv[i]));
        }
        return new ValueTierResult(tiers, assignments);
    }

    /**
     * Indices sorted by CLV descending, then customer id ascending: a primitive radix sort by CLV, then only runs
     * of equal CLV sorted by id, which is much faster than a boxed comparator sort.
     */
    static int[] rankOrder(List<CustomerSummary> customers, double[] clv) {
        int n = clv.length;
        int[] order = Shares.sortedIndices(clv, true);
        String[] ids = null;
        int[] buffer = null;
        int from = 0;
        while (from < n) {
            int to = from + 1;
            while (to < n && clv[order[to]] == clv[order[from]]) {
                to++;
            }
            if (to - from > 1) {
                if (ids == null) {
                    ids = new String[n];
                    for (int i = 0; i < n; i++) {
                        ids[i] = customers.get(i).customerId();
                    }
                    buffer = new int[n];
                }
                sortById(order, from, to, ids, buffer);
            }
            from = to;
        }
        return order;
    }

    /**
     * Stable sort of {@code order[from..to)} by {@code ids[order[i]]}: insertion sort for short runs, merge sort
     * above; primitive indices, no boxing.
     */
    static void sortById(int[] order, int from, int to, String[] ids, int[] buffer) {
        if (to - from <= 24) {
            for (int i = from + 1; i < to; i++) {
                int v = order[i];
                String key = ids[v];
                int j = i - 1;
                while (j >= from && ids[order[j]].compareTo(key) > 0) {
                    order[j + 1] = order[j];
                    j--;
                }
                order[j + 1] = v;
            }
            return;
        }
        int mid = (from + to) >>> 1;
        sortById(order, from, mid, ids, buffer);
        sortById(order, mid, to, ids, buffer);
        if (ids[order[mid - 1]].compareTo(ids[order[mid]]) <= 0) {
            return;
        }
        System.arraycopy(order, from, buffer, from, to - from);
        int a = from;
        int b = mid;
        for (int k = from; k < to; k++) {
            if (b >= to || a < mid && ids[buffer[a]].compareTo(ids[buffer[b]]) <= 0) {
                order[k] = buffer[a++];
            } else {
                order[k] = buffer[b++];
            }
        }
    }

    @Override
    public String toString() {
        return byThreshold ? "ValueTierSegmenter[highMin=" + highMin + ", mediumMin=" + mediumMin + "]"
                : "ValueTierSegmenter[high=" + highShare + ", medium=" + mediumShare + "]";
    }
}
