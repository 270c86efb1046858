package org.valuelens.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.chrono.MinguoDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.valuelens.model.Transaction;

/**
 * Files of the kind users in China, Taiwan and Russia keep, written here in each encoding: every row accounted
 * for, the right customers, dates and amounts, and every broken value rejected with its reason.
 */
class HandTypedExportsImportTest {
    @TempDir
    Path dir;

    private static long customers(CollectingSink sink) {
        return sink.transactions.stream().map(Transaction::customerId).distinct().count();
    }

    @ParameterizedTest
    @ValueSource(strings = {"GB18030", "UTF-8", "UTF-16LE"})
    void chineseHandTypedDatesAndAmounts(String encoding) throws Exception {
        Path file = TestFiles.write(dir, "手工台账.csv", "客户编号,下单时间,金额\n"
                + "张三,2024年3月5日,￥128.50\n"
                + "李四,2024年03月05日 14:22,66元\n"
                + "王五,2024年3月5日 下午2:22,\"RMB 1,000.25\"\n"
                + "张三,2024/3/5 14:22:10,CNY 88\n"
                + "李四,２０２４年３月６日 上午９:０５,１２３．５０\n"
                + "王五,2024年3月7日 晚上8点30分,(12.50)\n"
                + "赵六,2024年13月5日,10\n"
                + "赵六,2024年3月8日,12元5角\n"
                + "赵六,2024年3月,10\n", Charset.forName(encoding));
        CollectingSink sink = new CollectingSink();
        ImportResult result = TestFiles.read(file, sink);
        assertThat(result.rowsRead()).isEqualTo(9);
        assertThat(customers(sink)).isEqualTo(3);
        assertThat(sink.transactions).extracting(Transaction::timestamp).containsExactly(
                LocalDateTime.of(2024, 3, 5, 0, 0), LocalDateTime.of(2024, 3, 5, 14, 22),
                LocalDateTime.of(2024, 3, 5, 14, 22), LocalDateTime.of(2024, 3, 5, 14, 22, 10),
                LocalDateTime.of(2024, 3, 6, 9, 5), LocalDateTime.of(2024, 3, 7, 20, 30));
        assertThat(sink.transactions).extracting(Transaction::amount)
                .containsExactly(128.5, 66.0, 1000.25, 88.0, 123.5, -12.5);
        assertThat(sink.rejected).extracting(RejectedRow::reason).containsExactly(RejectReason.BAD_DATE,
                RejectReason.BAD_NUMBER, RejectReason.BAD_DATE);
        assertThat(sink.rejected).extracting(RejectedRow::rawText).containsExactly("赵六,2024年13月5日,10",
                "赵六,2024年3月8日,12元5角", "赵六,2024年3月,10");
        assertThat(result.datePattern()).isEqualTo("yyyy年M月d日 HH:mm:ss");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Big5", "UTF-8", "UTF-16BE"})
    void taiwaneseMinguoDatesAreReadAndSaid(String encoding) throws Exception {
        Path file = TestFiles.write(dir, "發票.csv", "客戶編號\t訂單日期\t數量\t單價\t通路\n"
                + "A01\t113/03/05\t2\tNT$1,200\t門市\n"
                + "A02\t113年3月6日\t1\tNT$350.5\t網路\n"
                + "A01\t民國113年3月7日\t3\t99\t網路\n"
                + "A03\t112/12/31\t1\t$10\t門市\n"
                + "A03\t113/02/30\t1\t10\t門市\n"
                + "A04\t113/03/08\t1\tNT$1,20\t門市\n", Charset.forName(encoding));
        ImportPreview preview = new FileImporter().preview(ImportOptions.detect(file), 3);
        assertThat(preview.dateReading()).isEqualTo(new DateReading("ymd", true, null));
        assertThat(preview.dateReading().describe()).contains("Minguo calendar: year + 1911");

        CollectingSink sink = new CollectingSink();
        ImportResult result = TestFiles.read(file, sink);
        assertThat(result.rowsRead()).isEqualTo(6);
        assertThat(customers(sink)).isEqualTo(3);
        assertThat(sink.transactions).extracting(t -> t.timestamp().toLocalDate()).containsExactly(
                java.time.LocalDate.from(MinguoDate.of(113, 3, 5)), java.time.LocalDate.from(MinguoDate.of(113, 3, 6)),
                java.time.LocalDate.from(MinguoDate.of(113, 3, 7)),
                java.time.LocalDate.from(MinguoDate.of(112, 12, 31)));
        assertThat(sink.transactions).extracting(Transaction::amount).containsExactly(2400.0, 350.5, 297.0, 10.0);
        assertThat(sink.transactions).extracting(Transaction::channel).containsExactly("門市", "網路", "網路", "門市");
        assertThat(sink.rejected).extracting(RejectedRow::reason)
                .containsExactly(RejectReason.BAD_DATE, RejectReason.BAD_NUMBER);
        assertThat(sink.rejected.get(1).column()).isEqualTo("單價");
    }

    @Test
    void threeDigitYearsBesideFourDigitOnesAreNotMinguo() throws Exception {
        Path file = TestFiles.write(dir, "mixed.csv",
                "客戶編號,訂單日期,金額\nA1,113/03/05,1\nA2,2024/03/06,2\nA3,2024/03/07,3\n",
                StandardCharsets.UTF_8);
        CollectingSink sink = new CollectingSink();
        ImportResult result = TestFiles.read(file, sink);
        assertThat(sink.transactions).extracting(Transaction::customerId).containsExactly("A2", "A3");
        assertThat(sink.rejected).singleElement().satisfies(r -> assertThat(r.reason())
                .isEqualTo(RejectReason.BAD_DATE));
        assertThat(result.warnings()).anySatisfy(w -> assertThat(w).contains("訂單日期").contains("Minguo"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-8", "windows-1252"})
    void monthNamesInFourLanguagesAndTwelveHourClocks(String encoding) throws Exception {
        Path file = TestFiles.write(dir, "names.csv", "customer;date;amount\n"
                + "c1;Tue, 05 Mar 2024 14:22:10;12,50\n"
                + "c2;5. März 2024;1.234,56\n"
                + "c3;mardi 5 mars 2024;7,00\n"
                + "c4;05-Jan-2024 3:07 PM;(1,00)\n"
                + "c5;Jan 6, 2024 12:15 AM;2,00\n"
                + "c6;Foo 6, 2024;2,00\n"
                + "c7;6 Jan 2024 13:00 PM;2,00\n", Charset.forName(encoding));
        CollectingSink sink = new CollectingSink();
        ImportResult result = TestFiles.read(file, sink);
        assertThat(result.encoding()).isEqualTo(encoding);
        assertThat(sink.transactions).extracting(Transaction::timestamp).containsExactly(
                LocalDateTime.of(2024, 3, 5, 14, 22, 10), LocalDateTime.of(2024, 3, 5, 0, 0),
                LocalDateTime.of(2024, 3, 5, 0, 0), LocalDateTime.of(2024, 1, 5, 15, 7),
                LocalDateTime.of(2024, 1, 6, 0, 15));
        assertThat(sink.transactions).extracting(Transaction::amount).containsExactly(12.5, 1234.56, 7.0, -1.0, 2.0);
        assertThat(sink.rejected).extracting(RejectedRow::reason)
                .containsExactly(RejectReason.BAD_DATE, RejectReason.BAD_DATE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"windows-1251", "KOI8-R"})
    void russianMonthNamesAndYearMarks(String encoding) throws Exception {
        Path file = TestFiles.write(dir, "продажи.csv", "Клиент;Дата;Сумма\n"
                + "Иванов;5 марта 2024;1 234,56 руб.\n"
                + "Петрова;05.03.2024 г.;99,90 р.\n"
                + "Иванов;1 января 2024 г. в 10:15;12 000,00\n"
                + "Сидоров;31 февраля 2024;5,00\n"
                + "Сидоров;6 марта 2024;пять\n", Charset.forName(encoding));
        CollectingSink sink = new CollectingSink();
        ImportResult result = TestFiles.read(file, sink);
        assertThat(result.encoding()).isEqualTo(encoding);
        assertThat(customers(sink)).isEqualTo(2);
        assertThat(sink.transactions).extracting(Transaction::timestamp).containsExactly(
                LocalDateTime.of(2024, 3, 5, 0, 0), LocalDateTime.of(2024, 3, 5, 0, 0),
                LocalDateTime.of(2024, 1, 1, 10, 15));
        assertThat(sink.transactions).extracting(Transaction::amount).containsExactly(1234.56, 99.9, 12000.0);
        assertThat(sink.rejected).extracting(RejectedRow::reason)
                .containsExactly(RejectReason.BAD_DATE, RejectReason.BAD_NUMBER);
    }

    @Test
    void twoDigitYearsAreReadWithAWarningNamingTheCentury() throws Exception {
        Path file = TestFiles.write(dir, "yy.csv",
                "customer,date,amount\nc1,25.03.24,1\nc2,26.03.24,2\nc3,01.04.99,3\n",
                StandardCharsets.UTF_8);
        CollectingSink sink = new CollectingSink();
        ImportResult result = TestFiles.read(file, sink);
        assertThat(sink.transactions).extracting(t -> t.timestamp().getYear()).containsExactly(2024, 2024, 1999);
        assertThat(result.warnings()).anySatisfy(w -> assertThat(w).contains("\"date\"").contains("two digits")
                .contains("2000s").contains("1900s"));
    }

    @Test
    void strictNumbersRejectWhatIsNotMeantAndCountSurprisingReadings() throws Exception {
        Path file = TestFiles.write(dir, "amounts.csv", "customer,date,amount\n"
                + "c1,2024-01-02,\"1,234.50\"\n"
                + "c2,2024-01-02,\"1,234\"\n"
                + "c3,2024-01-02,\"12,345\"\n"
                + "c4,2024-01-02,12.50-\n"
                + "c5,2024-01-02,\"$ 1,000.00\"\n"
                + "c6,2024-01-02,12.5abc\n"
                + "c7,2024-01-02,\"1,23,456.00\"\n"
                + "c8,2024-01-02,5%\n"
                + "c9,2024-01-02,12 EUR 5\n"
                + "c10,2024-01-02,\"0,5\"\n", StandardCharsets.UTF_8);
        CollectingSink sink = new CollectingSink();
        ImportResult result = TestFiles.read(file, sink);
        assertThat(sink.transactions).extracting(Transaction::amount)
                .containsExactly(1234.5, 1234.0, 12345.0, -12.5, 1000.0);
        assertThat(sink.rejected).extracting(RejectedRow::reason).containsOnly(RejectReason.BAD_NUMBER);
        assertThat(sink.rejected).extracting(RejectedRow::rawText).containsExactly("c6,2024-01-02,12.5abc",
                "c7,2024-01-02,1,23,456.00", "c8,2024-01-02,5%", "c9,2024-01-02,12 EUR 5", "c10,2024-01-02,0,5");
        assertThat(result.warnings()).anySatisfy(w -> assertThat(w).contains("2 values").contains("\"amount\"")
                .contains("\"1,234\""));
    }

    @Test
    void aPercentSignIsReadOnlyOnTheMarginColumn() throws Exception {
        Path file = TestFiles.write(dir, "cust.csv", "customer id,AOV,purchase frequency,lifespan,margin\n"
                + "k1,40,4,3,30%\nk2,55.5,2.5,5,\"12,5 %\"\nk3,20%,2,1,10%\n", StandardCharsets.UTF_8);
        CollectingSink sink = new CollectingSink();
        TestFiles.read(file, sink);
        assertThat(sink.customers).extracting(c -> c.customerId()).containsExactly("k1", "k2");
        assertThat(sink.customers.get(0).margin()).isEqualTo(30 / 100.0);
        assertThat(sink.customers.get(1).margin()).isEqualTo(12.5 / 100);
        assertThat(sink.rejected).singleElement().satisfies(r -> {
            assertThat(r.column()).isEqualTo("AOV");
            assertThat(r.reason()).isEqualTo(RejectReason.BAD_NUMBER);
        });
    }
}
