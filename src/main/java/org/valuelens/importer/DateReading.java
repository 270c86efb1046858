package org.valuelens.importer;

/**
 * How the date column of a file is read, decided from all its values, for the preview line ("Dates read as
 * year/month/day (Minguo calendar: year + 1911)").
 *
 * @param order           "ymd", "dmy", "mdy", "excel" (Excel dates or serial day numbers) or "pattern" (the
 *                        user's {@code --date-format}); never {@code null}
 * @param minguo          whether years are Minguo (Republic of China) years: year + 1911
 * @param twoDigitCentury the century assumed for two-digit years: 2000, 1900, or 0 when both occur (00-69 as
 *                        2000-2069, 70-99 as 1970-1999); {@code null} when the column has no two-digit years
 */
public record DateReading(String order, boolean minguo, Integer twoDigitCentury) {
    /** Checks the order. */
    public DateReading {
        java.util.Objects.requireNonNull(order, "order");
    }

    /** @return the reading in one English sentence, e.g. "Dates read as year/month/day (Minguo calendar: ...)" */
    public String describe() {
        String how = switch (order) {
            case "ymd" -> "year/month/day";
            case "dmy" -> "day/month/year";
            case "mdy" -> "month/day/year";
            case "excel" -> "Excel dates";
            default -> "the given pattern";
        };
        StringBuilder b = new StringBuilder("Dates read as ").append(how);
        if (minguo) {
            b.append(" (Minguo calendar: year + 1911)");
        }
        if (twoDigitCentury != null) {
            b.append(twoDigitCentury == 0 ? "; two-digit years 00-69 as 2000-2069, 70-99 as 1970-1999"
                    : "; two-digit years as " + twoDigitCentury / 100 + "xx");
        }
        return b.toString();
    }
}
