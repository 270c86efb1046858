package org.valuelens.service;

import java.util.Locale;

/** A user-interface language with a translated resource bundle. */
public enum Language {
    /** English (the base bundle). */
    ENGLISH("en", Locale.ENGLISH, "English"),
    /** Simplified Chinese. */
    CHINESE_SIMPLIFIED("zh-CN", Locale.SIMPLIFIED_CHINESE, "简体中文"),
    /** Traditional Chinese as written in Taiwan (its own wording, not a character conversion of zh-CN). */
    CHINESE_TRADITIONAL("zh-TW", Locale.TRADITIONAL_CHINESE, "繁體中文"),
    /** Russian. */
    RUSSIAN("ru", Locale.forLanguageTag("ru"), "Русский");

    private final String tag;
    private final Locale locale;
    private final String nativeName;

    Language(String tag, Locale locale, String nativeName) {
        this.tag = tag;
        this.locale = locale;
        this.nativeName = nativeName;
    }

    /**
     * @return the language's name in itself ("English", "简体中文", "繁體中文", "Русский"), as language menus show it in
     *         any UI language
     */
    public String nativeName() {
        return nativeName;
    }

    /** @return the BCP 47 tag stored in the settings file ("en", "zh-CN", "zh-TW", "ru") */
    public String tag() {
        return tag;
    }

    /** @return the locale used to pick the resource bundle */
    public Locale locale() {
        return locale;
    }

    /**
     * The language a new installation starts in for a system locale: Chinese in its Traditional script (zh-Hant, or
     * Taiwan, Hong Kong, Macau) or otherwise Simplified, Russian, else English.
     *
     * @param locale the system locale ({@code null} permitted: English)
     * @return the language
     */
    public static Language forSystemLocale(Locale locale) {
        if (locale == null) {
            return ENGLISH;
        }
        return switch (locale.getLanguage()) {
            case "zh" -> "Hant".equals(locale.getScript())
                    || java.util.Set.of("TW", "HK", "MO").contains(locale.getCountry())
                    ? CHINESE_TRADITIONAL : CHINESE_SIMPLIFIED;
            case "ru" -> RUSSIAN;
            default -> ENGLISH;
        };
    }

    /**
     * @return the language for the locale this JVM started with (its {@code user.language}, {@code user.script} and
     *         {@code user.country}, which a later {@link Locale#setDefault} does not change)
     */
    public static Language ofSystem() {
        Locale.Builder b = new Locale.Builder();
        try {
            b.setLanguage(System.getProperty("user.language", ""));
            b.setScript(System.getProperty("user.script", ""));
            b.setRegion(System.getProperty("user.country", ""));
        } catch (java.util.IllformedLocaleException e) {
            return ENGLISH;
        }
        return forSystemLocale(b.build());
    }

    /**
     * Finds a language by its tag, ignoring case and accepting "_" for "-".
     *
     * @param tag the tag ({@code null} permitted)
     * @return the language, or {@link #ENGLISH} when the tag is null or unknown
     */
    public static Language fromTag(String tag) {
        if (tag != null) {
            String t = tag.trim().replace('_', '-');
            for (Language l : values()) {
                if (l.tag.equalsIgnoreCase(t)) {
                    return l;
                }
            }
        }
        return ENGLISH;
    }
}
