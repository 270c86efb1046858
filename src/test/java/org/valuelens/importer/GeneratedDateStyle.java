package org.valuelens.importer;

import java.time.LocalDateTime;
import java.time.chrono.MinguoChronology;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Date styles of the seeded test files, each written by {@link DateTimeFormatter} (Minguo years by
 * {@link MinguoChronology}, 上午/下午 by the Chinese locale): the expected values come from java.time, not from the
 * importer. {@code precision} is what the style keeps of a timestamp.
 */
enum GeneratedDateStyle {
    ISO("yyyy-MM-dd", Locale.ROOT, ChronoUnit.DAYS, false, null),
    ISO_TIME("yyyy-MM-dd HH:mm:ss", Locale.ROOT, ChronoUnit.SECONDS, false, null),
    SLASH_TIME("yyyy/M/d H:mm", Locale.ROOT, ChronoUnit.MINUTES, false, null),
    DOTTED_DAY_FIRST("dd.MM.yyyy", Locale.ROOT, ChronoUnit.DAYS, true, null),
    SLASH_DAY_FIRST("d/M/yyyy", Locale.ROOT, ChronoUnit.DAYS, true, null),
    US_12_HOUR("M/d/yyyy h:mm a", Locale.US, ChronoUnit.MINUTES, false, null),
    TWO_DIGIT_YEAR("dd.MM.yy", Locale.ROOT, ChronoUnit.DAYS, true, null),
    COMPACT("yyyyMMdd", Locale.ROOT, ChronoUnit.DAYS, false, null),
    CHINESE("yyyy年M月d日", Locale.CHINA, ChronoUnit.DAYS, false, "zh"),
    CHINESE_TIME("yyyy年MM月dd日 HH:mm", Locale.CHINA, ChronoUnit.MINUTES, false, "zh"),
    CHINESE_12_HOUR("yyyy年M月d日 ah:mm", Locale.CHINA, ChronoUnit.MINUTES, false, "zh"),
    CHINESE_FULL_WIDTH("yyyy年M月d日", Locale.CHINA, ChronoUnit.DAYS, false, "zh"),
    MINGUO_SLASH("yyy/MM/dd", Locale.TAIWAN, ChronoUnit.DAYS, false, "zh"),
    MINGUO_MARKED("yyy年M月d日", Locale.TAIWAN, ChronoUnit.DAYS, false, "zh"),
    MINGUO_ERA("民國yyy年M月d日 HH:mm", Locale.TAIWAN, ChronoUnit.MINUTES, false, "zh"),
    ENGLISH_DAY_MONTH("dd-MMM-yyyy", Locale.ENGLISH, ChronoUnit.DAYS, false, null),
    ENGLISH_MONTH_DAY("MMM d, yyyy", Locale.ENGLISH, ChronoUnit.DAYS, false, null),
    ENGLISH_WEEKDAY("EEE, dd MMM yyyy HH:mm:ss", Locale.ENGLISH, ChronoUnit.SECONDS, false, null),
    RUSSIAN_NAMED("d MMMM yyyy", Locale.forLanguageTag("ru"), ChronoUnit.DAYS, false, "ru"),
    RUSSIAN_DOTTED("dd.MM.yyyy 'г.'", Locale.forLanguageTag("ru"), ChronoUnit.DAYS, true, "ru"),
    GERMAN_NAMED("d. MMMM yyyy", Locale.GERMAN, ChronoUnit.DAYS, false, "de"),
    FRENCH_NAMED("EEEE d MMMM yyyy", Locale.FRENCH, ChronoUnit.DAYS, false, "fr");

    private final DateTimeFormatter formatter;
    final ChronoUnit precision;
    /** Whether the order of day and month must be told by a day over 12. */
    final boolean dayFirst;
    /** The language the style needs in the file ("zh", "ru", "de", "fr"), {@code null} for any. */
    final String language;

    GeneratedDateStyle(String pattern, Locale locale, ChronoUnit precision, boolean dayFirst, String language) {
        DateTimeFormatter f = DateTimeFormatter.ofPattern(pattern, locale);
        this.formatter = pattern.startsWith("yyy/") || pattern.startsWith("yyy年") || pattern.startsWith("民國")
                ? f.withChronology(MinguoChronology.INSTANCE) : f;
        this.precision = precision;
        this.dayFirst = dayFirst;
        this.language = language;
    }

    /** @return whether the style writes numeric dates whose order needs a day over 12 to be told */
    boolean ambiguousOrder() {
        return this == DOTTED_DAY_FIRST || this == SLASH_DAY_FIRST || this == US_12_HOUR || this == TWO_DIGIT_YEAR
                || this == RUSSIAN_DOTTED;
    }

    /** @return what the importer must read back from the text of {@code t} */
    LocalDateTime expected(LocalDateTime t) {
        return t.truncatedTo(precision);
    }

    String format(LocalDateTime t) {
        return written(formatter.format(t));
    }

    private String written(String text) {
        return this == CHINESE_FULL_WIDTH ? fullWidth(text) : text;
    }

    /** @return a text of this style that is no valid date (the 30th of February 2023) */
    String invalid() {
        return written(formatter.format(LocalDateTime.of(2023, 2, 28, 10, 15, 11)).replace("28", "30"));
    }

    static String fullWidth(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            b.append(c >= '0' && c <= '9' || c == '.' || c == ',' ? (char) (c + 0xFEE0) : c);
        }
        return b.toString();
    }
}
