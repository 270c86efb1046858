package org.valuelens.model.summary;

import java.util.Arrays;

/**
 * Maps strings to dense ints 0, 1, 2, ... in order of first appearance. Open addressing over one {@code long[]}
 * holding (hash, code + 1) pairs, so a lookup touches the table once plus the stored key for the equality check;
 * about half the cache misses of a {@code HashMap<String, Integer>} with boxed values. Not thread-safe.
 */
public final class StringDictionary {

    private long[] table = new long[1 << 10];
    private String[] keys = new String[1 << 9];
    private int size;
    /** Whether {@link #table} still has to be built from {@link #keys} (a dictionary made by {@link #ofDistinct}). */
    private boolean unindexed;

    /**
     * A dictionary of strings known to be distinct, coded in array order; the lookup table is built only when
     * {@link #encode} is first called, so that a caller who only reads codes back pays nothing for hashing.
     *
     * @param distinct distinct strings (not {@code null}, no {@code null} elements; not copied, not changed)
     * @return the dictionary, {@code distinct[i]} having code {@code i}
     */
    public static StringDictionary ofDistinct(String[] distinct) {
        StringDictionary d = new StringDictionary();
        d.keys = distinct;
        d.size = distinct.length;
        d.unindexed = true;
        return d;
    }

    /** @return the number of distinct strings */
    public int size() {
        return size;
    }

    /**
     * @param code a code below {@link #size()}
     * @return the string with that code
     */
    public String get(int code) {
        return keys[code];
    }

    /**
     * @param key a string ({@code null} not permitted)
     * @return its code, adding it when new
     */
    public int encode(String key) {
        if (unindexed) {
            index();
        }
        int h = spread(key.hashCode());
        int mask = table.length - 1;
        for (int slot = h & mask; ; slot = (slot + 1) & mask) {
            long e = table[slot];
            if (e == 0) {
                return insert(key, h, slot);
            }
            if ((int) (e >>> 32) == h) {
                int code = (int) e - 1;
                String k = keys[code];
                if (k == key || k.equals(key)) {
                    return code;
                }
            }
        }
    }

    private void index() {
        unindexed = false;
        String[] distinct = keys;
        int n = size;
        keys = Arrays.copyOf(distinct, Math.max(n, 1 << 9));
        table = new long[Math.max(1 << 10, Integer.highestOneBit(Math.max(1, n)) << 2)];
        int mask = table.length - 1;
        for (int code = 0; code < n; code++) {
            int h = spread(distinct[code].hashCode());
            int slot = h & mask;
            while (table[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            table[slot] = ((long) h << 32) | (code + 1L);
        }
    }

    private int insert(String key, int h, int slot) {
        int code = size++;
        if (code == keys.length) {
            keys = Arrays.copyOf(keys, keys.length * 2);
        }
        keys[code] = key;
        table[slot] = ((long) h << 32) | (code + 1L);
        if (size * 2 > table.length) {
            rehash();
        }
        return code;
    }

    private void rehash() {
        long[] old = table;
        table = new long[old.length * 2];
        int mask = table.length - 1;
        for (long e : old) {
            if (e != 0) {
                int slot = ((int) (e >>> 32)) & mask;
                while (table[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                table[slot] = e;
            }
        }
    }

    private static int spread(int h) {
        int x = h * 0x9E3779B9;
        return x ^ (x >>> 16);
    }
}
