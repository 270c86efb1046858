package org.valuelens.model.product;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Builds the {@link FirstProductTable}: for each product (or category) of customers' first orders, customers
 * acquired, repeat rate with a Wilson interval, mean days to the second order, N-day value per acquired customer and
 * optionally the predicted CLV and the best-tier share. Immutable; configure with the {@code with} methods.
 */
public final class FirstProductAnalyzer {
    /** The default windows: 30, 60, 90, 180 and 365 days. */
    public static final List<Integer> DEFAULT_DAYS = List.of(30, 60, 90, 180, 365);

    private final int[] days;
    private final int minCustomers;
    private final boolean category;

    /** An analyzer by product, windows {@link #DEFAULT_DAYS}, minimum 1 customer. */
    public FirstProductAnalyzer() {
        this(DEFAULT_DAYS.stream().mapToInt(Integer::intValue).toArray(), 1, false);
    }

    private FirstProductAnalyzer(int[] days, int minCustomers, boolean category) {
        this.days = days;
        this.minCustomers = minCustomers;
        this.category = category;
    }

    /** @param windows window lengths in days, each {@code >= 1} @return a new instance */
    public FirstProductAnalyzer withDays(List<Integer> windows) {
        int[] d = windows.stream().mapToInt(Integer::intValue).toArray();
        new Window(d);
        return new FirstProductAnalyzer(d, minCustomers, category);
    }

    /** @param min rows with fewer acquired customers are left out, {@code >= 1} @return a new instance */
    public FirstProductAnalyzer withMinCustomers(int min) {
        if (min < 1) {
            throw new IllegalArgumentException("the minimum number of customers must be at least 1, not " + min);
        }
        return new FirstProductAnalyzer(days, min, category);
    }

    /** @param byCategory rows are categories instead of products @return a new instance */
    public FirstProductAnalyzer withCategories(boolean byCategory) {
        return new FirstProductAnalyzer(days, minCustomers, byCategory);
    }

    /**
     * @param book         the orders ({@code null} not permitted)
     * @param predictedClv predicted CLV per customer key ({@code NaN} = unknown), or {@code null}
     * @param topTier      whether each customer key is in the best-value tier, or {@code null}
     * @return the table
     */
    public FirstProductTable analyze(OrderBook book, double[] predictedClv, boolean[] topTier) {
        int keys = category ? book.categoryKeys() : book.productKeys();
        int w = days.length;
        int[] customers = new int[keys];
        int[] repeaters = new int[keys];
        long[] daysToSecond = new long[keys];
        double[][] revenue = new double[keys][w];
        double[][] margin = new double[keys][w];
        int[][] complete = new int[keys][w];
        double[] revToDate = new double[keys];
        double[] marToDate = new double[keys];
        double[] clvSum = new double[keys];
        int[] clvCount = new int[keys];
        int[] top = new int[keys];
        Window win = new Window(days);
        int acquired = 0;
        int without = 0;
        for (int c = 0; c < book.customers(); c++) {
            if (book.orderCount(c) == 0) {
                continue;
            }
            acquired++;
            int first = book.firstOrder(c);
            int items = category ? book.categoryCount(first) : book.productCount(first);
            if (items == 0) {
                without++;
                continue;
            }
            win.fill(book, c);
            boolean repeat = book.orderCount(c) > 1;
            int gap = repeat ? book.day(first + 1) - book.day(first) : 0;
            for (int i = 0; i < items; i++) {
                int p = category ? book.category(first, i) : book.product(first, i);
                customers[p]++;
                if (repeat) {
                    repeaters[p]++;
                    daysToSecond[p] += gap;
                }
                for (int k = 0; k < w; k++) {
                    if (win.complete(book, k)) {
                        complete[p][k]++;
                        revenue[p][k] += win.revenue[k];
                        margin[p][k] += win.margin[k];
                    }
                }
                revToDate[p] += win.revenueToDate;
                marToDate[p] += win.marginToDate;
                if (predictedClv != null && c < predictedClv.length && !Double.isNaN(predictedClv[c])) {
                    clvSum[p] += predictedClv[c];
                    clvCount[p]++;
                }
                if (topTier != null && c < topTier.length && topTier[c]) {
                    top[p]++;
                }
            }
        }
        List<FirstProductRow> rows = new ArrayList<>();
        int hidden = 0;
        for (int p = 0; p < keys; p++) {
            int n = customers[p];
            if (n == 0) {
                continue;
            }
            if (n < minCustomers) {
                hidden++;
                continue;
            }
            double[] ci = Wilson.interval(repeaters[p], n);
            List<Double> rev = new ArrayList<>();
            List<Double> mar = new ArrayList<>();
            List<Integer> cnt = new ArrayList<>();
            for (int k = 0; k < w; k++) {
                int m = complete[p][k];
                rev.add(m == 0 ? null : revenue[p][k] / m);
                mar.add(m == 0 ? null : margin[p][k] / m);
                cnt.add(m);
            }
            rows.add(new FirstProductRow(p, n, repeaters[p], (double) repeaters[p] / n, ci[0], ci[1],
                    repeaters[p] == 0 ? null : (double) daysToSecond[p] / repeaters[p], rev, mar, cnt,
                    revToDate[p] / n, marToDate[p] / n, clvCount[p] == 0 ? null : clvSum[p] / clvCount[p],
                    topTier == null ? null : (double) top[p] / n));
        }
        rows.sort(Comparator.comparingInt(FirstProductRow::customers).reversed()
                .thenComparingInt(FirstProductRow::key));
        List<Integer> d = new ArrayList<>();
        for (int x : days) {
            d.add(x);
        }
        return new FirstProductTable(category, d, minCustomers, rows, hidden, acquired, without);
    }
}
