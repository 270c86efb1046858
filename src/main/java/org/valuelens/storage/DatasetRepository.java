package org.valuelens.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Queries and deletes committed datasets. Only complete (committed) datasets are ever returned. */
public final class DatasetRepository {

    private static final String COLUMNS = "id, file_name, content_hash, sheet, shape, column_mapping, imported_at,"
            + " rows_read, rows_imported, rows_rejected, returns, encoding, delimiter, first_ts, last_ts, customers,"
            + " display_name";

    private static final String[] DELETES = {
        "DELETE FROM store_segments WHERE dataset_id = ?",
        "DELETE FROM transactions WHERE dataset_id = ?",
        "DELETE FROM customers WHERE dataset_id = ?",
        "DELETE FROM customer_inputs WHERE dataset_id = ?",
        "DELETE FROM rejected_rows WHERE dataset_id = ?",
        "DELETE FROM product_items WHERE dataset_id = ?",
        "DELETE FROM dataset_settings WHERE dataset_id = ?",
        "DELETE FROM workspace_properties WHERE name = '" + WorkspaceProperties.ACTIVE_DATASET
                + "' AND property = CAST(? AS VARCHAR)",
    };

    private final Connection connection;

    DatasetRepository(Connection connection) {
        this.connection = connection;
    }

    /**
     * @return every committed dataset, oldest first
     * @throws StorageException on a database error
     */
    public List<DatasetInfo> list() throws StorageException {
        return query("SELECT " + COLUMNS + " FROM datasets WHERE complete ORDER BY id", null);
    }

    /**
     * @param id dataset id
     * @return the dataset, empty when there is no such committed dataset
     * @throws StorageException on a database error
     */
    public Optional<DatasetInfo> find(int id) throws StorageException {
        return query("SELECT " + COLUMNS + " FROM datasets WHERE complete AND id = ?", id).stream().findFirst();
    }

    /**
     * @param id dataset id
     * @return {@code false} when the dataset is a count-only transaction log (imported without an amount column,
     *         every line with amount 0), {@code true} otherwise and for an unknown id
     * @throws StorageException on a database error
     */
    public boolean hasAmounts(int id) throws StorageException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT has_amounts FROM datasets WHERE id = ?")) {
            ps.setInt(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return !rs.next() || rs.getBoolean(1);
            }
        } catch (SQLException e) {
            throw new StorageException("Cannot read the workspace's datasets: " + e.getMessage(), e);
        }
    }

    /**
     * @param contentHash SHA-256 hex of a file
     * @return the oldest committed dataset imported from identical content, if any
     * @throws StorageException on a database error
     */
    public Optional<DatasetInfo> findByContentHash(String contentHash) throws StorageException {
        return query("SELECT " + COLUMNS + " FROM datasets WHERE complete AND content_hash = ? ORDER BY id",
                contentHash).stream().findFirst();
    }

    /**
     * Deletes a dataset and all its rows in one transaction.
     *
     * @param id dataset id
     * @return whether a dataset was deleted
     * @throws StorageException on a database error (nothing is then deleted)
     */
    public boolean delete(int id) throws StorageException {
        try {
            return deleteRows(connection, id);
        } catch (SQLException e) {
            throw new StorageException("Cannot delete dataset " + id + ": " + e.getMessage(), e);
        }
    }

    /**
     * Gives a dataset a display name (shown instead of its file name).
     *
     * @param id   dataset id
     * @param name the new name, stripped; {@code null} or blank goes back to the file name
     * @return whether the dataset exists
     * @throws StorageException on a database error
     */
    public boolean rename(int id, String name) throws StorageException {
        String n = name == null || name.isBlank() ? null : name.strip();
        try (PreparedStatement ps = connection.prepareStatement(
                "UPDATE datasets SET display_name = ? WHERE id = ? AND complete")) {
            ps.setString(1, n);
            ps.setInt(2, id);
            return ps.executeUpdate() > 0;
        } catch (SQLException e) {
            throw new StorageException("Cannot rename dataset " + id + ": " + e.getMessage(), e);
        }
    }

    /** Deletes a dataset's rows, then its datasets row, in one transaction; restores the auto-commit state. */
    static boolean deleteRows(Connection connection, int id) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            for (String sql : DELETES) {
                try (PreparedStatement ps = connection.prepareStatement(sql)) {
                    ps.setInt(1, id);
                    ps.executeUpdate();
                }
            }
            int n;
            try (PreparedStatement ps = connection.prepareStatement("DELETE FROM datasets WHERE id = ?")) {
                ps.setInt(1, id);
                n = ps.executeUpdate();
            }
            connection.commit();
            return n > 0;
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /** Deletes datasets left incomplete by an import that died before committing or cleaning up. */
    static void purgeIncomplete(Connection connection) throws SQLException {
        List<Integer> ids = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT id FROM datasets WHERE NOT complete");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getInt(1));
            }
        }
        for (int id : ids) {
            deleteRows(connection, id);
        }
    }

    private List<DatasetInfo> query(String sql, Object parameter) throws StorageException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            if (parameter != null) {
                ps.setObject(1, parameter);
            }
            List<DatasetInfo> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new DatasetInfo(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getObject(7, OffsetDateTime.class).toInstant(),
                            rs.getLong(8), rs.getLong(9), rs.getLong(10), rs.getLong(11), rs.getString(12),
                            rs.getString(13), rs.getObject(14, LocalDateTime.class),
                            rs.getObject(15, LocalDateTime.class), rs.getInt(16), rs.getString(17)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StorageException("Cannot read the workspace's datasets: " + e.getMessage(), e);
        }
    }
}
