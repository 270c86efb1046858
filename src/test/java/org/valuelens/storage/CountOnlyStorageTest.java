package org.valuelens.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuelens.model.Transaction;

/** Schema V4: the has_amounts flag of count-only datasets, and workspaces made before it. */
class CountOnlyStorageTest {

    @TempDir
    Path dir;

    @Test
    void aCountOnlyDatasetIsMarkedAndADatasetWithAmountsIsNot() throws Exception {
        try (Workspace ws = Workspace.open(dir)) {
            int countOnly = write(ws, 'a', false);
            int withAmounts = write(ws, 'b', true);
            assertThat(ws.datasets().hasAmounts(countOnly)).isFalse();
            assertThat(ws.datasets().hasAmounts(withAmounts)).isTrue();
        }
        try (Workspace again = Workspace.open(dir)) {
            assertThat(again.datasets().list()).hasSize(2);
            assertThat(again.datasets().hasAmounts(again.datasets().list().get(0).id())).isFalse();
        }
    }

    @Test
    void aDatasetImportedBeforeVersionFourKeepsItsAmounts() throws Exception {
        String url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("valuelens");
        Flyway.configure(Workspace.class.getClassLoader()).dataSource(url, "sa", "")
                .locations("classpath:db/migration").target("3").load().migrate();
        try (Connection c = DriverManager.getConnection(url, "sa", "");
             Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO datasets (id, file_name, content_hash, shape, imported_at, rows_read,"
                    + " rows_imported, rows_rejected, returns, customers, complete) VALUES (7, 'old.csv', '"
                    + "c".repeat(64) + "', 'TRANSACTIONS', CURRENT_TIMESTAMP, 1, 1, 0, 0, 1, TRUE)");
        }
        try (Workspace ws = Workspace.open(dir)) {
            assertThat(ws.datasets().find(7)).isPresent();
            assertThat(ws.datasets().hasAmounts(7)).isTrue();
        }
    }

    private static int write(Workspace ws, char hash, boolean amounts) throws Exception {
        try (DatasetWriter w = ws.beginDataset(hash + ".csv", String.valueOf(hash).repeat(64))) {
            w.transaction(new Transaction("C1", LocalDate.of(2021, 1, 1).atStartOfDay(), amounts ? 5.0 : 0.0, null,
                    null, null, null, null, 2L, false));
            return w.commit(new DatasetSummaryFields(null, "TRANSACTIONS", "{}", 1, "UTF-8", ",", amounts)).id();
        }
    }
}
