package org.valuelens.importer;

/**
 * Fast, allocation-free parsing of numbers as people type them: decimal point or comma, thousands separators
 * ("1.234,56", "1,234.56", "1 234,56", "1'234.5"), currency symbols and codes before or after the digits,
 * a leading or trailing minus, parentheses for negatives and a trailing percent sign.
 */
final class NumberParser {
    /** Votes of one value about its decimal separator. */
    static final int VOTE_NONE = 0;
    static final int VOTE_POINT = 1;
    static final int VOTE_COMMA = 2;

    private static final double[] POW10 = new double[19];

    static {
        double p = 1;
        for (int i = 0; i < POW10.length; i++) {
            POW10[i] = p;
            p *= 10;
        }
    }

    private NumberParser() {
    }

    /**
     * @param text    the cell text (may be {@code null})
     * @param decimal the decimal separator, '.' or ','
     * @return the value, a percent value divided by 100 only when {@code percentAsFraction}, or NaN when the
     *         text holds no number
     */
    static double parse(String text, char decimal, boolean percentAsFraction) {
        if (text == null) {
            return Double.NaN;
        }
        int n = text.length();
        long mantissa = 0;
        int digits = 0;
        int fraction = 0;
        boolean inFraction = false;
        boolean negative = false;
        boolean paren = false;
        boolean trailing = false;
        boolean percent = false;
        char group = decimal == ',' ? '.' : ',';
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                if (trailing) {
                    return Double.NaN;
                }
                if (mantissa >= 100_000_000_000_000_000L) {
                    return slowParse(text, decimal, percentAsFraction);
                }
                digits++;
                mantissa = mantissa * 10 + (c - '0');
                if (inFraction) {
                    fraction++;
                }
            } else if (c == decimal) {
                if (inFraction || trailing) {
                    return Double.NaN;
                }
                inFraction = true;
            } else if (c == group || c == '\'') {
                if (digits == 0 || inFraction || trailing) {
                    return Double.NaN;
                }
            } else if (c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\t') {
                continue;
            } else if (c == '-' || c == '\u2212') {
                if (negative) {
                    return Double.NaN;
                }
                negative = true;
                if (digits > 0) {
                    trailing = true;
                }
            } else if (c == '+') {
                if (digits > 0) {
                    return Double.NaN;
                }
            } else if (c == '(') {
                if (paren || digits > 0) {
                    return Double.NaN;
                }
                paren = true;
            } else if (c == ')') {
                if (!paren) {
                    return Double.NaN;
                }
                negative = true;
                trailing = true;
            } else if (c == '%') {
                percent = true;
                trailing = true;
            } else if ((c == 'e' || c == 'E') && i + 1 < n && digits > 0
                    && (Character.isDigit(text.charAt(i + 1)) || text.charAt(i + 1) == '-'
                    || text.charAt(i + 1) == '+')) {
                return slowParse(text, decimal, percentAsFraction);
            } else if (Character.isLetter(c) || isCurrencySymbol(c)) {
                if (digits > 0) {
                    trailing = true;
                }
            } else {
                return Double.NaN;
            }
        }
        if (digits == 0) {
            return Double.NaN;
        }
        if (paren && !negative) {
            return Double.NaN;
        }
        double value = fraction < POW10.length ? mantissa / POW10[fraction] : mantissa / Math.pow(10, fraction);
        if (negative) {
            value = -value;
        }
        if (percent && percentAsFraction) {
            value /= 100;
        }
        return value;
    }

    static boolean isCurrencySymbol(char c) {
        return c == '$' || c == '\u20AC' || c == '\u00A3' || c == '\u00A5' || c == '\uFFE5' || c == '\u20B9'
                || c == '\u20A9' || c == '\u20BD' || c == '\u00A2' || c == '\u20BA' || c == '\u20AB';
    }

    private static double slowParse(String text, char decimal, boolean percentAsFraction) {
        StringBuilder b = new StringBuilder(text.length());
        boolean negative = false;
        boolean percent = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isDigit(c)) {
                b.append(c);
            } else if (c == decimal) {
                b.append('.');
            } else if (c == 'e' || c == 'E') {
                b.append('E');
            } else if (c == '-' || c == '(') {
                if (b.length() > 0 && (b.charAt(b.length() - 1) == 'E')) {
                    b.append('-');
                } else {
                    negative = true;
                }
            } else if (c == '%') {
                percent = true;
            }
        }
        try {
            double v = Double.parseDouble(b.toString());
            v = negative ? -v : v;
            return percent && percentAsFraction ? v / 100 : v;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /**
     * What one value says about its decimal separator.
     *
     * @return {@link #VOTE_POINT}, {@link #VOTE_COMMA} or {@link #VOTE_NONE} when it cannot tell
     */
    static int vote(String text) {
        if (text == null) {
            return VOTE_NONE;
        }
        int lastDot = text.lastIndexOf('.');
        int lastComma = text.lastIndexOf(',');
        if (lastDot >= 0 && lastComma >= 0) {
            return lastComma > lastDot ? VOTE_COMMA : VOTE_POINT;
        }
        if (lastDot < 0 && lastComma < 0) {
            return VOTE_NONE;
        }
        char sep = lastDot >= 0 ? '.' : ',';
        int last = Math.max(lastDot, lastComma);
        if (text.indexOf(sep) != last) {
            // the separator repeats: it groups thousands
            return sep == '.' ? VOTE_COMMA : VOTE_POINT;
        }
        int after = 0;
        for (int i = last + 1; i < text.length() && Character.isDigit(text.charAt(i)); i++) {
            after++;
        }
        int before = 0;
        for (int i = last - 1; i >= 0 && Character.isDigit(text.charAt(i)); i--) {
            before++;
        }
        if (after == 3 && before >= 1 && before <= 3) {
            // "1,234" or "1.234": either reading is possible
            if (before == 1 && text.charAt(last - 1) == '0') {
                return sep == '.' ? VOTE_POINT : VOTE_COMMA;
            }
            return VOTE_NONE;
        }
        return sep == '.' ? VOTE_POINT : VOTE_COMMA;
    }
}
