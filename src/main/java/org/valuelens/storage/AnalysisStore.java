package org.valuelens.storage;

import java.lang.ref.SoftReference;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The compact analysis store of each dataset (docs/decisions/0020-analysis-store.md): its lines as columnar
 * segments of primitive arrays in H2 ({@link StoreSegments}), written by the import in the same commit and loaded
 * here instead of scanning the row table. A dataset whose store is missing or older than {@link #FORMAT} (imported
 * before the store existed) gets it built from its row table, in one transaction, the first time it is read.
 *
 * <p>The segments of the dataset read last are kept (softly) in memory: the app and one CLI run read the same
 * dataset again and again. Datasets never change once committed, so the cache is never stale. Not thread-safe.
 */
final class AnalysisStore {

    /** The store format written by this version; a dataset with a lower {@code store_version} is rebuilt. */
    static final int FORMAT = 1;

    private final Connection connection;
    private final RowTable rowTable;
    private int cachedDataset = -1;
    private SoftReference<Map<String, Object>> cached = new SoftReference<>(null);

    AnalysisStore(Connection connection, RowTable rowTable) {
        this.connection = connection;
        this.rowTable = rowTable;
    }

    /**
     * Loads segments of a dataset, building the store first when it is missing or old.
     *
     * @param datasetId the dataset
     * @param names     the segments wanted (see {@link StoredLines})
     * @return the lines with those segments (absent optional columns are {@code null}); no lines for a dataset that
     *         does not exist (any more)
     * @throws StorageException on a database error, or when the store cannot be read and there is no row table
     *                          to rebuild it from
     */
    StoredLines load(int datasetId, Set<String> names) throws StorageException {
        if (!exists(datasetId)) {
            cached.clear();
            return new StoredLines(Map.of());
        }
        Map<String, Object> segments = datasetId == cachedDataset ? cached.get() : null;
        if (segments == null) {
            ensure(datasetId);
            segments = new HashMap<>();
            cachedDataset = datasetId;
            cached = new SoftReference<>(segments);
        }
        Set<String> missing = new HashSet<>(names);
        missing.removeAll(segments.keySet());
        if (!missing.isEmpty()) {
            try {
                Map<String, Object> read = StoreSegments.read(connection, datasetId, missing);
                segments.putAll(read);
                missing.removeAll(read.keySet());
                for (String name : missing) {
                    segments.put(name, ABSENT);
                }
            } catch (SQLException e) {
                throw new StorageException("Cannot read the analysis store of dataset " + datasetId + ": "
                        + e.getMessage(), e);
            }
        }
        Map<String, Object> present = new HashMap<>(segments);
        present.values().removeIf(v -> v == ABSENT);
        return new StoredLines(present);
    }

    private static final Object ABSENT = new Object();

    private boolean exists(int datasetId) throws StorageException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT 1 FROM datasets WHERE id = ?")) {
            ps.setInt(1, datasetId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new StorageException("Cannot read dataset " + datasetId + ": " + e.getMessage(), e);
        }
    }

    /**
     * Builds the store of a dataset from its row table unless it has a store of the current format.
     *
     * @param datasetId the dataset
     * @return whether the store was built now
     * @throws StorageException on a database error or when there is no row table to build from
     */
    boolean ensure(int datasetId) throws StorageException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT store_version, row_table FROM datasets WHERE id = ?")) {
            ps.setInt(1, datasetId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new StorageException("There is no dataset " + datasetId + " in the workspace.", null);
                }
                int version = rs.getInt(1);
                if (!rs.wasNull() && version == FORMAT) {
                    return false;
                }
                if (!rs.getBoolean(2)) {
                    throw new StorageException("Dataset " + datasetId + " was stored by a "
                            + (version > FORMAT ? "newer" : "different") + " version of ValueLens and has no row"
                            + " table to read it from: open it with that version, or import the file again.", null);
                }
            }
        } catch (SQLException e) {
            throw new StorageException("Cannot read dataset " + datasetId + ": " + e.getMessage(), e);
        }
        rebuild(datasetId);
        return true;
    }

    private void rebuild(int datasetId) throws StorageException {
        StoreBuilder builder = new StoreBuilder();
        String[] ids = rowTable.copyInto(datasetId, builder);
        try {
            Transactions.inOne(connection, () -> {
                try (PreparedStatement ps = connection.prepareStatement(
                        "DELETE FROM store_segments WHERE dataset_id = ?")) {
                    ps.setInt(1, datasetId);
                    ps.executeUpdate();
                }
                builder.write(connection, datasetId, Arrays.asList(ids));
                markStored(connection, datasetId);
            });
        } catch (SQLException e) {
            throw new StorageException("Cannot build the analysis store of dataset " + datasetId + ": "
                    + e.getMessage(), e);
        }
    }

    /** Marks a dataset's store as written in the current format (the caller owns the transaction). */
    static void markStored(Connection c, int datasetId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE datasets SET store_version = ? WHERE id = ?")) {
            ps.setInt(1, FORMAT);
            ps.setInt(2, datasetId);
            ps.executeUpdate();
        }
    }
}
