package org.valuelens.storage;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads and writes the segments of the analysis store (table {@code store_segments}, Flyway V5): one column of
 * primitive values per segment, little-endian, cut into chunks of at most {@link #CHUNK_BYTES}. Large chunks read
 * fastest in H2 (measured: 21 MB in 4–16 MB chunks 20–75 ms, in 256 KB chunks 370–970 ms; docs/decisions/0020).
 */
final class StoreSegments {

    /** Bytes per chunk (the last chunk of a segment may be shorter). */
    static final int CHUNK_BYTES = 8 << 20;

    /** How a segment's bytes are to be read. */
    enum Kind {
        INT32, INT64, FLOAT64, BITS, STRINGS,
        /** Opaque bytes (a saved summary, {@link SavedSummaryRepository}); the value count is the byte count. */
        BYTES
    }

    private StoreSegments() {
    }

    /** One chunk of a segment: {@code count} values encoded in {@code data}. */
    record Chunk(int count, byte[] data) {
    }

    /**
     * Writes a segment of primitive values, already encoded by chunk (see {@link StoreColumn}).
     *
     * @param c       the connection (its transaction mode is the caller's)
     * @param dataset the dataset
     * @param name    the segment name
     * @param kind    how the bytes are read back
     * @param chunks  the chunks in order, each at most {@link #CHUNK_BYTES}; none = an empty segment
     */
    static void write(Connection c, int dataset, String name, Kind kind, List<Chunk> chunks) throws SQLException {
        try (PreparedStatement ps = insert(c)) {
            if (chunks.isEmpty()) {
                add(ps, dataset, name, 0, kind, 0, new byte[0]);
            }
            for (int i = 0; i < chunks.size(); i++) {
                add(ps, dataset, name, i, kind, chunks.get(i).count(), chunks.get(i).data());
            }
            ps.executeBatch();
        }
    }

    /**
     * Reads the named segments of a dataset; absent names are absent from the result.
     *
     * @param c       the connection
     * @param dataset the dataset
     * @param names   the segments wanted
     * @return name → {@code int[]}, {@code long[]}, {@code double[]}, {@code boolean[]} or {@code String[]}
     */
    static Map<String, Object> read(Connection c, int dataset, Set<String> names) throws SQLException {
        // sizes first, so that each chunk is decoded into its column as it is read (holding every chunk until the
        // end doubled the memory a load touched)
        Map<String, ColumnReader> columns = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT name, kind, SUM(value_count) FROM store_segments"
                + " WHERE dataset_id = ? AND name = ANY(?) GROUP BY name, kind")) {
            ps.setInt(1, dataset);
            ps.setArray(2, c.createArrayOf("VARCHAR", names.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    columns.put(rs.getString(1), new ColumnReader(Kind.valueOf(rs.getString(2)), rs.getInt(3)));
                }
            }
        }
        if (columns.isEmpty()) {
            return new HashMap<>();
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT name, data FROM store_segments"
                + " WHERE dataset_id = ? AND name = ANY(?) ORDER BY name, chunk")) {
            ps.setInt(1, dataset);
            ps.setArray(2, c.createArrayOf("VARCHAR", columns.keySet().toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    columns.get(rs.getString(1)).add(rs.getBytes(2));
                }
            }
        }
        Map<String, Object> out = new HashMap<>();
        columns.forEach((name, column) -> out.put(name, column.values));
        return out;
    }

    /**
     * @param c       the connection
     * @param dataset the dataset
     * @return the names of its segments
     */
    static Set<String> names(Connection c, int dataset) throws SQLException {
        Set<String> out = new java.util.TreeSet<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT DISTINCT name FROM store_segments WHERE dataset_id = ?")) {
            ps.setInt(1, dataset);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    /** One column being read: its array, filled chunk by chunk in chunk order. */
    private static final class ColumnReader {
        private final Kind kind;
        private final int n;
        private final Object values;
        private int at;

        ColumnReader(Kind kind, int n) {
            this.kind = kind;
            this.n = n;
            this.values = switch (kind) {
                case INT32 -> new int[n];
                case INT64 -> new long[n];
                case FLOAT64 -> new double[n];
                case BITS -> new boolean[n];
                case BYTES -> new byte[n];
                default -> new String[n];
            };
        }

        void add(byte[] p) {
            ByteBuffer b = ByteBuffer.wrap(p).order(ByteOrder.LITTLE_ENDIAN);
            switch (kind) {
                case INT32 -> {
                    int len = p.length / Integer.BYTES;
                    b.asIntBuffer().get((int[]) values, at, len);
                    at += len;
                }
                case INT64 -> {
                    int len = p.length / Long.BYTES;
                    b.asLongBuffer().get((long[]) values, at, len);
                    at += len;
                }
                case FLOAT64 -> {
                    int len = p.length / Double.BYTES;
                    b.asDoubleBuffer().get((double[]) values, at, len);
                    at += len;
                }
                case BITS -> {
                    boolean[] v = (boolean[]) values;
                    int len = Math.min(n - at, p.length * 8);
                    for (int i = 0; i < len; i++) {
                        v[at + i] = (p[i >>> 3] & (1 << (i & 7))) != 0;
                    }
                    at += len;
                }
                case BYTES -> {
                    System.arraycopy(p, 0, (byte[]) values, at, p.length);
                    at += p.length;
                }
                default -> {
                    String[] v = (String[]) values;
                    while (b.hasRemaining()) {
                        int len = b.getInt();
                        v[at++] = new String(p, b.position(), len, StandardCharsets.UTF_8);
                        b.position(b.position() + len);
                    }
                }
            }
        }
    }

    private static PreparedStatement insert(Connection c) throws SQLException {
        return c.prepareStatement("INSERT INTO store_segments (dataset_id, name, chunk, kind, value_count, data)"
                + " VALUES (?, ?, ?, ?, ?, ?)");
    }

    private static void add(PreparedStatement ps, int dataset, String name, int chunk, Kind kind, int count,
                            byte[] data) throws SQLException {
        ps.setInt(1, dataset);
        ps.setString(2, name);
        ps.setInt(3, chunk);
        ps.setString(4, kind.name());
        ps.setInt(5, count);
        ps.setBytes(6, data);
        ps.addBatch();
    }
}
