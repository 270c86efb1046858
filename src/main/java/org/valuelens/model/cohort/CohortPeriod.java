package org.valuelens.model.cohort;

import java.time.LocalDate;

/** Length of a cohort period: calendar month or calendar quarter. */
public enum CohortPeriod {
    /** Calendar month; labels like "1997-01". */
    MONTH,
    /** Calendar quarter; labels like "1997-Q1". */
    QUARTER;

    /**
     * @param year  calendar year
     * @param month 1..12
     * @return a running period number (consecutive periods differ by 1)
     */
    public int index(int year, int month) {
        return this == MONTH ? year * 12 + month - 1 : year * 4 + (month - 1) / 3;
    }

    /** @param date a day ({@code null} not permitted) @return the running period number of its period */
    public int index(LocalDate date) {
        return index(date.getYear(), date.getMonthValue());
    }

    /** @param index a running period number @return the first day of that period */
    public LocalDate start(int index) {
        return this == MONTH ? LocalDate.of(Math.floorDiv(index, 12), Math.floorMod(index, 12) + 1, 1)
                : LocalDate.of(Math.floorDiv(index, 4), Math.floorMod(index, 4) * 3 + 1, 1);
    }

    /** @param index a running period number @return "yyyy-MM" or "yyyy-Qn" */
    public String label(int index) {
        return this == MONTH ? String.format("%04d-%02d", Math.floorDiv(index, 12), Math.floorMod(index, 12) + 1)
                : String.format("%04d-Q%d", Math.floorDiv(index, 4), Math.floorMod(index, 4) + 1);
    }
}
