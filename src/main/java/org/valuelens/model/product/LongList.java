package org.valuelens.model.product;

import java.util.Arrays;

/** Growable primitive columns for {@link OrderBookBuilder} (no boxing per line). */
final class LongList {
    private LongList() {
    }

    static int[] grow(int[] a, int size) {
        return size < a.length ? a : Arrays.copyOf(a, Math.max(16, a.length * 2));
    }

    static long[] grow(long[] a, int size) {
        return size < a.length ? a : Arrays.copyOf(a, Math.max(16, a.length * 2));
    }

    static double[] grow(double[] a, int size) {
        return size < a.length ? a : Arrays.copyOf(a, Math.max(16, a.length * 2));
    }
}
