package org.valuelens.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuelens.model.Transaction;

class SyntheticTransactionsTest {

    @TempDir
    Path tmp;

    private static List<Transaction> rows(SyntheticTransactions data) {
        List<Transaction> out = new ArrayList<>();
        data.forEach(out::add);
        return out;
    }

    @Test
    void producesExactlyTheRequestedRowsAndEveryCustomer() {
        List<Transaction> rows = rows(new SyntheticTransactions(5_000, 700, new Random(1)));
        Set<String> customers = new HashSet<>();
        rows.forEach(t -> customers.add(t.customerId()));
        assertThat(rows).hasSize(5_000);
        assertThat(customers).hasSize(700);
    }

    @Test
    void sameSeedGivesTheSameData() {
        assertThat(rows(new SyntheticTransactions(2_000, 100, new Random(7))))
                .isEqualTo(rows(new SyntheticTransactions(2_000, 100, new Random(7))));
    }

    @Test
    void datesStayInTheTwoYearWindowInFileOrderAndAmountsArePositive() {
        List<Transaction> rows = rows(new SyntheticTransactions(3_000, 300, new Random(3)));
        LocalDate end = SyntheticTransactions.START.plusDays(SyntheticTransactions.DAYS - 1);
        for (int i = 0; i < rows.size(); i++) {
            Transaction t = rows.get(i);
            assertThat(t.timestamp().toLocalDate()).isBetween(SyntheticTransactions.START, end);
            assertThat(t.amount()).isPositive();
            if (i > 0) {
                assertThat(t.timestamp()).isAfterOrEqualTo(rows.get(i - 1).timestamp());
            }
        }
    }

    @Test
    void purchaseCountsAreHeterogeneousAcrossCustomers() {
        Map<String, Integer> counts = new HashMap<>();
        rows(new SyntheticTransactions(20_000, 1_000, new Random(5)))
                .forEach(t -> counts.merge(t.customerId(), 1, Integer::sum));
        int max = counts.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
        long singles = counts.values().stream().filter(c -> c == 1).count();
        // mean is 20 per customer; a gamma(0.8) rate mix with churn gives both one-time buyers and heavy buyers
        assertThat(max).isGreaterThan(60);
        assertThat(singles).isGreaterThan(20);
    }

    @Test
    void csvHasAHeaderAndOneLinePerRow() throws Exception {
        SyntheticTransactions data = new SyntheticTransactions(1_000, 50, new Random(9));
        Path csv = tmp.resolve("t.csv");
        data.writeCsv(csv);
        List<String> lines = Files.readAllLines(csv);
        List<Transaction> rows = rows(data);
        assertThat(lines).hasSize(1_001);
        assertThat(lines.get(0)).isEqualTo("customer,date,amount");
        Transaction first = rows.get(0);
        assertThat(lines.get(1)).isEqualTo(first.customerId() + "," + first.timestamp().toLocalDate() + ","
                + first.amount());
    }

    @Test
    void xlsxHasTheEightOnlineRetailColumnsAndOneRowPerTransaction() throws Exception {
        SyntheticTransactions data = new SyntheticTransactions(300, 40, new Random(11));
        Path xlsx = tmp.resolve("r.xlsx");
        data.writeXlsx(xlsx, 11);
        List<Transaction> rows = rows(data);
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                xlsx.toFile())) {
            org.apache.poi.ss.usermodel.Sheet sheet = wb.getSheet("Online Retail");
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
            assertThat(header).containsExactly("InvoiceNo", "StockCode", "Description", "Quantity", "InvoiceDate",
                    "UnitPrice", "CustomerID", "Country");
            assertThat(sheet.getLastRowNum()).isEqualTo(300);
            org.apache.poi.ss.usermodel.Row first = sheet.getRow(1);
            assertThat(first.getCell(4).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(rows.get(0).timestamp().toLocalDate());
            double lineValue = Math.abs(first.getCell(3).getNumericCellValue()
                    * first.getCell(5).getNumericCellValue());
            assertThat(lineValue).isCloseTo(rows.get(0).amount(), org.assertj.core.data.Offset.offset(0.05 * 6));
        }
    }
}
