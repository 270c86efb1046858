package org.valuelens.model.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Money, percentages and numbers as the reader writes them, in English and Chinese. */
class NumberTextsTest {
    private final NumberTexts en = new NumberTexts(Locale.ENGLISH, "$");
    private final NumberTexts zh = new NumberTexts(Locale.SIMPLIFIED_CHINESE, "¥");

    @Test
    void negativeMoneyPutsTheSignBeforeTheCurrency() {
        assertThat(en.money(-66, 0)).isEqualTo("\u2212$66");
        assertThat(en.money(-2522.4, 0)).isEqualTo("\u2212$2,522");
        assertThat(zh.money(-66, 0)).isEqualTo("-¥66");
        assertThat(en.money(1234.5, 2)).isEqualTo("$1,234.50");
    }

    @Test
    void valuesRoundingToZeroHaveNoSign() {
        assertThat(en.percent(-0.0001, 1)).isEqualTo("0.0%");
        assertThat(en.percent(-0.0004, 1)).isEqualTo("0.0%");
        assertThat(en.money(-0.004, 2)).isEqualTo("$0.00");
        assertThat(en.number(-0.0, 1)).isEqualTo("0.0");
        assertThat(en.percent(-0.25, 1)).isEqualTo("\u221225.0%");
        assertThat(zh.percent(-0.25, 0)).isEqualTo("-25%");
    }

    @Test
    void notFiniteIsADash() {
        assertThat(en.money(Double.NaN, 2)).isEqualTo(NumberTexts.NONE);
        assertThat(en.percent(Double.POSITIVE_INFINITY, 1)).isEqualTo(NumberTexts.NONE);
    }

    @Test
    void formatsForAxesAndCellsWriteTheSameTexts() {
        assertThat(en.moneyFormat(0).format(-66.0)).isEqualTo(en.money(-66, 0));
        assertThat(en.moneyAxisFormat(2).format(12.5)).isEqualTo("$12.5");
        assertThat(en.percentFormat(1).format(-0.00001)).isEqualTo("0.0%");
        assertThat(en.numberFormat(0).format(-3.0)).isEqualTo("\u22123");
    }
}
