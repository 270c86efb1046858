package org.valuelens.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuelens.model.Transaction;

/** Schema V2: renaming, per-dataset settings, the active dataset, and deleting a dataset with all it owns. */
class DatasetLifecycleTest {

    private static final DatasetSummaryFields CSV = new DatasetSummaryFields(null, "TRANSACTIONS", "{}", 0,
            "UTF-8", ",");

    @TempDir
    Path dir;

    private static int write(Workspace ws, String file, char hash, int n) throws Exception {
        try (DatasetWriter w = ws.beginDataset(file, String.valueOf(hash).repeat(64))) {
            for (int i = 0; i < n; i++) {
                LocalDateTime ts = LocalDate.of(2021, 1, 1).plusDays(i).atStartOfDay();
                w.transaction(new Transaction("C" + i % 3, ts, i + 1.0, null, null, null, null, null, i + 2L,
                        false));
            }
            w.rejected(new RejectedRecord(99, null, "bad-date", "date", "x", "Row 99: bad date."));
            return w.commit(CSV).id();
        }
    }

    @Test
    void renamedDatasetShowsItsNewNameAfterReopeningAndBlankGoesBackToTheFileName() throws Exception {
        int id;
        try (Workspace ws = Workspace.open(dir)) {
            id = write(ws, "orders.csv", 'a', 5);
            assertThat(ws.datasets().find(id).orElseThrow().name()).isEqualTo("orders.csv");
            assertThat(ws.datasets().rename(id, "  Shop 2021 ")).isTrue();
        }
        try (Workspace ws = Workspace.open(dir)) {
            DatasetInfo d = ws.datasets().find(id).orElseThrow();
            assertThat(d.name()).isEqualTo("Shop 2021");
            assertThat(d.fileName()).isEqualTo("orders.csv");
            assertThat(ws.datasets().rename(id, " ")).isTrue();
            assertThat(ws.datasets().find(id).orElseThrow().name()).isEqualTo("orders.csv");
            assertThat(ws.datasets().rename(id + 1, "nobody")).isFalse();
        }
    }

    @Test
    void settingsAreKeptPerDatasetAndReplacedWhole() throws Exception {
        try (Workspace ws = Workspace.open(dir)) {
            int a = write(ws, "a.csv", 'a', 5);
            int b = write(ws, "b.csv", 'b', 5);
            ws.settings().replace(a, Map.of("quadrant.x", "2.0", "cac", "10.0"));
            ws.settings().replace(b, Map.of("quadrant.x", "7.0"));
            ws.settings().replace(a, Map.of("cac", "12.5"));

            assertThat(ws.settings().load(a)).containsExactly(Map.entry("cac", "12.5"));
            assertThat(ws.settings().load(b)).containsExactly(Map.entry("quadrant.x", "7.0"));
            assertThatThrownBy(() -> ws.settings().replace(b + 1, Map.of("cac", "1")))
                    .isInstanceOf(StorageException.class).hasMessageContaining("no dataset " + (b + 1));
        }
    }

    @Test
    void deletingADatasetRemovesItsRowsSettingsAndActiveMarkButNotTheOthers() throws Exception {
        int keep;
        try (Workspace ws = Workspace.open(dir)) {
            ws.properties().set(WorkspaceProperties.ROW_TABLE, "true");
            keep = write(ws, "keep.csv", 'a', 4);
            int drop = write(ws, "drop.csv", 'b', 6);
            ws.settings().replace(keep, Map.of("cac", "1"));
            ws.settings().replace(drop, Map.of("cac", "2"));
            ws.properties().set(WorkspaceProperties.ACTIVE_DATASET, Integer.toString(drop));

            assertThat(ws.datasets().delete(drop)).isTrue();

            assertThat(ws.properties().get(WorkspaceProperties.ACTIVE_DATASET)).isEmpty();
            assertThat(ws.settings().load(keep)).containsEntry("cac", "1");
        }
        assertThat(TableSnapshot.rows(dir, "transactions")).isEqualTo(4);
        assertThat(StoreSnapshot.datasets(dir)).containsExactly(keep);
        assertThat(TableSnapshot.rows(dir, "rejected_rows")).isEqualTo(1);
        assertThat(TableSnapshot.rows(dir, "dataset_settings")).isEqualTo(1);
        assertThat(TableSnapshot.rows(dir, "datasets")).isEqualTo(1);
    }

    @Test
    void aDeleteThatFailsHalfwayLeavesEveryRowInPlace() throws Exception {
        int id;
        try (Workspace ws = Workspace.open(dir)) {
            id = write(ws, "a.csv", 'a', 8);
            ws.settings().replace(id, Map.of("cac", "3"));
        }
        Map<String, String> before = TableSnapshot.of(dir);
        long settingsBefore = TableSnapshot.rows(dir, "dataset_settings");
        String url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("valuelens") + Workspace.URL_SETTINGS;
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.execute("CREATE TRIGGER fail_delete BEFORE DELETE ON datasets FOR EACH ROW CALL \""
                    + FailingDatasetDelete.class.getName() + "\"");
        }
        try (Workspace ws = Workspace.open(dir)) {
            int target = id;
            // the transactions, customers, rejected rows and settings are deleted first; the datasets row fails last
            assertThatThrownBy(() -> ws.datasets().delete(target)).isInstanceOf(StorageException.class)
                    .hasMessageContaining("simulated failure");
            assertThat(ws.datasets().find(id)).isPresent();
        }
        assertThat(TableSnapshot.of(dir)).isEqualTo(before);
        assertThat(TableSnapshot.rows(dir, "dataset_settings")).isEqualTo(settingsBefore);
    }
}
