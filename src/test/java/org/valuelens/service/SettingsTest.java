package org.valuelens.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.Test;

class SettingsTest {

    private static Path p(String name) {
        return Paths.get("/work", name).toAbsolutePath();
    }

    @Test
    void withCopiesLeaveTheOriginalUnchanged() {
        Settings changed = Settings.DEFAULTS.withMargin(0.5);

        assertThat(changed.margin()).isEqualTo(0.5);
        assertThat(Settings.DEFAULTS.margin()).isEqualTo(0.30);
    }

    @Test
    void recentWorkspaceMovesToTheFrontWithoutDuplicates() {
        Settings s = Settings.DEFAULTS.withRecentWorkspaces(List.of(p("a"), p("b"), p("c")));

        assertThat(s.withRecentWorkspace(p("c")).recentWorkspaces()).containsExactly(p("c"), p("a"), p("b"));
    }

    @Test
    void recentListKeepsAtMostEightNewestEntries() {
        Settings s = Settings.DEFAULTS;
        for (int i = 0; i < 10; i++) {
            s = s.withRecentWorkspace(p("w" + i));
        }

        assertThat(s.recentWorkspaces()).hasSize(8).first().isEqualTo(p("w9"));
        assertThat(s.recentWorkspaces()).doesNotContain(p("w0"), p("w1"));
    }

    @Test
    void currencySymbolIsTrimmed() {
        assertThat(Settings.DEFAULTS.withCurrencySymbol("  £ ").currencySymbol()).isEqualTo("£");
    }

    @Test
    void blankCurrencySymbolIsRejected() {
        assertThatThrownBy(() -> Settings.DEFAULTS.withCurrencySymbol("  "))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void discountRateOfOneOrMoreIsRejected() {
        assertThatThrownBy(() -> Settings.DEFAULTS.withAnnualDiscountRate(1.0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void zeroMarginIsRejected() {
        assertThatThrownBy(() -> Settings.DEFAULTS.withMargin(0.0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void unknownLanguageTagFallsBackToEnglish() {
        assertThat(Language.fromTag("fr")).isEqualTo(Language.ENGLISH);
        assertThat(Language.fromTag("ZH-cn")).isEqualTo(Language.CHINESE_SIMPLIFIED);
    }
}
