package org.valuelens.storage;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Row count and an order-independent checksum of every workspace table, read over a separate JDBC connection, so a
 * test can prove that a failed import left the database exactly as before.
 */
public final class TableSnapshot {
    private static final String[] TABLES = {"datasets", "customers", "transactions", "store_segments",
        "customer_inputs", "rejected_rows", "dataset_settings", "workspace_properties", "summary_datasets",
        "summary_customers", "summary_repeat_days", "product_items"};

    private TableSnapshot() {
    }

    /**
     * @param workspaceDir the workspace folder
     * @return table → "rows:checksum"
     * @throws SQLException on a database error
     */
    public static Map<String, String> of(Path workspaceDir) throws SQLException {
        return of(workspaceDir, java.util.List.of(TABLES));
    }

    /**
     * @param workspaceDir the workspace folder
     * @param tables       the tables to read
     * @return table → "rows:checksum" (of the non-NULL values with their column names)
     * @throws SQLException on a database error
     */
    public static Map<String, String> of(Path workspaceDir, java.util.List<String> tables) throws SQLException {
        String url = "jdbc:h2:file:" + workspaceDir.toAbsolutePath().resolve("valuelens") + Workspace.URL_SETTINGS;
        Map<String, String> out = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection(url, "sa", "");
             Statement s = c.createStatement()) {
            for (String table : tables) {
                long rows = 0;
                long sum = 0;
                try (ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
                    ResultSetMetaData md = rs.getMetaData();
                    while (rs.next()) {
                        rows++;
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= md.getColumnCount(); i++) {
                            Object v = rs.getObject(i);
                            if (v == null) {
                                continue; // a column a later migration added as NULL leaves the checksum as it was
                            }
                            row.append(md.getColumnName(i)).append('=');
                            if (v instanceof java.sql.Blob) {
                                v = ((java.sql.Blob) v).getBytes(1, (int) ((java.sql.Blob) v).length());
                            }
                            row.append(v instanceof byte[] ? Arrays.toString((byte[]) v) : Objects.toString(v))
                                    .append('|');
                        }
                        sum += row.toString().hashCode();
                    }
                }
                out.put(table, rows + ":" + sum);
            }
        }
        return out;
    }

    /**
     * @param workspaceDir the workspace folder
     * @param table        a table name from the fixed list
     * @return its row count
     * @throws SQLException on a database error
     */
    public static long rows(Path workspaceDir, String table) throws SQLException {
        return Long.parseLong(of(workspaceDir).get(table).split(":")[0]);
    }
}
