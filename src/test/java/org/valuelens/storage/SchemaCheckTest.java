package org.valuelens.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening skips Flyway only when every migration on the class path is applied (docs/decisions/0021). */
class SchemaCheckTest {

    @TempDir
    Path dir;

    private String url() {
        return "jdbc:h2:file:" + dir.toAbsolutePath().resolve("valuelens") + Workspace.URL_SETTINGS;
    }

    @Test
    void theNewestMigrationIsTheHighestVersionInDbMigration() throws Exception {
        long files;
        try (var list = java.nio.file.Files.list(Path.of(getClass().getResource("/db/migration").toURI()))) {
            files = list.filter(p -> p.getFileName().toString().matches("V\\d+__.*\\.sql")).count();
        }
        // the versions are 1..n without gaps, so the highest equals the count
        assertThat(SchemaCheck.newestMigration()).isEqualTo((int) files).isGreaterThanOrEqualTo(5);
    }

    @Test
    void aNewOrOlderWorkspaceIsNotCurrentAndAnOpenedOneIs() throws Exception {
        try (Connection c = DriverManager.getConnection(url(), "sa", "")) {
            assertThat(SchemaCheck.current(c)).as("no history table").isFalse();
        }
        Flyway.configure(getClass().getClassLoader()).dataSource(url(), "sa", "").locations("classpath:db/migration")
                .target("4").load().migrate();
        try (Connection c = DriverManager.getConnection(url(), "sa", "")) {
            assertThat(SchemaCheck.current(c)).as("at V4").isFalse();
        }
        Workspace.open(dir).close();
        try (Connection c = DriverManager.getConnection(url(), "sa", "")) {
            assertThat(SchemaCheck.current(c)).as("migrated").isTrue();
            try (Statement s = c.createStatement()) {
                s.execute("UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"version\" = '5'");
            }
            assertThat(SchemaCheck.current(c)).as("a failed migration").isFalse();
        }
    }
}
