package org.valuelens.model.format;

import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;
import java.util.Objects;

/**
 * Writes counts, numbers, money and percentages as the reader's locale writes them, for every page, chart and
 * report of the app (one place, so that "$-66" and "-0.0%" cannot come back in one corner).
 * <ul>
 *   <li>Money carries the dataset's currency sign before the digits and the sign before the currency:
 *       "−$66" in English (the typographic minus), "-¥66" in Chinese (the locale's own minus).</li>
 *   <li>A value that rounds to zero is written without a sign: never "−0.0%" or "−$0".</li>
 *   <li>Not finite (NaN, infinity) is written "–".</li>
 * </ul>
 * Immutable and thread-safe (formats are created per call).
 */
public final class NumberTexts {
    /** Written for a value that is not a finite number. */
    public static final String NONE = "–";
    private static final char TYPOGRAPHIC_MINUS = '\u2212';

    private final Locale locale;
    private final String currency;
    private final boolean symbolAfter;

    /**
     * @param locale   the reader's locale ({@code null} not permitted)
     * @param currency the currency sign or code written before money ({@code null} = none)
     */
    public NumberTexts(Locale locale, String currency) {
        this.locale = Objects.requireNonNull(locale, "locale");
        this.currency = currency == null ? "" : currency.strip();
        this.symbolAfter = symbolAfter(locale);
    }

    /** @return the locale */
    public Locale locale() {
        return locale;
    }

    /** @return the currency sign ("" when none) */
    public String currency() {
        return currency;
    }

    /** @return the minus sign of the locale, the typographic minus "−" for English */
    public String minus() {
        if ("en".equals(locale.getLanguage())) {
            return String.valueOf(TYPOGRAPHIC_MINUS);
        }
        return String.valueOf(DecimalFormatSymbols.getInstance(locale).getMinusSign());
    }

    /** @param value a count @return rounded to a whole number, with grouping ("2,357") */
    public String integer(double value) {
        return number(value, 0);
    }

    /** @param value a number @param decimals fraction digits @return with grouping, e.g. "1,234.57" */
    public String number(double value, int decimals) {
        return signed(value, decimals, "", digits(decimals, decimals));
    }

    /** @param value a number @param maxDecimals at most this many fraction digits @return e.g. "0.5", "12" */
    public String compact(double value, int maxDecimals) {
        return signed(value, maxDecimals, "", digits(0, maxDecimals));
    }

    /** @param value money @param decimals fraction digits @return with the currency, e.g. "$1,234.57", "−$66" */
    public String money(double value, int decimals) {
        return signed(value, decimals, currency, digits(decimals, decimals));
    }

    /** @param fraction a share (0.2 = 20 %) @param decimals fraction digits @return e.g. "20.0%", never "−0.0%" */
    public String percent(double fraction, int decimals) {
        if (!Double.isFinite(fraction)) {
            return NONE;
        }
        NumberFormat f = NumberFormat.getPercentInstance(locale);
        f.setMinimumFractionDigits(decimals);
        f.setMaximumFractionDigits(decimals);
        double rounded = round(fraction * 100, decimals) / 100;
        return rounded == 0 ? f.format(0.0) : withMinus(f.format(rounded));
    }

    /** @param decimals fraction digits @return a {@link NumberFormat} writing money like {@link #money} (cells) */
    public NumberFormat moneyFormat(int decimals) {
        return new Adapter(this, Kind.MONEY, decimals);
    }

    /** @param maxDecimals at most this many fraction digits @return a format writing money on axes, e.g. "$12.5" */
    public NumberFormat moneyAxisFormat(int maxDecimals) {
        return new Adapter(this, Kind.MONEY_AXIS, maxDecimals);
    }

    /** @param decimals at most this many fraction digits @return a format writing like {@link #compact} (axes) */
    public NumberFormat numberFormat(int decimals) {
        return new Adapter(this, Kind.NUMBER, decimals);
    }

    /** @param decimals fraction digits @return a format writing shares like {@link #percent} (axes, cells) */
    public NumberFormat percentFormat(int decimals) {
        return new Adapter(this, Kind.PERCENT, decimals);
    }

    private NumberFormat digits(int min, int max) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(min);
        f.setMaximumFractionDigits(max);
        return f;
    }

    private String signed(double value, int decimals, String prefix, NumberFormat digits) {
        if (!Double.isFinite(value)) {
            return NONE;
        }
        double rounded = round(value, decimals);
        String amount = digits.format(Math.abs(rounded));
        String body = prefix.isEmpty() ? amount
                : symbolAfter ? amount + "\u00a0" + prefix : prefix + amount;
        return rounded < 0 ? minus() + body : body;
    }

    /**
     * @param locale a locale
     * @return whether the locale writes the currency symbol after the amount ("1 234,50 ₽" in Russian, German,
     *         French), as its own currency pattern does
     */
    private static boolean symbolAfter(Locale locale) {
        NumberFormat f = NumberFormat.getCurrencyInstance(locale);
        return f instanceof java.text.DecimalFormat d && d.toPattern().strip().endsWith("\u00a4");
    }

    private String withMinus(String formatted) {
        char localeMinus = DecimalFormatSymbols.getInstance(locale).getMinusSign();
        return formatted.replace(String.valueOf(localeMinus), minus());
    }

    private static double round(double value, int decimals) {
        double r = java.math.BigDecimal.valueOf(value).setScale(Math.max(0, decimals),
                java.math.RoundingMode.HALF_EVEN).doubleValue();
        return r == 0 ? 0.0 : r; // no negative zero
    }

    private enum Kind { MONEY, MONEY_AXIS, NUMBER, PERCENT }

    /** {@link NumberFormat} view of the texts, for chart axes and table cells. */
    private static final class Adapter extends NumberFormat {
        private static final long serialVersionUID = 1L;
        private final transient NumberTexts texts;
        private final Kind kind;
        private final int decimals;

        Adapter(NumberTexts texts, Kind kind, int decimals) {
            this.texts = texts;
            this.kind = kind;
            this.decimals = decimals;
        }

        @Override
        public StringBuffer format(double number, StringBuffer to, FieldPosition pos) {
            String s = switch (kind) {
                case MONEY -> texts.money(number, decimals);
                case MONEY_AXIS -> texts.signed(number, decimals, texts.currency, texts.digits(0, decimals));
                case NUMBER -> texts.compact(number, decimals);
                case PERCENT -> texts.percent(number, decimals);
            };
            return to.append(s);
        }

        @Override
        public StringBuffer format(long number, StringBuffer to, FieldPosition pos) {
            return format((double) number, to, pos);
        }

        @Override
        public Number parse(String source, ParsePosition pos) {
            String plain = source.replace(texts.currency.isEmpty() ? "\u0000" : texts.currency, "")
                    .replace(texts.minus(), "-");
            NumberFormat f = kind == Kind.PERCENT ? NumberFormat.getPercentInstance(texts.locale)
                    : NumberFormat.getNumberInstance(texts.locale);
            return f.parse(plain, pos);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Adapter a && a.texts == texts && a.kind == kind && a.decimals == decimals;
        }

        @Override
        public int hashCode() {
            return Objects.hash(kind, decimals);
        }
    }
}
