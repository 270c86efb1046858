package org.valuelens.importer;

import static org.valuelens.importer.DateTokens.AMPM;
import static org.valuelens.importer.DateTokens.ERA;
import static org.valuelens.importer.DateTokens.MARK;
import static org.valuelens.importer.DateTokens.MONTH;
import static org.valuelens.importer.DateTokens.NUM;
import static org.valuelens.importer.DateTokens.SEP;
import static org.valuelens.importer.DateTokens.WEEKDAY;

/**
 * The fields of one date text before the column's reading is applied: which form it has ({@code KIND_*}), its
 * numbers in written order, and the time of day. A weekday name is checked for form only (not against the date).
 * Not thread-safe; one instance is reused for every value.
 */
final class DateFields {
    static final int KIND_NONE = 0;
    /** Three numbers with one separator, e.g. 2024-03-05, 05/03/2024, 113/03/05, 5.3.24. */
    static final int KIND_NUMERIC = 1;
    /** Chinese marks: 2024年3月5日, 民國113年3月5日. */
    static final int KIND_MARKED = 2;
    /** A month name and one or two numbers: 05-Jan-2024, Jan 5, 2024, 5 марта 2024. */
    static final int KIND_NAMED = 3;
    /** yyyyMMdd. */
    static final int KIND_COMPACT = 4;
    /** An Excel serial day number, with an optional fraction. */
    static final int KIND_SERIAL = 5;

    /** Where the month name stands in a named date. */
    static final int NAMED_DAY_FIRST = 0;
    static final int NAMED_MONTH_FIRST = 1;
    static final int NAMED_YEAR_FIRST = 2;

    private final DateTokens tokens = new DateTokens();
    private final int[] order = new int[24];
    private final int[] idx = new int[3];
    private int size;
    private int p;

    int kind;
    /** Numbers as written: for numeric and marked dates a, b, c in order; for named ones a and c around b. */
    int a;
    int la;
    int b;
    int lb;
    int c;
    int lc;
    char separator;
    boolean era;
    int layout;
    boolean hasTime;
    int hour;
    int minute;
    int second;
    int nano;
    /** -1 AM, +1 PM, 0 none. */
    int ampm;

    /** @return the kind of the text ({@code KIND_NONE} when it is no date this class understands) */
    int read(String text) {
        kind = KIND_NONE;
        if (text == null || !tokens.split(text) || !filter()) {
            return KIND_NONE;
        }
        p = 0;
        hasTime = false;
        int k = datePart();
        if (k == KIND_NONE || !timePart()) {
            return KIND_NONE;
        }
        kind = k;
        return k;
    }

    /** Drops weekday names, takes out AM/PM and the era; fails on a second AM/PM or a misplaced era. */
    private boolean filter() {
        DateTokens t = tokens;
        size = 0;
        ampm = 0;
        era = false;
        boolean month = false;
        boolean weekdaySeen = false;
        for (int i = 0; i < t.count; i++) {
            if (t.type[i] == MONTH && t.value[i] > 0) {
                month = true;
            }
        }
        for (int i = 0; i < t.count; i++) {
            byte type = t.type[i];
            boolean weekday = type == WEEKDAY || type == MONTH && t.value[i] < 0 && (month || hasOtherMonth(i));
            if (weekday) {
                if (weekdaySeen) {
                    return false;
                }
                weekdaySeen = true;
                while (i + 1 < t.count && t.type[i + 1] == SEP && (t.value[i + 1] == ',' || t.value[i + 1] == ' ')) {
                    i++;
                }
            } else if (type == AMPM) {
                if (ampm != 0) {
                    return false;
                }
                ampm = t.value[i];
            } else if (type == ERA) {
                if (size > 0 || era) {
                    return false;
                }
                era = true;
            } else if (type == SEP && t.value[i] == ' ' && (size == 0 || t.type[order[size - 1]] == SEP)) {
                continue;
            } else {
                order[size++] = i;
            }
        }
        dropTrailingSpace();
        return size > 0;
    }

    private boolean hasOtherMonth(int except) {
        for (int i = 0; i < tokens.count; i++) {
            if (i != except && tokens.type[i] == MONTH) {
                return true;
            }
        }
        return false;
    }

    private void dropTrailingSpace() {
        while (size > 0 && tokens.type[order[size - 1]] == SEP && tokens.value[order[size - 1]] == ' ') {
            size--;
        }
    }

    private byte type(int i) {
        return i < size ? tokens.type[order[i]] : 0;
    }

    private int value(int i) {
        return tokens.value[order[i]];
    }

    private int length(int i) {
        return tokens.length[order[i]];
    }

