package org.valuelens.model.product;

import java.util.List;

/**
 * A dataset's orders per customer, in time order, with each order's day, revenue, margin and distinct products and
 * categories (see the package definitions). Built by {@link OrderBookBuilder}; immutable once built (the arrays are
 * never handed out).
 *
 * <p>Customers are dense keys {@code 0..customers()-1}; a key with no order (only returns, or no lines) has
 * {@link #orderCount(int)} 0. Orders of customer {@code c} are {@code firstOrder(c) .. firstOrder(c) +
 * orderCount(c) - 1}, sorted by their first line's time.
 */
public final class OrderBook {
    private final int[] custStart;
    private final int[] orderDay;
    private final double[] orderRevenue;
    private final double[] orderMargin;
    private final int[] productStart;
    private final int[] products;
    private final int[] categoryStart;
    private final int[] categories;
    private final int[] returnStart;
    private final int[] returnDay;
    private final double[] returnRevenue;
    private final double[] returnMargin;
    private final int[] channel;
    private final List<String> channelNames;
    private final int endDay;
    private final int productKeys;
    private final int categoryKeys;
    private final boolean hasCost;

    @SuppressWarnings("checkstyle:ParameterNumber")
    OrderBook(int[] custStart, int[] orderDay, double[] orderRevenue, double[] orderMargin, int[] productStart,
              int[] products, int[] categoryStart, int[] categories, int[] returnStart, int[] returnDay,
              double[] returnRevenue, double[] returnMargin, int[] channel, List<String> channelNames, int endDay,
              int productKeys, int categoryKeys, boolean hasCost) {
        this.custStart = custStart;
        this.orderDay = orderDay;
        this.orderRevenue = orderRevenue;
        this.orderMargin = orderMargin;
        this.productStart = productStart;
        this.products = products;
        this.categoryStart = categoryStart;
        this.categories = categories;
        this.returnStart = returnStart;
        this.returnDay = returnDay;
        this.returnRevenue = returnRevenue;
        this.returnMargin = returnMargin;
        this.channel = channel;
        this.channelNames = List.copyOf(channelNames);
        this.endDay = endDay;
        this.productKeys = productKeys;
        this.categoryKeys = categoryKeys;
        this.hasCost = hasCost;
    }

    /** @return the number of customer keys (with or without orders) */
    public int customers() {
        return custStart.length - 1;
    }

    /** @return orders over all customers */
    public int orders() {
        return orderDay.length;
    }

    /** @return the last day of the data (any line, returns included), epoch day */
    public int endDay() {
        return endDay;
    }

    /** @return one more than the largest product key seen (0 when the data has no product column) */
    public int productKeys() {
        return productKeys;
    }

    /** @return one more than the largest category key seen (0 when the data has no category column) */
    public int categoryKeys() {
        return categoryKeys;
    }

    /** @return whether any line had a cost (otherwise every margin is amount × the default margin) */
    public boolean hasCost() {
        return hasCost;
    }

    /** @return whether any line had a product */
    public boolean hasProducts() {
        return productKeys > 0;
    }

    /** @return whether any line had a category */
    public boolean hasCategories() {
        return categoryKeys > 0;
    }

    /** @param c customer key @return index of the customer's first order */
    public int firstOrder(int c) {
        return custStart[c];
    }

    /** @param c customer key @return the customer's number of orders */
    public int orderCount(int c) {
        return custStart[c + 1] - custStart[c];
    }

    /** @param o order index @return the order's day (its first line's epoch day) */
    public int day(int o) {
        return orderDay[o];
    }

    /** @param o order index @return the order's revenue (sum of its line amounts) */
    public double revenue(int o) {
        return orderRevenue[o];
    }

    /** @param o order index @return the order's margin (amount − cost, or amount × default margin per line) */
    public double margin(int o) {
        return orderMargin[o];
    }

    /** @param o order index @return number of distinct products in the order */
    public int productCount(int o) {
        return productStart[o + 1] - productStart[o];
    }

    /** @param o order index @param i 0..productCount(o)-1 @return a product key of the order */
    public int product(int o, int i) {
        return products[productStart[o] + i];
    }

    /** @param o order index @return number of distinct categories in the order */
    public int categoryCount(int o) {
        return categoryStart[o + 1] - categoryStart[o];
    }

    /** @param o order index @param i 0..categoryCount(o)-1 @return a category key of the order */
    public int category(int o, int i) {
        return categories[categoryStart[o] + i];
    }

    /** @param c customer key @return the customer's return lines kept under the NET policy */
    public int returnCount(int c) {
        return returnStart[c + 1] - returnStart[c];
    }

    /** @param c customer key @param i 0..returnCount(c)-1 @return the return's day */
    public int returnDay(int c, int i) {
        return returnDay[returnStart[c] + i];
    }

    /** @param c customer key @param i 0..returnCount(c)-1 @return the return's (negative) amount */
    public double returnRevenue(int c, int i) {
        return returnRevenue[returnStart[c] + i];
    }

    /** @param c customer key @param i 0..returnCount(c)-1 @return the return's (negative) margin */
    public double returnMargin(int c, int i) {
        return returnMargin[returnStart[c] + i];
    }

    /** @param c customer key @return the channel index of the customer's first order line, -1 when unknown */
    public int channel(int c) {
        return channel[c];
    }

    /** @return channel names by index */
    public List<String> channelNames() {
        return channelNames;
    }
}
