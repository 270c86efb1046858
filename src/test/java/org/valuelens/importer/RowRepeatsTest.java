package org.valuelens.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RowRepeatsTest {

    /** Hashes with many repeats, including 0 (the hash set keeps that value apart). */
    private static long[] hashes(int n, long seed) {
        Random random = new Random(seed);
        long[] h = new long[n];
        for (int i = 0; i < n; i++) {
            h[i] = random.nextInt(4) == 0 ? random.nextInt(50) : random.nextLong();
        }
        return h;
    }

    @Test
    void keptRepeatsAreCountedAsRowsMinusDistinctRows() {
        long[] h = hashes(200_000, 7);
        RowRepeats repeats = new RowRepeats(true);
        Set<Long> distinct = new HashSet<>();
        for (long v : h) {
            assertThat(repeats.drop(v)).isFalse();
            distinct.add(v);
        }
        assertThat(repeats.kept()).isEqualTo(h.length - distinct.size());
        repeats.drop(h[0]);
        assertThat(repeats.kept()).as("counted again after more rows").isEqualTo(h.length + 1 - distinct.size());
    }

    @Test
    void droppedRowsAreExactlyTheRepeatsOfAnEarlierRow() {
        long[] h = hashes(50_000, 11);
        RowRepeats repeats = new RowRepeats(false);
        Set<Long> earlier = new HashSet<>();
        for (long v : h) {
            assertThat(repeats.drop(v)).isEqualTo(!earlier.add(v));
        }
        assertThat(repeats.kept()).isZero();
    }
}
