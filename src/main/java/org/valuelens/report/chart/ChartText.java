package org.valuelens.report.chart;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Localised chart strings (titles, axis labels, legends) from the {@code i18n/charts} resource bundle.
 * Immutable and thread-safe.
 */
public final class ChartText {
    /** A k-means name numbered by revenue, e.g. "Lapsed regulars (2)". */
    private static final Pattern NUMBERED = Pattern.compile("(.*?)( \\(\\d+\\))");
    /** The English strings, to recognise an unedited default action. */
    private static final ResourceBundle ENGLISH = ResourceBundle.getBundle("i18n.charts", Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

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
    /**
     * Localised name of a segment the model names in English (quadrant, value tier, RFM, k-means profile, churn
     * band). A k-means numbering suffix such as {@code " (2)"} is kept.
     *
     * @param englishName the model's name ({@code null} not permitted)
     * @return the translation, or {@code englishName} itself when the bundle does not know it (user-named segments)
     */
    public String segmentName(String englishName) {
        Objects.requireNonNull(englishName, "englishName");
        Matcher m = NUMBERED.matcher(englishName);
        String base = m.matches() ? m.group(1) : englishName;
        String suffix = m.matches() ? m.group(2) : "";
        String key = segmentKey(base);
        return bundle.containsKey(key) ? bundle.getString(key) + suffix : englishName;
    }

    /**
     * Localised suggested action of a segment: the translation of the model's default action when {@code action}
     * is that default, otherwise {@code action} unchanged (the user edited it).
     *
     * @param englishName the model's segment name ({@code null} not permitted)
     * @param action      the current action text ({@code null} → empty)
     * @return the text to show
     */
    public String segmentAction(String englishName, String action) {
        Objects.requireNonNull(englishName, "englishName");
        String current = action == null ? "" : action;
        Matcher m = NUMBERED.matcher(englishName);
        String key = segmentKey(m.matches() ? m.group(1) : englishName) + ".action";
        if (!bundle.containsKey(key) || !ENGLISH.containsKey(key) || !ENGLISH.getString(key).equals(current)) {
            return current;
        }
        return bundle.getString(key);
    }

    private static String segmentKey(String name) {
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return "segment." + slug;
    }
}
