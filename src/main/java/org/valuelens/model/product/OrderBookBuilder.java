package org.valuelens.model.product;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.valuelens.model.summary.ReturnsPolicy;

/**
 * Collects transaction lines as primitives and groups them into an {@link OrderBook}. Not thread-safe; about 45 bytes
 * per line until {@link #build()}. Lines may come in any order.
 *
 * <p>Margin of a line: amount − cost when the cost is known, otherwise amount × the default margin.
 */
public final class OrderBookBuilder {
    private static final int SECOND_BITS = 17;
    private static final int INDEX_BITS = 23;

    private final double defaultMargin;
    private final ReturnsPolicy returns;
    private final Map<String, Integer> invoiceKeys = new HashMap<>();
    private final Map<String, Integer> channelKeys = new HashMap<>();
    private final List<String> channelNames = new ArrayList<>();
    private int size;
    private int[] customer = new int[1024];
    private int[] day = new int[1024];
    private int[] second = new int[1024];
    private double[] amount = new double[1024];
    private double[] margin = new double[1024];
    private long[] orderKey = new long[1024];
    private int[] product = new int[1024];
    private int[] category = new int[1024];
    private int[] channel = new int[1024];
    private int maxCustomer = -1;
    private int maxProduct = -1;
    private int maxCategory = -1;
    private int minDay = Integer.MAX_VALUE;
    private int maxDay = Integer.MIN_VALUE;
    private boolean anyCost;

    /**
     * @param defaultMargin margin fraction for lines without a cost (0.3 = 30 %), finite
     * @param returns       how return lines count ({@code null} not permitted)
     */
    public OrderBookBuilder(double defaultMargin, ReturnsPolicy returns) {
        if (!Double.isFinite(defaultMargin)) {
            throw new IllegalArgumentException("margin must be finite");
        }
        if (returns == null) {
            throw new IllegalArgumentException("returns policy must not be null");
        }
        this.defaultMargin = defaultMargin;
        this.returns = returns;
    }

    /**
     * Adds one line.
     *
     * @param customerKey dense customer key, {@code >= 0}
     * @param epochDay    the line's day
     * @param daySecond   seconds since midnight, 0..86399
     * @param value       line amount, negative for returns
     * @param cost        line cost, {@code NaN} when unknown
     * @param channelName the line's channel, {@code null} when unknown
     * @param invoice     the invoice, {@code null} when the file has none (then the order is the customer's day)
     * @param productKey  product key {@code >= 0}, or -1 when the line has none
     * @param categoryKey category key {@code >= 0}, or -1 when the line has none
     * @param isReturn    whether the line is a return or cancellation
     */
    @SuppressWarnings("checkstyle:ParameterNumber")
    public void add(int customerKey, int epochDay, int daySecond, double value, double cost, String channelName,
                    String invoice, int productKey, int categoryKey, boolean isReturn) {
        if (customerKey < 0) {
            throw new IllegalArgumentException("customer key must be >= 0");
        }
        minDay = Math.min(minDay, epochDay);
        maxDay = Math.max(maxDay, epochDay);
        if (isReturn && returns == ReturnsPolicy.EXCLUDE) {
            return;
        }
        customer = LongList.grow(customer, size);
        day = LongList.grow(day, size);
        second = LongList.grow(second, size);
        amount = LongList.grow(amount, size);
        margin = LongList.grow(margin, size);
        orderKey = LongList.grow(orderKey, size);
        product = LongList.grow(product, size);
        category = LongList.grow(category, size);
        channel = LongList.grow(channel, size);
        customer[size] = customerKey;
        day[size] = epochDay;
        second[size] = daySecond;
        amount[size] = value;
        margin[size] = Double.isNaN(cost) ? value * defaultMargin : value - cost;
        anyCost |= !Double.isNaN(cost);
        if (isReturn) {
            orderKey[size] = Long.MIN_VALUE;
        } else if (invoice == null) {
            orderKey[size] = ((long) epochDay << 1) | 1L;
        } else {
            Integer k = invoiceKeys.computeIfAbsent(invoice, s -> invoiceKeys.size());
            orderKey[size] = (long) k << 1;
        }
        product[size] = productKey;
        category[size] = categoryKey;
        channel[size] = channelName == null ? -1 : channelKeys.computeIfAbsent(channelName, s -> {
            channelNames.add(s);
            return channelNames.size() - 1;
        });
        maxCustomer = Math.max(maxCustomer, customerKey);
        maxProduct = Math.max(maxProduct, productKey);
        maxCategory = Math.max(maxCategory, categoryKey);
        size++;
    }

