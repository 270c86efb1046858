package org.valuelens.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuelens.model.Transaction;

/** Prints the write-path speed of 1,000,000 transactions (run with -Pbench). */
@Tag("bench")
class StorageWriteBench {

    @TempDir
    Path dir;

    @Test
    void writesOneMillionTransactions() throws Exception {
        int n = Integer.getInteger("bench.rows", 1_000_000);
        String[] ids = new String[100_000];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = "C" + (100000 + i);
        }
        Random random = new Random(1);
        LocalDateTime start = LocalDate.of(2020, 1, 1).atStartOfDay();
        Transaction[] rows = new Transaction[n];
        for (int i = 0; i < n; i++) {
            rows[i] = new Transaction(ids[random.nextInt(ids.length)], start.plusDays(random.nextInt(730)),
                    Math.exp(random.nextGaussian() + 3), null, null, null, null, null, i + 2L, false);
        }
        for (int rep = 0; rep < 3; rep++) {
            try (Workspace ws = Workspace.open(dir.resolve("ws" + rep))) {
                long t0 = System.nanoTime();
                DatasetInfo info;
                try (DatasetWriter w = ws.beginDataset("bench.csv", "0".repeat(64))) {
                    for (Transaction t : rows) {
                        w.transaction(t);
                    }
                    info = w.commit(new DatasetSummaryFields(null, "TRANSACTIONS", null, n, "UTF-8", ","));
                }
                double s = (System.nanoTime() - t0) / 1e9;
                System.out.printf("write %d rows: %.2f s (%.0f rows/s)%n", n, s, n / s);
                long t1 = System.nanoTime();
                long[] count = {0};
                ws.rows().forEachTransaction(info.id(), false, t -> count[0]++);
                System.out.printf("scan: %.2f s%n", (System.nanoTime() - t1) / 1e9);
                assertThat(count[0]).isEqualTo(n);
            }
        }
    }
}
