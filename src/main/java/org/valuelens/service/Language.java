package org.valuelens.service;

import java.util.Locale;

/** A user-interface language with a translated resource bundle. */
public enum Language {
    /** English (the base bundle). */
    ENGLISH("en", Locale.ENGLISH),
    /** Simplified Chinese. */
    CHINESE_SIMPLIFIED("zh-CN", Locale.SIMPLIFIED_CHINESE);

    private final String tag;
    private final Locale locale;

    Language(String tag, Locale locale) {
        this.tag = tag;
        this.locale = locale;
    }

    /** @return the BCP 47 tag stored in the settings file ("en", "zh-CN") */
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
