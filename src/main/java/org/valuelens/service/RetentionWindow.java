package org.valuelens.service;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.valuelens.model.TimeUnit;

/**
 * The window on which the retention method estimates retention, independent of the analysis time unit: the
 * longest of year, half-year, quarter, month and week that fits at least three complete windows into the
 * calibration period (two when no window fits three). The rate per window R is converted to the unit's period as
 * {@code r = R^(period days / window days)}: "active" then means the same thing in days, weeks and months (per-week
 * activity would call a monthly buyer lost three weeks out of four).
 *
 * @param days  window length in days
 * @param label window name for messages ("quarter")
 */
record RetentionWindow(double days, String label) {

    private static final RetentionWindow[] WINDOWS = {
        new RetentionWindow(TimeUnit.DAYS_PER_YEAR, "year"),
        new RetentionWindow(TimeUnit.DAYS_PER_YEAR / 2, "half-year"),
        new RetentionWindow(TimeUnit.DAYS_PER_YEAR / 4, "quarter"),
        new RetentionWindow(TimeUnit.DAYS_PER_YEAR / 12, "month"),
        new RetentionWindow(7, "week"),
    };
    /** Yearly retention below this is called implausibly low. */
    static final double LOW_PER_YEAR = 0.05;
    /** Yearly retention above this is called implausibly high. */
    static final double HIGH_PER_YEAR = 0.98;

    /**
     * @param start first day of the data
     * @param end   calibration end, inclusive
     * @return the window, or {@code null} when not even two complete weeks fit
     */
    static RetentionWindow choose(LocalDate start, LocalDate end) {
        double span = end.toEpochDay() - start.toEpochDay() + 1;
        for (int need = 3; need >= 2; need--) {
            for (RetentionWindow w : WINDOWS) {
                if (span / w.days >= need - 1e-9) {
                    return w;
                }
            }
        }
        return null;
    }

    /** @return {@code rate} per window converted to a rate per period of {@code unit} */
    double toUnit(double rate, TimeUnit unit) {
        return Math.pow(rate, unit.days() / days);
    }

    /**
     * @param rate retention per period of {@code unit}
     * @param unit the unit
     * @return a warning when the yearly equivalent is implausibly low or high
     */
    static Optional<String> plausibility(double rate, TimeUnit unit) {
        double yearly = Math.pow(rate, unit.periodsPerYear());
        String base = String.format(Locale.ROOT, "Retention %.4f per %s means %.1f %% of customers still buying after"
                + " a year", rate, unit.cliName(), 100 * yearly);
        if (yearly < LOW_PER_YEAR) {
            return Optional.of(base + ": implausibly low for most businesses, so the retention CLV is close to one"
                    + " period's margin. Check the time unit, or give a retention rate.");
        }
        if (yearly > HIGH_PER_YEAR) {
            return Optional.of(base + ": implausibly high (almost nobody leaves), so the retention CLV is very"
                    + " large. Check the data period, or give a retention rate.");
        }
        return Optional.empty();
    }
}
