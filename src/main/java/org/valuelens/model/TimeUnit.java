package org.valuelens.model;

import java.util.Locale;

/**
 * The unit in which ages, recencies, horizons and per-period rates are expressed.
 *
 * <p>A month is the mean Gregorian month, 365.25 / 12 = 30.4375 days, so that 12 months make exactly one year
 * and a conversion never depends on which calendar month a customer started in.
 */
public enum TimeUnit {
    /** One calendar day. */
    DAY(1.0),
    /** Seven days. */
    WEEK(7.0),
    /** 30.4375 days (one twelfth of a mean Gregorian year). */
    MONTH(365.25 / 12.0);

    /** Days in a mean Gregorian year. */
    public static final double DAYS_PER_YEAR = 365.25;

    private final double days;

    TimeUnit(double days) {
        this.days = days;
    }

    /** @return the length of one unit in days ({@code > 0}) */
    public double days() {
        return days;
    }

    /**
     * Converts a duration in days to this unit.
     *
     * @param durationDays a duration in days (any finite value)
     * @return the same duration in this unit
     */
    public double fromDays(double durationDays) {
        return durationDays / days;
    }

    /** @return how many of this unit make one year (365.25, 52.18, 12) */
    public double periodsPerYear() {
        return DAYS_PER_YEAR / days;
    }

    /**
     * Converts an annual discount rate into the equivalent compound rate for one period of this unit:
     * {@code (1 + annual)^(1 / periodsPerYear) - 1}.
     *
     * @param annualRate annual rate as a fraction (0.10 = 10 %), {@code > -1}
     * @return the per-period rate as a fraction
     */
    public double periodRate(double annualRate) {
        if (!(annualRate > -1.0) || Double.isInfinite(annualRate)) {
            throw new IllegalArgumentException("annual rate must be a finite fraction above -1, was " + annualRate);
        }
        return Math.pow(1.0 + annualRate, 1.0 / periodsPerYear()) - 1.0;
    }

    /** @return the lower-case name used on the command line ("day", "week", "month") */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses "day", "week" or "month" (any case; plural "s" accepted).
     *
     * @param text the name ({@code null} not permitted)
     * @return the unit
     * @throws IllegalArgumentException for any other text
     */
    public static TimeUnit parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.endsWith("s")) {
            t = t.substring(0, t.length() - 1);
        }
        for (TimeUnit u : values()) {
            if (u.cliName().equals(t)) {
                return u;
            }
        }
        throw new IllegalArgumentException("Unknown time unit '" + text + "': use day, week or month.");
    }
}
