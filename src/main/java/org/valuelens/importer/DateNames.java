package org.valuelens.importer;

import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Month and weekday names in English, Russian, German and French, full or abbreviated, in the forms the JDK's
 * locale data gives ({@link Month#getDisplayName}, format and stand-alone, e.g. Russian "марта" and "март") plus
 * common abbreviations it lacks ("Sept", "Mrz", "сен"); lower case, without a trailing dot, with and without
 * accents.
 */
final class DateNames {
    private static final Locale[] LOCALES = {Locale.ENGLISH, Locale.forLanguageTag("ru"), Locale.GERMAN,
        Locale.FRENCH};
    private static final TextStyle[] STYLES = {TextStyle.FULL, TextStyle.FULL_STANDALONE, TextStyle.SHORT,
        TextStyle.SHORT_STANDALONE};
    private static final String[][] EXTRA_MONTHS = {
        {"janv", "янв"}, {"febr", "fev", "фев", "февр"}, {"mrz", "мар"}, {"апр"}, {"май"}, {"июн"}, {"июл"},
        {"aout", "авг"}, {"sept", "сен", "сент"}, {"окт"}, {"ноя", "нояб"}, {"dec", "дек"}};
    private static final String[] EXTRA_WEEKDAYS = {"tues", "weds", "thur", "thurs"};

    private static final Map<String, Integer> MONTHS = new HashMap<>();
    private static final Set<String> WEEKDAYS = new HashSet<>();

    static {
        for (Locale locale : LOCALES) {
            for (TextStyle style : STYLES) {
                for (Month m : Month.values()) {
                    addMonth(m.getDisplayName(style, locale), m.getValue());
                }
                for (DayOfWeek d : DayOfWeek.values()) {
                    addWeekday(d.getDisplayName(style, locale));
                }
            }
        }
        for (int m = 0; m < EXTRA_MONTHS.length; m++) {
            for (String name : EXTRA_MONTHS[m]) {
                addMonth(name, m + 1);
            }
        }
        for (String name : EXTRA_WEEKDAYS) {
            addWeekday(name);
        }
    }

    private DateNames() {
    }

    private static String key(String name) {
        String k = name.toLowerCase(Locale.ROOT);
        return k.endsWith(".") ? k.substring(0, k.length() - 1) : k;
    }

    private static String plain(String key) {
        return Normalizer.normalize(key, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    private static void addMonth(String name, int month) {
        String k = key(name);
        if (k.length() > 1) {
            MONTHS.putIfAbsent(k, month);
            MONTHS.putIfAbsent(plain(k), month);
        }
    }

    private static void addWeekday(String name) {
        String k = key(name);
        if (k.length() > 1) {
            WEEKDAYS.add(k);
            WEEKDAYS.add(plain(k));
        }
    }

    /** @param word lower-case letters @return the month 1..12, or 0 when the word names no month */
    static int month(String word) {
        Integer m = MONTHS.get(word);
        return m == null ? 0 : m;
    }

    /** @param word lower-case letters @return whether the word names a weekday */
    static boolean weekday(String word) {
        return WEEKDAYS.contains(word);
    }
}
