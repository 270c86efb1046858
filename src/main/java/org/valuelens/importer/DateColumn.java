package org.valuelens.importer;

import java.time.LocalDateTime;
import java.util.List;

/**
 * Counts the forms of every value of a date column and decides, once for the column, how its dates are read: the
 * order of all-numeric dates with the year last (a first field over 12 says day-first, a second one month-first),
 * whether years are Minguo years (only when some values have a three-digit year between 100 and 150 or write the
 * era 民國, and no value has a four-digit year or a first field that cannot be a Minguo year), and which
 * two-digit years occur (named in a warning).
 */
final class DateColumn {
    /** Three-digit years read as Minguo years: 100..150 is 2011..2061. */
    static final int MINGUO_MIN = 100;
    static final int MINGUO_MAX = 150;

    private final DateFields f = new DateFields();
    int cells;
    int serial;
    int compact;
    int yearFirst;
    int yearLast;
    int marked;
    int named;
    int namedLayout = -1;
    int minguoYears;
    int era;
    int fourDigitYears;
    int otherThreeDigitYears;
    /** Values whose first field cannot be a plausible Minguo year (below 80, i.e. before 1991). */
    int notMinguo;
    int twoDigitYears;
    int twoDigitLow;
    int twoDigitHigh;
    int withTime;
    int firstOver12;
    int secondOver12;
    char yearLastSeparator = '/';
    char yearFirstSeparator = '-';

    void reset() {
        cells = 0;
        serial = 0;
        compact = 0;
        yearFirst = 0;
        yearLast = 0;
        marked = 0;
        named = 0;
        minguoYears = 0;
        era = 0;
        fourDigitYears = 0;
        otherThreeDigitYears = 0;
        notMinguo = 0;
        twoDigitYears = 0;
        twoDigitLow = 0;
        twoDigitHigh = 0;
        withTime = 0;
        firstOver12 = 0;
        secondOver12 = 0;
    }

    void add(Object cell) {
        if (cell instanceof LocalDateTime) {
            cells++;
            return;
        }
        if (cell instanceof Double) {
            serial++;
            return;
        }
        if (!(cell instanceof String)) {
            return;
        }
        switch (f.read((String) cell)) {
            case DateFields.KIND_COMPACT:
                compact++;
                return;
            case DateFields.KIND_SERIAL:
                serial++;
                return;
            case DateFields.KIND_NUMERIC:
                numeric();
                break;
            case DateFields.KIND_MARKED:
                if (marked++ == 0 && yearFirst == 0) {
                    yearFirstSeparator = '年';
                }
                if (f.la <= 2 && !f.era && f.a < 80) {
                    notMinguo++;
                }
                year(f.a, f.la, true);
                break;
            case DateFields.KIND_NAMED:
                if (named++ == 0) {
                    namedLayout = f.layout;
                }
                if (f.layout == DateFields.NAMED_YEAR_FIRST) {
                    year(f.a, f.la, true);
                } else {
                    year(f.c, f.lc, false);
                }
                break;
            default:
                return;
        }
        if (f.era) {
            era++;
        }
        if (f.hasTime) {
            withTime++;
        }
    }

    private void numeric() {
        if (f.la >= 3 || f.lc <= 2 && f.era) {
            if (yearFirst++ == 0) {
                yearFirstSeparator = f.separator;
            }
            year(f.a, f.la, true);
            return;
        }
        if (yearLast++ == 0) {
            yearLastSeparator = f.separator;
        }
        if (f.lc <= 2 && f.a < 80) {
            notMinguo++;
        }
        if (f.a > 12) {
            firstOver12++;
        }
        if (f.b > 12) {
            secondOver12++;
        }
        year(f.c, f.lc, false);
    }

    private void year(int value, int length, boolean first) {
        if (length == 4 && !f.era) {
            fourDigitYears++;
        } else if (f.era || length == 3 && value >= MINGUO_MIN && value <= MINGUO_MAX) {
            minguoYears++;
        } else if (length == 3) {
            otherThreeDigitYears++;
        } else if (length == 2 || length == 1 && first) {
            twoDigitYears++;
            if (value < DateParser.TWO_DIGIT_PIVOT) {
                twoDigitLow++;
            } else {
                twoDigitHigh++;
            }
        }
    }

    /** @return whether the sample may not tell: the d/M order, Minguo years or two-digit years need every value */
    boolean needsAllValues() {
        return yearLast > 0 && firstOver12 == 0 && secondOver12 == 0 || minguoYears > 0 || twoDigitYears > 0;
    }

