package org.valuelens.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The building blocks: number and date parsing, hash set, delimiter and encoding detection. */
class ParsingTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            1234.56     | .  | 1234.56
            1,234.56    | .  | 1234.56
            1.234,56    | ,  | 1234.56
            1 234,56    | ,  | 1234.56
            1'234.5     | .  | 1234.5
            -12.5       | .  | -12.5
            12.5-       | .  | -12.5
            (3.25)      | .  | -3.25
            $12         | .  | 12
            € 7,5       | ,  | 7.5
            12.00 USD   | .  | 12
            RMB 88      | .  | 88
            ￥1,000      | .  | 1000
            0           | .  | 0
            0.0001      | .  | 0.0001
            1e3         | .  | 1000
            """)
    void parsesNumbersAsPeopleWriteThem(String text, char decimal, double expected) {
        assertThat(NumberParser.parse(text, decimal, false)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            abc
            1.2.3,4
            12 EUR 5
            ''
            -
            """)
    void rejectsTextsThatAreNoNumber(String text) {
        assertThat(NumberParser.parse(text == null ? "" : text, '.', false)).isNaN();
    }

    @Test
    void readsPercentAsFractionOnlyWhenAsked() {
        assertThat(NumberParser.parse("30%", '.', true)).isEqualTo(0.3);
        assertThat(NumberParser.parse("30%", '.', false)).isEqualTo(30.0);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            1.234,56 | 2
            1,234.56 | 1
            12,5     | 2
            12.5     | 1
            1,234    | 0
            1.234    | 0
            1.234.567| 2
            0,123    | 2
            12       | 0
            """)
    void votesForTheDecimalSeparatorAValueShows(String text, int vote) {
        assertThat(NumberParser.vote(text)).isEqualTo(vote);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2024-03-05            | true  | 2024-03-05T00:00
            2024/03/05 7:08       | true  | 2024-03-05T07:08
            2024-03-05T07:08:09   | true  | 2024-03-05T07:08:09
            2024-03-05 07:08:09.5 | true  | 2024-03-05T07:08:09.500
            2024-03-05T07:08:09Z  | true  | 2024-03-05T07:08:09
            20240305              | true  | 2024-03-05T00:00
            05/03/2024            | true  | 2024-03-05T00:00
            05/03/2024            | false | 2024-05-03T00:00
            5.3.24                | true  | 2024-03-05T00:00
            3-5-2024 11:15 PM     | false | 2024-03-05T23:15
            45356                 | true  | 2024-03-05T00:00
            45356.25              | true  | 2024-03-05T06:00
            """)
    void parsesDatesInTheUsualForms(String text, boolean dayFirst, LocalDateTime expected) {
        assertThat(new DateParser(dayFirst, null).parse(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2024-02-30
            31/31/2024
            yesterday
            2024-13-01
            12:30
            """)
    void rejectsTextsThatAreNoValidDate(String text) {
        assertThat(new DateParser(true, null).parse(text)).isNull();
    }

    @Test
    void longHashSetAgreesWithHashSetOnRandomValues() {
        Random random = new Random(7);
        LongHashSet set = new LongHashSet(4);
        Set<Long> reference = new HashSet<>();
        for (int i = 0; i < 200_000; i++) {
            long v = random.nextInt(100_000) - 50_000L;
            assertThat(set.add(v)).isEqualTo(reference.add(v));
        }
        assertThat(set.size()).isEqualTo(reference.size());
        assertThat(set.contains(0)).isEqualTo(reference.contains(0L));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', textBlock = """
            a,b,c\\n1,2,3\\n4,5,6                 # ,
            a;b;c\\n1,5;2;3\\n4,5;5;6             # ;
            a\\tb\\tc\\n1\\t2\\t3                  # TAB
            a|b|c\\n1|2|3                         # |
            a  b   c\\n1   2 3\\n4 5     6        # whitespace
            "x,y";b;c\\n"1,2";3;4                 # ;
            """)
    void detectsTheDelimiterFromConsistentFieldCounts(String text, String expected) {
        String input = text.replace("\\n", "\n").replace("\\t", "\t");
        assertThat(TextSource.detectDelimiter(input)).isEqualTo(expected.equals("TAB") ? "\t" : expected);
    }

    @Test
    void detectsUtf8AndGb18030AndWindows1252() {
        byte[] utf8 = "客户,金额\n张三,5\n".getBytes(StandardCharsets.UTF_8);
        byte[] gbk = "客户,金额\n张三,5\n".getBytes(Charset.forName("GBK"));
        byte[] latin = "Kunde,Betrag\nMüller,5\nFrançois,6\n".getBytes(Charset.forName("windows-1252"));
        assertThat(EncodingDetector.detect(utf8, utf8.length, true).charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(EncodingDetector.detect(gbk, gbk.length, true).charset()).isEqualTo(EncodingDetector.GB18030);
        assertThat(EncodingDetector.detect(latin, latin.length, true).charset())
                .isEqualTo(EncodingDetector.WINDOWS_1252);
    }
}
