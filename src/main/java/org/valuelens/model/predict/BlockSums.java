package org.valuelens.model.predict;

import java.util.stream.IntStream;

/**
 * Runs a loop over {@code [0, n)} on both cores in fixed blocks. Each block adds into sums of its own, and the
 * blocks' sums are added in block order afterwards, so the totals do not depend on how the threads ran. Stateless.
 */
final class BlockSums {

    /** Customers per block. */
    static final int BLOCK = 1 << 15;

    /** The loop body over one block. */
    @FunctionalInterface
    interface Body {
        /**
         * @param from first index
         * @param to   end index (exclusive)
         * @param sums this block's sums, to add into
         */
        void run(int from, int to, double[] sums);
    }

    private BlockSums() {
    }

    /**
     * @param n     loop length
     * @param width number of sums
     * @param body  the loop body
     * @return the sums over all blocks
     */
    static double[] run(int n, int width, Body body) {
        int blocks = (n + BLOCK - 1) / BLOCK;
        double[][] partial = new double[blocks][width];
        IntStream.range(0, blocks).parallel().forEach(b -> body.run(b * BLOCK, Math.min(n, (b + 1) * BLOCK),
                partial[b]));
        double[] out = new double[width];
        for (double[] p : partial) {
            for (int j = 0; j < width; j++) {
                out[j] += p[j];
            }
        }
        return out;
    }
}
