package org.valuelens.report.deck;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Numbers, money and dates of the report in Traditional Chinese (Taiwan) and Russian. */
class ReportTextLocalesTest {

    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final String NBSP = "\u00a0";

    @Test
    void russianMoneyIsGroupedWithNoBreakSpacesAndCarriesTheSymbolAfter() {
        ReportText t = ReportText.of(RU, "₽");
        assertThat(t.money(1234.5)).isEqualTo("1" + NBSP + "234,50" + NBSP + "₽");
        assertThat(t.money(-66)).isEqualTo("-66,00" + NBSP + "₽");
        assertThat(t.money(244092.4, 0)).isEqualTo("244" + NBSP + "092" + NBSP + "₽");
    }

    @Test
    void taiwanMoneyCarriesNtDollarsBefore() {
        ReportText t = ReportText.of(Locale.TRADITIONAL_CHINESE, "NT$");
        assertThat(t.money(1234.5)).isEqualTo("NT$1,234.50");
        assertThat(t.money(-66, 0)).isEqualTo("-NT$66");
    }

    @Test
    void aNegativeAmountThatRoundsToZeroHasNoSign() {
        assertThat(ReportText.of(RU, "₽").money(-0.004)).isEqualTo("0,00" + NBSP + "₽");
        assertThat(ReportText.of(Locale.ENGLISH, "$").money(-0.4, 0)).isEqualTo("$0");
    }

    @Test
    void datesAndPercentagesFollowTheLocale() {
        LocalDate d = LocalDate.of(1997, 9, 30);
        assertThat(ReportText.of(Locale.TRADITIONAL_CHINESE, "NT$").date(d)).isEqualTo("1997年9月30日");
        assertThat(ReportText.of(RU, "₽").date(d)).isEqualTo("30 сент. 1997 г.");
        assertThat(ReportText.of(RU, "₽").percent(0.4832)).isEqualTo("48,3" + NBSP + "%");
    }
}
