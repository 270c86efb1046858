package org.valuelens.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Per-dataset analysis choices as name → text pairs (table {@code dataset_settings}). The service layer owns the
 * names and value formats; this class only stores them. The settings of a dataset go with it when it is deleted.
 */
public final class DatasetSettingsRepository {

    /** Longest setting name stored. */
    public static final int MAX_NAME = 1100;
    /** Longest setting value stored. */
    public static final int MAX_VALUE = 10_000;

    private final Connection connection;

    DatasetSettingsRepository(Connection connection) {
        this.connection = connection;
    }

    /**
     * @param datasetId the dataset
     * @return its settings by name, sorted (unmodifiable; empty when none were saved)
     * @throws StorageException on a database error
     */
    public Map<String, String> load(int datasetId) throws StorageException {
        Map<String, String> out = new TreeMap<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT name, setting FROM dataset_settings WHERE dataset_id = ?")) {
            ps.setInt(1, datasetId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getString(2));
                }
            }
        } catch (SQLException e) {
            throw new StorageException("Cannot read the settings of dataset " + datasetId + ": " + e.getMessage(), e);
        }
        return Collections.unmodifiableMap(out);
    }

    /**
     * Replaces all settings of a dataset in one transaction.
     *
     * @param datasetId the dataset (must exist)
     * @param settings  name → value ({@code null} not permitted; names up to {@value #MAX_NAME} characters, values
     *                  up to {@value #MAX_VALUE}; {@code null} values are left out)
     * @throws StorageException on a database error or when the dataset does not exist (nothing is then changed)
     */
    public void replace(int datasetId, Map<String, String> settings) throws StorageException {
        Objects.requireNonNull(settings, "settings");
        try {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                if (!exists(datasetId)) {
                    throw new StorageException("There is no dataset " + datasetId + " in this workspace.", null);
                }
                try (PreparedStatement del = connection.prepareStatement(
                        "DELETE FROM dataset_settings WHERE dataset_id = ?")) {
                    del.setInt(1, datasetId);
                    del.executeUpdate();
                }
                try (PreparedStatement ins = connection.prepareStatement(
                        "INSERT INTO dataset_settings (dataset_id, name, setting) VALUES (?, ?, ?)")) {
                    for (Map.Entry<String, String> e : settings.entrySet()) {
                        if (e.getValue() == null) {
                            continue;
                        }
                        ins.setInt(1, datasetId);
                        ins.setString(2, e.getKey());
                        ins.setString(3, e.getValue());
                        ins.addBatch();
                    }
                    ins.executeBatch();
                }
                connection.commit();
            } catch (SQLException | StorageException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new StorageException("Cannot save the settings of dataset " + datasetId + ": " + e.getMessage(), e);
        }
    }

    private boolean exists(int datasetId) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT 1 FROM datasets WHERE id = ? AND complete")) {
            ps.setInt(1, datasetId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }
}
