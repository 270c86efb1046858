package org.valuelens.importer;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;
import org.valuelens.model.progress.ProgressListener;

/**
 * Parse time of 1 M rows in the newer date and number forms, printed, not asserted:
 * {@code mvn -Pbench test -Dtest=ColumnFormatsBench}.
 */
@Tag("bench")
class ColumnFormatsBench {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            yyyy-MM-dd          | en | 0.00
            yyyy年M月d日 ah:mm   | zh | ￥#,##0.00
            dd MMM yyyy HH:mm   | en | $#,##0.00
            d MMMM yyyy         | ru | #,##0.00' руб.'
            """)
    void parseOneMillionRows(String pattern, String language, String amountPattern, @TempDir Path dir)
            throws IOException, ImportException {
        Path file = dir.resolve("million.csv");
        Random random = new Random(42);
        DateTimeFormatter dates = DateTimeFormatter.ofPattern(pattern, Locale.forLanguageTag(language));
        java.text.DecimalFormat amounts = new java.text.DecimalFormat(amountPattern,
                java.text.DecimalFormatSymbols.getInstance(Locale.US));
        LocalDateTime start = LocalDateTime.of(2020, 1, 1, 8, 0);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("customer;date;amount\n");
            for (int i = 0; i < 1_000_000; i++) {
                w.write("C" + random.nextInt(100_000) + ";" + dates.format(start.plusMinutes(i)) + ";"
                        + amounts.format(random.nextInt(1_000_000) / 100.0) + "\n");
            }
        }
        for (int run = 0; run < 3; run++) {
            long t0 = System.nanoTime();
            long c0 = CPU.getCurrentThreadCpuTime();
            ImportResult result = new FileImporter().read(ImportOptions.detect(file), new RowSink() {
                @Override
                public void transaction(org.valuelens.model.Transaction t) {
                }

                @Override
                public void customer(org.valuelens.model.CustomerRecord c) {
                }

                @Override
                public void rejected(RejectedRow row) {
                }
            }, ProgressListener.NONE);
            System.out.printf("BENCH %s / %s run %d: %.3f s wall, %.3f s cpu (read %d, accepted %d)%n", pattern,
                    amountPattern, run, (System.nanoTime() - t0) / 1e9, (CPU.getCurrentThreadCpuTime() - c0) / 1e9,
                    result.rowsRead(), result.rowsAccepted());
        }
    }
}
