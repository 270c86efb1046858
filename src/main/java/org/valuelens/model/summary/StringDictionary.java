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
