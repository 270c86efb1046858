package org.valuelens.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuelens.model.Transaction;

/** The primitive line scan carries exactly what the object scan carries (day, amount, cost, channel, return). */
class TransactionLinesTest {

    @Test
    void lineScanMatchesTheTransactionScan(@TempDir Path dir) throws StorageException {
        try (Workspace ws = Workspace.open(dir)) {
            int id;
            try (DatasetWriter w = ws.beginDataset("t.csv", "a".repeat(64))) {
                w.transaction(new Transaction("A", LocalDateTime.of(2024, 1, 2, 10, 30), 10.5, 1.0, 10.5, 4.0,
                        "web", "I1", 2, false));
                w.transaction(new Transaction("B", LocalDateTime.of(2024, 1, 3, 0, 0), -3.0, null, null, null,
                        null, "C2", 3, true));
                w.transaction(new Transaction("A", LocalDateTime.of(2024, 2, 1, 23, 59), 7.0, null, null, null,
                        "shop", null, 4, false));
                id = w.commit(new DatasetSummaryFields(null, "TRANSACTIONS", "{}", 3, "UTF-8", ",")).id();
            }
            List<String> objects = new ArrayList<>();
            ws.rows().forEachTransaction(id, false, t -> objects.add(t.customerId() + "|"
                    + t.timestamp().toLocalDate().toEpochDay() + "|" + t.amount() + "|"
                    + (t.cost() == null ? "NaN" : t.cost().toString()) + "|" + t.channel() + "|" + t.isReturn()));
            String[] ids = ws.rows().customerIdsOf(id);
            List<String> lines = new ArrayList<>();
            long n = ws.rows().forEachLine(id, (key, day, amount, cost, channel, isReturn) -> lines.add(ids[key]
                    + "|" + day + "|" + amount + "|" + cost + "|" + channel + "|" + isReturn));
            assertThat(n).isEqualTo(3);
            assertThat(lines).containsExactlyInAnyOrderElementsOf(objects);
            assertThat(lines).contains("B|" + LocalDateTime.of(2024, 1, 3, 0, 0).toLocalDate().toEpochDay()
                    + "|-3.0|NaN|null|true");
        }
    }
}
