package org.valuelens.importer;

import java.util.Arrays;

/**
 * A set of 64-bit hashes with open addressing and linear probing: 8 bytes per slot, load factor at most 1/2, so
 * a million distinct rows take about 32 MB at worst. Zero is stored as a separate flag.
 */
final class LongHashSet {
    private long[] slots;
    private int size;
    private boolean hasZero;

    LongHashSet(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        slots = new long[capacity];
    }

    /** @return {@code true} when the value was not yet present */
    boolean add(long value) {
        if (value == 0) {
            boolean added = !hasZero;
            hasZero = true;
            return added;
        }
        int mask = slots.length - 1;
        int i = mix(value) & mask;
        while (true) {
            long current = slots[i];
            if (current == 0) {
                slots[i] = value;
                if (++size * 2 > slots.length) {
                    grow();
                }
                return true;
            }
            if (current == value) {
                return false;
            }
            i = (i + 1) & mask;
        }
    }

    boolean contains(long value) {
        if (value == 0) {
            return hasZero;
        }
        int mask = slots.length - 1;
        int i = mix(value) & mask;
        while (slots[i] != 0) {
            if (slots[i] == value) {
                return true;
            }
            i = (i + 1) & mask;
        }
        return false;
    }

    int size() {
        return size + (hasZero ? 1 : 0);
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        int mask = slots.length - 1;
        for (long value : old) {
            if (value != 0) {
                int i = mix(value) & mask;
                while (slots[i] != 0) {
                    i = (i + 1) & mask;
                }
                slots[i] = value;
            }
        }
        Arrays.fill(old, 0);
    }

    private static int mix(long value) {
        long h = value * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
