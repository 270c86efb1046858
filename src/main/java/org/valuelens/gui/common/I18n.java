package org.valuelens.gui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import org.valuelens.model.format.NumberTexts;

/**
 * Localised UI texts from the {@code i18n/messages} bundles (UTF-8 properties). One instance per language; the
 * composition root creates it from the settings and passes it to views and view models.
 */
public final class I18n {

    /** Base name of the resource bundles. */
    public static final String BUNDLE = "i18n.messages";

    private final ResourceBundle bundle;
    private final Locale locale;

    /** @param locale the language ({@code null} not permitted); English is the fallback */
    public I18n(Locale locale) {
        this.locale = Objects.requireNonNull(locale, "locale");
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** @return the locale of these texts */
    public Locale locale() {
        return locale;
    }

    /**
     * @param key a bundle key
     * @return its text, or {@code "!key!"} when the key is missing (tests make sure none is)
     */
    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }

    /**
     * @param key  a bundle key whose text is a {@link MessageFormat} pattern
     * @param args the arguments
     * @return the formatted text in this locale
     */
    public String format(String key, Object... args) {
        return new MessageFormat(get(key), locale).format(args);
    }

    /** @param key a key @return whether the bundle has it */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** @param currency currency sign ({@code null} = none) @return numbers, money and percentages in this locale */
    public NumberTexts numbers(String currency) {
        return new NumberTexts(locale, currency);
    }
}
