package org.valuelens.importer;

import java.util.Arrays;

/**
 * Rows that repeat an earlier row exactly, recognised by 64-bit hashes of their cells ({@link Cells#hash}).
 *
 * <p>When repeats are dropped, each row must be judged as it comes, so the hashes go into a {@link LongHashSet}.
 * When they are kept (the default), only their number is reported at the end: the hashes are then appended to an
 * array and counted once, sorted, at the end. That is the same count (rows minus distinct hashes) without a
 * random access into a table of tens of megabytes per row, which cost a tenth of the import of a million rows
 * here, and it needs half the memory (docs/decisions/0032-cli-speed.md).
 */
final class RowRepeats {

    private final boolean keep;
    private final LongHashSet seen;
    private long[] hashes;
    private int size;
    private long kept = -1;

    /** @param keep whether repeated rows are kept (and only counted) rather than dropped */
    RowRepeats(boolean keep) {
        this.keep = keep;
        this.seen = keep ? null : new LongHashSet(1 << 16);
        this.hashes = keep ? new long[1 << 16] : null;
    }

    /**
     * @param hash the row's hash
     * @return whether the row must be dropped: it repeats an earlier row and repeats are not kept
     */
    boolean drop(long hash) {
        if (!keep) {
            return !seen.add(hash);
        }
        if (size == hashes.length) {
            hashes = Arrays.copyOf(hashes, size + (size >> 1));
        }
        hashes[size++] = hash;
        kept = -1;
        return false;
    }

    /** @return how many of the rows seen so far repeat an earlier one (0 when repeats are dropped) */
    long kept() {
        if (!keep) {
            return 0;
        }
        if (kept < 0) {
            long[] sorted = Arrays.copyOf(hashes, size);
            Arrays.parallelSort(sorted);
            long repeats = 0;
            for (int i = 1; i < sorted.length; i++) {
                if (sorted[i] == sorted[i - 1]) {
                    repeats++;
                }
            }
            kept = repeats;
        }
        return kept;
    }
}
