package org.valuelens.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The StAX .xlsx reader: cell by cell against POI's user model (XSSFWorkbook) over the real test workbooks, and
 * over hand-written sheet XML for the cell types POI does not write (missing {@code r} attributes, rich inline
 * strings, ISO date cells, errors, the 1904 date system, phonetic runs).
 */
class XlsxSheetCursorTest {
    @TempDir
    Path dir;

    private static Path resource(String name) throws Exception {
        return Path.of(XlsxSheetCursorTest.class.getResource(name).toURI());
    }

    /** A cell as the user model gives it, in the reader's value convention. */
    private static Object expected(Cell cell) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
                : cell.getCellType();
        switch (type) {
            case NUMERIC:
                return DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue()
                        : (Object) cell.getNumericCellValue();
            case STRING:
                String s = cell.getStringCellValue();
                return s.isBlank() ? null : s;
            case BOOLEAN:
                return Boolean.toString(cell.getBooleanCellValue());
            default:
                return null;
        }
    }

    private static List<String> describe(Object[] cells) {
        List<String> out = new ArrayList<>();
        for (Object c : cells) {
            out.add(c == null ? "null" : c.getClass().getSimpleName() + ":" + c);
        }
        while (!out.isEmpty() && out.get(out.size() - 1).equals("null")) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    private static void assertSameAsUserModel(Path file, String sheetName) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(OPCPackage.open(file.toFile(), PackageAccess.READ))) {
            Sheet sheet = wb.getSheet(sheetName);
            ExcelSource source = ExcelSource.open(file);
            int rows = 0;
            try (RowCursor cursor = source.cursor(List.of(sheetName), false)) {
                for (Row row : sheet) {
                    Object[] want = new Object[Math.max(0, row.getLastCellNum())];
                    boolean any = false;
                    for (Cell cell : row) {
                        want[cell.getColumnIndex()] = expected(cell);
                        any |= want[cell.getColumnIndex()] != null;
                    }
                    if (!any) {
                        continue;
                    }
                    Object[] got = cursor.next();
                    assertThat(got).as("row %d", row.getRowNum() + 1).isNotNull();
                    assertThat(cursor.rowNumber()).isEqualTo(row.getRowNum() + 1L);
                    assertThat(describe(got)).as("row %d", row.getRowNum() + 1).isEqualTo(describe(want));
                    rows++;
                }
                assertThat(cursor.next()).isNull();
                assertThat(cursor.progressTotal()).isPositive();
                assertThat(cursor.progressDone()).isEqualTo(cursor.progressTotal());
            }
            assertThat(rows).isGreaterThan(10_000);
        }
    }

    @Test
    void readsTheFortyThousandRowWorkbookCellForCellAsPoisUserModel() throws Exception {
        assertSameAsUserModel(resource("/data/online_retail/online_retail_40k.xlsx"), "Sheet1");
    }

    @Test
    void readsTheSharedStringWorkbookCellForCellAsPoisUserModel() throws Exception {
        Path file = resource("/data/online_retail/online_retail_II_nonuk.xlsx");
        assertSameAsUserModel(file, "Year 2009-2010");
        assertSameAsUserModel(file, "Year 2010-2011");
    }

    /** Writes a one-sheet workbook from raw XML parts. */
    private Path workbook(String name, String workbookPr, String sheetData, String sharedStrings)
            throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package."
                + "relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-"
                + "officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-"
                + "officedocument.spreadsheetml.worksheet+xml\"/>"
                + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-"
                + "officedocument.spreadsheetml.styles+xml\"/>"
                + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-"
                + "officedocument.spreadsheetml.sharedStrings+xml\"/></Types>");
        parts.put("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                + "relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        parts.put("xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">" + workbookPr
                + "<sheets><sheet name=\"Data\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        parts.put("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + rel("rId1", "worksheet", "worksheets/sheet1.xml") + rel("rId2", "styles", "styles.xml")
                + rel("rId3", "sharedStrings", "sharedStrings.xml") + "</Relationships>");
        // styles: 0 general, 1 built-in date (14), 2 custom date "dd.mm.yyyy hh:mm", 3 custom number "0.00 €"
        parts.put("xl/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"dd.mm.yyyy hh:mm\"/>"
                + "<numFmt numFmtId=\"165\" formatCode=\"0.00 &quot;€&quot;\"/></numFmts>"
                + "<fonts count=\"1\"><font/></fonts><fills count=\"1\"><fill/></fills>"
                + "<borders count=\"1\"><border/></borders>"
                + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\"/></cellStyleXfs><cellXfs count=\"4\">"
                + "<xf numFmtId=\"0\" xfId=\"0\"/><xf numFmtId=\"14\" xfId=\"0\" applyNumberFormat=\"1\"/>"
                + "<xf numFmtId=\"164\" xfId=\"0\" applyNumberFormat=\"1\"/>"
                + "<xf numFmtId=\"165\" xfId=\"0\" applyNumberFormat=\"1\"/></cellXfs></styleSheet>");
        parts.put("xl/sharedStrings.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">" + sharedStrings
                + "</sst>");
        parts.put("xl/worksheets/sheet1.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<dimension ref=\"A1:F9\"/><sheetData>" + sheetData + "</sheetData></worksheet>");
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> p : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(p.getKey()));
                zip.write(p.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }

    private static String rel(String id, String type, String target) {
        return "<Relationship Id=\"" + id + "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                + "relationships/" + type + "\" Target=\"" + target + "\"/>";
    }

    private static List<Object[]> readAll(Path file, List<Long> rowNumbers) throws IOException {
        ExcelSource source = ExcelSource.open(file);
        List<Object[]> rows = new ArrayList<>();
        try (RowCursor cursor = source.cursor(source.sheetNames, false)) {
            Object[] row;
            while ((row = cursor.next()) != null) {
                rows.add(row);
                rowNumbers.add(cursor.rowNumber());
            }
        }
        return rows;
    }

    private static final String STRINGS = "<si><t>Customer</t></si>"
            + "<si><r><rPr><b/></rPr><t>Rich</t></r><r><t xml:space=\"preserve\"> text</t></r></si>"
            + "<si><t>東京</t><rPh sb=\"0\" eb=\"2\"><t>トウキョウ</t></rPh></si>"
            + "<si><t>   </t></si>"
            + "<si><t>a &amp; b</t></si>";

    @Test
    void readsEveryCellType() throws Exception {
        String sheet = "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
                + "<c r=\"C1\" t=\"s\"><v>2</v></c><c r=\"D1\" t=\"s\"><v>4</v></c></row>"
                + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>inline</t></is></c>"
                + "<c r=\"B2\" t=\"inlineStr\"><is><r><t>two </t></r><r><t>runs</t></r></is></c>"
                + "<c r=\"C2\" t=\"b\"><v>1</v></c><c r=\"D2\" t=\"b\"><v>0</v></c>"
                + "<c r=\"E2\" t=\"e\"><v>#N/A</v></c><c r=\"F2\" t=\"str\"><f>A2&amp;\"x\"</f><v>inlinex</v></c>"
                + "</row>"
                + "<row r=\"3\"><c r=\"A3\"><v>12.5</v></c><c r=\"B3\" s=\"3\"><v>-7</v></c>"
                + "<c r=\"C3\" s=\"1\"><v>45000</v></c><c r=\"D3\" s=\"2\"><v>45000.75</v></c>"
                + "<c r=\"E3\" t=\"d\"><v>2024-03-05T14:22:00</v></c><c r=\"F3\" s=\"1\"><f>C3+1</f><v>45001</v></c>"
                + "</row>";
        List<Long> numbers = new ArrayList<>();
        List<Object[]> rows = readAll(workbook("types.xlsx", "", sheet, STRINGS), numbers);

        LocalDate epoch = LocalDate.of(1899, 12, 30);
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)).containsExactly("Customer", "Rich text", "東京", "a & b");
        assertThat(rows.get(1)).containsExactly("inline", "two runs", "true", "false", null, "inlinex");
        assertThat(rows.get(2)).containsExactly(12.5, -7.0, epoch.plusDays(45000).atStartOfDay(),
                epoch.plusDays(45000).atTime(18, 0), LocalDateTime.of(2024, 3, 5, 14, 22),
                epoch.plusDays(45001).atStartOfDay());
        assertThat(numbers).containsExactly(1L, 2L, 3L);
    }

    @Test
    void followsThePreviousRowAndCellWhenTheReferenceIsMissing() throws Exception {
        String sheet = "<row><c><v>1</v></c><c><v>2</v></c></row>"
                + "<row><c t=\"s\"><v>0</v></c><c r=\"D2\"><v>4</v></c><c><v>5</v></c></row>"
                + "<row r=\"7\"><c r=\"B7\"><v>9</v></c></row><row><c><v>10</v></c></row>";
        List<Long> numbers = new ArrayList<>();
        List<Object[]> rows = readAll(workbook("norefs.xlsx", "", sheet, STRINGS), numbers);

        assertThat(numbers).containsExactly(1L, 2L, 7L, 8L);
        assertThat(rows.get(0)).containsExactly(1.0, 2.0);
        assertThat(rows.get(1)).containsExactly("Customer", null, null, 4.0, 5.0);
        assertThat(rows.get(2)).containsExactly(null, 9.0);
        assertThat(rows.get(3)).containsExactly(10.0);
    }

    @Test
    void skipsRowsWhoseCellsAreAllEmptyBlankOrErrors() throws Exception {
        String sheet = "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"
                + "<row r=\"2\"><c r=\"A2\" s=\"1\"/><c r=\"B2\" t=\"s\"><v>3</v></c><c r=\"C2\" t=\"e\">"
                + "<v>#DIV/0!</v></c></row><row r=\"3\" spans=\"1:3\"/>"
                + "<row r=\"4\"><c r=\"A4\"><v>4</v></c><c r=\"C4\" s=\"1\"/></row>";
        List<Long> numbers = new ArrayList<>();
        List<Object[]> rows = readAll(workbook("blank.xlsx", "", sheet, STRINGS), numbers);

        assertThat(numbers).containsExactly(1L, 4L);
        // an empty styled cell still counts for the row's width, as in POI
        assertThat(rows.get(1)).containsExactly(4.0, null, null);
    }

    @Test
    void readsSerialDatesInThe1904DateSystem() throws Exception {
        String sheet = "<row r=\"1\"><c r=\"A1\" s=\"2\"><v>100.5</v></c><c r=\"B1\"><v>100.5</v></c></row>";
        List<Object[]> rows = readAll(workbook("mac.xlsx", "<workbookPr date1904=\"1\"/>", sheet, STRINGS),
                new ArrayList<>());

        assertThat(rows.get(0)).containsExactly(LocalDate.of(1904, 1, 1).plusDays(100).atTime(12, 0), 100.5);
    }

    @Test
    void reportsProgressInBytesUpToTheSheetsSize() throws Exception {
        StringBuilder sheet = new StringBuilder();
        for (int r = 1; r <= 3000; r++) {
            sheet.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\"><v>").append(r)
                    .append("</v></c></row>");
        }
        Path file = workbook("progress.xlsx", "", sheet.toString(), STRINGS);
        ExcelSource source = ExcelSource.open(file);
        try (RowCursor cursor = source.cursor(source.sheetNames, false)) {
            long total = cursor.progressTotal();
            long last = 0;
            boolean between = false;
            while (cursor.next() != null) {
                assertThat(cursor.progressDone()).isBetween(last, total);
                between |= cursor.progressDone() > 0 && cursor.progressDone() < total;
                last = cursor.progressDone();
            }
            assertThat(total).isGreaterThan(3000L * 30);
            assertThat(between).isTrue();
            assertThat(cursor.progressDone()).isEqualTo(total);
        }
    }
}
