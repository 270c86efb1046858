package org.valuelens.importer.jdbc;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.valuelens.importer.ColumnRole;
import org.valuelens.importer.RejectReason;
import org.valuelens.model.summary.ReturnsPolicy;

/**
 * Builds the SQL a database import pushes down, from a checked column mapping. Pure string building: no
 * connection, no values (the calibration end is a bound {@code ?} parameter; identifiers are quoted).
 *
 * <p>The rules are the local import's ({@code RowProcessor} and {@code SummaryBuilder}), written once more in SQL:
 * a row is rejected as {@code missing-customer-id} (null or blank id), then {@code missing-date}, then
 * {@code missing-amount} (amount null, or quantity or unit price null when the amount is their product); a row is a
 * return when its amount or quantity is negative (or its unit price, when there is no amount column) or its invoice
 * starts with C, and a return's value is made negative; a source without amount, quantity and price columns is
 * count-only (value 0). Typed columns cannot be {@code bad-number} or {@code bad-date}, and duplicate rows are kept
 * (the local import's default). The only difference: within one customer's day a database has no row order, so the
 * channel of a purchase day is the smallest of its purchase lines' channels (the file import takes the first in file
 * order; both agree whenever a customer's first day has one channel).
 *
 * <p>Standard SQL only (CTEs, CASE, TRIM, CAST to DATE, SUM OVER a window), so that PostgreSQL and the other
 * engines a JDBC driver reaches run the same text.
 */
public final class AggregationSql {

    private final String from;
    private final Map<ColumnRole, SourceColumn> columns;
    private final String quote;

    /**
     * @param from    the FROM item: a quoted table name or a parenthesised query with an alias ({@code null} not
     *                permitted)
     * @param columns role → checked source column; CUSTOMER_ID and DATE required ({@code null} not permitted)
     * @param quote   the database's identifier quote string ({@code null} or blank = none)
     */
    public AggregationSql(String from, Map<ColumnRole, SourceColumn> columns, String quote) {
        this.from = Objects.requireNonNull(from, "from");
        this.columns = new EnumMap<>(Objects.requireNonNull(columns, "columns"));
        if (!this.columns.containsKey(ColumnRole.CUSTOMER_ID) || !this.columns.containsKey(ColumnRole.DATE)) {
            throw new IllegalArgumentException("A customer and a date column are needed.");
        }
        this.quote = quote == null || quote.isBlank() ? "" : quote.strip();
    }

    /**
     * @param identifier a name as the database spells it
     * @param quote      the identifier quote string ({@code ""} = none)
     * @return the identifier quoted, an embedded quote doubled
     */
    public static String quote(String identifier, String quote) {
        if (quote == null || quote.isBlank()) {
            return identifier;
        }
        String q = quote.strip();
        return q + identifier.replace(q, q + q) + q;
    }

    /** @return whether the mapping has an amount, or a quantity and a price (else the import is count-only) */
    public boolean hasAmounts() {
        return columns.containsKey(ColumnRole.AMOUNT)
                || columns.containsKey(ColumnRole.QUANTITY) && columns.containsKey(ColumnRole.UNIT_PRICE);
    }

    private String col(ColumnRole role) {
        SourceColumn c = columns.get(role);
        return c == null ? null : "src." + quote(c.name(), quote);
    }

    private boolean isText(ColumnRole role) {
        SourceColumn c = columns.get(role);
        return c != null && c.kind() == SourceColumn.Kind.TEXT;
    }

