package org.valuelens.model.btyd;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.valuelens.model.CustomerSummary;

/**
 * Rows grouped by equal purchase history {@code (x, t_x, T)} (or by {@code (x, T)}), numbered in order of first
 * appearance: open addressing on primitive keys, no boxing. A map of record keys cost half a second per million
 * customers, and times such as k/7 weeks share their low mantissa bits, so a record's hash code chained badly.
 * Times are compared with {@code ==} (so 0.0 and -0.0 are one time; NaN is not allowed). Immutable; the arrays are
 * held, not copied.
 */
public final class HistoryGroups {

    private final int[] groupOf;
    private final int[] firstRow;

    private HistoryGroups(int[] groupOf, int[] firstRow) {
        this.groupOf = groupOf;
        this.firstRow = firstRow;
    }

    /**
     * @param x   repeat purchases per row ({@code null} not permitted)
     * @param tx  recency per row, same length ({@code null} to group by (x, T) only)
     * @param age T per row, same length ({@code null} not permitted)
     * @return the groups
     */
    public static HistoryGroups of(int[] x, double[] tx, double[] age) {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(age, "age");
        int n = x.length;
        if (age.length != n || tx != null && tx.length != n) {
            throw new IllegalArgumentException("x, tx and age must have the same length");
        }
        // each slot holds its key and group side by side (t bits, T bits, x and group), so that a probe reads one
        // place; the table grows with the groups, not with the rows (a million customers have far fewer histories)
        long[] table = emptyTable(1 << 12);
        int[] groupOf = new int[n];
        int[] first = new int[Math.min(n, 1024)];
        int groups = 0;
        for (int i = 0; i < n; i++) {
            long tBits = Double.doubleToLongBits(tx == null ? 0.0 : tx[i] + 0.0);
            long ageBits = Double.doubleToLongBits(age[i] + 0.0);
            int xi = x[i];
            int mask = table.length / 3 - 1;
            int slot = (int) hash(xi, tBits, ageBits) & mask;
            int g;
            while (true) {
                int at = 3 * slot;
                long last = table[at + 2];
                if (last == EMPTY) {
                    g = -1;
                    break;
                }
                if (table[at] == tBits && table[at + 1] == ageBits && (int) (last >>> 32) == xi) {
                    g = (int) last;
                    break;
                }
                slot = (slot + 1) & mask;
            }
            if (g < 0) {
                if (groups == first.length) {
                    first = Arrays.copyOf(first, groups * 2);
                }
                first[groups] = i;
                g = groups++;
                put(table, slot, tBits, ageBits, xi, g);
                if (2 * groups > mask) {
                    table = grow(table);
                }
            }
            groupOf[i] = g;
        }
        return new HistoryGroups(groupOf, Arrays.copyOf(first, groups));
    }

    /**
     * @param customers the customers ({@code null} not permitted)
     * @param byRecency group by (x, t_x, T) when true, by (x, T) when false
     * @return the groups of their frequency, recency and age
     */
    public static HistoryGroups of(List<CustomerSummary> customers, boolean byRecency) {
        int n = customers.size();
        int[] x = new int[n];
        double[] tx = byRecency ? new double[n] : null;
        double[] age = new double[n];
        for (int i = 0; i < n; i++) {
            CustomerSummary c = customers.get(i);
            x[i] = c.frequency();
            if (byRecency) {
                tx[i] = c.recency();
            }
            age[i] = c.age();
        }
        return of(x, tx, age);
    }

    /** @return the number of groups */
    public int size() {
        return firstRow.length;
    }

    /** @return each row's group (held, not copied: do not change it) */
    public int[] groupOfRows() {
        return groupOf;
    }

    /** @return each group's first row (held, not copied: do not change it) */
    public int[] firstRows() {
        return firstRow;
    }

    /**
     * @param items the rows' items, index for index
     * @param <T>   item type
     * @return each group's first item
     */
    public <T> List<T> firsts(List<T> items) {
        Object[] out = new Object[firstRow.length];
        for (int g = 0; g < out.length; g++) {
            out[g] = items.get(firstRow[g]);
        }
        @SuppressWarnings("unchecked")
        List<T> list = (List<T>) Arrays.asList(out);
        return list;
    }

    /** A free slot's last word (no group is negative). */
    private static final long EMPTY = -1L;

    private static long[] emptyTable(int slots) {
        long[] table = new long[3 * slots];
        for (int at = 2; at < table.length; at += 3) {
            table[at] = EMPTY;
        }
        return table;
    }

    private static void put(long[] table, int slot, long tBits, long ageBits, int x, int group) {
        table[3 * slot] = tBits;
        table[3 * slot + 1] = ageBits;
        table[3 * slot + 2] = (long) x << 32 | group & 0xffffffffL;
    }

    private static long[] grow(long[] table) {
        long[] bigger = emptyTable(2 * (table.length / 3));
        int mask = bigger.length / 3 - 1;
        for (int at = 0; at < table.length; at += 3) {
            long last = table[at + 2];
            if (last != EMPTY) {
                int x = (int) (last >>> 32);
                int slot = (int) hash(x, table[at], table[at + 1]) & mask;
                while (bigger[3 * slot + 2] != EMPTY) {
                    slot = (slot + 1) & mask;
                }
                put(bigger, slot, table[at], table[at + 1], x, (int) last);
            }
        }
        return bigger;
    }

    private static long hash(int x, long tBits, long ageBits) {
        return mix(mix(mix(x) + tBits) + ageBits);
    }

    /**
     * MurmurHash3's 64-bit finaliser: every input bit reaches the low bits used as the slot (times such as k/7
     * weeks share their low mantissa bits, which made plain multiplicative hashing probe long chains).
     */
    private static long mix(long v) {
        long h = v;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
