package org.valuelens.importer;

/**
 * Strict, allocation-free parsing of numbers as people type them, with the decimal separator decided per column.
 * Accepted: a currency sign or code before or after the digits ({@link CurrencyWords}), a leading or trailing
 * minus, parentheses for negatives, thousands separators ({@code ,} {@code .} space, no-break space, apostrophe)
 * only where they group by three, full-width digits and punctuation, an exponent ({@code 1e3}) and a trailing
 * percent sign. Anything else (unknown letters, two numbers, groups of two, a second decimal separator) gives NaN:
 * nothing is stripped and nothing is guessed.
 */
final class NumberParser {
    /** Votes of one value about its decimal separator. */
    static final int VOTE_NONE = 0;
    static final int VOTE_POINT = 1;
    static final int VOTE_COMMA = 2;

    /** A percent sign makes the text no number. */
    static final int PERCENT_REJECT = 0;
    /** A percent sign is allowed and ignored: "30%" is 30. */
    static final int PERCENT_AS_NUMBER = 1;
    /** A percent sign is allowed and divides by 100: "30%" is 0.3. */
    static final int PERCENT_AS_FRACTION = 2;

    private static final double[] POW10 = new double[19];
    private static final int SPACE_GROUP = ' ';

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
     * @param text              the cell text (may be {@code null})
     * @param decimal           the decimal separator, '.' or ','
     * @param percentAsFraction whether "30%" is 0.3 (else 30)
     * @return the value, or NaN when the text is not a number
     */
    static double parse(String text, char decimal, boolean percentAsFraction) {
        return parse(text, decimal, percentAsFraction ? PERCENT_AS_FRACTION : PERCENT_AS_NUMBER);
    }

    /**
     * @param text    the cell text (may be {@code null})
     * @param decimal the decimal separator, '.' or ','
     * @param percent what a percent sign means ({@code PERCENT_*})
     * @return the value, or NaN when the text is not a number
     */
    static double parse(String text, char decimal, int percent) {
        if (text == null) {
            return Double.NaN;
        }
        int n = text.length();
        int i = 0;
        while (i < n && isSpace(text.charAt(i))) {
            i++;
        }
        while (n > i && isSpace(text.charAt(n - 1))) {
            n--;
        }
        boolean paren = false;
        if (i < n && norm(text.charAt(i)) == '(') {
            if (n - i < 3 || norm(text.charAt(n - 1)) != ')') {
                return Double.NaN;
            }
            paren = true;
            i++;
            n--;
        }
        boolean negative = false;
        boolean sign = false;
        boolean currency = false;
        // before the digits: at most one sign and one currency word, in either order
        while (i < n) {
            char c = norm(text.charAt(i));
            if (c >= '0' && c <= '9' || c == decimal) {
                break;
            }
            if (isSpace(c)) {
                i++;
            } else if (c == '-' || c == '\u2212' || c == '+') {
                if (sign || paren && c != '+') {
                    return Double.NaN;
                }
                sign = true;
                negative = c != '+';
                i++;
            } else {
                int end = currency ? -1 : CurrencyWords.match(text, i, n);
                if (end < 0) {
                    return Double.NaN;
                }
                currency = true;
                i = end;
            }
        }
        // the digits
        char group = decimal == ',' ? '.' : ',';
        long mantissa = 0;
        double big = 0;
        boolean overflow = false;
        int digits = 0;
        int fraction = 0;
        boolean inFraction = false;
        int groupKind = 0;
        int firstGroup = -1;
        int groupLength = 0;
        int exponent = 0;
        while (i < n) {
            char c = norm(text.charAt(i));
            if (c >= '0' && c <= '9') {
                if (!overflow && mantissa >= 100_000_000_000_000_000L) {
                    overflow = true;
                    big = mantissa;
                }
                if (overflow) {
                    big = big * 10 + (c - '0');
                } else {
                    mantissa = mantissa * 10 + (c - '0');
                }
                digits++;
                groupLength++;
                if (inFraction) {
                    fraction++;
                }
                i++;
            } else if (c == decimal) {
                if (inFraction || !groupDone(firstGroup, groupLength, digits)) {
                    return Double.NaN;
                }
                inFraction = true;
                groupLength = 0;
                i++;
                if (i >= n || !isDigit(norm(text.charAt(i)))) {
                    return Double.NaN;
                }
            } else if (!inFraction && digits > 0 && isGroup(c, group)) {
                int kind = isSpace(c) ? SPACE_GROUP : c == '\u2019' ? '\'' : c;
                if (kind == SPACE_GROUP && (i + 1 >= n || !isDigit(norm(text.charAt(i + 1))))) {
                    break; // the number ended before a space
                }
                if (groupKind != 0 && groupKind != kind || !groupDone(firstGroup, groupLength, digits)) {
                    return Double.NaN;
                }
                if (firstGroup < 0) {
                    if (groupLength > 3 || mantissa == 0) {
                        return Double.NaN;
                    }
                    firstGroup = groupLength;
                }
                groupKind = kind;
                groupLength = 0;
                i++;
                if (i >= n || !isDigit(norm(text.charAt(i)))) {
                    return Double.NaN;
                }
            } else if ((c == 'e' || c == 'E') && digits > 0 && groupKind == 0) {
                int end = exponentEnd(text, i + 1, n);
                if (end < 0) {
                    break; // perhaps a currency word such as "EUR"
                }
                exponent = parseExponent(text, i + 1, end);
                i = end;
                break;
            } else {
                break;
            }
        }
        if (digits == 0 || !inFraction && !groupDone(firstGroup, groupLength, digits)) {
            return Double.NaN;
        }
        boolean percentSeen = false;
        // after the digits: a currency word (if none came before), a trailing minus, a percent sign
        while (i < n) {
            char c = norm(text.charAt(i));
            if (isSpace(c)) {
                i++;
            } else if (c == '-' || c == '\u2212') {
                if (sign || paren) {
                    return Double.NaN;
                }
                sign = true;
                negative = true;
                i++;
            } else if (c == '%') {
                if (percentSeen || percent == PERCENT_REJECT) {
                    return Double.NaN;
                }
                percentSeen = true;
                i++;
            } else {
                int end = currency || percentSeen ? -1 : CurrencyWords.match(text, i, n);
                if (end < 0) {
                    return Double.NaN;
                }
                currency = true;
                i = end;
            }
        }
        double value = overflow ? big : mantissa;
        int scale = fraction - exponent;
        if (scale > 0) {
            value = scale < POW10.length ? value / POW10[scale] : value / Math.pow(10, scale);
        } else if (scale < 0) {
            value = -scale < POW10.length ? value * POW10[-scale] : value * Math.pow(10, -scale);
        }
        if (negative || paren) {
            value = -value;
        }
        if (percentSeen && percent == PERCENT_AS_FRACTION) {
            value /= 100;
        }
        return Double.isInfinite(value) ? Double.NaN : value;
    }

