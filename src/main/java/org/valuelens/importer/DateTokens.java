package org.valuelens.importer;

import java.util.Locale;

/**
 * Splits a date text into tokens: numbers (full-width digits read as digits), separators, month and weekday names
 * ({@link DateNames}), AM/PM and 上午/下午, the Chinese field marks 年 月 日 时 分 秒 and the Minguo era 民國.
 * Words that carry no date information (Russian "г."/"года", ordinal endings, "at", "um", "Uhr", a final "Z")
 * are dropped. Not thread-safe; one instance is reused for every value.
 */
final class DateTokens {
    static final byte NUM = 1;
    static final byte SEP = 2;
    static final byte MONTH = 3;
    static final byte WEEKDAY = 4;
    static final byte AMPM = 5;
    static final byte MARK = 6;
    static final byte ERA = 7;

    private static final int MAX = 24;

    final byte[] type = new byte[MAX];
    /** Number value, separator char, month 1..12 (negative when also a weekday), AM -1 / PM +1, mark char. */
    final int[] value = new int[MAX];
    /** Digit count of a number. */
    final int[] length = new int[MAX];
    int count;

    /** @return whether the whole text is made of known tokens */
    boolean split(String text) {
        count = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = NumberParser.norm(text.charAt(i));
            if (c >= '0' && c <= '9') {
                long v = 0;
                int len = 0;
                while (i < n && (c = NumberParser.norm(text.charAt(i))) >= '0' && c <= '9') {
                    v = v * 10 + (c - '0');
                    len++;
                    i++;
                }
                if (len > 9 || !add(NUM, (int) v, len)) {
                    return false;
                }
            } else if (NumberParser.isSpace(c)) {
                if (count > 0 && type[count - 1] != SEP && !add(SEP, ' ', 0)) {
                    return false;
                }
                i++;
            } else if (c == '-' || c == '/' || c == '.' || c == ':' || c == ',') {
                if (count > 0 && type[count - 1] == SEP) {
                    if (value[count - 1] != ' ') {
                        return false;
                    }
                    count--; // "05 - 03" or "Tue ,": the visible separator wins
                }
                if (!add(SEP, c, 0)) {
                    return false;
                }
                i++;
            } else if (c >= 0x3000 && c <= 0x9FFF) {
                i = cjk(text, i, n);
                if (i < 0) {
                    return false;
                }
            } else if (Character.isLetter(c)) {
                i = word(text, i, n);
                if (i < 0) {
                    return false;
                }
            } else {
                return false;
            }
        }
        while (count > 0 && type[count - 1] == SEP && value[count - 1] == ' ') {
            count--;
        }
        return count > 0;
    }

    private boolean add(byte t, int v, int len) {
        if (count == MAX) {
            return false;
        }
        if (t != SEP && count > 0 && type[count - 1] == SEP && value[count - 1] == ' '
                && (count == 1 || type[count - 2] == SEP)) {
            count--; // a space right after another separator
        }
        type[count] = t;
        value[count] = v;
        length[count] = len;
        count++;
        return true;
    }

    private int cjk(String text, int i, int n) {
        char c = text.charAt(i);
        char next = i + 1 < n ? text.charAt(i + 1) : 0;
        switch (c) {
            case '年':
                return add(MARK, 'Y', 0) ? i + 1 : -1;
            case '月':
                return add(MARK, 'M', 0) ? i + 1 : -1;
            case '日': case '号': case '號':
                return add(MARK, 'D', 0) ? i + 1 : -1;
            case '时': case '時': case '点': case '點':
                return add(MARK, 'h', 0) ? i + 1 : -1;
            case '分':
                return add(MARK, 'm', 0) ? i + 1 : -1;
            case '秒':
                return add(MARK, 's', 0) ? i + 1 : -1;
            case '\u3000':
                return i + 1;
            default:
                break;
        }
        String two = next == 0 ? "" : "" + c + next;
        switch (two) {
            case "上午": case "早上": case "凌晨": case "午前": case "清晨":
                return add(AMPM, -1, 0) ? i + 2 : -1;
            case "下午": case "晚上": case "中午": case "午後": case "傍晚":
                return add(AMPM, 1, 0) ? i + 2 : -1;
            case "民國": case "民国":
                return add(ERA, 0, 0) ? i + 2 : -1;
            default:
                break;
        }
        int after = two.equals("星期") || two.equals("礼拜") || two.equals("禮拜") ? i + 2
                : c == '周' || c == '週' ? i + 1 : -1;
        if (after > 0 && after < n && "一二三四五六日天".indexOf(text.charAt(after)) >= 0) {
            return add(WEEKDAY, 0, 0) ? after + 1 : -1;
        }
        return -1;
    }

    private int word(String text, int i, int n) {
        int j = i;
        while (j < n && Character.isLetter(text.charAt(j)) && text.charAt(j) < 0x3000) {
            j++;
        }
        String w = text.substring(i, j).toLowerCase(Locale.ROOT);
        boolean dot = j < n && text.charAt(j) == '.';
        boolean afterNumber = count > 0 && type[count - 1] == NUM;
        if ((w.equals("a") || w.equals("p")) && j + 1 < n && dot && (text.charAt(j + 1) == 'm'
                || text.charAt(j + 1) == 'M')) {
            int end = j + 2 < n && text.charAt(j + 2) == '.' ? j + 3 : j + 2;
            return add(AMPM, w.equals("p") ? 1 : -1, 0) ? end : -1;
        }
        if (w.equals("am") || w.equals("pm")) {
            return add(AMPM, w.equals("pm") ? 1 : -1, 0) ? j : -1;
        }
        if (w.equals("t") && afterNumber && text.charAt(i) == 'T') {
            return add(SEP, 'T', 0) ? j : -1;
        }
        if (w.equals("h") && afterNumber && j < n && Character.isDigit(text.charAt(j))) {
            return add(SEP, ':', 0) ? j : -1; // French "14h30"
        }
        if (w.equals("z") && j == n && afterNumber) {
            return j; // ISO instant in UTC: the wall-clock time is kept as written
        }
        if (afterNumber && (w.equals("st") || w.equals("nd") || w.equals("rd") || w.equals("th") || w.equals("er"))) {
            return j;
        }
        if (w.equals("г") || w.equals("года") || w.equals("год") || w.equals("uhr")) {
            return dot ? j + 1 : j;
        }
        if (w.equals("at") || w.equals("um") || w.equals("в") || w.equals("le") || w.equals("à")) {
            return j;
        }
        int month = DateNames.month(w);
        boolean weekday = DateNames.weekday(w);
        if (month == 0 && !weekday) {
            return -1;
        }
        int end = dot ? j + 1 : j;
        if (month == 0) {
            return add(WEEKDAY, 0, 0) ? end : -1;
        }
        return add(MONTH, weekday ? -month : month, 0) ? end : -1;
    }
}
