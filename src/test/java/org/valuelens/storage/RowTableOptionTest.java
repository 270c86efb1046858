package org.valuelens.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuelens.model.Transaction;

/** Imports write the analysis store; the row table only when the workspace asks for it (ADR 0020). */
class RowTableOptionTest {

    @TempDir
    Path dir;

    private static List<Transaction> lines() {
        List<Transaction> out = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            out.add(new Transaction("P" + i % 17, LocalDate.of(2022, 5, 1).plusDays(i % 90).atTime(9, i % 60),
                    i + 0.5, null, null, null, i % 2 == 0 ? "shop" : null, null, i + 2L, false));
        }
        return out;
    }

    private static int write(Workspace ws, char hash) throws Exception {
        try (DatasetWriter w = ws.beginDataset("p.csv", String.valueOf(hash).repeat(64))) {
            lines().forEach(w::transaction);
            return w.commit(new DatasetSummaryFields(null, "TRANSACTIONS", "{}", 500, "UTF-8", ",")).id();
        }
    }

    @Test
    void byDefaultOnlyTheStoreIsWrittenAndWithThePropertyTheRowTableToo() throws Exception {
        try (Workspace ws = Workspace.open(dir)) {
            int storeOnly = write(ws, 'a');
            assertThat(TableSnapshot.rows(dir, "transactions")).isZero();
            assertThat(TableSnapshot.rows(dir, "customers")).as("the row table's key table").isZero();
            long distinct = lines().stream().map(Transaction::customerId).distinct().count();
            assertThat(ws.rows().countCustomers(storeOnly)).isEqualTo(distinct);
            assertThat(ws.rows().customerIdsOf(storeOnly)).hasSize((int) distinct);
            List<Transaction> read = new ArrayList<>();
            ws.rows().forEachTransaction(storeOnly, false, read::add);
            assertThat(read).as("file order").containsExactlyElementsOf(lines());

            ws.properties().set(WorkspaceProperties.ROW_TABLE, "true");
            int both = write(ws, 'b');
            assertThat(TableSnapshot.rows(dir, "transactions")).isEqualTo(500);
            assertThat(TableSnapshot.rows(dir, "customers")).isEqualTo(distinct);
            assertThat(ws.rows().countCustomers(both)).isEqualTo(distinct);
            ws.rows().readFrom(TransactionRepository.Source.ROW_TABLE);
            List<Transaction> fromRows = new ArrayList<>();
            ws.rows().forEachTransaction(both, false, fromRows::add);
            // the row table's storage order groups each batch's rows by whether they have optional fields
            assertThat(fromRows).containsExactlyInAnyOrderElementsOf(lines());
        }
    }

    @Test
    void aDatasetWithoutRowTableAndWithoutACurrentStoreSaysSoInOneSentence() throws Exception {
        try (Workspace ws = Workspace.open(dir)) {
            int id = write(ws, 'c');
            try (var c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + dir.toAbsolutePath()
                    .resolve("valuelens") + Workspace.URL_SETTINGS, "sa", "");
                 var s = c.createStatement()) {
                s.execute("UPDATE datasets SET store_version = 99 WHERE id = " + id);
            }
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> ws.rows().ensureStore(id))
                    .isInstanceOf(StorageException.class)
                    .hasMessage("Dataset " + id + " was stored by a newer version of ValueLens and has no row table"
                            + " to read it from: open it with that version, or import the file again.");
        }
    }
}