    /**
     * The CTE {@code lines}: one row per source row with the customer {@code c}, day {@code d}, signed value
     * {@code v}, quantity {@code q}, cost {@code k}, channel {@code ch}, return flag {@code r} (1/0) and the reject
     * reason code ({@code NULL} = accepted).
     */
    String linesCte() {
        String customer = isText(ColumnRole.CUSTOMER_ID) ? "TRIM(" + col(ColumnRole.CUSTOMER_ID) + ")"
                : col(ColumnRole.CUSTOMER_ID);
        String missingCustomer = customer + " IS NULL" + (isText(ColumnRole.CUSTOMER_ID) ? " OR " + customer
                + " = ''" : "");
        String amount = col(ColumnRole.AMOUNT);
        String quantity = col(ColumnRole.QUANTITY);
        String price = col(ColumnRole.UNIT_PRICE);
        String raw;
        String missingAmount;
        if (amount != null) {
            raw = amount;
            missingAmount = amount + " IS NULL";
        } else if (quantity != null && price != null) {
            raw = "(" + quantity + " * " + price + ")";
            missingAmount = quantity + " IS NULL OR " + price + " IS NULL";
        } else {
            raw = "0";
            missingAmount = null;
        }
        StringBuilder ret = new StringBuilder(raw + " < 0");
        if (quantity != null) {
            ret.append(" OR ").append(quantity).append(" < 0");
        }
        if (price != null && amount == null) {
            ret.append(" OR ").append(price).append(" < 0");
        }
        if (isText(ColumnRole.INVOICE)) {
            String inv = "TRIM(" + col(ColumnRole.INVOICE) + ")";
            ret.append(" OR ").append(inv).append(" LIKE 'C%' OR ").append(inv).append(" LIKE 'c%'");
        }
        String isReturn = "CASE WHEN " + ret + " THEN 1 ELSE 0 END";
        String value = "CASE WHEN (" + ret + ") AND " + raw + " > 0 THEN -(" + raw + ") ELSE " + raw + " END";
        String channel = col(ColumnRole.CHANNEL);
        if (channel != null && isText(ColumnRole.CHANNEL)) {
            channel = "NULLIF(TRIM(" + channel + "), '')";
        }
        StringBuilder reason = new StringBuilder("CASE WHEN ").append(missingCustomer).append(" THEN '")
                .append(RejectReason.MISSING_CUSTOMER_ID.code()).append("' WHEN ").append(col(ColumnRole.DATE))
                .append(" IS NULL THEN '").append(RejectReason.MISSING_DATE.code()).append('\'');
        if (missingAmount != null) {
            reason.append(" WHEN ").append(missingAmount).append(" THEN '")
                    .append(RejectReason.MISSING_AMOUNT.code()).append('\'');
        }
        reason.append(" END");
        String cost = col(ColumnRole.COST);
        return "lines AS (SELECT " + customer + " AS c, CAST(" + col(ColumnRole.DATE) + " AS DATE) AS d, "
                + value + " AS v, " + (quantity == null ? "CAST(NULL AS DOUBLE PRECISION)" : quantity) + " AS q, "
                + (cost == null ? "CAST(NULL AS DOUBLE PRECISION)" : cost) + " AS k, "
                + (channel == null ? "CAST(NULL AS VARCHAR(1))" : channel) + " AS ch, " + isReturn + " AS r, "
                + reason + " AS reason FROM " + from + ")";
    }

    /**
     * @return per reject reason ({@code NULL} = accepted): source rows {@code n}, return rows {@code returns},
     *         first and last day, distinct customers. Every source row is in exactly one group.
     */
    public String countsSql() {
        return "WITH " + linesCte() + " SELECT reason, COUNT(*) AS n, SUM(r) AS returns, MIN(d) AS first_day,"
                + " MAX(d) AS last_day, COUNT(DISTINCT c) AS customers FROM lines GROUP BY reason";
    }

    /**
     * The aggregated mode: one row per customer, day and return flag, with the summed value, quantity and cost,
     * the number of cost values, the smallest channel and the number of source rows merged. Only accepted rows.
     *
     * @return columns c, d, r, v, q, k, kn, ch, n
     */
    public String dailySql() {
        return "WITH " + linesCte() + " SELECT c, d, r, SUM(v) AS v, SUM(q) AS q, SUM(k) AS k, COUNT(k) AS kn,"
                + " MIN(ch) AS ch, COUNT(*) AS n FROM lines WHERE reason IS NULL GROUP BY c, d, r";
    }