    /** @return whether the column's years are Minguo years */
    boolean minguo() {
        return (minguoYears > 0 || era > 0) && fourDigitYears == 0 && otherThreeDigitYears == 0
                && notMinguo == 0;
    }

    /**
     * @param defaultDayFirst the order used when no value decides it
     * @return whether numeric dates with the year last are day-first
     */
    boolean dayFirst(boolean defaultDayFirst) {
        if (firstOver12 > 0 && secondOver12 > 0) {
            return firstOver12 >= secondOver12;
        }
        if (firstOver12 > 0 || secondOver12 > 0) {
            return firstOver12 > 0;
        }
        return defaultDayFirst;
    }

    /** @return the order of the column's main form: "ymd", "dmy", "mdy" or "excel" (serial numbers, Excel dates) */
    String order(boolean dayFirst) {
        int max = Math.max(Math.max(cells + serial, yearFirst + marked + compact), Math.max(yearLast, named));
        if (max == 0) {
            return null;
        }
        if (max == cells + serial) {
            return "excel";
        }
        if (max == yearFirst + marked + compact) {
            return "ymd";
        }
        if (max == yearLast) {
            return dayFirst ? "dmy" : "mdy";
        }
        return namedLayout == DateFields.NAMED_YEAR_FIRST ? "ymd"
                : namedLayout == DateFields.NAMED_MONTH_FIRST ? "mdy" : "dmy";
    }

    /** @return the century of the column's two-digit years: 2000, 1900, 0 for both, {@code null} for none */
    Integer twoDigitCentury(boolean minguo) {
        if (twoDigitYears == 0 || minguo) {
            return null;
        }
        return twoDigitHigh == 0 ? 2000 : twoDigitLow == 0 ? 1900 : 0;
    }

    /** @return a pattern-like description of the column's main form, e.g. "yyyy-MM-dd HH:mm:ss" */
    String pattern(boolean dayFirst, boolean minguo) {
        int max = Math.max(Math.max(Math.max(cells, yearFirst), Math.max(yearLast, compact)),
                Math.max(serial, Math.max(marked, named)));
        if (max == 0) {
            return null;
        }
        String time = withTime * 2 > yearFirst + yearLast + marked + named && withTime > 0 ? " HH:mm:ss" : "";
        String year = minguo ? "yyy" : "yyyy";
        String calendar = minguo ? " (Minguo)" : "";
        if (max == cells) {
            return "excel-date";
        }
        if (max == yearFirst) {
            char s = yearFirstSeparator;
            return year + s + "MM" + s + "dd" + time + calendar;
        }
        if (max == yearLast) {
            char s = yearLastSeparator;
            String y = twoDigitYears > yearLast / 2 ? "yy" : "yyyy";
            return (dayFirst ? "d" + s + "M" : "M" + s + "d") + s + y + time;
        }
        if (max == marked) {
            return (era > 0 ? "民國" : "") + year + "年M月d日" + time + calendar;
        }
        if (max == named) {
            return (namedLayout == DateFields.NAMED_YEAR_FIRST ? "yyyy MMM d"
                    : namedLayout == DateFields.NAMED_MONTH_FIRST ? "MMM d, yyyy" : "d MMM yyyy") + time;
        }
        if (max == compact) {
            return "yyyyMMdd";
        }
        return "excel-serial";
    }

    /** Adds the sentences the column's reading needs: two-digit years, Minguo years mixed with others. */
    void warn(String fileName, String column, boolean minguo, List<String> warnings) {
        Integer century = twoDigitCentury(minguo);
        if (century != null) {
            String range = century == 2000 ? "the 2000s (e.g. 24 as 2024)" : century == 1900
                    ? "the 1900s (e.g. 85 as 1985)"
                    : "the 2000s below 70 (24 as 2024) and the 1900s from 70 (85 as 1985)";
            warnings.add(fileName + ": column \"" + column + "\" writes " + twoDigitYears + " years with two digits; "
                    + "they were read as years in " + range + ". Pass --date-format with yyyy if that is wrong.");
        }
        if (minguoYears > 0 && !minguo) {
            warnings.add(fileName + ": column \"" + column + "\" mixes " + minguoYears + " three-digit (Minguo) "
                    + "years with other years, so it was not read as Minguo calendar; the three-digit ones "
                    + "are rejected as bad dates.");
        }
    }
}
