package org.valuelens.report.chart;

import java.awt.GraphicsEnvironment;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The font families a language's script needs, in one place for the app's styles, its charts and the exported
 * report. Chinese needs a CJK family: Traditional (zh-TW, zh-HK, Hant) prefers the TC cut (Taiwan glyph shapes),
 * Simplified the SC cut. Latin and Cyrillic need none: the default sans-serif family (DejaVu Sans on Debian,
 * Segoe UI / Arial on Windows) has those glyphs. Immutable.
 */
public final class ScriptFonts {

    private static final List<String> TRADITIONAL = List.of("Noto Sans CJK TC", "Microsoft JhengHei", "PingFang TC",
            "Source Han Sans TC", "Noto Sans CJK HK", "Noto Sans CJK SC", "WenQuanYi Zen Hei");
    private static final List<String> SIMPLIFIED = List.of("Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC",
            "Source Han Sans SC", "WenQuanYi Zen Hei", "WenQuanYi Micro Hei", "Noto Sans CJK JP");

    private ScriptFonts() {
    }

    /** @param locale a UI locale ({@code null} not permitted) @return whether its text needs a CJK font */
    public static boolean cjk(Locale locale) {
        return "zh".equals(Objects.requireNonNull(locale, "locale").getLanguage());
    }

    /**
     * @param locale a UI locale ({@code null} not permitted)
     * @return whether it is written in Traditional Chinese characters (Taiwan, Hong Kong, Macau or script Hant)
     */
    public static boolean traditional(Locale locale) {
        return cjk(locale) && ("Hant".equals(locale.getScript()) || Set.of("TW", "HK", "MO").contains(
                locale.getCountry()));
    }

    /**
     * @param locale a UI locale ({@code null} not permitted)
     * @return the CJK families to try, best first; empty when the default font has the script's glyphs
     */
    public static List<String> candidates(Locale locale) {
        return !cjk(locale) ? List.of() : traditional(locale) ? TRADITIONAL : SIMPLIFIED;
    }

    /**
     * The family the app asks for by name on this operating system (JavaFX falls back by itself if it is missing).
     *
     * @param locale a UI locale ({@code null} not permitted)
     * @param osName the {@code os.name} system property ({@code null} = Linux)
     * @return the family, or {@code null} when the language needs none
     */
    public static String family(Locale locale, String osName) {
        if (!cjk(locale)) {
            return null;
        }
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        boolean tc = traditional(locale);
        if (os.contains("win")) {
            return tc ? "Microsoft JhengHei" : "Microsoft YaHei";
        }
        if (os.contains("mac")) {
            return tc ? "PingFang TC" : "PingFang SC";
        }
        return tc ? "Noto Sans CJK TC" : "Noto Sans CJK SC";
    }

    /**
     * @param locale a UI locale ({@code null} not permitted)
     * @return the first candidate installed for Java2D (charts written to PNG, SVG and slides), else the logical
     *         sans-serif family; {@code null} when the language needs none
     */
    public static String installedFamily(Locale locale) {
        List<String> candidates = candidates(locale);
        if (candidates.isEmpty()) {
            return null;
        }
        Set<String> installed = Set.of(GraphicsEnvironment.getLocalGraphicsEnvironment()
                .getAvailableFontFamilyNames());
        return candidates.stream().filter(installed::contains).findFirst().orElse(java.awt.Font.SANS_SERIF);
    }

    /**
     * @param locale a UI locale ({@code null} not permitted)
     * @return the East Asian font family named in PowerPoint text runs (Office's own CJK fonts), or {@code null}
     */
    public static String officeEastAsian(Locale locale) {
        return !cjk(locale) ? null : traditional(locale) ? "Microsoft JhengHei" : "Microsoft YaHei";
    }

    /**
     * Gives a chart the language's CJK family by name (the app's on-screen charts).
     *
     * @param chart  a chart ({@code null} permitted)
     * @param locale the UI locale ({@code null} not permitted)
     * @return the same chart
     */
    public static org.jfree.chart.JFreeChart localise(org.jfree.chart.JFreeChart chart, Locale locale) {
        String family = family(locale, System.getProperty("os.name"));
        return chart == null || family == null ? chart : ValueCharts.withFontFamily(chart, family);
    }
}
