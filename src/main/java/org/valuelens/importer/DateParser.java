package org.valuelens.importer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;

/**
 * Parses the date texts of one column without regular expressions: ISO dates ({@code yyyy-MM-dd}, also with
 * {@code /} or {@code .}, with a {@code T} or space before {@code HH:mm[:ss[.SSS]]}), {@code yyyyMMdd},
 * {@code d/M/yyyy} or {@code M/d/yyyy} (also {@code -} and {@code .}, two-digit years, optional time and AM/PM)
 * and Excel serial day numbers (5 digits, optional fraction). Not thread-safe: one instance per import.
 */
final class DateParser {
    /** Shapes a date text can have; see {@link #shape(String)}. */
    static final int SHAPE_NONE = 0;
    static final int SHAPE_YMD = 1;
    static final int SHAPE_DMY_OR_MDY = 2;
    static final int SHAPE_COMPACT = 3;
    static final int SHAPE_SERIAL = 4;

    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    private final boolean dayFirst;
    private final DateTimeFormatter formatter;
    private final int[] values = new int[8];
    private final int[] lengths = new int[8];
    private final char[] separators = new char[8];
    private int groups;
    private int pm;
    private String lastText;
    private LocalDateTime lastValue;

    /**
     * @param dayFirst whether an all-numeric date with the year last is d/M/y (else M/d/y)
     * @param pattern  a user's {@link DateTimeFormatter} pattern, or {@code null} to detect per value
     */
    DateParser(boolean dayFirst, String pattern) {
        this.dayFirst = dayFirst;
        this.formatter = pattern == null ? null : DateTimeFormatter.ofPattern(pattern);
    }

    /** @return the timestamp, or {@code null} when the text is not a date this parser understands */
    LocalDateTime parse(String text) {
        if (text.equals(lastText)) {
            return lastValue;
        }
        LocalDateTime value = formatter != null ? parseWithPattern(text) : parseDetected(text);
        if (value != null) {
            lastText = text;
            lastValue = value;
        }
        return value;
    }

    /** @return an Excel serial day number (1900 date system) as a timestamp, or {@code null} when out of range */
    static LocalDateTime fromSerial(double serial) {
        if (!(serial >= 1 && serial < 2_958_466)) {
            return null;
        }
        long days = (long) Math.floor(serial);
        long seconds = Math.round((serial - days) * 86_400);
        return EXCEL_EPOCH.plusDays(days).atStartOfDay().plusSeconds(seconds);
    }

