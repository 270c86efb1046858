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

    /** @return the number of elements of the ascending array strictly less than v */
    static int lowerBound(double[] a, double v) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
