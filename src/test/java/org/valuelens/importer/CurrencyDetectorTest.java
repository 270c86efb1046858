package org.valuelens.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The currency of an amount column: a sign or code most cells carry, as the app writes it. */
class CurrencyDetectorTest {

    @Test
    void signsAndCodesBeforeOrAfterTheDigits() {
        assertThat(CurrencyDetector.detect(List.of("￥12,435", "￥8.50", "￥1,000"))).isEqualTo("¥");
        assertThat(CurrencyDetector.detect(List.of("12.50 EUR", "3 EUR", "7,10 EUR"))).isEqualTo("€");
        assertThat(CurrencyDetector.detect(List.of("NT$300", "NT$1,200"))).isEqualTo("NT$");
        assertThat(CurrencyDetector.detect(List.of("1 234,50 ₽", "99 ₽"))).isEqualTo("₽");
        assertThat(CurrencyDetector.detect(List.of("-$66", "$2,522.00"))).isEqualTo("$");
        assertThat(CurrencyDetector.detect(List.of("120 руб.", "80 руб."))).isEqualTo("₽");
        assertThat(CurrencyDetector.detect(List.of("RMB 300", "RMB 20"))).isEqualTo("¥");
    }

    @Test
    void plainNumbersOrAMinorityOfSignsGiveNone() {
        assertThat(CurrencyDetector.detect(List.of("12.5", "3", "1,000"))).isNull();
        assertThat(CurrencyDetector.detect(List.of("$1", "2", "3", "4"))).isNull();
        assertThat(CurrencyDetector.detect(Arrays.asList(null, " ", "€5"))).isEqualTo("€");
        assertThat(CurrencyDetector.detect(List.of())).isNull();
    }
}