    private LocalDateTime parseWithPattern(String text) {
        try {
            TemporalAccessor t = formatter.parseBest(text.trim(), LocalDateTime::from, LocalDate::from);
            return t instanceof LocalDateTime ? (LocalDateTime) t : ((LocalDate) t).atStartOfDay();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * Splits the text into digit groups.
     *
     * @return the shape of the date part ({@code SHAPE_*})
     */
    int shape(String text) {
        if (!split(text)) {
            return SHAPE_NONE;
        }
        if (groups == 1 || groups == 2 && separators[1] == '.') {
            if (lengths[0] == 8) {
                return groups == 1 ? SHAPE_COMPACT : SHAPE_NONE;
            }
            return lengths[0] == 5 ? SHAPE_SERIAL : SHAPE_NONE;
        }
        if (groups < 3 || separators[1] != separators[2] || !isDateSeparator(separators[1])) {
            return SHAPE_NONE;
        }
        if (lengths[0] == 4) {
            return SHAPE_YMD;
        }
        if ((lengths[2] == 4 || lengths[2] == 2) && lengths[0] <= 2 && lengths[1] <= 2) {
            return SHAPE_DMY_OR_MDY;
        }
        return SHAPE_NONE;
    }

    /** @return first numeric field of the last split text (for d/M vs M/d votes) */
    int firstField() {
        return values[0];
    }

    /** @return second numeric field of the last split text */
    int secondField() {
        return values[1];
    }

    /** @return whether the last split text had a time of day */
    boolean hadTime() {
        return groups > 3;
    }

    /** @return the date separator of the last split text */
    char dateSeparator() {
        return separators[1];
    }

    private LocalDateTime parseDetected(String text) {
        int shape = shape(text);
        try {
            switch (shape) {
                case SHAPE_COMPACT: {
                    int v = values[0];
                    return dateTime(v / 10000, v / 100 % 100, v % 100, 3);
                }
                case SHAPE_SERIAL: {
                    double serial = values[0];
                    if (groups == 2) {
                        serial += values[1] / Math.pow(10, lengths[1]);
                    }
                    return fromSerial(serial);
                }
                case SHAPE_YMD:
                    return dateTime(values[0], values[1], values[2], 3);
                case SHAPE_DMY_OR_MDY: {
                    int year = values[2];
                    if (lengths[2] == 2) {
                        year += year < 70 ? 2000 : 1900;
                    }
                    return dayFirst ? dateTime(year, values[1], values[0], 3) : dateTime(year, values[0], values[1], 3);
                }
                default:
                    return null;
            }
        } catch (DateTimeException e) {
            return null;
        }
    }

    private LocalDateTime dateTime(int year, int month, int day, int timeStart) {
        if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1000 || year > 9999) {
            return null;
        }
        if (day > 28 && day > LocalDate.of(year, month, 1).lengthOfMonth()) {
            return null;
        }
        int hour = 0;
        int minute = 0;
        int second = 0;
        int nano = 0;
        int timeGroups = groups - timeStart;
        if (timeGroups > 0) {
            if (timeGroups < 2 || separators[timeStart] != ' ' && separators[timeStart] != 'T') {
                return null;
            }
            hour = values[timeStart];
            minute = values[timeStart + 1];
            if (timeGroups >= 3) {
                second = values[timeStart + 2];
            }
            if (timeGroups >= 4) {
                int len = Math.min(lengths[timeStart + 3], 9);
                nano = values[timeStart + 3];
                for (int i = len; i < 9; i++) {
                    nano *= 10;
                }
            }
            if (pm == 1 && hour < 12) {
                hour += 12;
            } else if (pm == -1 && hour == 12) {
                hour = 0;
            }
            if (hour > 23 || minute > 59 || second > 59) {
                return null;
            }
        }
        return LocalDateTime.of(LocalDate.of(year, month, day), LocalTime.of(hour, minute, second, nano));
    }

    private static boolean isDateSeparator(char c) {
        return c == '-' || c == '/' || c == '.';
    }

    /** Fills values/lengths/separators; separators[i] is the character before group i. */
    private boolean split(String text) {
        groups = 0;
        pm = 0;
        int n = text.length();
        int start = 0;
        while (start < n && text.charAt(start) <= ' ') {
            start++;
        }
        while (n > start && text.charAt(n - 1) <= ' ') {
            n--;
        }
        if (n - start >= 11 && text.charAt(n - 1) == 'Z' && Character.isDigit(text.charAt(n - 2))) {
            n--; // ISO instant in UTC: the wall-clock time is kept as written
        }
        if (n - start >= 2) {
            char a = Character.toUpperCase(text.charAt(n - 2));
            char m = Character.toUpperCase(text.charAt(n - 1));
            if (m == 'M' && (a == 'A' || a == 'P')) {
                pm = a == 'P' ? 1 : -1;
                n -= 2;
                while (n > start && text.charAt(n - 1) == ' ') {
                    n--;
                }
            }
        }
        char pending = 0;
        int i = start;
        while (i < n) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                if (groups == values.length) {
                    return false;
                }
                long v = 0;
                int len = 0;
                while (i < n && (c = text.charAt(i)) >= '0' && c <= '9') {
                    v = v * 10 + (c - '0');
                    len++;
                    i++;
                }
                if (len > 9 || groups > 0 && pending == 0) {
                    return false;
                }
                values[groups] = (int) v;
                lengths[groups] = len;
                separators[groups] = pending;
                groups++;
                pending = 0;
            } else {
                if (pending != 0 || groups == 0) {
                    if (pending == ' ' && (c == 'T' || c == ' ')) {
                        pending = c;
                        i++;
                        continue;
                    }
                    return false;
                }
                if (c != '-' && c != '/' && c != '.' && c != ':' && c != ' ' && c != 'T') {
                    return false;
                }
                pending = c;
                i++;
            }
        }
        return groups > 0 && pending == 0;
    }
}
