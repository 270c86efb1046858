package org.valuelens.report.deck;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import org.valuelens.model.TimeUnit;
import org.valuelens.model.format.NumberTexts;
import org.valuelens.report.chart.ChartText;
import org.valuelens.report.chart.ScriptFonts;

/**
 * Localised strings of the report deck and workbook (resource bundle {@code i18n/report}) and the locale's number,
 * money, percent and date formats ({@link NumberTexts}). One instance per report.
 */
public final class ReportText {
    private final ResourceBundle bundle;
    private final Locale locale;
    private final String currency;
    private final ChartText chartText;
    private final NumberTexts numbers;

    private ReportText(ResourceBundle bundle, Locale locale, String currency) {
        this.bundle = bundle;
        this.locale = locale;
        this.currency = currency;
        this.chartText = ChartText.of(locale);
        this.numbers = new NumberTexts(locale, currency);
    }

    /**
     * @param locale   the locale ({@code null} not permitted); locales without a bundle fall back to English
     * @param currency currency symbol put before money ({@code null} → none)
     * @return the report strings
     */
    public static ReportText of(Locale locale, String currency) {
        Objects.requireNonNull(locale, "locale");
        return new ReportText(ResourceBundle.getBundle("i18n.report", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)), locale,
                currency == null ? "" : currency);
    }

    /** @return the locale */
    public Locale locale() {
        return locale;
    }

    /** @return the currency symbol */
    public String currency() {
        return currency;
    }

    /** @return the chart strings of the same locale */
    public ChartText charts() {
        return chartText;
    }

    /** @return whether text is Chinese (needs a CJK font) */
    public boolean cjk() {
        return ScriptFonts.cjk(locale);
    }

    /**
     * @param key  bundle key
     * @param args {@link MessageFormat} arguments (pass numbers pre-formatted as strings)
     * @return the text; the key in brackets when missing (never throws)
     */
    public String get(String key, Object... args) {
        try {
            String pattern = bundle.getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
        } catch (MissingResourceException e) {
            return "[" + key + "]";
        }
    }

    /** @param key bundle key @return whether the bundle has it */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** @param englishName a model segment name @return its translation */
    public String segment(String englishName) {
        return englishName == null ? "" : chartText.segmentName(englishName);
    }

    /** @param englishName segment name @param action action text @return the translated default or the text */
    public String action(String englishName, String action) {
        return chartText.segmentAction(englishName, action);
    }

    /** @param unit a time unit @return its plural name, e.g. "weeks" */
    public String unitName(TimeUnit unit) {
        return get("unit." + unit.cliName());
    }

    /** @param method CLV method command-line name @return its display name */
    public String methodName(String method) {
        return has("method." + method) ? get("method." + method) : method;
    }

    /** @param model purchase or spend model id (bg-nbd, gamma-gamma, ...) @return its short display name */
    public String modelName(String model) {
        return has("model." + model) ? get("model." + model) : model;
    }

    /** @param value a count @return with grouping, e.g. "2,357" */
    public String integer(double value) {
        return numbers().integer(value);
    }

    /** @param value a number @param decimals fraction digits @return formatted with grouping */
    public String number(double value, int decimals) {
        return numbers().number(value, decimals);
    }

    /**
     * @param value money
     * @return with the currency symbol where the locale writes it and two decimals, e.g. "$1,234.56", "-$5.00",
     *         "NT$1,234.56", "1 234,56 ₽" (no-break spaces in Russian)
     */
    public String money(double value) {
        return money(value, 2);
    }

    /** @param value money @param decimals fraction digits @return with the currency symbol */
    public String money(double value, int decimals) {
        return numbers().money(value, decimals);
    }

    /** @param fraction a share (0.2 = 20 %) @return as a percentage with one decimal, e.g. "20.0%" */
    public String percent(double fraction) {
        return numbers().percent(fraction, 1);
    }

    /** @return the number, money and percent writer of this locale and currency */
    public NumberTexts numbers() {
        return numbers;
    }

    /** @param date a date ({@code null} → "–") @return in the locale's medium style */
    public String date(LocalDate date) {
        return date == null ? "–" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale)
                .format(date);
    }
}