    private boolean isSep(int i, char ch) {
        return type(i) == SEP && value(i) == ch;
    }

    private boolean isMark(int i, char ch) {
        return type(i) == MARK && value(i) == ch;
    }

    private int datePart() {
        if (type(0) == NUM && isMark(1, 'Y')) {
            return marked();
        }
        for (int i = 0; i < Math.min(size, 5); i++) {
            if (type(i) == MONTH) {
                return named();
            }
        }
        if (type(0) != NUM) {
            return KIND_NONE;
        }
        boolean endOrTime = size == 1 || isSep(1, ' ') || isSep(1, 'T');
        if (length(0) == 8 && endOrTime && !era) {
            a = value(0);
            p = 1;
            return KIND_COMPACT;
        }
        if (length(0) == 5 && !era && (size == 1 || size == 3 && isSep(1, '.') && type(2) == NUM)) {
            a = value(0);
            b = size == 3 ? value(2) : 0;
            lb = size == 3 ? length(2) : 0;
            p = size;
            return KIND_SERIAL;
        }
        if (size < 5 || type(1) != SEP || type(2) != NUM || type(3) != SEP || type(4) != NUM) {
            return KIND_NONE;
        }
        separator = (char) value(1);
        if (separator != '-' && separator != '/' && separator != '.' || value(3) != separator) {
            return KIND_NONE;
        }
        a = value(0);
        la = length(0);
        b = value(2);
        lb = length(2);
        c = value(4);
        lc = length(4);
        p = 5;
        return KIND_NUMERIC;
    }

    private int marked() {
        a = value(0);
        la = length(0);
        if (type(2) != NUM || !isMark(3, 'M') || type(4) != NUM || length(2) > 2 || length(4) > 2) {
            return KIND_NONE;
        }
        b = value(2);
        lb = length(2);
        c = value(4);
        lc = length(4);
        p = isMark(5, 'D') ? 6 : 5;
        separator = '年';
        return KIND_MARKED;
    }

    /** Month name with a day and a year around it, separated by spaces, '-', '/', '.' or ','. */
    private int named() {
        int elements = 0;
        int month = -1;
        int i = 0;
        while (i < size && elements < 3) {
            byte t = type(i);
            if (t == MONTH) {
                if (month >= 0) {
                    return KIND_NONE;
                }
                month = elements;
            } else if (t != NUM || isSep(i + 1, ':') || isMark(i + 1, 'h')) {
                break;
            }
            idx[elements++] = i;
            i++;
            if (elements < 3 && type(i) == SEP && value(i) != ':' && value(i) != 'T') {
                i++;
            }
        }
        if (elements != 3 || month < 0 || month == 2 || era) {
            return KIND_NONE;
        }
        b = Math.abs(value(idx[month]));
        int first = month == 0 ? idx[1] : idx[0];
        int second = idx[2];
        a = value(first);
        la = length(first);
        c = value(second);
        lc = length(second);
        if (month == 0) {
            layout = NAMED_MONTH_FIRST;
        } else {
            layout = la == 4 || la == 3 ? NAMED_YEAR_FIRST : NAMED_DAY_FIRST;
        }
        p = i;
        separator = ' ';
        return KIND_NAMED;
    }

    /** Reads an optional time of day from position p to the end. */
    private boolean timePart() {
        hour = 0;
        minute = 0;
        second = 0;
        nano = 0;
        if (p >= size) {
            return ampm == 0;
        }
        if (type(p) == SEP) {
            char s = (char) value(p);
            if (s != ' ' && s != 'T' && s != ',') {
                return false;
            }
            p++;
        } else if (!isMark(p - 1, 'D') && ampm == 0) {
            return false;
        }
        if (type(p) != NUM || length(p) > 2) {
            return false;
        }
        hasTime = true;
        hour = value(p++);
        if (isMark(p, 'h')) {
            p++;
            if (type(p) == NUM && isMark(p + 1, 'm')) {
                minute = value(p);
                p += 2;
                if (type(p) == NUM && isMark(p + 1, 's')) {
                    second = value(p);
                    p += 2;
                }
            }
            return p == size;
        }
        if (!isSep(p, ':') || type(p + 1) != NUM || length(p + 1) != 2) {
            return false;
        }
        minute = value(p + 1);
        p += 2;
        if (isSep(p, ':') && type(p + 1) == NUM && length(p + 1) == 2) {
            second = value(p + 1);
            p += 2;
            if (isSep(p, '.') && type(p + 1) == NUM) {
                int len = Math.min(length(p + 1), 9);
                int v = value(p + 1);
                for (int k = len; k < 9; k++) {
                    v *= 10;
                }
                nano = v;
                p += 2;
            }
        }
        return p == size;
    }
}
