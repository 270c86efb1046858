package org.valuelens.report.deck;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Locale formats of the report's numbers, money, percentages and dates. */
class ReportTextTest {

    @Test
    void englishMoneyHasTheSymbolGroupingAndTwoDecimals() {
        ReportText t = ReportText.of(Locale.ENGLISH, "$");
        assertThat(t.money(1234.5)).isEqualTo("$1,234.50");
        assertThat(t.money(-5)).isEqualTo("\u2212$5.00"); // the typographic minus before the currency
        assertThat(t.money(244092.4, 0)).isEqualTo("$244,092");
    }

    @Test
    void percentagesHaveOneDecimal() {
        assertThat(ReportText.of(Locale.ENGLISH, "$").percent(0.4832)).isEqualTo("48.3%");
        assertThat(ReportText.of(Locale.SIMPLIFIED_CHINESE, "¥").percent(0.4832)).isEqualTo("48.3%");
    }

    @Test
    void datesFollowTheLocale() {
        LocalDate d = LocalDate.of(1997, 9, 30);
        assertThat(ReportText.of(Locale.ENGLISH, "$").date(d)).isEqualTo("Sep 30, 1997");
        assertThat(ReportText.of(Locale.SIMPLIFIED_CHINESE, "¥").date(d)).isEqualTo("1997年9月30日");
    }

    @Test
    void stringsComeFromTheLocalesBundleWithArguments() {
        assertThat(ReportText.of(Locale.ENGLISH, "$").get("title.range", "a", "b")).isEqualTo("a to b");
        assertThat(ReportText.of(Locale.SIMPLIFIED_CHINESE, "$").get("title.range", "a", "b")).isEqualTo("a 至 b");
    }

    @Test
    void segmentNamesAndDefaultActionsAreTranslated() {
        ReportText zh = ReportText.of(Locale.SIMPLIFIED_CHINESE, "¥");
        assertThat(zh.segment("Gold")).isEqualTo("金牌客户");
        assertThat(zh.action("Gold", "Retain and reward.")).isNotEqualTo("Retain and reward.");
        assertThat(zh.action("Gold", "My own plan")).isEqualTo("My own plan");
    }
}
