package org.valuelens.storage;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** What the analysis store holds, read over a separate JDBC connection (for tests). */
public final class StoreSnapshot {

    private StoreSnapshot() {
    }

    /**
     * @param workspaceDir the workspace folder
     * @return the ids of the datasets that have store segments, ascending
     * @throws SQLException on a database error
     */
    public static List<Integer> datasets(Path workspaceDir) throws SQLException {
        String url = "jdbc:h2:file:" + workspaceDir.toAbsolutePath().resolve("valuelens") + Workspace.URL_SETTINGS;
        List<Integer> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, "sa", "");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT DISTINCT dataset_id FROM store_segments ORDER BY dataset_id")) {
            while (rs.next()) {
                out.add(rs.getInt(1));
            }
        }
        return out;
    }
}
