package org.valuelens.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuelens.model.Transaction;

/**
 * Issue 14, done-when 2: a workspace written by the previous version (schema V4: lines in the row table only, no
 * analysis store) opens, is migrated, and gets each dataset's store built from its row table on first use, without
 * losing or changing anything.
 */
class StoreUpgradeTest {

    @TempDir
    Path dir;

    private String url() {
        return "jdbc:h2:file:" + dir.toAbsolutePath().resolve("valuelens") + Workspace.URL_SETTINGS;
    }

    /** Lines with every optional field, times of day, returns, and customers seen again later. */
    private static List<Transaction> lines() {
        List<Transaction> out = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            LocalDateTime ts = LocalDate.of(2019, 3, 1).plusDays(i % 400).atStartOfDay().plusSeconds(i * 37L % 86_400);
            boolean ret = i % 41 == 0;
            out.add(new Transaction("Kund-" + (i * 7 % 230), ts, ret ? -(i % 13 + 1.25) : i % 13 + 1.25,
                    i % 3 == 0 ? null : (double) (i % 5 + 1), i % 4 == 0 ? null : 2.5, i % 2 == 0 ? null : 0.75,
                    i % 5 == 0 ? null : "ch" + i % 3, i % 6 == 0 ? null : "INV" + i / 2, i + 2L, ret));
        }
        return out;
    }

    /** Writes a V4 workspace the way the previous version did: the dataset, customers and transactions rows. */
    private void writeV4Workspace(List<Transaction> lines) throws Exception {
        Flyway.configure(getClass().getClassLoader()).dataSource(url(), "sa", "").locations("classpath:db/migration")
                .target("4").load().migrate();
        Map<String, Integer> keys = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection(url(), "sa", "")) {
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO datasets (file_name, content_hash, shape, imported_at, rows_read,"
                        + " rows_imported, rows_rejected, returns, customers, complete) VALUES ('old.csv', '"
                        + "c".repeat(64) + "', 'TRANSACTIONS', TIMESTAMP WITH TIME ZONE '2026-11-01 10:00:00+00', "
                        + (lines.size() + 1) + ", " + lines.size() + ", 1, 0, 230, TRUE)");
                s.execute("INSERT INTO rejected_rows VALUES (1, 9, NULL, 'bad-date', 'date', 'x', 'Row 9: bad date.')");
                s.execute("INSERT INTO dataset_settings VALUES (1, 'cac', '12.5')");
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO transactions VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (Transaction t : lines) {
                    int key = keys.computeIfAbsent(t.customerId(), k -> keys.size());
                    ps.setInt(1, key);
                    ps.setInt(2, (int) t.timestamp().toLocalDate().toEpochDay());
                    ps.setInt(3, t.timestamp().toLocalTime().toSecondOfDay());
                    ps.setDouble(4, t.amount());
                    setNullable(ps, 5, t.quantity());
                    setNullable(ps, 6, t.unitPrice());
                    setNullable(ps, 7, t.cost());
                    ps.setString(8, t.channel());
                    ps.setString(9, t.invoice());
                    ps.setLong(10, t.sourceRow());
                    ps.setBoolean(11, t.isReturn());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO customers VALUES (1, ?, ?)")) {
                for (Map.Entry<String, Integer> e : keys.entrySet()) {
                    ps.setInt(1, e.getValue());
                    ps.setString(2, e.getKey());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
    }

    private static void setNullable(PreparedStatement ps, int i, Double v) throws Exception {
        if (v == null) {
            ps.setNull(i, Types.DOUBLE);
        } else {
            ps.setDouble(i, v);
        }
    }

    @Test
    void aV4WorkspaceOpensAndGetsItsStoreBuiltWithoutLosingAnything() throws Exception {
        List<Transaction> written = lines();
        writeV4Workspace(written);
        List<String> v4Tables = List.of("customers", "transactions", "customer_inputs", "rejected_rows",
                "dataset_settings");
        Map<String, String> rowTablesBefore = TableSnapshot.of(dir, v4Tables);
        assertThat(rowTablesBefore.get("transactions")).startsWith("3000:");

        try (Workspace ws = Workspace.open(dir)) {
            assertThat(StoreSnapshot.datasets(dir)).isEmpty();
            List<Transaction> read = new ArrayList<>();
            ws.rows().forEachTransaction(1, false, read::add);
            assertThat(read).containsExactlyElementsOf(written);
            assertThat(StoreSnapshot.datasets(dir)).containsExactly(1);

            List<Transaction> ordered = new ArrayList<>();
            ws.rows().forEachTransaction(1, true, ordered::add);
            ws.rows().readFrom(TransactionRepository.Source.ROW_TABLE);
            List<Transaction> orderedFromRows = new ArrayList<>();
            ws.rows().forEachTransaction(1, true, orderedFromRows::add);
            assertThat(ordered).containsExactlyElementsOf(orderedFromRows);
            assertThat(ws.rows().customerIdsOf(1)).hasSize(230);

            assertThat(ws.datasets().find(1)).map(DatasetInfo::rowsImported).contains(3_000L);
            assertThat(ws.settings().load(1)).containsEntry("cac", "12.5");
            List<RejectedRecord> rejected = new ArrayList<>();
            ws.rows().forEachRejected(1, rejected::add);
            assertThat(rejected).extracting(RejectedRecord::message).containsExactly("Row 9: bad date.");
        }
        assertThat(TableSnapshot.of(dir, v4Tables)).isEqualTo(rowTablesBefore);
        try (Workspace ws = Workspace.open(dir)) {
            assertThat(ws.rows().ensureStore(1)).as("built once, not again").isFalse();
        }
    }

    @Test
    void aStoreBuiltFromTheRowTableEqualsTheOneTheImportWrites() throws Exception {
        List<Transaction> written = lines();
        writeV4Workspace(written);
        try (Workspace ws = Workspace.open(dir)) {
            int fresh;
            try (DatasetWriter w = ws.beginDataset("new.csv", "d".repeat(64))) {
                written.forEach(w::transaction);
                fresh = w.commit(new DatasetSummaryFields(null, "TRANSACTIONS", "{}", 3_000, "UTF-8", ",")).id();
            }
            assertThat(ws.rows().ensureStore(1)).isTrue();
            String[] oldIds = ws.rows().customerIdsOf(1);
            String[] newIds = ws.rows().customerIdsOf(fresh);
            assertThat(oldIds).containsExactly(newIds);
            List<String> oldLines = new ArrayList<>();
            List<String> newLines = new ArrayList<>();
            ws.rows().forEachTimedLine(1, (k, d, s, a, c, ch, r) -> oldLines.add(k + "|" + d + "|" + s + "|" + a
                    + "|" + c + "|" + ch + "|" + r));
            ws.rows().forEachTimedLine(fresh, (k, d, s, a, c, ch, r) -> newLines.add(k + "|" + d + "|" + s + "|" + a
                    + "|" + c + "|" + ch + "|" + r));
            assertThat(oldLines).hasSize(3_000).containsExactlyElementsOf(newLines);
        }
    }
}
