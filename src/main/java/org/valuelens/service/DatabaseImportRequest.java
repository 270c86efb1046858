package org.valuelens.service;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.valuelens.model.summary.ReturnsPolicy;

/**
 * A database import: where to connect, what to read, how to map it and how much to transfer. The password lives
 * only in this object (never stored, logged or shown; {@link #toString()} leaves it out).
 *
 * @param url            JDBC URL ({@code null} not permitted)
 * @param user           user name, {@code null} = none
 * @param password       password, {@code null} = none
 * @param table          table or view ({@code schema.name} permitted), or {@code null} when {@code query} is given
 * @param query          one read-only SELECT query, or {@code null} when {@code table} is given
 * @param mode           {@link Mode#AGGREGATED} or {@link Mode#SUMMARY} ({@code null} not permitted)
 * @param calibrationEnd the summary's calibration end (summary mode only); {@code null} = the last day
 * @param returns        how returns count in the summary (summary mode only; {@code null} = netted)
 * @param columns        role key ("customer", "date", "amount", "quantity", "price", "cost", "channel",
 *                       "invoice") → column name or 1-based position ({@code null} not permitted; copied)
 */
public record DatabaseImportRequest(String url, String user, String password, String table, String query,
                                    Mode mode, LocalDate calibrationEnd, ReturnsPolicy returns,
                                    Map<String, String> columns) {

    /** How much crosses the network. */
    public enum Mode {
        /** one row per customer per day (per return flag): a transaction dataset like a file import */
        AGGREGATED,
        /** one row per customer at a fixed calibration end: a summary-only dataset (docs/decisions/0028) */
        SUMMARY;

        /** @return the CLI name, e.g. "aggregated" */
        public String cliName() {
            return name().toLowerCase(Locale.ROOT);
        }

        /**
         * @param name "aggregated" or "summary", any case ({@code null} not permitted)
         * @return the mode
         * @throws ServiceException for any other name
         */
        public static Mode parse(String name) {
            for (Mode m : values()) {
                if (m.cliName().equalsIgnoreCase(name.strip())) {
                    return m;
                }
            }
            throw new ServiceException("Unknown import mode \"" + name + "\": use aggregated or summary.");
        }
    }

    /** Checks and copies. */
    public DatabaseImportRequest {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(mode, "mode");
        returns = returns == null ? ReturnsPolicy.NET : returns;
        columns = Map.copyOf(new LinkedHashMap<>(Objects.requireNonNull(columns, "columns")));
    }

    /**
     * @param newPassword the password ({@code null} = none)
     * @return a copy with that password
     */
    public DatabaseImportRequest withPassword(String newPassword) {
        return new DatabaseImportRequest(url, user, newPassword, table, query, mode, calibrationEnd, returns, columns);
    }

    @Override
    public String toString() {
        return "DatabaseImportRequest[" + new org.valuelens.importer.jdbc.ConnectionSpec(url, user, null).safeUrl()
                + ", " + (table != null ? "table " + table : "query") + ", " + mode.cliName() + "]";
    }
}
