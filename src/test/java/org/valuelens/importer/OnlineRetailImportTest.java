package org.valuelens.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.valuelens.model.progress.ProgressListener;

/**
 * The two Online Retail .xlsx subsets, checked against counts computed here with POI's plain user model
 * (XSSFWorkbook), not the importer's streaming path.
 */
class OnlineRetailImportTest {

    /** Independent expectation for one or more sheets with the UCI layout. */
    private record Expected(long rows, long missingId, long duplicates, long returns, long accepted) {
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(OnlineRetailImportTest.class.getResource(name).toURI());
    }

    /**
     * Counts with the importer's documented rules: rows without customer id are rejected first, then exact
     * repeats of an earlier accepted row; invoices starting with "C" or negative quantities are returns.
     */
    private static final java.util.Map<String, XSSFWorkbook> WORKBOOKS = new java.util.HashMap<>();

    /** Each workbook is loaded once with the user model for the whole class (it is slow to load). */
    private static synchronized XSSFWorkbook workbook(Path file) throws IOException {
        XSSFWorkbook wb = WORKBOOKS.get(file.toString());
        if (wb == null) {
            try {
                wb = new XSSFWorkbook(org.apache.poi.openxml4j.opc.OPCPackage.open(file.toFile(),
                        org.apache.poi.openxml4j.opc.PackageAccess.READ));
            } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
                throw new IOException(e);
            }
            WORKBOOKS.put(file.toString(), wb);
        }
        return wb;
    }

    @org.junit.jupiter.api.AfterAll
    static void closeWorkbooks() throws IOException {
        for (XSSFWorkbook wb : WORKBOOKS.values()) {
            wb.close();
        }
        WORKBOOKS.clear();
    }

    private static Expected expected(Path file, List<String> sheets) throws IOException {
        long rows = 0;
        long missing = 0;
        long duplicates = 0;
        long returns = 0;
        long accepted = 0;
        Set<List<String>> seen = new HashSet<>();
        XSSFWorkbook wb = workbook(file);
        for (String name : sheets) {
            Sheet sheet = wb.getSheet(name);
            Row header = sheet.getRow(sheet.getFirstRowNum());
            int customer = -1;
            int invoice = -1;
            int quantity = -1;
            for (Cell c : header) {
                String h = c.getStringCellValue().replace(" ", "");
                if (h.equalsIgnoreCase("CustomerID")) {
                    customer = c.getColumnIndex();
                } else if (h.startsWith("Invoice") && !h.endsWith("Date")) {
                    invoice = c.getColumnIndex();
                } else if (h.equals("Quantity")) {
                    quantity = c.getColumnIndex();
                }
            }
            for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> key = key(row);
                if (key.isEmpty()) {
                    continue;
                }
                rows++;
                Cell id = row.getCell(customer);
                if (id == null || id.getCellType() == CellType.BLANK
                        || id.getCellType() == CellType.STRING && id.getStringCellValue().isBlank()) {
                    missing++;
                    continue;
                }
                if (!seen.add(key)) {
                    duplicates++;
                    continue;
                }
                accepted++;
                Cell inv = row.getCell(invoice);
                String invText = inv.getCellType() == CellType.STRING ? inv.getStringCellValue()
                        : String.valueOf(inv.getNumericCellValue());
                if (invText.startsWith("C") || row.getCell(quantity).getNumericCellValue() < 0) {
                    returns++;
                }
            }
        }
        return new Expected(rows, missing, duplicates, returns, accepted);
    }

    private static List<String> key(Row row) {
        List<String> key = new ArrayList<>();
        if (row == null) {
            return key;
        }
        for (int c = 0; c < row.getLastCellNum(); c++) {
            Cell cell = row.getCell(c);
            if (cell == null || cell.getCellType() == CellType.BLANK) {
                key.add("");
            } else if (cell.getCellType() == CellType.NUMERIC) {
                key.add("N" + cell.getNumericCellValue());
            } else {
                key.add(cell.getStringCellValue().isBlank() ? "" : "S" + cell.getStringCellValue());
            }
        }
        while (!key.isEmpty() && key.get(key.size() - 1).isEmpty()) {
            key.remove(key.size() - 1);
        }
        return key;
    }

    @Test
    void readsTheFortyThousandRowSheetWithEveryRowAccountedFor() throws Exception {
        Path file = resource("/data/online_retail/online_retail_40k.xlsx");
        Expected e = expected(file, List.of("Sheet1"));
        CollectingSink sink = new CollectingSink();
        ImportResult result = new FileImporter().read(ImportOptions.detect(file).withSheet("Sheet1"), sink,
                ProgressListener.NONE);

        assertThat(e.rows()).isEqualTo(40_000);
        assertThat(result.rowsRead()).isEqualTo(e.rows());
        assertThat(result.rowsAccepted()).isEqualTo(e.accepted());
        assertThat(result.rowsRejected()).isEqualTo(e.missingId() + e.duplicates());
        assertThat(sink.rejectedFor(RejectReason.MISSING_CUSTOMER_ID)).isEqualTo(e.missingId());
        assertThat(sink.rejectedFor(RejectReason.DUPLICATE_ROW)).isEqualTo(e.duplicates());
        assertThat(result.returns()).isEqualTo(e.returns());
        assertThat(sink.transactions).hasSize((int) e.accepted());
    }

    @Test
    void derivesAmountFromQuantityAndUnitPrice() throws Exception {
        Path file = resource("/data/online_retail/online_retail_40k.xlsx");
        CollectingSink sink = new CollectingSink();
        ImportResult result = new FileImporter().read(ImportOptions.detect(file), sink, ProgressListener.NONE);
        assertThat(result.mapping()).containsKeys(ColumnRole.QUANTITY, ColumnRole.UNIT_PRICE, ColumnRole.INVOICE)
                .doesNotContainKey(ColumnRole.AMOUNT);
        assertThat(result.header()).startsWith("InvoiceNo");
        assertThat(sink.transactions).allSatisfy(t -> {
            double product = t.quantity() * t.unitPrice();
            assertThat(t.amount()).isCloseTo(t.isReturn() ? -Math.abs(product) : product,
                    org.assertj.core.data.Offset.offset(1e-9));
        });
        assertThat(sink.transactions).filteredOn(t -> t.invoice().startsWith("C")).allMatch(t -> t.isReturn()
                && t.amount() <= 0);
    }

    @Test
    void readsBothYearlySheetsWithSheetAll() throws Exception {
        Path file = resource("/data/online_retail/online_retail_II_nonuk.xlsx");
        List<String> sheets = List.of("Year 2009-2010", "Year 2010-2011");
        Expected first = expected(file, sheets.subList(0, 1));
        Expected both = expected(file, sheets);
        CollectingSink sink = new CollectingSink();
        ImportResult result = new FileImporter().read(ImportOptions.detect(file).withSheet("all"), sink,
                ProgressListener.NONE);

        assertThat(first.rows()).isEqualTo(14_269);
        assertThat(both.rows()).isEqualTo(14_269 + 20_497);
        assertThat(first.missingId()).isEqualTo(169);
        assertThat(both.missingId()).isEqualTo(169 + 432);
        assertThat(result.sheets()).containsExactlyElementsOf(sheets);
        assertThat(result.rowsRead()).isEqualTo(both.rows());
        assertThat(result.rejectedByReason()).containsEntry("missing-customer-id", both.missingId());
        assertThat(sink.rejectedFor(RejectReason.DUPLICATE_ROW)).isEqualTo(both.duplicates());
        assertThat(result.rowsRejected()).isEqualTo(both.missingId() + both.duplicates());
        assertThat(result.rowsAccepted()).isEqualTo(both.accepted());
        assertThat(result.returns()).isEqualTo(both.returns());
        assertThat(sink.rejected).filteredOn(r -> r.reason() == RejectReason.MISSING_CUSTOMER_ID)
                .allSatisfy(r -> assertThat(r.sheet()).isIn(sheets));
    }

    @Test
    void numbersRowsAsTheSheetShowsThem() throws Exception {
        Path file = resource("/data/online_retail/online_retail_II_nonuk.xlsx");
        CollectingSink sink = new CollectingSink();
        new FileImporter().read(ImportOptions.detect(file).withSheet("Year 2010-2011"), sink,
                ProgressListener.NONE);
        Row second = workbook(file).getSheet("Year 2010-2011").getRow(1);
        assertThat(sink.transactions.get(0).sourceRow()).isEqualTo(2);
        assertThat(sink.transactions.get(0).timestamp())
                .isEqualTo(second.getCell(4).getLocalDateTimeCellValue());
        assertThat(sink.transactions.get(0).customerId())
                .isEqualTo(String.valueOf((long) second.getCell(6).getNumericCellValue()));
    }
}
