package org.valuelens.importer;

import java.util.Currency;

/**
 * The currency signs and codes a number may carry: single signs ({@code $ € £ ¥ ￥ ₽ ₹ ₩ ¢ ₺ ₫ ₴ ₸ 元 円 圓}),
 * ISO 4217 codes as {@link Currency} knows them (any case) plus RMB and NTD, dollar prefixes such as
 * {@code NT$ US$ HK$}, and the Russian {@code руб.}, {@code руб}, {@code р.}. Allocation-free matching.
 */
final class CurrencyWords {
    private static final String SYMBOLS = "$\u20AC\u00A3\u00A5\uFFE5\u20BD\u20B9\u20A9\u00A2\u20BA\u20AB\u20B4\u20B8"
            + "元円圓";
    private static final boolean[] CODES = new boolean[26 * 26 * 26];

    static {
        for (Currency c : Currency.getAvailableCurrencies()) {
            mark(c.getCurrencyCode());
        }
        mark("RMB");
        mark("NTD");
    }

    private CurrencyWords() {
    }

    private static void mark(String code) {
        if (code.length() == 3) {
            int k = index(code, 0);
            if (k >= 0) {
                CODES[k] = true;
            }
        }
    }

    private static int index(CharSequence s, int from) {
        int k = 0;
        for (int i = from; i < from + 3; i++) {
            char c = Character.toUpperCase(NumberParser.norm(s.charAt(i)));
            if (c < 'A' || c > 'Z') {
                return -1;
            }
            k = k * 26 + (c - 'A');
        }
        return k;
    }

    static boolean isSymbol(char c) {
        return SYMBOLS.indexOf(NumberParser.norm(c)) >= 0;
    }

    /**
     * @return the index after the currency sign or code starting at {@code from}, or -1 when there is none there
     */
    static int match(String text, int from, int end) {
        char c = NumberParser.norm(text.charAt(from));
        if (isSymbol(c)) {
            return from + 1;
        }
        int j = from;
        while (j < end && Character.isLetter(NumberParser.norm(text.charAt(j)))) {
            j++;
        }
        int len = j - from;
        if (len == 0) {
            return -1;
        }
        if (c < 0x80) {
            if (len <= 2 && j < end && NumberParser.norm(text.charAt(j)) == '$') {
                return isUpper(text, from, j) ? j + 1 : -1; // NT$, US$, HK$, S$
            }
            int k = len == 3 ? index(text, from) : -1;
            return k >= 0 && CODES[k] ? j : -1;
        }
        if (regionIs(text, from, len, "руб") || regionIs(text, from, len, "р")) {
            return j < end && text.charAt(j) == '.' ? j + 1 : j;
        }
        return -1;
    }

    private static boolean isUpper(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = NumberParser.norm(text.charAt(i));
            if (c < 'A' || c > 'Z') {
                return false;
            }
        }
        return true;
    }

    private static boolean regionIs(String text, int from, int len, String word) {
        return len == word.length() && text.regionMatches(true, from, word, 0, len);
    }
}
