package org.valuelens.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** Workspace-wide name → text state (table {@code workspace_properties}), e.g. the last active dataset. */
public final class WorkspaceProperties {

    /** The dataset the user last worked on, as a decimal id; removed when that dataset is deleted. */
    public static final String ACTIVE_DATASET = "active.dataset";

    /**
     * {@code "true"}: imports also write each line to the row table ({@code transactions}) for SQL access, at about
     * twice the import time; otherwise (the default) only the analysis store (docs/decisions/0020-analysis-store.md).
     */
    public static final String ROW_TABLE = "import.row_table";

    private final Connection connection;

    WorkspaceProperties(Connection connection) {
        this.connection = connection;
    }

    /**
     * @param name property name
     * @return its value, empty when not set
     * @throws StorageException on a database error
     */
    public Optional<String> get(String name) throws StorageException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT property FROM workspace_properties WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StorageException("Cannot read the workspace property " + name + ": " + e.getMessage(), e);
        }
    }

    /**
     * @param name  property name
     * @param value new value, {@code null} removes the property
     * @throws StorageException on a database error
     */
    public void set(String name, String value) throws StorageException {
        try {
            if (value == null) {
                try (PreparedStatement ps = connection.prepareStatement(
                        "DELETE FROM workspace_properties WHERE name = ?")) {
                    ps.setString(1, name);
                    ps.executeUpdate();
                }
                return;
            }
            try (PreparedStatement ps = connection.prepareStatement(
                    "MERGE INTO workspace_properties (name, property) KEY (name) VALUES (?, ?)")) {
                ps.setString(1, name);
                ps.setString(2, value);
                ps.executeUpdate();
            }
        } catch (SQLException e) {
            throw new StorageException("Cannot save the workspace property " + name + ": " + e.getMessage(), e);
        }
    }
}