    /** @return whether the digits so far end a valid integer part (groups of three after the first) */
    private static boolean groupDone(int firstGroup, int groupLength, int digits) {
        return firstGroup < 0 || groupLength == 3 && digits > 0;
    }

    private static boolean isGroup(char c, char group) {
        return c == group || c == '\'' || c == '\u2019' || c == ' ' || c == '\u00A0' || c == '\u202F';
    }

    private static int exponentEnd(String text, int from, int n) {
        int i = from;
        if (i < n && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
            i++;
        }
        int start = i;
        while (i < n && isDigit(text.charAt(i)) && i - start < 3) {
            i++;
        }
        if (i == start || i < n && Character.isLetterOrDigit(text.charAt(i))) {
            return -1;
        }
        return i;
    }

    private static int parseExponent(String text, int from, int end) {
        int i = from;
        boolean minus = text.charAt(i) == '-';
        if (minus || text.charAt(i) == '+') {
            i++;
        }
        int e = 0;
        for (; i < end; i++) {
            e = e * 10 + text.charAt(i) - '0';
        }
        return minus ? -e : e;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\t' || c == '\u3000';
    }

    /** Full-width forms (digits, punctuation, letters) to their ASCII twins; other characters unchanged. */
    static char norm(char c) {
        return c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c;
    }

    static boolean isCurrencySymbol(char c) {
        return CurrencyWords.isSymbol(c);
    }

    /**
     * Whether a number that parsed with {@code decimal} was read in a way a person might not expect: a single
     * thousands separator followed by exactly three digits and no decimals ("1,234" read as 1234 in a column with
     * decimal points), which the other convention would read as a fraction.
     */
    static boolean readAsThousands(String text, char decimal) {
        char group = decimal == ',' ? '.' : ',';
        int at = text.indexOf(group);
        if (at < 0 || text.indexOf(group, at + 1) >= 0 || text.indexOf(decimal) >= 0) {
            return false;
        }
        int after = 0;
        for (int i = at + 1; i < text.length() && isDigit(norm(text.charAt(i))); i++) {
            after++;
        }
        return after == 3;
    }

    /** @return the last index of {@code sep} with a digit right after it, or -1 */
    private static int lastBetweenDigits(String text, char sep) {
        int at = text.lastIndexOf(sep);
        while (at >= 0 && (at + 1 >= text.length() || !isDigit(norm(text.charAt(at + 1))))) {
            at = at == 0 ? -1 : text.lastIndexOf(sep, at - 1);
        }
        return at;
    }

    /**
     * What one value says about its decimal separator.
     *
     * @return {@link #VOTE_POINT}, {@link #VOTE_COMMA} or {@link #VOTE_NONE} when it cannot tell
     */
    static int vote(String input) {
        if (input == null) {
            return VOTE_NONE;
        }
        String text = input;
        for (int i = 0; i < input.length(); i++) {
            if (input.charAt(i) >= '\uFF01') {
                char[] chars = input.toCharArray();
                for (int k = 0; k < chars.length; k++) {
                    chars[k] = norm(chars[k]);
                }
                text = new String(chars);
                break;
            }
        }
        int lastDot = lastBetweenDigits(text, '.');
        int lastComma = lastBetweenDigits(text, ',');
        if (lastDot >= 0 && lastComma >= 0) {
            return lastComma > lastDot ? VOTE_COMMA : VOTE_POINT;
        }
        if (lastDot < 0 && lastComma < 0) {
            return VOTE_NONE;
        }
        char sep = lastDot >= 0 ? '.' : ',';
        int last = Math.max(lastDot, lastComma);
        if (text.indexOf(sep) < last) {
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
