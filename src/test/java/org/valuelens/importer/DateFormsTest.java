package org.valuelens.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One value at a time: the forms people write dates in, and the reading a whole column decides. */
class DateFormsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2024年3月5日               | 2024-03-05T00:00
            2024年03月05日 14:22       | 2024-03-05T14:22
            2024年3月5日 下午2:22      | 2024-03-05T14:22
            2024年3月5日上午11:05      | 2024-03-05T11:05
            2024年3月5日 上午12:05     | 2024-03-05T00:05
            2024年3月5日 中午12:30     | 2024-03-05T12:30
            2024年3月5日 14时22分      | 2024-03-05T14:22
            2024年3月5日 14點22分10秒  | 2024-03-05T14:22:10
            2024年3月5日 星期二        | 2024-03-05T00:00
            2024年3月5号               | 2024-03-05T00:00
            2024/3/5 14:22:10         | 2024-03-05T14:22:10
            ２０２４年３月５日          | 2024-03-05T00:00
            ２０２４／０３／０５ １４：２２ | 2024-03-05T14:22
            民國113年3月5日            | 2024-03-05T00:00
            民国113年3月5日 下午3:00   | 2024-03-05T15:00
            05-Jan-2024               | 2024-01-05T00:00
            Jan 5, 2024               | 2024-01-05T00:00
            January 5th, 2024 3:07 PM | 2024-01-05T15:07
            Tue, 05 Mar 2024 14:22:10 | 2024-03-05T14:22:10
            Tuesday 5 March 2024      | 2024-03-05T00:00
            5 Sept 2024               | 2024-09-05T00:00
            2024-Mar-05               | 2024-03-05T00:00
            5 марта 2024              | 2024-03-05T00:00
            5 марта 2024 г.           | 2024-03-05T00:00
            05.03.2024 г.             | 2024-03-05T00:00
            вт, 5 мар. 2024           | 2024-03-05T00:00
            1 января 2024 в 10:15     | 2024-01-01T10:15
            Di., 5. März 2024         | 2024-03-05T00:00
            5. Mrz. 2024 14:22 Uhr    | 2024-03-05T14:22
            mardi 5 mars 2024         | 2024-03-05T00:00
            mar. 5 mars 2024 14h22    | 2024-03-05T14:22
            1er févr. 2024            | 2024-02-01T00:00
            5 fevrier 2024            | 2024-02-05T00:00
            3/5/2024 2:22 p.m.        | 2024-05-03T14:22
            3/5/2024 12:00 AM         | 2024-05-03T00:00
            """)
    void readsTheFormsPeopleWrite(String text, LocalDateTime expected) {
        assertThat(new DateParser(true, false, null).parse(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            113/03/05       | 2024-03-05T00:00
            113年3月5日     | 2024-03-05T00:00
            113.3.5 08:00   | 2024-03-05T08:00
            99/12/31        | 2010-12-31T00:00
            """)
    void readsMinguoYearsOnlyInAMinguoColumn(String text, LocalDateTime expected) {
        assertThat(new DateParser(true, true, null).parse(text)).isEqualTo(expected);
        if (!text.startsWith("99")) {
            assertThat(new DateParser(true, false, null).parse(text)).isNull();
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2024年13月5日
            2024年2月30日
            2024年3月
            Foo 5, 2024
            5 Mar
            Jan 5 2024 13:00 PM
            2024-03-05 PM
            2024-03-05 25:00
            2024年3月5日 下午
            Tue Wed 5 Mar 2024
            05/03/2024 14:22:1x
            2024--03-05
            """)
    void rejectsWhatIsNoDate(String text) {
        assertThat(new DateParser(true, false, null).parse(text)).isNull();
    }

    private static DateColumn column(String... values) {
        DateColumn c = new DateColumn();
        for (String v : values) {
            c.add(v);
        }
        return c;
    }

    @Test
    void minguoOnlyWhenNoValueHasAFourDigitYear() {
        assertThat(column("113/03/05", "113/03/06", "112/12/31").minguo()).isTrue();
        assertThat(column("民國99年3月5日", "民國100年1月1日").minguo()).isTrue();
        assertThat(column("113/03/05", "2024/03/06").minguo()).isFalse();
        assertThat(column("913/03/05", "113/03/06").minguo()).isFalse();
        assertThat(column("24/03/05", "25/03/06").minguo()).isFalse();
        assertThat(column("13.03.24", "14.03.24", "113.3.5").minguo()).isFalse();
        assertThat(column("99/12/31", "113/03/06").minguo()).isTrue();
    }

    @Test
    void warnsAboutTwoDigitYearsNamingTheCentury() {
        List<String> warnings = new ArrayList<>();
        DateColumn c = column("5.3.24", "6.3.24", "7.3.25");
        c.warn("f.csv", "Datum", c.minguo(), warnings);
        assertThat(c.twoDigitCentury(false)).isEqualTo(2000);
        assertThat(warnings).singleElement().asString().contains("f.csv").contains("\"Datum\"").contains("2000s");
        DateColumn old = column("05-Jan-85", "06-Feb-99");
        assertThat(old.twoDigitCentury(false)).isEqualTo(1900);
        assertThat(column("2024-03-05").twoDigitCentury(false)).isNull();
    }

    @Test
    void decidesTheOrderFromEveryValueOfTheColumn() {
        DateColumn c = column("03/04/2024", "05/06/2024", "07/25/2024");
        assertThat(c.dayFirst(true)).isFalse();
        assertThat(c.order(false)).isEqualTo("mdy");
        assertThat(column("Jan 5, 2024", "Feb 6, 2024").order(true)).isEqualTo("mdy");
        assertThat(column("2024年3月5日", "2024年3月6日").pattern(true, false)).isEqualTo("yyyy年M月d日");
        assertThat(column("113/03/05", "113/03/06").pattern(true, true)).isEqualTo("yyy/MM/dd (Minguo)");
    }
}
