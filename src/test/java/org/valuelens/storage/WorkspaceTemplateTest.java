package org.valuelens.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A new workspace copied from the build's template is the workspace Flyway makes (ADR 0041). */
class WorkspaceTemplateTest {

    @TempDir
    Path dir;

    private static final String[] SCHEMA_QUERIES = {
        "SELECT table_name, column_name, ordinal_position, data_type, character_maximum_length, numeric_precision,"
                + " is_nullable, column_default, is_identity FROM information_schema.columns"
                + " WHERE table_schema = 'PUBLIC' ORDER BY table_name, ordinal_position",
        "SELECT table_name, index_name, index_type_name FROM information_schema.indexes"
                + " WHERE table_schema = 'PUBLIC' ORDER BY table_name, index_name",
        "SELECT table_name, index_name, column_name, ordinal_position FROM information_schema.index_columns"
                + " WHERE table_schema = 'PUBLIC' ORDER BY table_name, index_name, ordinal_position",
        "SELECT table_name, constraint_name, constraint_type FROM information_schema.table_constraints"
                + " WHERE table_schema = 'PUBLIC' ORDER BY table_name, constraint_name",
        "SELECT \"installed_rank\", \"version\", \"description\", \"type\", \"script\", \"checksum\", \"success\""
                + " FROM \"flyway_schema_history\" ORDER BY \"installed_rank\""
    };

    private static List<String> schema(Path workspace) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + workspace.resolve("valuelens"), "sa", "");
             Statement s = c.createStatement()) {
            for (String q : SCHEMA_QUERIES) {
                try (ResultSet rs = s.executeQuery(q)) {
                    ResultSetMetaData md = rs.getMetaData();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= md.getColumnCount(); i++) {
                            row.append(rs.getString(i)).append('|');
                        }
                        out.add(row.toString());
                    }
                }
            }
        }
        return out;
    }

    @Test
    void theBuildMadeATemplateAndANewWorkspaceFromItEqualsOneMadeByFlyway() throws Exception {
        assertThat(WorkspaceTemplate.class.getClassLoader().getResource(WorkspaceTemplate.RESOURCE))
                .as("made at process-classes by the build").isNotNull();
        Path copied = dir.resolve("copied");
        Path migrated = dir.resolve("migrated");
        try (Workspace ws = Workspace.open(copied)) {
            assertThat(ws.datasets().list()).isEmpty();
        }
        try (Workspace ws = Workspace.open(migrated, false)) {
            assertThat(ws.datasets().list()).isEmpty();
        }
        List<String> fromTemplate = schema(copied);
        assertThat(fromTemplate).anyMatch(r -> r.startsWith("DATASETS|CONTENT_HASH|"))
                .anyMatch(r -> r.contains("|V7__summary_datasets.sql|"));
        assertThat(fromTemplate).containsExactlyElementsOf(schema(migrated));
        assertThat(SchemaCheck.newestMigration()).isEqualTo(7);
    }

    @Test
    void anExistingDatabaseIsNeverReplacedByTheTemplate() throws Exception {
        try (Workspace ws = Workspace.open(dir)) {
            try (DatasetWriter w = ws.beginDataset("a.csv", "a".repeat(64))) {
                w.transaction(new org.valuelens.model.Transaction("A", java.time.LocalDateTime.of(2024, 1, 2, 0, 0),
                        5, null, null, null, null, null, 2L, false));
                w.commit(new DatasetSummaryFields(null, "TRANSACTIONS", "{}", 1, "UTF-8", ","));
            }
        }
        assertThat(WorkspaceTemplate.copyTo(dir.resolve(Workspace.FILE_NAME))).isFalse();
        try (Workspace ws = Workspace.open(dir)) {
            assertThat(ws.datasets().list()).hasSize(1);
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }
}
