package org.valuelens.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Which font family each language's script asks for. */
class ScriptFontsTest {

    @Test
    void traditionalChineseAsksForTheTcCutOnEverySystem() {
        Locale tw = Locale.TRADITIONAL_CHINESE;
        assertThat(ScriptFonts.traditional(tw)).isTrue();
        assertThat(ScriptFonts.family(tw, "Linux")).isEqualTo("Noto Sans CJK TC");
        assertThat(ScriptFonts.family(tw, "Windows 11")).isEqualTo("Microsoft JhengHei");
        assertThat(ScriptFonts.family(tw, "Mac OS X")).isEqualTo("PingFang TC");
        assertThat(ScriptFonts.officeEastAsian(tw)).isEqualTo("Microsoft JhengHei");
        assertThat(ScriptFonts.candidates(tw)).first().isEqualTo("Noto Sans CJK TC");
        assertThat(ScriptFonts.traditional(Locale.forLanguageTag("zh-Hant"))).isTrue();
        assertThat(ScriptFonts.traditional(Locale.forLanguageTag("zh-HK"))).isTrue();
    }

    @Test
    void simplifiedChineseKeepsTheScCut() {
        Locale cn = Locale.SIMPLIFIED_CHINESE;
        assertThat(ScriptFonts.traditional(cn)).isFalse();
        assertThat(ScriptFonts.family(cn, "Linux")).isEqualTo("Noto Sans CJK SC");
        assertThat(ScriptFonts.officeEastAsian(cn)).isEqualTo("Microsoft YaHei");
    }

    @Test
    void russianAndEnglishNeedNoFamilyOfTheirOwn() {
        for (Locale l : new Locale[] {Locale.forLanguageTag("ru"), Locale.ENGLISH}) {
            assertThat(ScriptFonts.cjk(l)).isFalse();
            assertThat(ScriptFonts.family(l, "Linux")).isNull();
            assertThat(ScriptFonts.installedFamily(l)).isNull();
            assertThat(ScriptFonts.officeEastAsian(l)).isNull();
        }
    }

    @Test
    void anInstalledFamilyIsOneOfTheCandidatesOrTheLogicalSansSerif() {
        String family = ScriptFonts.installedFamily(Locale.TRADITIONAL_CHINESE);
        assertThat(ScriptFonts.candidates(Locale.TRADITIONAL_CHINESE).contains(family)
                || java.awt.Font.SANS_SERIF.equals(family)).isTrue();
    }
}
