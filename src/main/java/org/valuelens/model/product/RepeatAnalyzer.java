package org.valuelens.model.product;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Time between orders: per step k → k + 1 the distribution of days between the orders (median, quartiles,
 * histogram) and the share of customers ordering again within N days, overall or by group
 * ({@link LtvGrouping}). Immutable.
 */
public final class RepeatAnalyzer {
    /** Lower edges of the histogram bins, in days; the last bin is open. */
    public static final List<Integer> BIN_EDGES = List.of(0, 7, 14, 30, 60, 90, 180, 365);
    /** The default windows of {@link RepeatStep#shareWithin()}. */
    public static final List<Integer> DEFAULT_WITHIN = List.of(30, 60, 90, 180, 365);

    private final int steps;
    private final int[] within;

    /**
     * @param steps  how many steps (3: 1 → 2, 2 → 3, 3 → 4), {@code >= 1}
     * @param within windows N in days for the share ordering again within N days, each {@code >= 1}
     */
    public RepeatAnalyzer(int steps, List<Integer> within) {
        if (steps < 1) {
            throw new IllegalArgumentException("steps must be at least 1");
        }
        this.steps = steps;
        this.within = within.stream().mapToInt(Integer::intValue).toArray();
        new Window(this.within);
    }

    /** @param book the orders ({@code null} not permitted) @return everyone's time between orders */
    public RepeatResult analyze(OrderBook book) {
        int[] all = new int[book.customers()];
        int n = 0;
        for (int c = 0; c < book.customers(); c++) {
            if (book.orderCount(c) > 0) {
                all[n++] = c;
            }
        }
        return result("all", book, Arrays.copyOf(all, n));
    }

    /**
     * @param book         the orders ({@code null} not permitted)
     * @param grouping     how to group customers ({@code null} not permitted)
     * @param productNames product names by key, for first-product labels ({@code null}: the keys)
     * @param minCustomers groups with fewer customers are left out
     * @return one result per group: calendar periods in time order, otherwise most customers first
     */
    public List<RepeatResult> analyze(OrderBook book, LtvGrouping grouping, List<String> productNames,
                                      int minCustomers) {
        Map<Integer, List<Integer>> members = new HashMap<>();
        for (int c = 0; c < book.customers(); c++) {
            if (book.orderCount(c) == 0) {
                continue;
            }
            int first = book.firstOrder(c);
            if (grouping == LtvGrouping.FIRST_PRODUCT) {
                for (int i = 0; i < book.productCount(first); i++) {
                    members.computeIfAbsent(book.product(first, i), k -> new ArrayList<>()).add(c);
                }
            } else {
                int key = grouping == LtvGrouping.CHANNEL ? book.channel(c) : grouping.period(book.day(first));
                members.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
            }
        }
        List<Map.Entry<Integer, List<Integer>>> entries = new ArrayList<>(members.entrySet());
        entries.removeIf(e -> e.getValue().size() < minCustomers);
        if (grouping.calendar()) {
            entries.sort(Map.Entry.comparingByKey());
        } else {
            entries.sort((a, b) -> a.getValue().size() != b.getValue().size()
                    ? Integer.compare(b.getValue().size(), a.getValue().size()) : Integer.compare(a.getKey(),
                    b.getKey()));
        }
        List<RepeatResult> out = new ArrayList<>();
        for (Map.Entry<Integer, List<Integer>> e : entries) {
            int key = e.getKey();
            String label = grouping.groupLabel(key, book, productNames);
            out.add(result(label, book, e.getValue().stream().mapToInt(Integer::intValue).toArray()));
        }
        return out;
    }

    private RepeatResult result(String label, OrderBook book, int[] customers) {
        List<RepeatStep> list = new ArrayList<>();
        int repeaters = 0;
        for (int c : customers) {
            if (book.orderCount(c) > 1) {
                repeaters++;
            }
        }
        for (int from = 1; from <= steps; from++) {
            list.add(step(from, book, customers));
        }
        return new RepeatResult(label, customers.length,
                customers.length == 0 ? Double.NaN : (double) repeaters / customers.length, list);
    }

    private RepeatStep step(int from, OrderBook book, int[] customers) {
        int[] gaps = new int[customers.length];
        int g = 0;
        int eligible = 0;
        int[] had = new int[within.length];
        int[] again = new int[within.length];
        int[] bins = new int[BIN_EDGES.size()];
        for (int c : customers) {
            int count = book.orderCount(c);
            if (count < from) {
                continue;
            }
            eligible++;
            int o = book.firstOrder(c) + from - 1;
            int gap = count > from ? book.day(o + 1) - book.day(o) : -1;
            if (gap >= 0) {
                gaps[g++] = gap;
                bins[bin(gap)]++;
            }
            for (int k = 0; k < within.length; k++) {
                if ((long) book.day(o) + within[k] - 1 <= book.endDay()) {
                    had[k]++;
                    if (gap >= 0 && gap < within[k]) {
                        again[k]++;
                    }
                }
            }
        }
        Arrays.sort(gaps, 0, g);
        List<Integer> w = new ArrayList<>();
        List<Double> share = new ArrayList<>();
        for (int k = 0; k < within.length; k++) {
            w.add(within[k]);
            share.add(had[k] == 0 ? null : (double) again[k] / had[k]);
        }
        List<Integer> hist = new ArrayList<>();
        for (int b : bins) {
            hist.add(b);
        }
        return new RepeatStep(from, from + 1, eligible, g, quantile(gaps, g, 0.5), quantile(gaps, g, 0.25),
                quantile(gaps, g, 0.75), w, share, hist);
    }

    private static int bin(int gap) {
        int b = 0;
        while (b + 1 < BIN_EDGES.size() && gap >= BIN_EDGES.get(b + 1)) {
            b++;
        }
        return b;
    }

    /** Linear interpolation between order statistics at position q × (n − 1) (R type 7, numpy's default). */
    static Double quantile(int[] sorted, int n, double q) {
        if (n == 0) {
            return null;
        }
        double pos = q * (n - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(lo + 1, n - 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }
}
