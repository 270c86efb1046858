package org.valuelens.model.segment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Segment migration between two dates: counts of customers per (segment before, segment after).
 *
 * <p>Rows are the segments at the first date plus a last row {@value #NEW} (customers only in the second
 * assignment); columns are the segments at the second date plus a last column {@value #GONE} (customers only in
 * the first). Segment labels are sorted alphabetically unless an order is given. The {@code NEW}/{@code GONE}
 * cell is always 0.
 *
 * @param fromLabels segment labels of the rows, ending with {@value #NEW}
 * @param toLabels   segment labels of the columns, ending with {@value #GONE}
 * @param counts     counts[row][column]
 */
public record MigrationMatrix(List<String> fromLabels, List<String> toLabels, int[][] counts) {

    /** Row label of customers that appear only at the second date. */
    public static final String NEW = "new";
    /** Column label of customers that appear only at the first date. */
    public static final String GONE = "gone";

    /** Copies the lists and the table. */
    public MigrationMatrix {
        fromLabels = List.copyOf(fromLabels);
        toLabels = List.copyOf(toLabels);
        int[][] c = new int[counts.length][];
        for (int i = 0; i < counts.length; i++) {
            c[i] = counts[i].clone();
        }
        counts = c;
    }

    /** @return a copy of the counts */
    @Override
    public int[][] counts() {
        int[][] c = new int[counts.length][];
        for (int i = 0; i < counts.length; i++) {
            c[i] = counts[i].clone();
        }
        return c;
    }

    /**
     * @param from row label (a segment or {@value #NEW})
     * @param to   column label (a segment or {@value #GONE})
     * @return the count, 0 for unknown labels
     */
    public int count(String from, String to) {
        int r = fromLabels.indexOf(from);
        int c = toLabels.indexOf(to);
        return r < 0 || c < 0 ? 0 : counts[r][c];
    }

    /**
     * Builds the matrix with labels sorted alphabetically.
     *
     * @param before customer id → segment at the first date ({@code null} not permitted, no null values)
     * @param after  customer id → segment at the second date ({@code null} not permitted, no null values)
     * @return the matrix
     */
    public static MigrationMatrix between(Map<String, String> before, Map<String, String> after) {
        return between(before, after, List.of());
    }

    /**
     * Builds the matrix; labels listed in {@code order} come first in that order, others follow alphabetically.
     *
     * @param before customer id → segment at the first date
     * @param after  customer id → segment at the second date
     * @param order  preferred label order ({@code null} not permitted, may be empty)
     * @return the matrix
     */
    public static MigrationMatrix between(Map<String, String> before, Map<String, String> after,
                                          List<String> order) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        List<String> from = labels(before.values(), order);
        List<String> to = labels(after.values(), order);
        int[][] counts = new int[from.size() + 1][to.size() + 1];
        Map<String, Integer> fromIndex = index(from);
        Map<String, Integer> toIndex = index(to);
        before.forEach((id, seg) -> {
            String next = after.get(id);
            int col = next == null ? to.size() : toIndex.get(next);
            counts[fromIndex.get(Objects.requireNonNull(seg, "segment of " + id))][col]++;
        });
        after.forEach((id, seg) -> {
            if (!before.containsKey(id)) {
                counts[from.size()][toIndex.get(Objects.requireNonNull(seg, "segment of " + id))]++;
            }
        });
        List<String> rows = new ArrayList<>(from);
        rows.add(NEW);
        List<String> cols = new ArrayList<>(to);
        cols.add(GONE);
        return new MigrationMatrix(rows, cols, counts);
    }

    private static List<String> labels(java.util.Collection<String> values, List<String> order) {
        Set<String> present = new TreeSet<>();
        for (String v : values) {
            present.add(Objects.requireNonNull(v, "segment"));
        }
        Set<String> out = new LinkedHashSet<>();
        for (String o : order) {
            if (present.contains(o)) {
                out.add(o);
            }
        }
        out.addAll(present);
        return Collections.unmodifiableList(new ArrayList<>(out));
    }

    private static Map<String, Integer> index(List<String> labels) {
        Map<String, Integer> m = new java.util.HashMap<>();
        for (int i = 0; i < labels.size(); i++) {
            m.put(labels.get(i), i);
        }
        return m;
    }
}
