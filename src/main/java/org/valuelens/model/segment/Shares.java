package org.valuelens.model.segment;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.valuelens.model.CustomerSummary;

/** Small numeric helpers shared by the segmenters. */
final class Shares {

    private Shares() {
    }

    /** @return part / total, or 0 when total is 0 */
    static double share(double part, double total) {
        return total == 0.0 ? 0.0 : part / total;
    }

    /** Median of a copy of the values (mean of the two middle values for an even count); NaN when empty. */
    static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] s = values.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2.0;
    }

    /** Checks that an aligned per-customer array has the list's length and only finite values. */
    static void checkAligned(List<CustomerSummary> customers, double[] values, String what) {
        Objects.requireNonNull(customers, "customers");
        Objects.requireNonNull(values, what);
        if (values.length != customers.size()) {
            throw new IllegalArgumentException(what + " has " + values.length + " values for "
                    + customers.size() + " customers");
        }
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(what + " is not finite for customer "
                        + customers.get(i).customerId() + ": " + values[i]);
            }
        }
    }

    /** Copies an action map over a default map, rejecting null keys and values. */
    static <K> Map<K, String> merge(Map<K, String> defaults, Map<K, String> overrides) {
        Map<K, String> m = new java.util.LinkedHashMap<>(defaults);
        overrides.forEach((k, v) -> m.put(Objects.requireNonNull(k, "action key"),
                Objects.requireNonNull(v, "action text")));
        return java.util.Collections.unmodifiableMap(m);
    }

    /**
     * Indices {@code 0..n-1} ordered by value, ties in index order: a stable LSD radix sort on the values' bits
     * (8 bits per pass, passes where every key has the same byte skipped), linear in n and without the cache
     * misses of one binary search per value. {@code -0.0} sorts as {@code 0.0}.
     *
     * @param values     finite values
     * @param descending largest value first
     * @return the sorted indices
     */
    static int[] sortedIndices(double[] values, boolean descending) {
        int n = values.length;
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            double v = values[i] == 0.0 ? 0.0 : values[i];
            long b = Double.doubleToLongBits(v);
            b ^= (b >> 63) & Long.MAX_VALUE; // now ordered as signed longs
            b ^= Long.MIN_VALUE; // now ordered as unsigned longs
            keys[i] = descending ? ~b : b;
        }
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        int[] tmp = new int[n];
        int[] count = new int[257];
        for (int shift = 0; shift < 64; shift += 8) {
            java.util.Arrays.fill(count, 0);
            for (int i = 0; i < n; i++) {
                count[(int) (keys[i] >>> shift) & 0xFF]++;
            }
            boolean single = false;
            for (int c : count) {
                if (c == n) {
                    single = true;
                    break;
                }
            }
            if (single) {
                continue;
            }
            for (int b = 0, sum = 0; b < 256; b++) {
                int c = count[b];
                count[b] = sum;
                sum += c;
            }
            for (int i = 0; i < n; i++) {
                int idx = order[i];
                tmp[count[(int) (keys[idx] >>> shift) & 0xFF]++] = idx;
            }
            int[] t = order;
            order = tmp;
            tmp = t;
        }
        return order;
    }
}
