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
    void parseLargeGeneratedXlsx(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("retail540k.xlsx");
        Random random = new Random(42);
        try (org.apache.poi.xssf.streaming.SXSSFWorkbook wb = new org.apache.poi.xssf.streaming.SXSSFWorkbook(100)) {
            org.apache.poi.ss.usermodel.Sheet sheet = wb.createSheet("Sheet1");
            org.apache.poi.ss.usermodel.CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.createDataFormat().getFormat("m/d/yy h:mm"));
            String[] names = {"InvoiceNo", "StockCode", "Description", "Quantity", "InvoiceDate", "UnitPrice",
                "CustomerID", "Country"};
            org.apache.poi.ss.usermodel.Row header = sheet.createRow(0);
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            java.time.LocalDateTime start = java.time.LocalDateTime.of(2010, 12, 1, 8, 0);
            for (int r = 1; r <= 540_000; r++) {
                org.apache.poi.ss.usermodel.Row row = sheet.createRow(r);
                row.createCell(0).setCellValue(String.valueOf(536_000 + r / 20));
                row.createCell(1).setCellValue("SKU" + random.nextInt(4000));
                row.createCell(2).setCellValue("ITEM " + random.nextInt(4000));
                row.createCell(3).setCellValue(1 + random.nextInt(24));
                row.createCell(4).setCellValue(start.plusMinutes(r / 20));
                row.getCell(4).setCellStyle(dateStyle);
                row.createCell(5).setCellValue(random.nextInt(2000) / 100.0);
                row.createCell(6).setCellValue(12_000 + random.nextInt(4000));
                row.createCell(7).setCellValue("United Kingdom");
            }
            try (java.io.OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        for (int run = 0; run < 2; run++) {
            CountingSink sink = new CountingSink();
            long t0 = System.nanoTime();
            long c0 = CPU.getCurrentThreadCpuTime();
            ImportResult result = new FileImporter().read(ImportOptions.detect(file), sink, ProgressListener.NONE);
            long t1 = System.nanoTime();
            long c1 = CPU.getCurrentThreadCpuTime();
            System.out.printf("BENCH xlsx 540k rows run %d: %.3f s wall, %.3f s cpu (read %d, heap used %d MB)%n",
                    run, (t1 - t0) / 1e9, (c1 - c0) / 1e9, result.rowsRead(),
                    (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
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
