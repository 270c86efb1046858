package org.valuelens.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The store's growable columns: the block being filled grows by doubling, yet every full block still becomes one
 * chunk of exactly {@link StoreColumn#BLOCK} values, in order, and the values read back are the ones added.
 */
class StoreColumnTest {

    private static final int N = StoreColumn.BLOCK + 5_000;

    private static ByteBuffer le(StoreSegments.Chunk chunk) {
        return ByteBuffer.wrap(chunk.data()).order(ByteOrder.LITTLE_ENDIAN);
    }

    @Test
    void intsLongsAndDoublesComeBackInBlockSizedChunks() {
        StoreColumn.Ints ints = new StoreColumn.Ints();
        StoreColumn.Longs longs = new StoreColumn.Longs();
        StoreColumn.Doubles doubles = new StoreColumn.Doubles();
        for (int i = 0; i < N; i++) {
            ints.add(i * 3 - 7);
            longs.add(i * 1_000_003L);
            doubles.add(i / 4.0);
        }

        List<StoreSegments.Chunk> intChunks = ints.chunks();
        List<StoreSegments.Chunk> longChunks = longs.chunks();
        List<StoreSegments.Chunk> doubleChunks = doubles.chunks();
        for (List<StoreSegments.Chunk> chunks : List.of(intChunks, longChunks, doubleChunks)) {
            assertThat(chunks).extracting(StoreSegments.Chunk::count).containsExactly(StoreColumn.BLOCK, 5_000);
        }
        int i = 0;
        for (int c = 0; c < 2; c++) {
            ByteBuffer a = le(intChunks.get(c));
            ByteBuffer b = le(longChunks.get(c));
            ByteBuffer d = le(doubleChunks.get(c));
            assertThat(a.remaining()).isEqualTo(intChunks.get(c).count() * Integer.BYTES);
            for (int k = 0; k < intChunks.get(c).count(); k++, i++) {
                assertThat(a.getInt()).isEqualTo(i * 3 - 7);
                assertThat(b.getLong()).isEqualTo(i * 1_000_003L);
                assertThat(d.getDouble()).isEqualTo(i / 4.0);
            }
        }
        assertThat(i).isEqualTo(N);
    }

    @Test
    void aSmallColumnHoldsAboutItsOwnSizeNotAWholeBlock() {
        assertThat(StoreColumn.grown(0)).isEqualTo(StoreColumn.FIRST_LENGTH);
        assertThat(StoreColumn.grown(StoreColumn.FIRST_LENGTH)).isEqualTo(2 * StoreColumn.FIRST_LENGTH);
        assertThat(StoreColumn.grown(StoreColumn.BLOCK / 2 + 1)).isEqualTo(StoreColumn.BLOCK);
        StoreColumn.Ints three = new StoreColumn.Ints();
        three.add(1);
        three.add(2);
        three.add(3);
        StoreSegments.Chunk only = three.chunks().get(0);
        assertThat(only.count()).isEqualTo(3);
        assertThat(only.data()).hasSize(3 * Integer.BYTES);
    }
}
