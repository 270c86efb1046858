package org.valuelens.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the Online Retail extract (test resource data/online_retail/online_retail_40k.xlsx, 40,000 rows) as the
 * CSV a data lake would hold: dates as {@code yyyy-MM-dd HH:mm:ss}, numbers in plain decimal form, customer ids as
 * integers, blank cells empty, text quoted when needed. Both the local import and the Spark job read this file.
 */
final class OnlineRetailCsv {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private OnlineRetailCsv() {
    }

    static Path write(Path target) throws IOException {
        try (InputStream in = OnlineRetailCsv.class.getResourceAsStream("/data/online_retail/online_retail_40k.xlsx");
             Workbook book = new XSSFWorkbook(in);
             Writer out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            Sheet sheet = book.getSheetAt(0);
            int width = sheet.getRow(0).getLastCellNum();
            for (Row row : sheet) {
                StringBuilder line = new StringBuilder();
                for (int c = 0; c < width; c++) {
                    if (c > 0) {
                        line.append(',');
                    }
                    line.append(text(row.getCell(c)));
                }
                out.write(line.append('\n').toString());
            }
        }
        return target;
    }

    private static String text(Cell cell) {
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC) {
            if (DateUtil.isCellDateFormatted(cell)) {
                return cell.getLocalDateTimeCellValue().format(DATE);
            }
            return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
        }
        String s = cell.toString();
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
