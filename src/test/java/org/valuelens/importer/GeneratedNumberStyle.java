package org.valuelens.importer;

import java.util.List;
import java.util.Random;

/**
 * How a seeded test file writes its amounts: decimal separator, thousands separator, currency before or after,
 * negative form and full-width digits. {@link #format(long)} writes cents; {@link #bad(Random)} gives texts that
 * are no number in this style and do not vote for the other decimal separator.
 *
 * @param decimal   '.' or ','
 * @param group     thousands separator, 0 for none
 * @param prefix    currency before the digits ("" for none)
 * @param suffix    currency after the digits ("" for none)
 * @param negative  "minus", "trailing" or "parentheses"
 * @param fullWidth whether digits and separators are full-width
 */
record GeneratedNumberStyle(char decimal, char group, String prefix, String suffix, String negative,
                            boolean fullWidth) {
    private static final List<String> POINT_PREFIXES = List.of("", "", "$", "USD ", "US$", "NT$", "RMB ", "￥", "¥");
    private static final List<String> POINT_SUFFIXES = List.of("", "", " USD", "元", " CNY", " €");
    private static final List<String> COMMA_PREFIXES = List.of("", "", "€ ", "₽");
    private static final List<String> COMMA_SUFFIXES = List.of("", "", " руб.", " ₽", " €", " EUR", " р.");
    private static final char[] POINT_GROUPS = {0, ',', '\'', ' ', '\u00A0'};
    private static final char[] COMMA_GROUPS = {0, '.', ' ', '\u00A0'};
    private static final String[] NEGATIVES = {"minus", "trailing", "parentheses"};

    static GeneratedNumberStyle random(Random r, boolean chinese) {
        boolean comma = r.nextInt(3) == 0;
        char group = comma ? COMMA_GROUPS[r.nextInt(COMMA_GROUPS.length)]
                : POINT_GROUPS[r.nextInt(POINT_GROUPS.length)];
        String prefix = "";
        String suffix = "";
        if (r.nextBoolean()) {
            prefix = (comma ? COMMA_PREFIXES : POINT_PREFIXES).get(r.nextInt((comma ? COMMA_PREFIXES
                    : POINT_PREFIXES).size()));
        } else {
            suffix = (comma ? COMMA_SUFFIXES : POINT_SUFFIXES).get(r.nextInt((comma ? COMMA_SUFFIXES
                    : POINT_SUFFIXES).size()));
        }
        return new GeneratedNumberStyle(comma ? ',' : '.', group, prefix, suffix,
                NEGATIVES[r.nextInt(NEGATIVES.length)], chinese && !comma && r.nextInt(3) == 0);
    }

    /** @return the amount in cents written in this style, always with two decimals */
    String format(long cents) {
        long abs = Math.abs(cents);
        String whole = Long.toString(abs / 100);
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (group != 0 && i > 0 && (whole.length() - i) % 3 == 0) {
                digits.append(group);
            }
            digits.append(whole.charAt(i));
        }
        digits.append(decimal).append(String.format("%02d", abs % 100));
        String number = fullWidth ? GeneratedDateStyle.fullWidth(digits.toString()) : digits.toString();
        String text = prefix + number + suffix;
        if (cents >= 0) {
            return text;
        }
        return switch (negative) {
            case "trailing" -> text + "-";
            case "parentheses" -> "(" + text + ")";
            default -> "-" + text;
        };
    }

    /** @return a text that a person would not mean as one number, which gives no vote against this style */
    String bad(Random r) {
        String d = String.valueOf(decimal);
        String g = decimal == '.' ? "," : ".";
        String[] choices = {
            "12abc", prefix + prefix + "5" + d + "00" + suffix + suffix, "1" + g + "23" + g + "456" + d + "00",
            "12 34" + d + "50", "5" + d + "00%", "--5" + d + "00", "(5" + d + "00", "12" + d + "50 XYZ",
            "1" + g + "2345" + d + "00", "n/a", "~12" + d + "00"
        };
        String pick = choices[r.nextInt(choices.length)];
        return pick.equals("5" + d + "00" + suffix) || pick.equals("5" + d + "00") ? "12abc" : pick;
    }
}
