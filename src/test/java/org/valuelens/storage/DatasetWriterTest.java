package org.valuelens.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuelens.model.CustomerRecord;
import org.valuelens.model.Transaction;

class DatasetWriterTest {

    private static final String HASH_A = "a".repeat(64);
    private static final String HASH_B = "b".repeat(64);
    private static final DatasetSummaryFields CSV = new DatasetSummaryFields(null, "TRANSACTIONS", "{}", 0,
            "UTF-8", ",");

    @TempDir
    Path dir;

    private static Transaction tx(String customer, LocalDateTime ts, double amount, long row) {
        return new Transaction(customer, ts, amount, null, null, null, null, null, row, amount < 0);
    }

    /** Writes n transactions over 7 customers, one per day from 2021-01-01, amounts 1..n. */
    private static List<Transaction> rows(int n) {
        List<Transaction> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(tx("C" + (i % 7), LocalDate.of(2021, 1, 1).plusDays(i).atTime(10, 30, 15), i + 1.0, i + 2L));
        }
        return out;
    }

    private int writeCommitted(Workspace ws, String hash, List<Transaction> txs) throws Exception {
        try (DatasetWriter w = ws.beginDataset("file.csv", hash)) {
            txs.forEach(w::transaction);
            w.rejected(new RejectedRecord(99, null, "bad-date", "date", "C1,xx,3", "Row 99: bad date."));
            return w.commit(CSV).id();
        }
    }

    @Test
    void committedDatasetReportsCountsCustomersAndDateRange() throws Exception {
        try (Workspace ws = Workspace.open(dir)) {
            int id = writeCommitted(ws, HASH_A, rows(20_000));
            DatasetInfo info = ws.datasets().find(id).orElseThrow();
            assertThat(info.rowsImported()).isEqualTo(20_000);
            assertThat(info.rowsRejected()).isEqualTo(1);
            assertThat(info.customers()).isEqualTo(7);
            assertThat(info.firstTs()).isEqualTo(LocalDateTime.of(2021, 1, 1, 10, 30, 15));
            assertThat(info.lastTs()).isEqualTo(LocalDate.of(2021, 1, 1).plusDays(19_999).atTime(10, 30, 15));
            assertThat(ws.rows().countCustomers(id)).isEqualTo(7);
        }
    }

    @Test
    void streamedTransactionsEqualTheWrittenOnesInCustomerThenTimeOrder() throws Exception {
        List<Transaction> written = rows(20_000);
        List<Transaction> expected = new ArrayList<>(written);
        // customer keys follow first appearance: C0, C1, ..., C6; within a customer, time order
        expected.sort((x, y) -> x.customerId().equals(y.customerId())
                ? x.timestamp().compareTo(y.timestamp()) : x.customerId().compareTo(y.customerId()));
        try (Workspace ws = Workspace.open(dir)) {
            int id = writeCommitted(ws, HASH_A, written);
            List<Transaction> read = new ArrayList<>();
            ws.rows().forEachTransaction(id, true, read::add);
            assertThat(read).isEqualTo(expected);
        }
    }

    @Test
    void optionalTransactionFieldsRoundTrip() throws Exception {
        Transaction full = new Transaction("X1", LocalDateTime.of(2020, 2, 29, 23, 59, 59), -12.5, -2.0, 6.25,
                3.0, "web", "C123", 5, true);
        try (Workspace ws = Workspace.open(dir)) {
            int id = writeCommitted(ws, HASH_A, List.of(full));
            List<Transaction> read = new ArrayList<>();
            ws.rows().forEachTransaction(id, false, read::add);
            assertThat(read).containsExactly(full);
            assertThat(ws.datasets().find(id).orElseThrow().returns()).isEqualTo(1);
        }
    }

    @Test
    void rowsWithAndWithoutOptionalFieldsInOneBatchAllRoundTrip() throws Exception {
        List<Transaction> written = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            LocalDateTime ts = LocalDate.of(2021, 6, 1).atStartOfDay().plusMinutes(i);
            written.add(i % 3 == 0
                    ? new Transaction("K" + i % 11, ts, i, (double) i, 1.0, null, "shop", "INV" + i, i + 2L, false)
                    : tx("K" + i % 11, ts, i, i + 2L));
        }
        try (Workspace ws = Workspace.open(dir)) {
            int id = writeCommitted(ws, HASH_A, written);
            List<Transaction> read = new ArrayList<>();
            ws.rows().forEachTransaction(id, false, read::add);
            assertThat(read).containsExactlyInAnyOrderElementsOf(written);
        }
    }

    @Test
    void customerInputsAndRejectedRowsRoundTrip() throws Exception {
        CustomerRecord c = new CustomerRecord("K9", LocalDate.of(2022, 3, 4), "ads", 10.0, 55.5, 4.0, 3.0, 0.3, 2);
        RejectedRecord r = new RejectedRecord(7, "Sheet1", "missing-customer-id", "Customer", "\t2022-01-01\t5",
                "Row 7 has no customer id in column Customer.");
        try (Workspace ws = Workspace.open(dir)) {
            int id;
            try (DatasetWriter w = ws.beginDataset("c.xlsx", HASH_A)) {
                w.customerInput(c);
                w.rejected(r);
                id = w.commit(new DatasetSummaryFields("Sheet1", "CUSTOMERS", null, 2, null, null)).id();
            }
            List<CustomerRecord> inputs = new ArrayList<>();
            List<RejectedRecord> rejected = new ArrayList<>();
            ws.rows().forEachCustomerInput(id, inputs::add);
            ws.rows().forEachRejected(id, rejected::add);
            assertThat(inputs).containsExactly(c);
            assertThat(rejected).containsExactly(r);
            assertThat(ws.rows().countCustomers(id)).isEqualTo(1);
        }
    }

    @Test
    void closingWithoutCommitLeavesEveryTableExactlyAsBefore() throws Exception {
        try (Workspace ws = Workspace.open(dir)) {
            writeCommitted(ws, HASH_A, rows(1_000));
        }
        Map<String, String> before = TableSnapshot.of(dir);
        try (Workspace ws = Workspace.open(dir)) {
            try (DatasetWriter w = ws.beginDataset("other.csv", HASH_B)) {
                rows(50_000).forEach(w::transaction);
                w.rejected(new RejectedRecord(3, null, "bad-number", "amount", "x", "bad"));
                // no commit: as if the importer had thrown
            }
            assertThat(ws.datasets().list()).hasSize(1);
        }
        assertThat(TableSnapshot.of(dir)).isEqualTo(before);
    }

    @Test
    void exceptionThrownMidImportLeavesEveryTableExactlyAsBefore() throws Exception {
        try (Workspace ws = Workspace.open(dir)) {
            writeCommitted(ws, HASH_A, rows(1_000));
        }
        Map<String, String> before = TableSnapshot.of(dir);
        try (Workspace ws = Workspace.open(dir)) {
            assertThatThrownBy(() -> {
                try (DatasetWriter w = ws.beginDataset("other.csv", HASH_B)) {
                    int i = 0;
                    for (Transaction t : rows(40_000)) {
                        if (i++ == 30_000) {
                            throw new IllegalArgumentException("parse failure");
                        }
                        w.transaction(t);
                    }
                    w.commit(CSV);
                }
            }).hasMessage("parse failure");
        }
        assertThat(TableSnapshot.of(dir)).isEqualTo(before);
    }

    @Test
    void uncommittedDatasetIsInvisibleWhileBeingWritten() throws Exception {
        try (Workspace ws = Workspace.open(dir);
             DatasetWriter w = ws.beginDataset("other.csv", HASH_B)) {
            rows(20_000).forEach(w::transaction);
            assertThat(ws.datasets().list()).isEmpty();
            assertThat(ws.datasets().findByContentHash(HASH_B)).isEmpty();
        }
    }

    @Test
    void findsADatasetByContentHash() throws Exception {
        try (Workspace ws = Workspace.open(dir)) {
            int id = writeCommitted(ws, HASH_A, rows(10));
            assertThat(ws.datasets().findByContentHash(HASH_A)).map(DatasetInfo::id).contains(id);
            assertThat(ws.datasets().findByContentHash(HASH_B)).isEmpty();
        }
    }

    @Test
    void deletingADatasetRemovesOnlyItsRows() throws Exception {
        try (Workspace ws = Workspace.open(dir)) {
            ws.properties().set(WorkspaceProperties.ROW_TABLE, "true");
            int keep = writeCommitted(ws, HASH_A, rows(100));
            int drop = writeCommitted(ws, HASH_B, rows(300));
            assertThat(ws.datasets().delete(drop)).isTrue();
            assertThat(ws.datasets().list()).extracting(DatasetInfo::id).containsExactly(keep);
            long[] count = {0};
            ws.rows().forEachTransaction(keep, false, t -> count[0]++);
            assertThat(count[0]).isEqualTo(100);
        }
        assertThat(TableSnapshot.rows(dir, "transactions")).isEqualTo(100);
        assertThat(StoreSnapshot.datasets(dir)).hasSize(1);
    }
}
