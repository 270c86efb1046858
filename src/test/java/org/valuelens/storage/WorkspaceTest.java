package org.valuelens.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceTest {

    @TempDir
    Path dir;

    @Test
    void openingAnEmptyFolderRunsTheMigrationAndCreatesEveryTable() throws Exception {
        try (Workspace ignored = Workspace.open(dir)) {
            assertThat(dir.resolve("valuelens.mv.db")).exists();
        }
        List<String> tables = new ArrayList<>();
        String url = "jdbc:h2:file:" + dir.resolve("valuelens");
        try (Connection c = DriverManager.getConnection(url, "sa", "");
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT LOWER(table_name) FROM information_schema.tables WHERE table_schema = 'PUBLIC'")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        assertThat(tables).contains("datasets", "customers", "transactions", "customer_inputs", "rejected_rows",
                "dataset_settings", "workspace_properties", "saved_fits", "saved_fit_parameters",
                "flyway_schema_history");
    }

    @Test
    void reopeningAMigratedWorkspaceKeepsItsSchemaVersion() throws Exception {
        try (Workspace ignored = Workspace.open(dir)) {
            assertThat(ignored.datasets().list()).isEmpty();
        }
        try (Workspace again = Workspace.open(dir)) {
            assertThat(again.datasets().list()).isEmpty();
        }
        String url = "jdbc:h2:file:" + dir.resolve("valuelens");
        try (Connection c = DriverManager.getConnection(url, "sa", "");
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT \"version\" FROM \"flyway_schema_history\""
                             + " WHERE \"success\" AND \"version\" IS NOT NULL")) {
            List<String> versions = new ArrayList<>();
            while (rs.next()) {
                versions.add(rs.getString(1));
            }
            assertThat(versions).containsExactly("1", "2", "3", "4", "5", "6", "7");
        }
    }

    @Test
    void defaultDirectoryFollowsTheLinuxDataFolderConvention() {
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getProperty("os.name").startsWith("Linux"));
        String xdg = System.getenv("XDG_DATA_HOME");
        Path expected = xdg != null && Path.of(xdg).isAbsolute() ? Path.of(xdg, "ValueLens", "workspace")
                : Path.of(System.getProperty("user.home"), ".local", "share", "ValueLens", "workspace");
        assertThat(Workspace.defaultDirectory()).isEqualTo(expected);
    }

    @Test
    void dataFolderPropertyOverridesTheConvention() {
        String before = System.getProperty("valuelens.data");
        try {
            System.setProperty("valuelens.data", "/tmp/vl-data");
            assertThat(Workspace.defaultDirectory()).isEqualTo(Path.of("/tmp/vl-data", "workspace"));
        } finally {
            if (before == null) {
                System.clearProperty("valuelens.data");
            } else {
                System.setProperty("valuelens.data", before);
            }
        }
    }
}
