package org.valuelens.importer;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a full-size (541,909 data rows) Online Retail workbook from the 40,000-row extract, for timing the Excel
 * import: rows are taken in seeded shuffled order, cycle after cycle, with the date moved by up to a week (kept
 * inside the data's span) and the invoice number shifted per cycle. Strings are shared strings and dates are date
 * cells with one custom "m/d/yyyy h:mm" style, as Excel writes the original file. Not a test:
 * {@code java -cp target/test-classes:target/classes:DEPS org.valuelens.importer.OnlineRetailWorkbookGenerator
 * SOURCE.xlsx /tmp/online_retail_full.xlsx [rows]}.
 */
final class OnlineRetailWorkbookGenerator {
    static final int FULL_ROWS = 541_909;
    private static final LocalDateTime FIRST = LocalDateTime.of(2010, 12, 1, 8, 26);
    private static final LocalDateTime LAST = LocalDateTime.of(2011, 12, 9, 12, 50);

    private OnlineRetailWorkbookGenerator() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 2 ? Integer.parseInt(args[2]) : FULL_ROWS;
        long t0 = System.nanoTime();
        write(Path.of(args[0]), Path.of(args[1]), rows, 20_101_201L);
        System.out.printf("wrote %d rows to %s (%d bytes) in %.1f s%n", rows, args[1], Files.size(Path.of(args[1])),
                (System.nanoTime() - t0) / 1e9);
    }

    /**
     * @param source the 40k extract (header + rows of InvoiceNo .. Country)
     * @param target the workbook to write
     * @param rows   data rows to write
     * @param seed   shuffle and perturbation seed
     */
    static void write(Path source, Path target, int rows, long seed) throws IOException {
        List<String> header = new ArrayList<>();
        List<Object[]> data = new ArrayList<>();
        ExcelSource excel = ExcelSource.open(source);
        try (RowCursor cursor = excel.cursor(List.of(excel.sheetNames.get(0)), false)) {
            Object[] row;
            while ((row = cursor.next()) != null) {
                if (header.isEmpty()) {
                    for (Object cell : row) {
                        header.add(Cells.text(cell));
                    }
                } else {
                    data.add(row);
                }
            }
        }
        Random random = new Random(seed);
        try (SXSSFWorkbook wb = new SXSSFWorkbook(new XSSFWorkbook(), 200, true, true);
             OutputStream out = Files.newOutputStream(target)) {
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.createDataFormat().getFormat("m/d/yyyy h:mm"));
            Sheet sheet = wb.createSheet("Online Retail");
            Row first = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                first.createCell(c).setCellValue(header.get(c));
            }
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < data.size(); i++) {
                order.add(i);
            }
            for (int i = 0; i < rows; i++) {
                int cycle = i / data.size();
                if (i % data.size() == 0) {
                    Collections.shuffle(order, random);
                }
                Object[] src = data.get(order.get(i % data.size()));
                Row row = sheet.createRow(i + 1);
                for (int c = 0; c < src.length; c++) {
                    Object v = perturb(src[c], c, cycle, random);
                    if (v instanceof String) {
                        row.createCell(c).setCellValue((String) v);
                    } else if (v instanceof Double) {
                        row.createCell(c).setCellValue((Double) v);
                    } else if (v instanceof LocalDateTime) {
                        row.createCell(c).setCellValue((LocalDateTime) v);
                        row.getCell(c).setCellStyle(dateStyle);
                    }
                }
            }
            wb.write(out);
            wb.dispose();
        }
    }

    private static Object perturb(Object cell, int column, int cycle, Random random) {
        if (cycle == 0) {
            return cell;
        }
        if (column == 0 && cell instanceof Double) {
            return (Double) cell + cycle * 100_000.0;
        }
        if (cell instanceof LocalDateTime) {
            LocalDateTime t = ((LocalDateTime) cell).plusMinutes(random.nextInt(20_161) - 10_080);
            return t.isBefore(FIRST) ? FIRST : t.isAfter(LAST) ? LAST : t;
        }
        return cell;
    }
}
