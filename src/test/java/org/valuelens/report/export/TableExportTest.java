package org.valuelens.report.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuelens.report.export.TableExport.Column;
import org.valuelens.report.export.TableExport.Format;
import org.valuelens.report.export.TableExport.Styled;

/** The xlsx and CSV writers: per-cell formats, precise numbers, column widths and formula neutralisation. */
class TableExportTest {
    @TempDir
    Path tmp;

    private Sheet write(List<Column> columns, List<List<?>> rows, XSSFWorkbook[] holder) throws IOException {
        Path file = tmp.resolve("t.xlsx");
        TableExport.writeXlsx(file, "t", "€", columns, rows);
        try (InputStream in = Files.newInputStream(file)) {
            holder[0] = new XSSFWorkbook(in);
        }
        return holder[0].getSheetAt(0);
    }

    @Test
    void styledCellsOverrideTheirColumnsFormat() throws IOException {
        XSSFWorkbook[] wb = new XSSFWorkbook[1];
        Sheet s = write(List.of(new Column("k", Format.GENERAL), new Column("v", Format.GENERAL)),
                List.of(List.of("money", new Styled(12.5, Format.CURRENCY)), List.of("share",
                        new Styled(0.25, Format.PERCENT)), List.of("plain", 3)), wb);
        try (XSSFWorkbook ignored = wb[0]) {
            assertThat(s.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(12.5);
            assertThat(s.getRow(1).getCell(1).getCellStyle().getDataFormatString()).isEqualTo(
                    "\"€\"#,##0.00;-\"€\"#,##0.00");
            assertThat(s.getRow(2).getCell(1).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(s.getRow(3).getCell(1).getCellStyle().getDataFormatString()).isEqualTo("General");
        }
    }

    @Test
    void preciseColumnsShowFourDecimals() throws IOException {
        XSSFWorkbook[] wb = new XSSFWorkbook[1];
        Sheet s = write(List.of(new Column("r", Format.PRECISE)), List.of(List.of(0.2426)), wb);
        try (XSSFWorkbook ignored = wb[0]) {
            assertThat(s.getRow(1).getCell(0).getCellStyle().getDataFormatString()).isEqualTo("#,##0.0000");
        }
    }

    @Test
    void columnsAreWideEnoughForTheirLongestTextWithinLimits() throws IOException {
        XSSFWorkbook[] wb = new XSSFWorkbook[1];
        String longText = "x".repeat(30);
        Sheet s = write(List.of(new Column("a", Format.GENERAL), new Column("b", Format.GENERAL),
                new Column("c", Format.GENERAL)), List.of(List.of("y", longText, "z".repeat(500))), wb);
        try (XSSFWorkbook ignored = wb[0]) {
            assertThat(s.getColumnWidth(0)).isEqualTo(10 * 256);
            assertThat(s.getColumnWidth(1)).isGreaterThanOrEqualTo(30 * 256);
            assertThat(s.getColumnWidth(2)).isEqualTo(60 * 256);
        }
    }

    @Test
    void formulaLikeTextIsStoredAsTextWithAnApostrophe() throws IOException {
        XSSFWorkbook[] wb = new XSSFWorkbook[1];
        Sheet s = write(List.of(new Column("id", Format.GENERAL)), List.of(List.of("=1+2"),
                List.of(new Styled("@SUM(A1)", Format.GENERAL))), wb);
        try (XSSFWorkbook ignored = wb[0]) {
            assertThat(s.getRow(1).getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(s.getRow(1).getCell(0).getStringCellValue()).isEqualTo("'=1+2");
            assertThat(s.getRow(2).getCell(0).getStringCellValue()).isEqualTo("'@SUM(A1)");
        }
    }

    @Test
    void csvWritesTheValueOfStyledCells() throws IOException {
        Path file = tmp.resolve("t.csv");
        TableExport.writeCsv(file, List.of(new Column("k", Format.GENERAL), new Column("v", Format.GENERAL)),
                List.of(List.of("a", new Styled(0.5, Format.PERCENT))));
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("\uFEFFk,v\r\na,0.5\r\n");
    }
}
