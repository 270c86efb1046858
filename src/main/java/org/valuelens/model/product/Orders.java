package org.valuelens.model.product;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Growing columns of an {@link OrderBook} while {@link OrderBookBuilder#build()} walks the customers. */
final class Orders {
    private final int[] custStart;
    private final int[] channel;
    private final int[] returnStart;
    private final int productKeys;
    private final int categoryKeys;
    private final int[] productStamp;
    private final int[] categoryStamp;
    /** Order keys of the current customer's orders, by local index; a map only for customers with many orders. */
    private long[] localKeys = new long[16];
    private Map<Long, Integer> local;
    private int[] count = new int[16];
    private int[] at = new int[16];
    private int orders;
    private int[] orderDay = new int[1024];
    private double[] revenue = new double[1024];
    private double[] margin = new double[1024];
    private int[] productStart = new int[1025];
    private int[] products = new int[1024];
    private int productSize;
    private int[] categoryStart = new int[1025];
    private int[] categories = new int[1024];
    private int categorySize;
    private int returns;
    private int[] returnDay = new int[64];
    private double[] returnRevenue = new double[64];
    private double[] returnMargin = new double[64];
    private int[] lineOrder = new int[16];
    private int[] grouped = new int[16];

    Orders(int customers, int productKeys, int categoryKeys) {
        custStart = new int[customers + 1];
        channel = new int[customers];
        returnStart = new int[customers + 1];
        this.productKeys = productKeys;
        this.categoryKeys = categoryKeys;
        productStamp = new int[productKeys];
        categoryStamp = new int[categoryKeys];
    }

    /** Adds customer {@code c}'s lines, {@code keys[0..m)} sorted by time. */
    void customer(int c, long[] keys, int m, int[] byCustomer, int from, OrderBookBuilder lines) {
        local = null;
        int first = orders;
        custStart[c] = first;
        returnStart[c] = returns;
        channel[c] = -1;
        if (lineOrder.length < m) {
            lineOrder = new int[Math.max(m, lineOrder.length * 2)];
            grouped = new int[lineOrder.length];
        }
        long prevKey = Long.MIN_VALUE;
        int prevOrder = -1;
        for (int j = 0; j < m; j++) {
            int i = lines.line(keys, j, byCustomer, from);
            long key = lines.orderKeyOf(i);
            if (key == Long.MIN_VALUE) {
                addReturn(lines.dayOf(i), lines.amountOf(i), lines.marginOf(i));
                lineOrder[j] = -1;
                continue;
            }
            int o;
            if (key == prevKey) {
                o = prevOrder;
            } else {
                o = find(key, first);
                if (o < 0) {
                    o = newOrder(lines.dayOf(i));
                    remember(key, o - first);
                    if (o == first) {
                        channel[c] = lines.channelOf(i);
                    }
                }
                prevKey = key;
                prevOrder = o;
            }
            revenue[o] += lines.amountOf(i);
            margin[o] += lines.marginOf(i);
            lineOrder[j] = o - first;
        }
        items(keys, m, byCustomer, from, lines, first);
    }

    /** @return the global index of the current customer's order with this key, or -1 */
    private int find(long key, int first) {
        int n = orders - first;
        if (local != null) {
            Integer o = local.get(key);
            return o == null ? -1 : first + o;
        }
        for (int k = n - 1; k >= 0; k--) {
            if (localKeys[k] == key) {
                return first + k;
            }
        }
        return -1;
    }

    private void remember(long key, int localIndex) {
        if (localKeys.length <= localIndex) {
            localKeys = Arrays.copyOf(localKeys, localKeys.length * 2);
        }
        localKeys[localIndex] = key;
        if (local != null) {
            local.put(key, localIndex);
        } else if (localIndex >= 32) {
            // many orders: a linear scan per new key would be quadratic
            local = new HashMap<>();
            for (int k = 0; k <= localIndex; k++) {
                local.put(localKeys[k], k);
            }
        }
    }

    /** Distinct products and categories of the customer's orders, order by order. */
    private void items(long[] keys, int m, int[] byCustomer, int from, OrderBookBuilder lines, int first) {
        int k = orders - first;
        if (count.length < k + 1) {
            count = new int[Math.max(k + 1, count.length * 2)];
            at = new int[count.length];
        }
        Arrays.fill(count, 0, k + 1, 0);
        for (int j = 0; j < m; j++) {
            if (lineOrder[j] >= 0) {
                count[lineOrder[j] + 1]++;
            }
        }
        for (int o = 0; o < k; o++) {
            count[o + 1] += count[o];
        }
        System.arraycopy(count, 0, at, 0, k);
        for (int j = 0; j < m; j++) {
            if (lineOrder[j] >= 0) {
                grouped[at[lineOrder[j]]++] = j;
            }
        }
        for (int o = 0; o < k; o++) {
            int global = first + o;
            for (int g = count[o]; g < count[o + 1]; g++) {
                int i = lines.line(keys, grouped[g], byCustomer, from);
                int p = lines.productOf(i);
                if (p >= 0 && productStamp[p] != global + 1) {
                    productStamp[p] = global + 1;
                    products = LongList.grow(products, productSize);
                    products[productSize++] = p;
                }
                int q = lines.categoryOf(i);
                if (q >= 0 && categoryStamp[q] != global + 1) {
                    categoryStamp[q] = global + 1;
                    categories = LongList.grow(categories, categorySize);
                    categories[categorySize++] = q;
                }
            }
            productStart[global + 1] = productSize;
            categoryStart[global + 1] = categorySize;
        }
    }

    private int newOrder(int d) {
        orderDay = LongList.grow(orderDay, orders);
        revenue = LongList.grow(revenue, orders);
        margin = LongList.grow(margin, orders);
        if (productStart.length < orders + 2) {
            productStart = Arrays.copyOf(productStart, productStart.length * 2);
            categoryStart = Arrays.copyOf(categoryStart, categoryStart.length * 2);
        }
        orderDay[orders] = d;
        revenue[orders] = 0;
        margin[orders] = 0;
        return orders++;
    }

    private void addReturn(int d, double value, double lineMargin) {
        returnDay = LongList.grow(returnDay, returns);
        returnRevenue = LongList.grow(returnRevenue, returns);
        returnMargin = LongList.grow(returnMargin, returns);
        returnDay[returns] = d;
        returnRevenue[returns] = value;
        returnMargin[returns] = lineMargin;
        returns++;
    }

    OrderBook finish(List<String> channelNames, int endDay, boolean hasCost) {
        int n = channel.length;
        custStart[n] = orders;
        returnStart[n] = returns;
        return new OrderBook(custStart, Arrays.copyOf(orderDay, orders), Arrays.copyOf(revenue, orders),
                Arrays.copyOf(margin, orders), Arrays.copyOf(productStart, orders + 1),
                Arrays.copyOf(products, productSize), Arrays.copyOf(categoryStart, orders + 1),
                Arrays.copyOf(categories, categorySize), returnStart, Arrays.copyOf(returnDay, returns),
                Arrays.copyOf(returnRevenue, returns), Arrays.copyOf(returnMargin, returns), channel, channelNames,
                endDay, productKeys, categoryKeys, hasCost);
    }
}
