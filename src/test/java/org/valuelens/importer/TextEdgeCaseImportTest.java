package org.valuelens.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuelens.model.Transaction;
import org.valuelens.model.progress.CancelledException;
import org.valuelens.model.progress.ProgressListener;

/** Small CSV/TXT files written here, one format feature each; every row must be accounted for. */
class TextEdgeCaseImportTest {
    @TempDir
    Path dir;

    private Path write(String name, String content, Charset charset) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, content.getBytes(charset));
        return file;
    }

    private static ImportResult read(ImportOptions options, CollectingSink sink) throws ImportException {
        ImportResult result = new FileImporter().read(options, sink, ProgressListener.NONE);
        assertThat(result.rowsRead()).isEqualTo(result.rowsAccepted() + result.rowsRejected());
        assertThat(sink.transactions.size() + sink.customers.size()).isEqualTo(result.rowsAccepted());
        assertThat(sink.rejected).hasSize((int) result.rowsRejected());
        return result;
    }

    @Test
    void readsGbkFileWithChineseHeaders() throws Exception {
        Path file = write("orders.csv", "客户ID,下单时间,金额\n张三,2024-03-05 10:30,128.50\n李四,2024-03-06 09:00,66\n"
                + "王五,2024-03-07 18:45:10,1000.25\n", Charset.forName("GBK"));
        CollectingSink sink = new CollectingSink();
        ImportResult result = read(ImportOptions.detect(file), sink);
        assertThat(result.encoding()).isEqualTo("GB18030");
        assertThat(result.header()).containsExactly("客户ID", "下单时间", "金额");
        assertThat(result.mapping()).containsEntry(ColumnRole.CUSTOMER_ID, 0).containsEntry(ColumnRole.DATE, 1)
                .containsEntry(ColumnRole.AMOUNT, 2);
        assertThat(sink.transactions).extracting(Transaction::customerId).containsExactly("张三", "李四", "王五");
        assertThat(sink.transactions.get(0).timestamp()).isEqualTo(LocalDateTime.of(2024, 3, 5, 10, 30));
        assertThat(sink.transactions.get(2).timestamp()).isEqualTo(LocalDateTime.of(2024, 3, 7, 18, 45, 10));
        assertThat(sink.transactions.get(2).amount()).isEqualTo(1000.25);
    }

    @Test
    void readsBig5FileWithTraditionalChineseHeaders() throws Exception {
        Path file = write("orders.csv", "客戶編號,訂單日期,金額\n陳大文,2024-01-02,300\n黃小明,2024-01-03,450.5\n",
                Charset.forName("Big5"));
        CollectingSink sink = new CollectingSink();
        ImportResult result = read(ImportOptions.detect(file), sink);
        assertThat(result.encoding()).isEqualTo("Big5");
        assertThat(sink.transactions).extracting(Transaction::customerId).containsExactly("陳大文", "黃小明");
    }

    @Test
    void readsWindows1252FileWithAccentedNames() throws Exception {
        Path file = write("kunden.csv", "customer;date;amount\nMüller;2024-01-02;12,50\nGarçon;2024-01-03;7,00\n"
                + "Zoë;2024-01-04;3,10\n", Charset.forName("windows-1252"));
        CollectingSink sink = new CollectingSink();
        ImportResult result = read(ImportOptions.detect(file), sink);
        assertThat(result.encoding()).isEqualTo("windows-1252");
        assertThat(sink.transactions).extracting(Transaction::customerId).containsExactly("Müller", "Garçon", "Zoë");
    }

    @Test
    void stripsUtf8ByteOrderMarkFromFirstHeader() throws Exception {
        Path file = write("bom.csv", "\uFEFFcustomer,date,amount\nc1,2024-01-02,5\n", StandardCharsets.UTF_8);
        CollectingSink sink = new CollectingSink();
        ImportResult result = read(ImportOptions.detect(file), sink);
        assertThat(result.encoding()).isEqualTo("UTF-8");
        assertThat(result.header()).containsExactly("customer", "date", "amount");
        assertThat(sink.transactions).singleElement().satisfies(t -> assertThat(t.customerId()).isEqualTo("c1"));
    }

    @Test
    void readsUtf16LittleEndianWithByteOrderMark() throws Exception {
        Path file = write("u16.csv", "\uFEFFcustomer\tdate\tamount\nc1\t2024-01-02\t5.5\n", StandardCharsets.UTF_16LE);
        CollectingSink sink = new CollectingSink();
        ImportResult result = read(ImportOptions.detect(file), sink);
        assertThat(result.encoding()).isEqualTo("UTF-16LE");
        assertThat(result.delimiter()).isEqualTo("\t");
        assertThat(sink.transactions.get(0).amount()).isEqualTo(5.5);
    }

    @Test
    void readsSemicolonFileWithDecimalCommaAndThousandsPoint() throws Exception {
        Path file = write("eu.csv", "customer;date;amount\nc1;2024-01-02;1.234,56\nc2;2024-01-03;12,5\n"
                + "c3;2024-01-04;7\n", StandardCharsets.UTF_8);
        CollectingSink sink = new CollectingSink();
        ImportResult result = read(ImportOptions.detect(file), sink);
        assertThat(result.delimiter()).isEqualTo(";");
        assertThat(sink.transactions).extracting(Transaction::amount).containsExactly(1234.56, 12.5, 7.0);
    }

    @Test
    void readsThousandsCommasAndSpacesWithDecimalPoint() throws Exception {
        Path file = write("us.csv", "customer,date,amount\nc1,2024-01-02,\"1,234.56\"\nc2,2024-01-03,\"12,345\"\n"
                + "c3,2024-01-04,0.5\n", StandardCharsets.UTF_8);
        CollectingSink sink = new CollectingSink();
        read(ImportOptions.detect(file), sink);
        assertThat(sink.transactions).extracting(Transaction::amount).containsExactly(1234.56, 12345.0, 0.5);
    }

    @Test
    void readsCurrencySymbolsCodesAndParenthesesNegatives() throws Exception {
        Path file = write("money.csv", "customer,date,amount\nc1,2024-01-02,$12.50\nc2,2024-01-02,€3.25\n"
                + "c3,2024-01-02,£4\nc4,2024-01-02,¥1000\nc5,2024-01-02,￥88\nc6,2024-01-02,USD 5.75\n"
                + "c7,2024-01-02,(3.00)\nc8,2024-01-02,9.99 EUR\n", StandardCharsets.UTF_8);
        CollectingSink sink = new CollectingSink();
        ImportResult result = read(ImportOptions.detect(file), sink);
        assertThat(sink.transactions).extracting(Transaction::amount)
                .containsExactly(12.5, 3.25, 4.0, 1000.0, 88.0, 5.75, -3.0, 9.99);
        assertThat(sink.transactions.get(6).isReturn()).isTrue();
        assertThat(result.returns()).isEqualTo(1);
    }

    @Test
    void rejectsRaggedRowsThatLackNeededColumnsAndAcceptsShortOptionalOnes() throws Exception {
        Path file = write("ragged.csv", "customer,date,amount,channel\nc1,2024-01-02,5,web\nc2,2024-01-02\n"
                + "c3,2024-01-03,6\nc4,2024-01-04,7,shop,,\nc5,2024-01-05,8,web,oops\n", StandardCharsets.UTF_8);
        CollectingSink sink = new CollectingSink();
        ImportResult result = read(ImportOptions.detect(file), sink);
        assertThat(result.rowsRead()).isEqualTo(5);
        assertThat(sink.transactions).extracting(Transaction::customerId).containsExactly("c1", "c3", "c4");
        assertThat(sink.transactions.get(1).channel()).isNull();
        assertThat(sink.transactions.get(2).channel()).isEqualTo("shop");
        assertThat(sink.rejected).extracting(RejectedRow::reason)
                .containsExactly(RejectReason.WRONG_COLUMN_COUNT, RejectReason.WRONG_COLUMN_COUNT);
        assertThat(sink.rejected.get(0).sourceRow()).isEqualTo(3);
        assertThat(sink.rejected.get(0).rawText()).isEqualTo("c2,2024-01-02");
    }

    @Test
    void keepsNewlinesAndDelimitersInsideQuotedFields() throws Exception {
        Path file = write("quoted.csv", "customer,date,amount,note\r\nc1,2024-01-02,5,\"two\r\nlines, and a comma\"\r\n"
                + "\"c,2\",2024-01-03,6,\"say \"\"hi\"\"\"\r\n", StandardCharsets.UTF_8);
        CollectingSink sink = new CollectingSink();
        ImportResult result = read(ImportOptions.detect(file), sink);
        assertThat(result.delimiter()).isEqualTo(",");
        assertThat(sink.transactions).extracting(Transaction::customerId).containsExactly("c1", "c,2");
        assertThat(sink.transactions).extracting(Transaction::sourceRow).containsExactly(2L, 4L);
    }

    @Test
    void readsDayFirstDatesWhenADayExceedsTwelve() throws Exception {
        Path file = write("dmy.csv", "customer,date,amount\nc1,03/04/2024,1\nc2,25/12/2023,2\nc3,1.2.2024,3\n",
                StandardCharsets.UTF_8);
        CollectingSink sink = new CollectingSink();
        ImportResult result = read(ImportOptions.detect(file), sink);
        assertThat(result.warnings()).isEmpty();
        assertThat(sink.transactions).extracting(t -> t.timestamp().toLocalDate()).containsExactly(
                LocalDate.of(2024, 4, 3), LocalDate.of(2023, 12, 25), LocalDate.of(2024, 2, 1));
    }

    @Test
    void readsMonthFirstDatesWhenASecondFieldExceedsTwelve() throws Exception {
        Path file = write("mdy.csv", "customer,date,amount\nc1,03/04/2024 14:05,1\nc2,12/25/2023,2\n"
                + "c3,1-2-2024 2:30 PM,3\n", StandardCharsets.UTF_8);
        CollectingSink sink = new CollectingSink();
        ImportResult result = read(ImportOptions.detect(file), sink);
        assertThat(result.datePattern()).startsWith("M/d/yyyy");
        assertThat(sink.transactions).extracting(Transaction::timestamp).containsExactly(
                LocalDateTime.of(2024, 3, 4, 14, 5), LocalDateTime.of(2023, 12, 25, 0, 0),
                LocalDateTime.of(2024, 1, 2, 14, 30));
    }

    @Test
    void warnsWhenNoDateDecidesBetweenDayFirstAndMonthFirst() throws Exception {
        Path file = write("amb.csv", "customer,date,amount\nc1,03/04/2024,1\nc2,05/06/2024,2\n",
                StandardCharsets.UTF_8);
        CollectingSink sink = new CollectingSink();
        ImportResult result = read(ImportOptions.detect(file), sink);
        boolean us = "US".equals(Locale.getDefault().getCountry());
        assertThat(result.warnings()).singleElement().asString().contains("amb.csv").contains("--date-format");
        assertThat(sink.transactions.get(0).timestamp().toLocalDate())
                .isEqualTo(us ? LocalDate.of(2024, 3, 4) : LocalDate.of(2024, 4, 3));
    }

    @Test
    void usesTheGivenDatePatternOverDetection() throws Exception {
        Path file = write("amb.csv", "customer,date,amount\nc1,03/04/2024,1\nc2,05/06/2024,2\nc3,5/6/24,3\n",
                StandardCharsets.UTF_8);
        CollectingSink sink = new CollectingSink();
        ImportResult result = read(ImportOptions.detect(file).withDatePattern("M/d/yyyy"), sink);
        assertThat(result.warnings()).isEmpty();
        assertThat(sink.transactions).extracting(t -> t.timestamp().toLocalDate())
                .containsExactly(LocalDate.of(2024, 3, 4), LocalDate.of(2024, 5, 6));
        assertThat(sink.rejected).singleElement().satisfies(r -> {
            assertThat(r.reason()).isEqualTo(RejectReason.BAD_DATE);
            assertThat(r.column()).isEqualTo("date");
        });
    }

    @Test
    void readsExcelSerialAndCompactDates() throws Exception {
        Path file = write("serial.csv", "customer,date,amount\nc1,45292,1\nc2,45292.5,2\nc3,20240301,3\n",
                StandardCharsets.UTF_8);
        CollectingSink sink = new CollectingSink();
        read(ImportOptions.detect(file), sink);
        // 45292 days after 1899-12-30 is 2024-01-01
        assertThat(LocalDate.of(1899, 12, 30).plusDays(45292)).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(sink.transactions).extracting(Transaction::timestamp).containsExactly(
                LocalDateTime.of(2024, 1, 1, 0, 0), LocalDateTime.of(2024, 1, 1, 12, 0),
                LocalDateTime.of(2024, 3, 1, 0, 0));
    }

    @Test
    void rejectsMissingIdsDatesAmountsBadValuesAndDuplicates() throws Exception {
        Path file = write("bad.csv", "customer,date,amount\nc1,2024-01-02,5\n,2024-01-02,5\nc2,,5\n"
                + "c3,2024-01-02,\nc4,not a date,5\nc5,2024-01-02,lots\nc1,2024-01-02,5\n\n,,\nc6,2024-02-30,1\n",
                StandardCharsets.UTF_8);
        CollectingSink sink = new CollectingSink();
        ImportResult result = read(ImportOptions.detect(file), sink);
        assertThat(result.rowsRead()).isEqualTo(8);
        assertThat(result.rowsAccepted()).isEqualTo(1);
        assertThat(sink.rejected).extracting(RejectedRow::reason).containsExactly(RejectReason.MISSING_CUSTOMER_ID,
                RejectReason.MISSING_DATE, RejectReason.MISSING_AMOUNT, RejectReason.BAD_DATE,
                RejectReason.BAD_NUMBER, RejectReason.DUPLICATE_ROW, RejectReason.BAD_DATE);
        assertThat(sink.rejected).extracting(RejectedRow::sourceRow).containsExactly(3L, 4L, 5L, 6L, 7L, 8L, 11L);
        assertThat(sink.rejected.get(0).column()).isEqualTo("customer");
        assertThat(sink.rejected.get(0).message()).isEqualTo("Row 3: the customer id is empty.");
        assertThat(sink.rejected.get(0).rawText()).isEqualTo(",2024-01-02,5");
        assertThat(result.rejectedByReason()).containsEntry("bad-date", 2L).containsEntry("duplicate-row", 1L);
    }

    @Test
    void flagsCancelledInvoicesAndNegativeQuantitiesAsReturns() throws Exception {
        Path file = write("retail.csv", "InvoiceNo,CustomerID,InvoiceDate,Quantity,UnitPrice\n"
                + "536365,17850,2010-12-01 08:26,6,2.55\nC536379,14527,2010-12-01 09:41,-1,27.50\n"
                + "536380,14527,2010-12-01 09:45,-2,3\n", StandardCharsets.UTF_8);
        CollectingSink sink = new CollectingSink();
        ImportResult result = read(ImportOptions.detect(file), sink);
        assertThat(result.returns()).isEqualTo(2);
        assertThat(sink.transactions).extracting(Transaction::isReturn).containsExactly(false, true, true);
        assertThat(sink.transactions).extracting(Transaction::amount)
                .containsExactly(6 * 2.55, -27.5, -6.0);
        assertThat(sink.transactions.get(1).invoice()).isEqualTo("C536379");
    }

    @Test
    void mapsPriceToAmountWhenThereIsNoQuantity() throws Exception {
        Path file = write("p.csv", "Id,Date,Price\n\"1\",\"2005-01-02\",230.3\n", StandardCharsets.UTF_8);
        CollectingSink sink = new CollectingSink();
        ImportResult result = read(ImportOptions.detect(file), sink);
        assertThat(result.mapping()).containsEntry(ColumnRole.AMOUNT, 2).doesNotContainKey(ColumnRole.UNIT_PRICE);
        assertThat(sink.transactions.get(0).amount()).isEqualTo(230.3);
    }

    @Test
    void readsCustomerTableWhenThereIsNoPurchaseDate() throws Exception {
        Path file = write("cust.csv", "customer id,acquisition date,channel,CAC,AOV,purchase frequency,lifespan,"
                + "margin\nk1,2023-05-01,ads,12.5,40,4,3,30%\nk2,,seo,0,55.5,2.5,5,0.25\n", StandardCharsets.UTF_8);
        CollectingSink sink = new CollectingSink();
        ImportResult result = read(ImportOptions.detect(file), sink);
        assertThat(result.shape()).isEqualTo(DataShape.CUSTOMERS);
        assertThat(sink.customers).hasSize(2);
        assertThat(sink.customers.get(0).acquisitionDate()).isEqualTo(LocalDate.of(2023, 5, 1));
        assertThat(sink.customers.get(0).margin()).isCloseTo(0.30, within(1e-12));
        assertThat(sink.customers.get(1).margin()).isCloseTo(0.25, within(1e-12));
        assertThat(sink.customers.get(1).averageOrderValue()).isEqualTo(55.5);
        assertThat(sink.customers.get(1).channel()).isEqualTo("seo");
    }

    @Test
    void namesTheMissingColumnAndTheOptionToPass() throws Exception {
        Path file = write("sales.csv", "a,b,c\nx,2024-01-01,1\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new FileImporter().read(ImportOptions.detect(file), new CollectingSink(),
                ProgressListener.NONE)).isInstanceOf(ImportException.class)
                .hasMessageStartingWith("sales.csv: no customer-id")
                .hasMessageContaining("columns are: a, b, c").hasMessageContaining("--customer COLUMN");
    }

    @Test
    void acceptsColumnOverridesByHeaderNameAndIndex() throws Exception {
        Path file = write("o.csv", "who,when,howmuch\nx,2024-01-01,1\n", StandardCharsets.UTF_8);
        CollectingSink sink = new CollectingSink();
        read(ImportOptions.detect(file).withColumn(ColumnRole.CUSTOMER_ID, "WHO").withColumn(ColumnRole.DATE, "2")
                .withColumn(ColumnRole.AMOUNT, "howmuch"), sink);
        assertThat(sink.transactions).singleElement().satisfies(t -> {
            assertThat(t.customerId()).isEqualTo("x");
            assertThat(t.amount()).isEqualTo(1.0);
        });
    }

    @Test
    void usesTheGivenDelimiter() throws Exception {
        Path file = write("t.txt", "customer\tdate\tamount\nc 1\t2024-01-02\t5\n", StandardCharsets.UTF_8);
        CollectingSink sink = new CollectingSink();
        ImportResult result = read(ImportOptions.detect(file).withDelimiter("\t"), sink);
        assertThat(result.delimiter()).isEqualTo("\t");
        assertThat(sink.transactions).singleElement().satisfies(t -> assertThat(t.customerId()).isEqualTo("c 1"));
    }

    @Test
    void pipeDelimitedFileIsDetected() throws Exception {
        Path file = write("p.txt", "customer|date|amount\nc1|2024-01-02|5\nc2|2024-01-03|6\n", StandardCharsets.UTF_8);
        CollectingSink sink = new CollectingSink();
        ImportResult result = read(ImportOptions.detect(file), sink);
        assertThat(result.delimiter()).isEqualTo("|");
        assertThat(result.rowsAccepted()).isEqualTo(2);
    }

    @Test
    void previewShowsDetectedSettingsAndFirstRows() throws Exception {
        Path file = write("orders.csv", "客户ID,下单时间,金额\n张三,2024-03-05 10:30,128.50\n李四,2024-03-06 09:00,66\n"
                + "王五,2024-03-07 18:45:10,1000.25\n", Charset.forName("GBK"));
        ImportPreview preview = new FileImporter().preview(ImportOptions.detect(file), 2);
        assertThat(preview.encoding()).isEqualTo("GB18030");
        assertThat(preview.delimiter()).isEqualTo(",");
        assertThat(preview.sheetsAvailable()).isEmpty();
        assertThat(preview.header()).isTrue();
        assertThat(preview.headerCells()).containsExactly("客户ID", "下单时间", "金额");
        assertThat(preview.rows()).containsExactly(java.util.List.of("张三", "2024-03-05 10:30", "128.50"),
                java.util.List.of("李四", "2024-03-06 09:00", "66"));
        assertThat(preview.mapping()).containsEntry(ColumnRole.DATE, 1);
        assertThat(preview.shape()).isEqualTo(DataShape.TRANSACTIONS);
        assertThat(preview.datePattern()).isEqualTo("yyyy-MM-dd HH:mm:ss");
        assertThat(preview.warnings()).isEmpty();
    }

    @Test
    void previewOfAHeaderlessFileWarnsInsteadOfFailing() throws Exception {
        Path file = write("raw.txt", "7 2024-01-02 3.50\n8 2024-01-03 4.25\n", StandardCharsets.UTF_8);
        ImportPreview preview = new FileImporter().preview(ImportOptions.detect(file), 10);
        assertThat(preview.header()).isFalse();
        assertThat(preview.delimiter()).isEqualTo("whitespace");
        assertThat(preview.headerCells()).containsExactly("Column 1", "Column 2", "Column 3");
        assertThat(preview.rows()).hasSize(2);
        assertThat(preview.warnings()).singleElement().asString().contains("raw.txt")
                .contains("--customer 1 --date 2 --amount 3");
    }

    @Test
    void detectsAHeaderWhoseNamesAreNotKnownRoles() throws Exception {
        Path file = write("h.csv", "who,when,howmuch\nx,2024-01-01,1\ny,2024-01-02,2\n", StandardCharsets.UTF_8);
        ImportPreview preview = new FileImporter().preview(ImportOptions.detect(file), 10);
        assertThat(preview.header()).isTrue();
        assertThat(preview.rows()).hasSize(2);
    }

    @Test
    void cancellingAfterTheFirstProgressReportStopsTheRead() throws Exception {
        StringBuilder b = new StringBuilder("customer,date,amount\n");
        for (int i = 0; i < 25_000; i++) {
            b.append('c').append(i % 97).append(",2024-01-").append(1 + i % 28).append(',').append(i).append('\n');
        }
        Path file = write("big.csv", b.toString(), StandardCharsets.UTF_8);
        int[] calls = new int[1];
        ProgressListener cancelAfterFirst = new ProgressListener() {
            @Override
            public void progress(long done, long total, String message) {
                calls[0]++;
            }

            @Override
            public boolean isCancelled() {
                return calls[0] > 0;
            }
        };
        CollectingSink sink = new CollectingSink();
        assertThatThrownBy(() -> new FileImporter().read(ImportOptions.detect(file), sink, cancelAfterFirst))
                .isInstanceOf(CancelledException.class);
        assertThat(calls[0]).isEqualTo(1);
        assertThat(sink.transactions.size() + sink.rejected.size()).isEqualTo(10_000);
    }
}
