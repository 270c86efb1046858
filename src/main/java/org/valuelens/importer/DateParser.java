package org.valuelens.importer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;

/**
 * Parses the date texts of one column with the reading decided for the whole column ({@link DateColumn}): the order
 * of an all-numeric date with the year last (d/M/y or M/d/y) and whether three-digit years are Minguo (ROC) years
 * (year + 1911). Understands ISO dates, {@code yyyyMMdd}, Excel serial day numbers, Chinese 年月日 dates, month and
 * weekday names in English, Russian, German and French, 12- and 24-hour clocks (AM/PM, 上午/下午, 14时22分) and
 * full-width digits ({@link DateFields}). Two-digit years are 2000-2069 below 70, else 1970-1999. A user's
 * {@link DateTimeFormatter} pattern replaces all of this. Not thread-safe: one instance per import.
 */
final class DateParser {
    /** Two-digit years below this are in the 2000s, the others in the 1900s. */
    static final int TWO_DIGIT_PIVOT = 70;
    /** Added to a Minguo (Republic of China) year to get the Gregorian year. */
    static final int MINGUO_OFFSET = 1911;

    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    private final boolean dayFirst;
    private final boolean minguo;
    private final DateTimeFormatter formatter;
    private final DateFields fields = new DateFields();
    private String lastText;
    private LocalDateTime lastValue;

    /**
     * @param dayFirst whether an all-numeric date with the year last is d/M/y (else M/d/y)
     * @param pattern  a user's {@link DateTimeFormatter} pattern, or {@code null} to read the forms above
     */
    DateParser(boolean dayFirst, String pattern) {
        this(dayFirst, false, pattern);
    }

    /**
     * @param dayFirst whether an all-numeric date with the year last is d/M/y (else M/d/y)
     * @param minguo   whether years of up to three digits written first are Minguo years
     * @param pattern  a user's {@link DateTimeFormatter} pattern, or {@code null} to read the forms above
     */
    DateParser(boolean dayFirst, boolean minguo, String pattern) {
        this.dayFirst = dayFirst;
        this.minguo = minguo;
        this.formatter = pattern == null ? null : DateTimeFormatter.ofPattern(pattern);
    }

    /** @return the timestamp, or {@code null} when the text is not a date in this column's reading */
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

    /** @return the kind of date the text is ({@link DateFields}{@code .KIND_*}), without checking its values */
    int kind(String text) {
        return fields.read(text);
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

    /** @return a two-digit year in full */
    static int fullYear(int twoDigits) {
        return twoDigits + (twoDigits < TWO_DIGIT_PIVOT ? 2000 : 1900);
    }

    private LocalDateTime parseWithPattern(String text) {
        try {
            TemporalAccessor t = formatter.parseBest(text.trim(), LocalDateTime::from, LocalDate::from);
            return t instanceof LocalDateTime ? (LocalDateTime) t : ((LocalDate) t).atStartOfDay();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private LocalDateTime parseDetected(String text) {
        DateFields f = fields;
        try {
            switch (f.read(text)) {
                case DateFields.KIND_COMPACT:
                    return dateTime(f.a / 10000, f.a / 100 % 100, f.a % 100);
                case DateFields.KIND_SERIAL: {
                    double serial = f.a;
                    if (f.lb > 0) {
                        serial += f.b / Math.pow(10, f.lb);
                    }
                    return fromSerial(serial);
                }
                case DateFields.KIND_NUMERIC:
                    return numeric(f);
                case DateFields.KIND_MARKED:
                    return marked(f);
                case DateFields.KIND_NAMED:
                    return named(f);
                default:
                    return null;
            }
        } catch (DateTimeException e) {
            return null;
        }
    }

    private LocalDateTime numeric(DateFields f) {
        if (f.la == 4 && !f.era) {
            return dateTime(f.a, f.b, f.c);
        }
        if ((minguo || f.era) && f.la <= 3 && f.lb <= 2 && f.lc <= 2) {
            return dateTime(f.a + MINGUO_OFFSET, f.b, f.c);
        }
        if (f.la > 2 || f.lb > 2 || f.lc != 4 && f.lc != 2) {
            return null;
        }
        int year = f.lc == 2 ? fullYear(f.c) : f.c;
        return dayFirst ? dateTime(year, f.b, f.a) : dateTime(year, f.a, f.b);
    }

    private LocalDateTime marked(DateFields f) {
        if (f.la == 4 && !f.era) {
            return dateTime(f.a, f.b, f.c);
        }
        if (minguo || f.era) {
            return dateTime(f.a + MINGUO_OFFSET, f.b, f.c);
        }
        return f.la == 2 ? dateTime(fullYear(f.a), f.b, f.c) : null;
    }

    private LocalDateTime named(DateFields f) {
        if (f.layout == DateFields.NAMED_YEAR_FIRST) {
            return f.la == 4 && f.lc <= 2 ? dateTime(f.a, f.b, f.c) : null;
        }
        if (f.la > 2 || f.lc != 4 && f.lc != 2) {
            return null;
        }
        return dateTime(f.lc == 2 ? fullYear(f.c) : f.c, f.b, f.a);
    }

    private LocalDateTime dateTime(int year, int month, int day) {
        DateFields f = fields;
        if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1000 || year > 9999) {
            return null;
        }
        if (day > 28 && day > LocalDate.of(year, month, 1).lengthOfMonth()) {
            return null;
        }
        int hour = f.hour;
        if (f.ampm != 0) {
            if (hour < 1 || hour > 12) {
                return null;
            }
            hour = hour % 12 + (f.ampm > 0 ? 12 : 0);
        }
        if (hour > 23 || f.minute > 59 || f.second > 59) {
            return null;
        }
        return LocalDateTime.of(LocalDate.of(year, month, day), LocalTime.of(hour, f.minute, f.second, f.nano));
    }
}