    /**
     * Sizes the columns for a known number of lines (saves the copies of growing them).
     *
     * @param lines expected lines, {@code >= 0}
     */
    public void ensureCapacity(int lines) {
        if (lines > customer.length) {
            customer = java.util.Arrays.copyOf(customer, lines);
            day = java.util.Arrays.copyOf(day, lines);
            second = java.util.Arrays.copyOf(second, lines);
            amount = java.util.Arrays.copyOf(amount, lines);
            margin = java.util.Arrays.copyOf(margin, lines);
            orderKey = java.util.Arrays.copyOf(orderKey, lines);
            product = java.util.Arrays.copyOf(product, lines);
            category = java.util.Arrays.copyOf(category, lines);
            channel = java.util.Arrays.copyOf(channel, lines);
        }
    }

    /**
     * Declares customers that may have no line (so that {@link OrderBook#customers()} covers every key).
     *
     * @param count number of customer keys
     */
    public void customers(int count) {
        maxCustomer = Math.max(maxCustomer, count - 1);
    }

    /** @return the orders of the lines added so far */
    public OrderBook build() {
        int n = maxCustomer + 1;
        int[] start = new int[n + 1];
        for (int i = 0; i < size; i++) {
            start[customer[i] + 1]++;
        }
        for (int c = 0; c < n; c++) {
            start[c + 1] += start[c];
        }
        int[] byCustomer = new int[size];
        int[] fill = Arrays.copyOf(start, n);
        for (int i = 0; i < size; i++) {
            byCustomer[fill[customer[i]]++] = i;
        }
        // put the columns in customer order once (a gather per column: sequential writes, independent reads), so
        // that the walk over the customers below reads memory in order instead of jumping over all lines
        reorder(byCustomer);
        for (int i = 0; i < size; i++) {
            byCustomer[i] = i;
        }
        Orders out = new Orders(n, Math.max(maxProduct + 1, 0), Math.max(maxCategory + 1, 0));
        long[] keys = new long[16];
        for (int c = 0; c < n; c++) {
            int m = start[c + 1] - start[c];
            if (keys.length < m) {
                keys = new long[Math.max(m, keys.length * 2)];
            }
            for (int j = 0; j < m; j++) {
                int i = byCustomer[start[c] + j];
                keys[j] = ((long) (day[i] - minDay) << (SECOND_BITS + INDEX_BITS))
                        | ((long) second[i] << INDEX_BITS) | j;
            }
            Arrays.sort(keys, 0, m);
            out.customer(c, keys, m, byCustomer, start[c], this);
        }
        return out.finish(channelNames, size == 0 && maxDay == Integer.MIN_VALUE ? 0 : maxDay, anyCost);
    }

    /** Permutes every column: line {@code j} becomes the former line {@code order[j]} (customers stay grouped). */
    private void reorder(int[] order) {
        customer = gather(customer, order);
        day = gather(day, order);
        second = gather(second, order);
        product = gather(product, order);
        category = gather(category, order);
        channel = gather(channel, order);
        double[] a = new double[size];
        double[] m = new double[size];
        long[] k = new long[size];
        for (int j = 0; j < size; j++) {
            a[j] = amount[order[j]];
        }
        amount = a;
        for (int j = 0; j < size; j++) {
            m[j] = margin[order[j]];
        }
        margin = m;
        for (int j = 0; j < size; j++) {
            k[j] = orderKey[order[j]];
        }
        orderKey = k;
    }

    private int[] gather(int[] column, int[] order) {
        int[] out = new int[size];
        for (int j = 0; j < size; j++) {
            out[j] = column[order[j]];
        }
        return out;
    }

    /** The sorted lines of one customer, grouped into orders (package-private helpers for {@link Orders}). */
    static final int INDEX_MASK = (1 << INDEX_BITS) - 1;

    int line(long[] keys, int j, int[] byCustomer, int from) {
        return byCustomer[from + (int) (keys[j] & INDEX_MASK)];
    }

    long orderKeyOf(int line) {
        return orderKey[line];
    }

    int dayOf(int line) {
        return day[line];
    }

    double amountOf(int line) {
        return amount[line];
    }

    double marginOf(int line) {
        return margin[line];
    }

    int productOf(int line) {
        return product[line];
    }

    int categoryOf(int line) {
        return category[line];
    }

    int channelOf(int line) {
        return channel[line];
    }
}
