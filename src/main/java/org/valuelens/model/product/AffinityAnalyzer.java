package org.valuelens.model.product;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Ordered product affinity for cross-sell among the most-bought products: for each pair (A, B) of the top products,
 * the customers who bought A and later (in a later order) bought B, with support, confidence and lift. Immutable.
 */
public final class AffinityAnalyzer {
    private final int top;
    private final int minPairs;

    /**
     * @param top      how many of the most-bought products (by customers) to pair, {@code >= 2}
     * @param minPairs pairs with fewer customers are left out, {@code >= 1}
     */
    public AffinityAnalyzer(int top, int minPairs) {
        if (top < 2 || minPairs < 1) {
            throw new IllegalArgumentException("need at least 2 products and a minimum of 1 customer per pair");
        }
        this.top = top;
        this.minPairs = minPairs;
    }

    /**
     * @param book the orders ({@code null} not permitted)
     * @return pairs with at least {@code minPairs} customers, highest lift first (then most customers)
     */
    public List<AffinityPair> analyze(OrderBook book) {
        int keys = book.productKeys();
        int[] buyers = new int[keys];
        int[] stamp = new int[keys];
        int withOrders = 0;
        for (int c = 0; c < book.customers(); c++) {
            int from = book.firstOrder(c);
            int to = from + book.orderCount(c);
            if (to > from) {
                withOrders++;
            }
            for (int o = from; o < to; o++) {
                for (int i = 0; i < book.productCount(o); i++) {
                    int p = book.product(o, i);
                    if (stamp[p] != c + 1) {
                        stamp[p] = c + 1;
                        buyers[p]++;
                    }
                }
            }
        }
        Integer[] order = new Integer[keys];
        for (int p = 0; p < keys; p++) {
            order[p] = p;
        }
        Arrays.sort(order, (x, y) -> buyers[x] != buyers[y] ? Integer.compare(buyers[y], buyers[x])
                : Integer.compare(x, y));
        int k = Math.min(top, keys);
        int[] slot = new int[keys];
        Arrays.fill(slot, -1);
        for (int s = 0; s < k; s++) {
            if (buyers[order[s]] > 0) {
                slot[order[s]] = s;
            }
        }
        int[] counts = new int[k * k];
        int[] firstSeen = new int[k];
        int[] lastSeen = new int[k];
        int[] touched = new int[k];
        Arrays.fill(firstSeen, -1);
        for (int c = 0; c < book.customers(); c++) {
            int from = book.firstOrder(c);
            int to = from + book.orderCount(c);
            int m = 0;
            for (int o = from; o < to; o++) {
                for (int i = 0; i < book.productCount(o); i++) {
                    int s = slot[book.product(o, i)];
                    if (s < 0) {
                        continue;
                    }
                    if (firstSeen[s] < 0) {
                        firstSeen[s] = o;
                        touched[m++] = s;
                    }
                    lastSeen[s] = o;
                }
            }
            for (int x = 0; x < m; x++) {
                int a = touched[x];
                for (int y = 0; y < m; y++) {
                    int b = touched[y];
                    if (a != b && firstSeen[a] < lastSeen[b]) {
                        counts[a * k + b]++;
                    }
                }
            }
            for (int x = 0; x < m; x++) {
                firstSeen[touched[x]] = -1;
            }
        }
        List<AffinityPair> pairs = new ArrayList<>();
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                int n = counts[a * k + b];
                if (a == b || n < minPairs) {
                    continue;
                }
                int pa = order[a];
                int pb = order[b];
                double confidence = (double) n / buyers[pa];
                double lift = confidence / ((double) buyers[pb] / withOrders);
                pairs.add(new AffinityPair(pa, pb, buyers[pa], buyers[pb], n, (double) n / withOrders, confidence,
                        lift));
            }
        }
        pairs.sort((x, y) -> x.lift() != y.lift() ? Double.compare(y.lift(), x.lift())
                : x.pairs() != y.pairs() ? Integer.compare(y.pairs(), x.pairs())
                : x.a() != y.a() ? Integer.compare(x.a(), y.a()) : Integer.compare(x.b(), y.b()));
        return pairs;
    }
}