    /** The CTEs {@code days} (customer days with a purchase flag) and {@code ranked} (purchase days so far). */
    private String rankedCtes(ReturnsPolicy returns) {
        return linesCte() + ", days AS (SELECT c, d, MAX(1 - r) AS p, SUM(v) AS v, SUM(k) AS k,"
                + " MIN(CASE WHEN r = 0 THEN ch END) AS ch, COUNT(*) AS n FROM lines WHERE reason IS NULL"
                + (returns == ReturnsPolicy.EXCLUDE ? " AND r = 0" : "") + " GROUP BY c, d),"
                + " ranked AS (SELECT c, d, p, v, k, ch, n,"
                + " SUM(p) OVER (PARTITION BY c ORDER BY d ROWS UNBOUNDED PRECEDING) AS pd,"
                + " MIN(CASE WHEN p = 1 THEN d END) OVER (PARTITION BY c) AS f FROM days)";
    }

    /**
     * The summary-only mode: one row per customer with the summary definitions of {@code SummaryBuilder} (days
     * with a purchase line are purchase days; returns netted into the day's total under NET, dropped under
     * EXCLUDE). Bind the calibration end (a {@link java.time.LocalDate}) to every one of the
     * {@link #CUSTOMER_PARAMETERS} parameters.
     *
     * @param returns how returns count ({@code null} not permitted)
     * @return columns c, first_day (null: returns only), last_day (last purchase day up to the calibration end),
     *         cal_days, revenue, repeat_spend, cost, lines, holdout_days, holdout_revenue, channel
     */
    public String customerSql(ReturnsPolicy returns) {
        Objects.requireNonNull(returns, "returns");
        return "WITH " + rankedCtes(returns) + " SELECT c, MIN(f) AS first_day,"
                + " MAX(CASE WHEN p = 1 AND d <= ? THEN d END) AS last_day,"
                + " SUM(CASE WHEN p = 1 AND d <= ? THEN 1 ELSE 0 END) AS cal_days,"
                + " SUM(CASE WHEN d <= ? THEN v ELSE 0 END) AS revenue,"
                + " SUM(CASE WHEN d <= ? AND pd >= 2 THEN v ELSE 0 END) AS repeat_spend,"
                + " SUM(CASE WHEN d <= ? THEN k END) AS cost,"
                + " SUM(CASE WHEN d <= ? THEN n ELSE 0 END) AS lines,"
                + " SUM(CASE WHEN p = 1 AND d > ? THEN 1 ELSE 0 END) AS holdout_days,"
                + " SUM(CASE WHEN d > ? THEN v ELSE 0 END) AS holdout_revenue,"
                + " MAX(CASE WHEN p = 1 AND pd = 1 THEN ch END) AS channel FROM ranked GROUP BY c";
    }

    /** Parameters of {@link #customerSql}: each is the calibration end. */
    public static final int CUSTOMER_PARAMETERS = 8;

    /**
     * Repeat purchase days per calendar day of the customers whose first purchase is on or before the calibration
     * end (the tracking curve of the holdout check). Bind the calibration end to its one parameter.
     *
     * @param returns how returns count ({@code null} not permitted)
     * @return columns d, repeats
     */
    public String repeatDaysSql(ReturnsPolicy returns) {
        Objects.requireNonNull(returns, "returns");
        return "WITH " + rankedCtes(returns) + " SELECT d, COUNT(*) AS repeats FROM ranked"
                + " WHERE p = 1 AND pd >= 2 AND f <= ? GROUP BY d";
    }

    /**
     * @return the last day with a line the summary keeps (purchases only under EXCLUDE): the default calibration
     *         end, as the local summary's
     * @param returns how returns count ({@code null} not permitted)
     */
    public String lastDaySql(ReturnsPolicy returns) {
        return "WITH " + linesCte() + " SELECT MAX(d) FROM lines WHERE reason IS NULL"
                + (returns == ReturnsPolicy.EXCLUDE ? " AND r = 0" : "");
    }
}
