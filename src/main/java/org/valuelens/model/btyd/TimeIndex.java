package org.valuelens.model.btyd;

import java.util.Arrays;

/**
 * The sorted distinct values of some time columns, and each value's index among them, for the per-evaluation caches
 * of {@link CalibrationData}: open addressing on the values' bits, so that a million rows with a few hundred
 * distinct times cost one probe each instead of a sort of every value. Values are compared as {@code double}s
 * ({@code -0.0} is {@code 0.0}); NaN is not allowed.
 */
final class TimeIndex {

    private static final long FREE = Double.doubleToLongBits(Double.NaN);

    private final double[] times;
    private final long[] keys;
    private final int[] codes;

    private TimeIndex(double[] times, long[] keys, int[] codes) {
        this.times = times;
        this.keys = keys;
        this.codes = codes;
    }

    /**
     * @param columns time columns (not {@code null}; no NaN)
     * @return the index of their distinct values
     */
    static TimeIndex of(double[]... columns) {
        long[] keys = new long[1 << 10];
        Arrays.fill(keys, FREE);
        double[] distinct = new double[256];
        int size = 0;
        for (double[] column : columns) {
            for (double t : column) {
                long bits = Double.doubleToLongBits(t + 0.0);
                int mask = keys.length - 1;
                int slot = slot(bits, mask);
                while (keys[slot] != FREE && keys[slot] != bits) {
                    slot = (slot + 1) & mask;
                }
                if (keys[slot] == FREE) {
                    keys[slot] = bits;
                    if (size == distinct.length) {
                        distinct = Arrays.copyOf(distinct, size * 2);
                    }
                    distinct[size++] = t + 0.0;
                    if (4 * size > keys.length) {
                        keys = rehash(keys);
                    }
                }
            }
        }
        double[] times = Arrays.copyOf(distinct, size);
        Arrays.sort(times);
        int[] codes = new int[keys.length];
        int mask = keys.length - 1;
        for (int i = 0; i < times.length; i++) {
            long bits = Double.doubleToLongBits(times[i]);
            int slot = slot(bits, mask);
            while (keys[slot] != bits) {
                slot = (slot + 1) & mask;
            }
            codes[slot] = i;
        }
        return new TimeIndex(times, keys, codes);
    }

    /** @return the sorted distinct times (not copied) */
    double[] times() {
        return times;
    }

    /**
     * @param column a column given to {@link #of}
     * @return each value's index into {@link #times()}
     */
    int[] indexesOf(double[] column) {
        int[] out = new int[column.length];
        int mask = keys.length - 1;
        for (int i = 0; i < column.length; i++) {
            long bits = Double.doubleToLongBits(column[i] + 0.0);
            int slot = slot(bits, mask);
            while (keys[slot] != bits) {
                slot = (slot + 1) & mask;
            }
            out[i] = codes[slot];
        }
        return out;
    }

    /** The product's high bits: whole numbers of days have all-zero low mantissa bits, which a low-bit hash loses. */
    private static int slot(long bits, int mask) {
        long h = (bits ^ (bits >>> 32)) * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 32) & mask;
    }

    private static long[] rehash(long[] old) {
        long[] keys = new long[old.length * 2];
        Arrays.fill(keys, FREE);
        int mask = keys.length - 1;
        for (long bits : old) {
            if (bits != FREE) {
                int slot = slot(bits, mask);
                while (keys[slot] != FREE) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = bits;
            }
        }
        return keys;
    }
}
