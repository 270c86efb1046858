package org.valuelens.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuelens.model.Transaction;
import org.valuelens.model.progress.ProgressListener;

/** Workbooks written here with POI: yearly sheets, date cells, formulas, a different-header sheet, .xls. */
class ExcelEdgeCaseImportTest {
    @TempDir
    Path dir;

    private static void header(Sheet sheet, String... names) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < names.length; i++) {
            row.createCell(i).setCellValue(names[i]);
        }
    }

    /** Writes Invoice, Customer, Date (date cell), Quantity, Price, Amount (formula) rows. */
    private static void line(Sheet sheet, CellStyle dateStyle, int rowIndex, String invoice, Object customer,
                             LocalDateTime date, double quantity, double price) {
        Row row = sheet.createRow(rowIndex);
        row.createCell(0).setCellValue(invoice);
        if (customer instanceof String) {
            row.createCell(1).setCellValue((String) customer);
        } else if (customer != null) {
            row.createCell(1).setCellValue(((Number) customer).doubleValue());
        }
        row.createCell(2).setCellValue(date);
        row.getCell(2).setCellStyle(dateStyle);
        row.createCell(3).setCellValue(quantity);
        row.createCell(4).setCellValue(price);
        row.createCell(5).setCellFormula("D" + (rowIndex + 1) + "*E" + (rowIndex + 1));
    }

    private static Path save(Workbook wb, Path file) throws IOException {
        wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        wb.close();
        return file;
    }

    private Path yearlyWorkbook(Workbook wb, String name) throws IOException {
        CellStyle dateStyle = wb.createCellStyle();
        dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
        Sheet y1 = wb.createSheet("Year 2022");
        header(y1, "Invoice", "Customer ID", "InvoiceDate", "Quantity", "Price", "Total");
        line(y1, dateStyle, 1, "1001", 12345.0, LocalDateTime.of(2022, 3, 1, 9, 30), 2, 1.5);
        line(y1, dateStyle, 2, "1002", null, LocalDateTime.of(2022, 3, 2, 10, 0), 1, 4);
        // row index 3 left empty: a blank row is not a data row
        line(y1, dateStyle, 4, "C1003", "A-7", LocalDateTime.of(2022, 3, 3, 11, 0), -1, 4);
        Sheet y2 = wb.createSheet("Year 2023");
        header(y2, "Invoice", "Customer ID", "InvoiceDate", "Quantity", "Price", "Total");
        line(y2, dateStyle, 1, "2001", 12345.0, LocalDateTime.of(2023, 1, 5, 8, 0), 3, 2);
        line(y2, dateStyle, 2, "2001", 12345.0, LocalDateTime.of(2023, 1, 5, 8, 0), 3, 2);
        Sheet notes = wb.createSheet("Notes");
        header(notes, "Remark", "Author");
        notes.createRow(1).createCell(0).setCellValue("not data");
        return save(wb, dir.resolve(name));
    }

    @Test
    void readsAllSheetsSharingTheFirstHeaderAndSkipsTheOthersWithAWarning() throws Exception {
        Path file = yearlyWorkbook(new XSSFWorkbook(), "yearly.xlsx");
        CollectingSink sink = new CollectingSink();
        ImportResult result = new FileImporter().read(ImportOptions.detect(file).withSheet("all"), sink,
                ProgressListener.NONE);

        assertThat(result.sheets()).containsExactly("Year 2022", "Year 2023");
        assertThat(result.warnings()).singleElement().asString().contains("Notes");
        assertThat(result.rowsRead()).isEqualTo(5);
        assertThat(result.rowsAccepted()).isEqualTo(3);
        assertThat(sink.rejected).extracting(RejectedRow::reason)
                .containsExactly(RejectReason.MISSING_CUSTOMER_ID, RejectReason.DUPLICATE_ROW);
        assertThat(sink.rejected).extracting(RejectedRow::sourceRow).containsExactly(3L, 3L);
        assertThat(sink.rejected).extracting(RejectedRow::sheet).containsExactly("Year 2022", "Year 2023");
        assertThat(result.mapping()).containsEntry(ColumnRole.AMOUNT, 5);
    }

    @Test
    void takesDateCellsNumbersFormulasAndStringsFromTheWorkbook() throws Exception {
        Path file = yearlyWorkbook(new XSSFWorkbook(), "yearly.xlsx");
        CollectingSink sink = new CollectingSink();
        ImportResult result = new FileImporter().read(ImportOptions.detect(file).withSheet("all"), sink,
                ProgressListener.NONE);
        Transaction first = sink.transactions.get(0);
        assertThat(first.customerId()).isEqualTo("12345");
        assertThat(first.timestamp()).isEqualTo(LocalDateTime.of(2022, 3, 1, 9, 30));
        assertThat(first.amount()).isEqualTo(3.0);
        assertThat(first.sourceRow()).isEqualTo(2);
        Transaction ret = sink.transactions.get(1);
        assertThat(ret.customerId()).isEqualTo("A-7");
        assertThat(ret.isReturn()).isTrue();
        assertThat(ret.amount()).isEqualTo(-4.0);
        assertThat(ret.sourceRow()).isEqualTo(5);
        assertThat(result.returns()).isEqualTo(1);
        assertThat(result.datePattern()).isEqualTo("excel-date");
        assertThat(result.lastDate()).isEqualTo(LocalDateTime.of(2023, 1, 5, 8, 0));
    }

    @Test
    void treatsMissingTrailingCellsOfAnExcelRowAsBlank() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sheet = wb.createSheet("S");
        header(sheet, "Date", "Amount", "Customer");
        CellStyle dateStyle = wb.createCellStyle();
        dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
        Row full = sheet.createRow(1);
        full.createCell(0).setCellValue(LocalDateTime.of(2024, 1, 2, 0, 0));
        full.getCell(0).setCellStyle(dateStyle);
        full.createCell(1).setCellValue(5);
        full.createCell(2).setCellValue("k1");
        Row shortRow = sheet.createRow(2);
        shortRow.createCell(0).setCellValue(LocalDateTime.of(2024, 1, 3, 0, 0));
        shortRow.getCell(0).setCellStyle(dateStyle);
        shortRow.createCell(1).setCellValue(6);
        Path file = save(wb, dir.resolve("short.xlsx"));
        CollectingSink sink = new CollectingSink();
        ImportResult result = new FileImporter().read(ImportOptions.detect(file), sink, ProgressListener.NONE);
        assertThat(result.rowsRead()).isEqualTo(2);
        assertThat(sink.transactions).singleElement().satisfies(t -> assertThat(t.customerId()).isEqualTo("k1"));
        assertThat(sink.rejected).singleElement().satisfies(r -> {
            assertThat(r.reason()).isEqualTo(RejectReason.MISSING_CUSTOMER_ID);
            assertThat(r.column()).isEqualTo("Customer");
            assertThat(r.sourceRow()).isEqualTo(3);
        });
    }

    @Test
    void readsOnlyTheNamedSheet() throws Exception {
        Path file = yearlyWorkbook(new XSSFWorkbook(), "yearly.xlsx");
        CollectingSink sink = new CollectingSink();
        ImportResult result = new FileImporter().read(ImportOptions.detect(file).withSheet("year 2023"), sink,
                ProgressListener.NONE);
        assertThat(result.sheets()).containsExactly("Year 2023");
        assertThat(result.rowsRead()).isEqualTo(2);
        assertThat(result.rowsAccepted()).isEqualTo(1);
    }

    @Test
    void readsLegacyXlsWorkbooks() throws Exception {
        Path file = yearlyWorkbook(new HSSFWorkbook(), "yearly.xls");
        CollectingSink sink = new CollectingSink();
        ImportResult result = new FileImporter().read(ImportOptions.detect(file).withSheet("all"), sink,
                ProgressListener.NONE);
        assertThat(result.rowsRead()).isEqualTo(5);
        assertThat(result.rowsAccepted() + result.rowsRejected()).isEqualTo(5);
        assertThat(sink.transactions).extracting(Transaction::amount).containsExactly(3.0, -4.0, 6.0);
        assertThat(sink.transactions.get(0).timestamp()).isEqualTo(LocalDateTime.of(2022, 3, 1, 9, 30));
        assertThat(sink.rejectedFor(RejectReason.MISSING_CUSTOMER_ID)).isEqualTo(1);
        assertThat(sink.rejectedFor(RejectReason.DUPLICATE_ROW)).isEqualTo(1);
    }

    @Test
    void previewListsSheetsHeaderRolesAndFirstRows() throws Exception {
        Path file = yearlyWorkbook(new XSSFWorkbook(), "yearly.xlsx");
        ImportPreview preview = new FileImporter().preview(ImportOptions.detect(file).withSheet("all"), 2);
        assertThat(preview.sheetsAvailable()).containsExactly("Year 2022", "Year 2023", "Notes");
        assertThat(preview.sheetsUsed()).containsExactly("Year 2022", "Year 2023");
        assertThat(preview.header()).isTrue();
        assertThat(preview.headerCells()).containsExactly("Invoice", "Customer ID", "InvoiceDate", "Quantity",
                "Price", "Total");
        assertThat(preview.rows()).hasSize(2);
        assertThat(preview.rows().get(0).subList(0, 3)).containsExactly("1001", "12345", "2022-03-01T09:30");
        assertThat(preview.mapping()).containsEntry(ColumnRole.CUSTOMER_ID, 1).containsEntry(ColumnRole.DATE, 2)
                .containsEntry(ColumnRole.INVOICE, 0);
        assertThat(preview.shape()).isEqualTo(DataShape.TRANSACTIONS);
        assertThat(preview.encoding()).isNull();
    }
}
