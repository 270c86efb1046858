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
