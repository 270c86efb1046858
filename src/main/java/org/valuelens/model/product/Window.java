package org.valuelens.model.product;

/**
 * One customer's N-day value: revenue, margin and orders placed on days [first order day, first order day + N),
 * for several N at once, plus the value to date. Returns kept under the NET policy count on their own day (a
 * return dated before the first order counts in every window). A scratch object: reuse it over customers.
 */
final class Window {
    final int[] days;
    final double[] revenue;
    final double[] margin;
    final int[] orders;
    double revenueToDate;
    double marginToDate;
    int firstDay;

    /** @param days the window lengths N in days, each {@code >= 1} */
    Window(int[] days) {
        this.days = days.clone();
        for (int d : this.days) {
            if (d < 1) {
                throw new IllegalArgumentException("window lengths must be at least one day, not " + d);
            }
        }
        revenue = new double[days.length];
        margin = new double[days.length];
        orders = new int[days.length];
    }

    /** Fills the sums for customer {@code c}, who must have at least one order. */
    void fill(OrderBook book, int c) {
        java.util.Arrays.fill(revenue, 0);
        java.util.Arrays.fill(margin, 0);
        java.util.Arrays.fill(orders, 0);
        int from = book.firstOrder(c);
        int to = from + book.orderCount(c);
        firstDay = book.day(from);
        revenueToDate = 0;
        marginToDate = 0;
        for (int o = from; o < to; o++) {
            int since = book.day(o) - firstDay;
            revenueToDate += book.revenue(o);
            marginToDate += book.margin(o);
            for (int k = 0; k < days.length; k++) {
                if (since < days[k]) {
                    revenue[k] += book.revenue(o);
                    margin[k] += book.margin(o);
                    orders[k]++;
                }
            }
        }
        for (int r = 0; r < book.returnCount(c); r++) {
            int since = book.returnDay(c, r) - firstDay;
            revenueToDate += book.returnRevenue(c, r);
            marginToDate += book.returnMargin(c, r);
            for (int k = 0; k < days.length; k++) {
                if (since < days[k]) {
                    revenue[k] += book.returnRevenue(c, r);
                    margin[k] += book.returnMargin(c, r);
                }
            }
        }
    }

    /** @return whether window {@code k} has ended on or before the data's last day */
    boolean complete(OrderBook book, int k) {
        return (long) firstDay + days[k] - 1 <= book.endDay();
    }
}
