package org.valuelens.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Strict number reading: what a person means is read, everything else is no number. */
class StrictNumberTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            $ 12.50       | .  | 12.5
            12.50 $       | .  | 12.5
            NT$1,200      | .  | 1200
            US$ 3.5       | .  | 3.5
            RMB 88        | .  | 88
            CNY 88.1      | .  | 88.1
            88.1 cny      | .  | 88.1
            1 234,56 руб. | ,  | 1234.56
            1234 руб      | ,  | 1234
            99 р.         | ,  | 99
            100元         | .  | 100
            ￥1,000.5      | .  | 1000.5
            ₽ 1.234.567   | ,  | 1234567
            1 234 567,8   | ,  | 1234567.8
            1'234'567.25  | .  | 1234567.25
            1’234.5       | .  | 1234.5
            (12.50)       | .  | -12.5
            ($12.50)      | .  | -12.5
            (12,50 €)     | ,  | -12.5
            12.50-        | .  | -12.5
            -$12.50       | .  | -12.5
            $-12.50       | .  | -12.5
            −7            | .  | -7
            +7            | .  | 7
            １２３．５       | .  | 123.5
            ＄１，２３４     | .  | 1234
            .5            | .  | 0.5
            ,5            | ,  | 0.5
            2.5E2         | .  | 250
            1e-2          | .  | 0.01
            """)
    void readsWhatAPersonMeans(String text, char decimal, double expected) {
        assertThat(NumberParser.parse(text, decimal, NumberParser.PERCENT_REJECT)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            12abc       | .
            12 34       | .
            1,23,456    | .
            12,34       | .
            1,2345      | .
            0,123       | .
            12.5        | ,
            1.2.3       | .
            12.         | .
            $$12        | .
            $12 USD     | .
            12 XYZ      | .
            12 EUR 5    | .
            --5         | .
            (-5)        | .
            5-5         | .
            (5          | .
            5)          | .
            30%         | .
            1,234.5,6   | .
            1.234,5.6   | ,
            12 Euro     | .
            n/a         | .
            1 234.5     | ,
            1,234 567   | .
            9e999       | .
            """)
    void rejectsEverythingElse(String text, char decimal) {
        assertThat(NumberParser.parse(text, decimal, NumberParser.PERCENT_REJECT)).isNaN();
    }

    @Test
    void percentIsAllowedOnlyWhereAsked() {
        assertThat(NumberParser.parse("30%", '.', NumberParser.PERCENT_REJECT)).isNaN();
        assertThat(NumberParser.parse("30 %", '.', NumberParser.PERCENT_AS_FRACTION)).isEqualTo(0.3);
        assertThat(NumberParser.parse("12,5％", ',', NumberParser.PERCENT_AS_FRACTION)).isEqualTo(0.125);
        assertThat(NumberParser.parse("30%%", '.', NumberParser.PERCENT_AS_FRACTION)).isNaN();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            1,234     | .  | true
            12,345    | .  | true
            1,234.5   | .  | false
            1,234,567 | .  | false
            1.234     | ,  | true
            1234      | .  | false
            1.234     | .  | false
            """)
    void flagsReadingsAPersonMightNotExpect(String text, char decimal, boolean surprising) {
        assertThat(NumberParser.readAsThousands(text, decimal)).isEqualTo(surprising);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            1 234,56 руб. | 2
            12.50 руб.    | 1
            р.12,5        | 2
            """)
    void votesOnlyOnSeparatorsBetweenDigits(String text, int vote) {
        assertThat(NumberParser.vote(text)).isEqualTo(vote);
    }
}
