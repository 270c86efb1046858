package org.valuelens.model.product;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * N-day value (revenue, margin, orders per acquired customer) by acquisition cohort, channel or first product.
 * A customer's N-day window enters a group's value only when it ended by the data end; a group is complete for N
 * when every customer's window did, and only complete groups enter the average row. Immutable.
 */
public final class LtvCohortAnalyzer {
    private final LtvGrouping grouping;
    private final int[] days;
    private final int minCustomers;

    /**
     * @param grouping     how to group ({@code null} not permitted)
     * @param days         window lengths in days, each {@code >= 1}
     * @param minCustomers groups with fewer customers are left out (first-product grouping only), {@code >= 1}
     */
    public LtvCohortAnalyzer(LtvGrouping grouping, List<Integer> days, int minCustomers) {
        if (grouping == null) {
            throw new IllegalArgumentException("grouping must not be null");
        }
        if (minCustomers < 1) {
            throw new IllegalArgumentException("the minimum number of customers must be at least 1");
        }
        this.grouping = grouping;
        this.days = days.stream().mapToInt(Integer::intValue).toArray();
        new Window(this.days);
        this.minCustomers = minCustomers;
    }

    /** Sums of one group. */
    private final class Acc {
        final int key;
        int customers;
        int maxFirstDay = Integer.MIN_VALUE;
        final int[] window = new int[days.length];
        final double[] revenue = new double[days.length];
        final double[] margin = new double[days.length];
        final double[] orders = new double[days.length];

        Acc(int key) {
            this.key = key;
        }

        void add(Window w, OrderBook book) {
            customers++;
            maxFirstDay = Math.max(maxFirstDay, w.firstDay);
            for (int k = 0; k < days.length; k++) {
                if (w.complete(book, k)) {
                    window[k]++;
                    revenue[k] += w.revenue[k];
                    margin[k] += w.margin[k];
                    orders[k] += w.orders[k];
                }
            }
        }

        boolean complete(int k, OrderBook book) {
            return (long) maxFirstDay + days[k] - 1 <= book.endDay();
        }
    }

    /**
     * @param book         the orders ({@code null} not permitted)
     * @param productNames product names by key, for first-product labels ({@code null}: the keys)
     * @return the table
     */
    public LtvCohortTable analyze(OrderBook book, List<String> productNames) {
        Map<Integer, Acc> groups = new HashMap<>();
        Window w = new Window(days);
        for (int c = 0; c < book.customers(); c++) {
            if (book.orderCount(c) == 0) {
                continue;
            }
            w.fill(book, c);
            int first = book.firstOrder(c);
            if (grouping == LtvGrouping.FIRST_PRODUCT) {
                for (int i = 0; i < book.productCount(first); i++) {
                    groups.computeIfAbsent(book.product(first, i), Acc::new).add(w, book);
                }
            } else {
                int key = grouping == LtvGrouping.CHANNEL ? book.channel(c) : grouping.period(w.firstDay);
                groups.computeIfAbsent(key, Acc::new).add(w, book);
            }
        }
        List<Acc> list = new ArrayList<>(groups.values());
        int hidden = 0;
        if (grouping == LtvGrouping.FIRST_PRODUCT) {
            int before = list.size();
            list.removeIf(a -> a.customers < minCustomers);
            hidden = before - list.size();
        }
        if (grouping.calendar()) {
            list.sort((a, b) -> Integer.compare(a.key, b.key));
        } else {
            list.sort((a, b) -> a.customers != b.customers ? Integer.compare(b.customers, a.customers)
                    : Integer.compare(a.key, b.key));
        }
        List<LtvCohort> cohorts = new ArrayList<>();
        Acc all = new Acc(Integer.MIN_VALUE);
        boolean[] allComplete = new boolean[days.length];
        java.util.Arrays.fill(allComplete, true);
        for (Acc a : list) {
            cohorts.add(row(label(a.key, book, productNames), a, book, null));
            all.customers += a.customers;
            for (int k = 0; k < days.length; k++) {
                if (a.complete(k, book)) {
                    all.window[k] += a.window[k];
                    all.revenue[k] += a.revenue[k];
                    all.margin[k] += a.margin[k];
                    all.orders[k] += a.orders[k];
                } else {
                    allComplete[k] = false;
                }
            }
        }
        List<Integer> d = new ArrayList<>();
        for (int x : days) {
            d.add(x);
        }
        LocalDate end = book.orders() == 0 ? null : LocalDate.ofEpochDay(book.endDay());
        return new LtvCohortTable(grouping, d, cohorts, row("all", all, book, allComplete), end, hidden);
    }

    private LtvCohort row(String label, Acc a, OrderBook book, boolean[] completeOverride) {
        List<Boolean> complete = new ArrayList<>();
        List<Integer> window = new ArrayList<>();
        List<Double> revenue = new ArrayList<>();
        List<Double> margin = new ArrayList<>();
        List<Double> orders = new ArrayList<>();
        for (int k = 0; k < days.length; k++) {
            int m = a.window[k];
            complete.add(completeOverride != null ? completeOverride[k] : a.complete(k, book));
            window.add(m);
            revenue.add(m == 0 ? null : a.revenue[k] / m);
            margin.add(m == 0 ? null : a.margin[k] / m);
            orders.add(m == 0 ? null : a.orders[k] / m);
        }
        return new LtvCohort(label, a.customers, complete, window, revenue, margin, orders);
    }

    private String label(int key, OrderBook book, List<String> productNames) {
        return grouping.groupLabel(key, book, productNames);
    }
}
