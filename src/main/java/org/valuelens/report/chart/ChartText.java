package org.valuelens.report.chart;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * Localised chart strings (titles, axis labels, legends) from the {@code i18n/charts} resource bundle.
 * Immutable and thread-safe.
 */
public final class ChartText {
    private final ResourceBundle bundle;
    private final Locale locale;

    private ChartText(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /**
     * @param locale the locale ({@code null} not permitted); locales without a bundle fall back to English
     * @return the chart strings for that locale
     */
    public static ChartText of(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return new ChartText(ResourceBundle.getBundle("i18n.charts", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)), locale);
    }

    /** @return the locale used for number formats */
    public Locale locale() {
        return locale;
    }

    /**
     * @param key  bundle key ({@code null} not permitted)
     * @param args {@link MessageFormat} arguments
     * @return the formatted text; the key itself in brackets when missing (never throws)
     */
    public String get(String key, Object... args) {
        try {
            String pattern = bundle.getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
        } catch (MissingResourceException e) {
            return "[" + key + "]";
        }
    }
}
