package org.valuelens.storage;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A growable column of primitive values kept in blocks of {@link #BLOCK} values (each block becomes one chunk of its
 * segment). The block being filled starts at {@link #FIRST_LENGTH} values and doubles until it holds
 * {@link #BLOCK}, so an import of 300,000 rows holds about 1-2 MB per column instead of a full 4-8 MB block
 * (ADR 0037); full blocks are never copied. One subclass per value kind; not thread-safe.
 */
abstract class StoreColumn {

    /** Values per block: 4 MB of ints, 8 MB of longs or doubles, at most {@link StoreSegments#CHUNK_BYTES}. */
    static final int BLOCK = 1 << 20;
    /** Values of a new block before it first grows. */
    static final int FIRST_LENGTH = 1 << 12;

    /** Values added so far. */
    int size;

    /** @return the segment kind */
    abstract StoreSegments.Kind kind();

    /** @return the encoded chunks, one per block */
    abstract List<StoreSegments.Chunk> chunks();

    final int blockLength(int block) {
        return Math.min(BLOCK, size - block * BLOCK);
    }

    final int blocks() {
        return (size + BLOCK - 1) / BLOCK;
    }

    /** @param filled values in the block being filled @return its next length: doubled, at most {@link #BLOCK} */
    static int grown(int filled) {
        return Math.min(BLOCK, Math.max(FIRST_LENGTH, filled * 2));
    }

    static ByteBuffer buffer(int bytes) {
        return ByteBuffer.allocate(bytes).order(ByteOrder.LITTLE_ENDIAN);
    }

    /** 32-bit integers. */
    static final class Ints extends StoreColumn {
        private final List<int[]> blocks = new ArrayList<>();

        void add(int v) {
            int i = size & (BLOCK - 1);
            if (i == 0) {
                blocks.add(new int[FIRST_LENGTH]);
            }
            int[] block = blocks.get(blocks.size() - 1);
            if (i == block.length) {
                block = Arrays.copyOf(block, grown(i));
                blocks.set(blocks.size() - 1, block);
            }
            block[i] = v;
            size++;
        }

        @Override
        StoreSegments.Kind kind() {
            return StoreSegments.Kind.INT32;
        }

        @Override
        List<StoreSegments.Chunk> chunks() {
            List<StoreSegments.Chunk> out = new ArrayList<>();
            for (int b = 0; b < blocks(); b++) {
                int len = blockLength(b);
                ByteBuffer bytes = buffer(len * Integer.BYTES);
                bytes.asIntBuffer().put(blocks.get(b), 0, len);
                out.add(new StoreSegments.Chunk(len, bytes.array()));
            }
            return out;
        }
    }

    /** 64-bit integers. */
    static final class Longs extends StoreColumn {
        private final List<long[]> blocks = new ArrayList<>();

        void add(long v) {
            int i = size & (BLOCK - 1);
            if (i == 0) {
                blocks.add(new long[FIRST_LENGTH]);
            }
            long[] block = blocks.get(blocks.size() - 1);
            if (i == block.length) {
                block = Arrays.copyOf(block, grown(i));
                blocks.set(blocks.size() - 1, block);
            }
            block[i] = v;
            size++;
        }

        @Override
        StoreSegments.Kind kind() {
            return StoreSegments.Kind.INT64;
        }

        @Override
        List<StoreSegments.Chunk> chunks() {
            List<StoreSegments.Chunk> out = new ArrayList<>();
            for (int b = 0; b < blocks(); b++) {
                int len = blockLength(b);
                ByteBuffer bytes = buffer(len * Long.BYTES);
                bytes.asLongBuffer().put(blocks.get(b), 0, len);
                out.add(new StoreSegments.Chunk(len, bytes.array()));
            }
            return out;
        }
    }

    /** Doubles, every bit kept (NaN stands for "absent" in the optional columns). */
    static final class Doubles extends StoreColumn {
        private final List<double[]> blocks = new ArrayList<>();

        void add(double v) {
            int i = size & (BLOCK - 1);
            if (i == 0) {
                blocks.add(new double[FIRST_LENGTH]);
            }
            double[] block = blocks.get(blocks.size() - 1);
            if (i == block.length) {
                block = Arrays.copyOf(block, grown(i));
                blocks.set(blocks.size() - 1, block);
            }
            block[i] = v;
            size++;
        }

        @Override
        StoreSegments.Kind kind() {
            return StoreSegments.Kind.FLOAT64;
        }

        @Override
        List<StoreSegments.Chunk> chunks() {
            List<StoreSegments.Chunk> out = new ArrayList<>();
            for (int b = 0; b < blocks(); b++) {
                int len = blockLength(b);
                ByteBuffer bytes = buffer(len * Double.BYTES);
                bytes.asDoubleBuffer().put(blocks.get(b), 0, len);
                out.add(new StoreSegments.Chunk(len, bytes.array()));
            }
            return out;
        }
    }

    /** Flags, one bit each. */
    static final class Bits extends StoreColumn {
        private final List<byte[]> blocks = new ArrayList<>();

        void add(boolean v) {
            if ((size & (BLOCK - 1)) == 0) {
                blocks.add(new byte[BLOCK / 8]);
            }
            if (v) {
                int i = size & (BLOCK - 1);
                blocks.get(blocks.size() - 1)[i >>> 3] |= (byte) (1 << (i & 7));
            }
            size++;
        }

        @Override
        StoreSegments.Kind kind() {
            return StoreSegments.Kind.BITS;
        }

        @Override
        List<StoreSegments.Chunk> chunks() {
            List<StoreSegments.Chunk> out = new ArrayList<>();
            for (int b = 0; b < blocks(); b++) {
                int len = blockLength(b);
                out.add(new StoreSegments.Chunk(len, Arrays.copyOf(blocks.get(b), (len + 7) / 8)));
            }
            return out;
        }
    }
}
