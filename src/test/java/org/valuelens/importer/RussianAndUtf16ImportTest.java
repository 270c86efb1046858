package org.valuelens.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.valuelens.model.Transaction;

/**
 * Russian accounting exports (windows-1251, KOI8-R), UTF-16 without a byte-order mark, Russian and Taiwanese
 * headers.
 */
class RussianAndUtf16ImportTest {
    private static final String RUSSIAN = "Номер заказа;Покупатель;Дата;Количество;Цена;Себестоимость;Канал\n"
            + "З-1;Иванов Пётр;05.03.2024;2;1 250,50 руб.;900,00;Интернет\n"
            + "З-2;ООО Ромашка;06.03.2024;1;12 000,00 руб.;8 000,00;Магазин\n"
            + "З-3;Сидорова Анна;07.03.2024;3;99,90 руб.;50,00;Интернет\n"
            + "З-4;Иванов Пётр;08.03.2024;1;сто рублей;50,00;Интернет\n";

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"windows-1251", "KOI8-R", "UTF-8"})
    void readsARussianExportInEachEncoding(String encoding) throws Exception {
        Path file = TestFiles.write(dir, "заказы.csv", RUSSIAN, Charset.forName(encoding));
        CollectingSink sink = new CollectingSink();
        ImportResult result = TestFiles.read(file, sink);
        assertThat(result.encoding()).isEqualTo(Charset.forName(encoding).name());
        assertThat(result.mapping()).containsEntry(ColumnRole.INVOICE, 0).containsEntry(ColumnRole.CUSTOMER_ID, 1)
                .containsEntry(ColumnRole.DATE, 2).containsEntry(ColumnRole.QUANTITY, 3)
                .containsEntry(ColumnRole.UNIT_PRICE, 4).containsEntry(ColumnRole.COST, 5)
                .containsEntry(ColumnRole.CHANNEL, 6);
        assertThat(result.rowsRead()).isEqualTo(4);
        assertThat(sink.transactions).extracting(Transaction::customerId)
                .containsExactly("Иванов Пётр", "ООО Ромашка", "Сидорова Анна");
        assertThat(sink.transactions).extracting(Transaction::amount).containsExactly(2 * 1250.5, 12000.0, 3 * 99.9);
        assertThat(sink.transactions.get(1).cost()).isEqualTo(8000.0);
        assertThat(sink.transactions.get(2).timestamp()).isEqualTo(LocalDateTime.of(2024, 3, 7, 0, 0));
        assertThat(sink.rejected).singleElement().satisfies(r -> {
            assertThat(r.reason()).isEqualTo(RejectReason.BAD_NUMBER);
            assertThat(r.column()).isEqualTo("Цена");
            assertThat(r.rawText()).contains("сто рублей");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-16LE", "UTF-16BE"})
    void readsUtf16WithoutByteOrderMark(String encoding) throws Exception {
        Path file = TestFiles.write(dir, "u16.csv", "客戶編號\t訂單日期\t金額\t通路\nA01\t113/03/05\tNT$1,200\t門市\n"
                + "A02\t113/03/06\t350\t網路\nA01\t113/02/30\t10\t網路\n", Charset.forName(encoding));
        CollectingSink sink = new CollectingSink();
        ImportResult result = TestFiles.read(file, sink);
        assertThat(result.encoding()).isEqualTo(encoding);
        assertThat(result.mapping()).containsEntry(ColumnRole.CHANNEL, 3);
        assertThat(sink.transactions).extracting(Transaction::timestamp).containsExactly(
                LocalDateTime.of(2024, 3, 5, 0, 0), LocalDateTime.of(2024, 3, 6, 0, 0));
        assertThat(sink.transactions).extracting(Transaction::amount).containsExactly(1200.0, 350.0);
        assertThat(sink.transactions).extracting(Transaction::channel).containsExactly("門市", "網路");
        assertThat(sink.rejected).singleElement().extracting(RejectedRow::reason).isEqualTo(RejectReason.BAD_DATE);
    }

    @Test
    void germanWindows1252IsNotTakenForCyrillic() {
        byte[] latin = "Kunde;Datum;Betrag\nMüller;05.03.2024;12,50\nGarçon;06.03.2024;7,00\nJürgen Weiß;07.03.2024;3\n"
                .getBytes(Charset.forName("windows-1252"));
        assertThat(EncodingDetector.detect(latin, latin.length, true).charset())
                .isEqualTo(EncodingDetector.WINDOWS_1252);
    }

    @Test
    void upperCaseRussianHeadersStillDecideBetween1251AndKoi8() {
        String text = "КЛИЕНТ;ДАТА;СУММА\nПЕТРОВ;05.03.2024;100\nСМИРНОВА;06.03.2024;200\n";
        for (String encoding : new String[] {"windows-1251", "KOI8-R"}) {
            byte[] bytes = text.getBytes(Charset.forName(encoding));
            assertThat(EncodingDetector.detect(bytes, bytes.length, true).charset().name()).isEqualTo(encoding);
        }
    }

    @Test
    void chineseBytesAreNotTakenForCyrillic() {
        String text = "订单号|客户编号|订单日期|金额|渠道\nA1000|张伟1|2023年6月4日|17 823.90 €|线上\n"
                + "A1001|王芳10|2018年6月15日|19 311.82 €|门店\nA1002|张伟3|2023年2月30日|13 773.49 €|线上\n";
        byte[] bytes = text.getBytes(EncodingDetector.GB18030);
        assertThat(EncodingDetector.detect(bytes, bytes.length, true).charset()).isEqualTo(EncodingDetector.GB18030);
        assertThat(EncodingDetector.utf16WithoutBom(text.getBytes(StandardCharsets.UTF_8), text.length())).isNull();
    }

    @Test
    void plainAsciiIsStillUtf8() {
        byte[] ascii = "customer,date,amount\nc1,2024-01-02,5\n".getBytes(StandardCharsets.US_ASCII);
        assertThat(EncodingDetector.detect(ascii, ascii.length, true).charset()).isEqualTo(StandardCharsets.UTF_8);
    }
}
