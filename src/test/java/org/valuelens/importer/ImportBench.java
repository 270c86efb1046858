package org.valuelens.importer;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuelens.model.CustomerRecord;
import org.valuelens.model.Transaction;
import org.valuelens.model.progress.ProgressListener;

/** Parse-time figures, printed, not asserted: {@code mvn -Pbench test -Dtest=ImportBench}. */
@Tag("bench")
class ImportBench {
    private static final java.lang.management.ThreadMXBean CPU =
            java.lang.management.ManagementFactory.getThreadMXBean();

    /** Counts rows without keeping them, like a streaming consumer. */
    private static final class CountingSink implements RowSink {
        long transactions;
        long rejected;
        double sum;

        @Override
        public void transaction(Transaction t) {
            transactions++;
            sum += t.amount();
        }

        @Override
        public void customer(CustomerRecord customer) {
        }

        @Override
        public void rejected(RejectedRow row) {
            rejected++;
        }
    }

    @Test
    void parseOneMillionRowCsv(@TempDir Path dir) throws IOException, ImportException {
        Path file = dir.resolve("million.csv");
        Random random = new Random(42);
        LocalDate start = LocalDate.of(2020, 1, 1);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("customer,date,amount\n");
            for (int i = 0; i < 1_000_000; i++) {
                w.write("C" + random.nextInt(100_000) + "," + start.plusDays(i / 1000) + ","
                        + (random.nextInt(100_000) / 100.0) + "\n");
            }
        }
        for (int run = 0; run < 4; run++) {
            CountingSink sink = new CountingSink();
            long t0 = System.nanoTime();
            long c0 = CPU.getCurrentThreadCpuTime();
            ImportResult result = new FileImporter().read(ImportOptions.detect(file), sink, ProgressListener.NONE);
            long t1 = System.nanoTime();
            long c1 = CPU.getCurrentThreadCpuTime();
            System.out.printf("BENCH csv 1M rows run %d: %.3f s wall, %.3f s cpu (read %d, accepted %d)%n", run,
                    (t1 - t0) / 1e9, (c1 - c0) / 1e9, result.rowsRead(), result.rowsAccepted());
        }
    }

    @Test
    void parseOnlineRetailXlsx() throws Exception {
        Path file = Path.of(ImportBench.class.getResource("/data/online_retail/online_retail_40k.xlsx").toURI());
        for (int run = 0; run < 3; run++) {
            CountingSink sink = new CountingSink();
            long t0 = System.nanoTime();
            long c0 = CPU.getCurrentThreadCpuTime();
            ImportResult result = new FileImporter().read(ImportOptions.detect(file), sink, ProgressListener.NONE);
            long t1 = System.nanoTime();
            long c1 = CPU.getCurrentThreadCpuTime();
            System.out.printf("BENCH xlsx 40k rows run %d: %.3f s wall, %.3f s cpu (read %d)%n", run,
                    (t1 - t0) / 1e9, (c1 - c0) / 1e9, result.rowsRead());
        }
    }
}
