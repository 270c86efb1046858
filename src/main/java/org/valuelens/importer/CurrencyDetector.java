package org.valuelens.importer;

import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the currency written in an amount column ("¥12,435", "12.50 EUR", "NT$300", "1 234,50 ₽"): the sign or code
 * that most of the non-blank cells carry, written as the app shows it before amounts (a code becomes its usual
 * sign: "CNY" and "RMB" → "¥", "EUR" → "€", "NTD" → "NT$", "руб." → "₽"; a code without a common sign stays).
 */
public final class CurrencyDetector {
    private static final Map<String, String> SIGNS = Map.ofEntries(Map.entry("USD", "$"), Map.entry("EUR", "€"),
            Map.entry("GBP", "£"), Map.entry("JPY", "¥"), Map.entry("CNY", "¥"), Map.entry("RMB", "¥"),
            Map.entry("元", "¥"), Map.entry("円", "¥"), Map.entry("￥", "¥"), Map.entry("RUB", "₽"),
            Map.entry("РУБ", "₽"), Map.entry("РУБ.", "₽"), Map.entry("Р.", "₽"), Map.entry("Р", "₽"),
            Map.entry("TWD", "NT$"), Map.entry("NTD", "NT$"), Map.entry("圓", "NT$"), Map.entry("HKD", "HK$"),
            Map.entry("INR", "₹"), Map.entry("KRW", "₩"));

    private CurrencyDetector() {
    }

    /**
     * @param cells the cells of one amount column ({@code null} entries are skipped)
     * @return the currency sign that at least half of the non-blank cells carry, or {@code null} when none does
     */
    public static String detect(List<String> cells) {
        Map<String, Integer> counts = new HashMap<>();
        int filled = 0;
        for (String cell : cells) {
            if (cell == null || cell.isBlank()) {
                continue;
            }
            filled++;
            String word = find(cell.strip());
            if (word != null) {
                counts.merge(word, 1, Integer::sum);
            }
        }
        String best = null;
        int most = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best != null && most * 2 >= filled ? sign(best) : null;
    }

    /** @return the currency sign or code in the cell, as written, or {@code null} */
    private static String find(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isDigit(c) || c == '-' || c == '+' || c == '(' || Character.isWhitespace(c)
                    || c == '.' || c == ',') {
                continue;
            }
            int end = CurrencyWords.match(text, i, text.length());
            if (end > i) {
                return text.substring(i, end);
            }
            return null;
        }
        return null;
    }

    private static String sign(String word) {
        String upper = word.toUpperCase(Locale.ROOT);
        String known = SIGNS.get(upper);
        if (known != null) {
            return known;
        }
        if (upper.length() == 3 && upper.chars().allMatch(Character::isLetter)) {
            try {
                String symbol = Currency.getInstance(upper).getSymbol(Locale.ROOT);
                return symbol.length() <= 3 ? symbol : upper;
            } catch (IllegalArgumentException e) {
                return upper;
            }
        }
        return word.length() <= 5 ? word : word.substring(0, 5);
    }
}
