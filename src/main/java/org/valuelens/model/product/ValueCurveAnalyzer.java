package org.valuelens.model.product;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Daily cumulative revenue, margin and orders per acquired customer since the first purchase, by acquisition cohort
 * (month, quarter, year) or channel, and for everyone ({@link ValueCurve} defines the value). One pass over the
 * customers and their orders per group, then one pass over the days; no customer enters a day he was not observed.
 * Immutable.
 */
public final class ValueCurveAnalyzer {
    private static final int METRICS = ValueMetric.values().length;

    private final LtvGrouping grouping;

    /** @param grouping month, quarter, year or channel ({@code null} and first product not permitted) */
    public ValueCurveAnalyzer(LtvGrouping grouping) {
        if (grouping == null || grouping == LtvGrouping.FIRST_PRODUCT) {
            throw new IllegalArgumentException("curves are by month, quarter, year or channel, not " + grouping);
        }
        this.grouping = grouping;
    }

    /** Sums of one group by day since the first purchase. */
    private static final class Acc {
        final int key;
        int customers;
        /** Per metric and day: value bought on that day since the first purchase. */
        double[][] added = new double[METRICS][16];
        /** Per metric and day L: value to date of the customers observed exactly L days (last day L). */
        double[][] leaving = new double[METRICS][16];
        int[] leavingCustomers = new int[16];
        final double[] toDate = new double[METRICS];
        int span;

        Acc(int key) {
            this.key = key;
        }

        void customer(OrderBook book, int c) {
            customers++;
            int from = book.firstOrder(c);
            int firstDay = book.day(from);
            int last = book.endDay() - firstDay;
            grow(last + 1);
            double[] total = new double[METRICS];
            for (int o = from; o < from + book.orderCount(c); o++) {
                add(book.day(o) - firstDay, book.revenue(o), book.margin(o), 1, total);
            }
            for (int r = 0; r < book.returnCount(c); r++) {
                // a return dated before the first order counts from day 0, as in the N-day windows
                add(Math.max(0, book.returnDay(c, r) - firstDay), book.returnRevenue(c, r), book.returnMargin(c, r),
                        0, total);
            }
            for (int m = 0; m < METRICS; m++) {
                leaving[m][last] += total[m];
                toDate[m] += total[m];
            }
            leavingCustomers[last]++;
        }

        private void add(int t, double revenue, double margin, int orders, double[] total) {
            added[ValueMetric.REVENUE.ordinal()][t] += revenue;
            added[ValueMetric.MARGIN.ordinal()][t] += margin;
            added[ValueMetric.ORDERS.ordinal()][t] += orders;
            total[ValueMetric.REVENUE.ordinal()] += revenue;
            total[ValueMetric.MARGIN.ordinal()] += margin;
            total[ValueMetric.ORDERS.ordinal()] += orders;
        }

        private void grow(int days) {
            span = Math.max(span, days);
            if (days > leavingCustomers.length) {
                int n = Math.max(days, leavingCustomers.length * 2);
                for (int m = 0; m < METRICS; m++) {
                    added[m] = Arrays.copyOf(added[m], n);
                    leaving[m] = Arrays.copyOf(leaving[m], n);
                }
                leavingCustomers = Arrays.copyOf(leavingCustomers, n);
            }
        }

        ValueCurve curve(String label) {
            double[][] values = new double[METRICS][span];
            int[] observed = new int[span];
            double[] sum = new double[METRICS];
            int in = customers;
            for (int t = 0; t < span; t++) {
                if (t > 0) {
                    in -= leavingCustomers[t - 1];
                }
                observed[t] = in;
                for (int m = 0; m < METRICS; m++) {
                    sum[m] += added[m][t] - (t > 0 ? leaving[m][t - 1] : 0);
                    values[m][t] = sum[m] / in;
                }
            }
            double[] perCustomer = new double[METRICS];
            for (int m = 0; m < METRICS; m++) {
                perCustomer[m] = customers == 0 ? Double.NaN : toDate[m] / customers;
            }
            return new ValueCurve(label, customers, values, observed, perCustomer);
        }
    }

    /**
     * @param book the orders ({@code null} not permitted)
     * @return the curves of every group and of everyone
     */
    public ValueCurves analyze(OrderBook book) {
        Map<Integer, Acc> groups = new HashMap<>();
        Acc all = new Acc(Integer.MIN_VALUE);
        for (int c = 0; c < book.customers(); c++) {
            if (book.orderCount(c) == 0) {
                continue;
            }
            groups.computeIfAbsent(grouping.keyOf(c, book), Acc::new).customer(book, c);
            all.customer(book, c);
        }
        List<Acc> list = new ArrayList<>(groups.values());
        if (grouping.calendar()) {
            list.sort((a, b) -> Integer.compare(a.key, b.key));
        } else {
            list.sort((a, b) -> a.customers != b.customers ? Integer.compare(b.customers, a.customers)
                    : Integer.compare(a.key, b.key));
        }
        List<ValueCurve> curves = new ArrayList<>();
        for (Acc a : list) {
            curves.add(a.curve(grouping.groupLabel(a.key, book, null)));
        }
        LocalDate end = book.orders() == 0 ? null : LocalDate.ofEpochDay(book.endDay());
        return new ValueCurves(grouping, curves, all.curve("all"), end, book.hasCost());
    }
}
