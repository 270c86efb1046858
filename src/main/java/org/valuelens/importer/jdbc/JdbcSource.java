package org.valuelens.importer.jdbc;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import org.valuelens.importer.ColumnRole;
import org.valuelens.importer.ImportException;

/**
 * A read-only connection to a source database: resolves a table or a query against the database's metadata, maps
 * the user's columns, shows the first rows. Running the pushed-down statements is {@link PushDown}'s job.
 *
 * <p>The connection is opened read-only and without auto-commit (so that drivers such as PostgreSQL's stream large
 * results); every error is one sentence without the password ({@link SqlErrors}).
 */
public final class JdbcSource implements AutoCloseable {

    private static final int LOGIN_TIMEOUT_SECONDS = 15;
    private static final Pattern READ_ONLY_START = Pattern.compile("(?is)^(select|with|values|table)\\b.*");
    private static final Pattern CREDENTIAL_IN_URL = Pattern.compile("(?i)([?;&]password=|//[^/@?;]*:[^/@?;]*@)");
    private static final Pattern COMMENTS = Pattern.compile("(?s)(--[^\\n]*(\\n|$)|/\\*.*?\\*/)");

    private final ConnectionSpec spec;
    private final Connection connection;
    private final String quote;

    private JdbcSource(ConnectionSpec spec, Connection connection, String quote) {
        this.spec = spec;
        this.connection = connection;
        this.quote = quote;
    }

    /**
     * Connects, read-only.
     *
     * @param spec where ({@code null} not permitted)
     * @return the open source
     * @throws ImportException when no driver takes the URL or the database cannot be reached or refuses the login
     */
    public static JdbcSource open(ConnectionSpec spec) throws ImportException {
        String url = spec.url().strip();
        if (!url.startsWith("jdbc:")) {
            throw new ImportException("\"" + spec.safeUrl() + "\" is not a JDBC URL: it starts with jdbc:, e.g."
                    + " jdbc:postgresql://localhost:5432/shop.");
        }
        if (CREDENTIAL_IN_URL.matcher(url).find()) {
            throw new ImportException("The URL " + spec.safeUrl() + " carries a password: leave it out of the URL"
                    + " and give it separately (import --password-env VAR, or the password field), so that it is"
                    + " never written to a log or the workspace.");
        }
        Properties props = new Properties();
        if (spec.user() != null) {
            props.setProperty("user", spec.user());
        }
        if (spec.password() != null) {
            props.setProperty("password", spec.password());
        }
        Connection c;
        try {
            DriverManager.getDriver(url);
        } catch (SQLException e) {
            throw new ImportException("No JDBC driver here accepts " + spec.safeUrl() + ": PostgreSQL's is bundled;"
                    + " for another database put its driver jar on the class path (beside the app).", e);
        }
        try {
            if (DriverManager.getLoginTimeout() == 0) {
                DriverManager.setLoginTimeout(LOGIN_TIMEOUT_SECONDS);
            }
            c = DriverManager.getConnection(url, props);
        } catch (SQLException e) {
            String state = e.getSQLState();
            if (state == null || !(state.startsWith("28") || "3D000".equals(state))) {
                throw new ImportException("Cannot connect to the database at " + spec.safeUrl() + ": "
                        + spec.scrub(firstLine(e)) + ".", e);
            }
            throw new ImportException(SqlErrors.sentence(e, spec, "connecting"), e);
        }
        try {
            c.setReadOnly(true);
            c.setAutoCommit(false);
            String q = c.getMetaData().getIdentifierQuoteString();
            return new JdbcSource(spec, c, q == null || q.isBlank() ? "" : q.strip());
        } catch (SQLException e) {
            closeQuietly(c);
            throw new ImportException(SqlErrors.sentence(e, spec, "opening the connection"), e);
        }
    }

    private static String firstLine(SQLException e) {
        return SqlErrors.firstLine(e.getMessage());
    }

    /** @return the connection's spec (safe URL, user; the password stays inside) */
    public ConnectionSpec spec() {
        return spec;
    }

    /** @return the database's identifier quote string ({@code ""} when it has none) */
    public String quote() {
        return quote;
    }

    Connection connection() {
        return connection;
    }

    /**
     * Resolves a table (optionally {@code schema.table}) against the metadata, or wraps a read-only query.
     *
     * @param table a table or view name, or {@code null}
     * @param query a SELECT (or WITH) query, or {@code null}; exactly one of the two
     * @return the source with its columns
     * @throws ImportException for an unknown table, a query that is not a single read-only SELECT, or an error
     */
    public SourceTable resolve(String table, String query) throws ImportException {
        if ((table == null) == (query == null)) {
            throw new ImportException("Give either a table or a query, not " + (table == null ? "neither" : "both")
                    + ".");
        }
        String from;
        String description;
        if (table != null) {
            from = quotedTable(table.strip()) + " src";
            description = "table " + table.strip();
        } else {
            String q = readOnlyQuery(query);
            from = "(" + q + ") src";
            description = "the query";
        }
        try (PreparedStatement ps = connection.prepareStatement("SELECT * FROM " + from + " WHERE 1 = 0");
             ResultSet rs = ps.executeQuery()) {
            ResultSetMetaData md = rs.getMetaData();
            List<SourceColumn> columns = new ArrayList<>();
            for (int i = 1; i <= md.getColumnCount(); i++) {
                columns.add(new SourceColumn(md.getColumnLabel(i), kind(md.getColumnType(i))));
            }
            return new SourceTable(description, from, columns);
        } catch (SQLException e) {
            rollbackQuietly();
            throw new ImportException(SqlErrors.sentence(e, spec, "reading " + description), e);
        }
    }

    /**
     * @param query the user's query
     * @return the query without comments around it and a trailing semicolon
     * @throws ImportException when it is not one SELECT/WITH/VALUES statement
     */
    static String readOnlyQuery(String query) throws ImportException {
        String q = query.strip();
        while (q.endsWith(";")) {
            q = q.substring(0, q.length() - 1).strip();
        }
        String bare = COMMENTS.matcher(q).replaceAll(" ").strip();
        if (!READ_ONLY_START.matcher(bare).matches()) {
            String first = bare.isEmpty() ? "nothing" : bare.split("\\s+", 2)[0].toUpperCase(Locale.ROOT);
            throw new ImportException("The query starts with " + first + ": a database import reads with one SELECT"
                    + " (or WITH ... SELECT) query and never changes data.");
        }
        if (bare.contains(";")) {
            throw new ImportException("The query holds more than one statement (a ';' inside it): give one SELECT"
                    + " query.");
        }
        return q;
    }

    private String quotedTable(String table) throws ImportException {
        int dot = table.lastIndexOf('.');
        String schema = dot > 0 ? table.substring(0, dot) : null;
        String name = dot > 0 ? table.substring(dot + 1) : table;
        try {
            DatabaseMetaData md = connection.getMetaData();
            List<String[]> hits = new ArrayList<>();
            try (ResultSet rs = md.getTables(null, null, "%", null)) {
                while (rs.next()) {
                    String s = rs.getString("TABLE_SCHEM");
                    String t = rs.getString("TABLE_NAME");
                    if (t != null && t.equalsIgnoreCase(name) && (schema == null || schema.equalsIgnoreCase(s))) {
                        hits.add(new String[] {s, t});
                    }
                }
            }
            List<String[]> exact = hits.stream().filter(h -> h[1].equals(name)
                    && (schema == null || schema.equals(h[0]))).toList();
            List<String[]> pick = exact.size() == 1 ? exact : hits;
            if (pick.isEmpty()) {
                throw new ImportException("There is no table or view " + table + " in the database at "
                        + spec.safeUrl() + " (or this user may not see it).");
            }
            if (pick.size() > 1) {
                throw new ImportException("The name " + table + " matches " + pick.size() + " tables ("
                        + String.join(", ", pick.stream().map(h -> h[0] + "." + h[1]).toList())
                        + "): name the schema, e.g. " + pick.get(0)[0] + "." + pick.get(0)[1] + ".");
            }
            String[] hit = pick.get(0);
            return (hit[0] == null || hit[0].isEmpty() ? "" : AggregationSql.quote(hit[0], quote) + ".")
                    + AggregationSql.quote(hit[1], quote);
        } catch (SQLException e) {
            rollbackQuietly();
            throw new ImportException(SqlErrors.sentence(e, spec, "looking up table " + table), e);
        }
    }

    /**
     * Maps the user's columns (names or 1-based positions) to source columns and checks their types.
     *
     * @param source    the resolved source ({@code null} not permitted)
     * @param requested role → the user's column; CUSTOMER_ID and DATE required ({@code null} not permitted)
     * @return role → source column
     * @throws ImportException naming the first missing, unknown or ill-typed column
     */
    public static Map<ColumnRole, SourceColumn> map(SourceTable source, Map<ColumnRole, String> requested)
            throws ImportException {
        for (ColumnRole required : new ColumnRole[] {ColumnRole.CUSTOMER_ID, ColumnRole.DATE}) {
            if (requested.get(required) == null) {
                throw new ImportException("Name the " + label(required) + " column of " + source.description()
                        + " (its columns: " + source.columnList() + ").");
            }
        }
        Map<ColumnRole, SourceColumn> out = new EnumMap<>(ColumnRole.class);
        for (Map.Entry<ColumnRole, String> e : requested.entrySet()) {
            if (e.getValue() == null) {
                continue;
            }
            ColumnRole role = e.getKey();
            SourceColumn c = source.find(e.getValue()).orElseThrow(() -> new ImportException(
                    capitalised(source.description()) + " has no column \"" + e.getValue() + "\" for the "
                            + label(role) + " (its columns: " + source.columnList() + ")."));
            checkKind(role, c);
            out.put(role, c);
        }
        return out;
    }

    private static void checkKind(ColumnRole role, SourceColumn c) throws ImportException {
        boolean ok;
        String want;
        switch (role) {
            case DATE -> {
                ok = c.kind() == SourceColumn.Kind.DATE;
                want = "a date or timestamp column (convert text dates with CAST in a query)";
            }
            case AMOUNT, QUANTITY, UNIT_PRICE, COST -> {
                ok = c.kind() == SourceColumn.Kind.NUMBER;
                want = "a number column";
            }
            case CUSTOMER_ID, CHANNEL, INVOICE -> {
                ok = c.kind() == SourceColumn.Kind.TEXT || c.kind() == SourceColumn.Kind.NUMBER;
                want = "a text or number column";
            }
            default -> throw new ImportException("A database import maps customer, date, amount, quantity, price,"
                    + " cost, channel and invoice columns; " + label(role) + " is not one of them.");
        }
        if (!ok) {
            throw new ImportException("The " + label(role) + " column \"" + c.name() + "\" holds "
                    + c.kind().name().toLowerCase(Locale.ROOT) + " values; it must be " + want + ".");
        }
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /**
     * @param role a column role
     * @return its name in messages, e.g. "customer id"
     */
    public static String label(ColumnRole role) {
        return switch (role) {
            case CUSTOMER_ID -> "customer id";
            case UNIT_PRICE -> "unit price";
            default -> role.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        };
    }

    /**
     * The first rows of a source, as text, for the import wizard's preview.
     *
     * @param source the resolved source ({@code null} not permitted)
     * @param rows   how many rows ({@code 1..1000})
     * @return the rows, each with one text (or {@code null}) per column
     * @throws ImportException when the database cannot read them
     */
    public List<List<String>> preview(SourceTable source, int rows) throws ImportException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT * FROM " + source.from())) {
            ps.setMaxRows(Math.max(1, Math.min(rows, 1000)));
            ps.setFetchSize(Math.max(1, Math.min(rows, 1000)));
            List<List<String>> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<String> row = new ArrayList<>(n);
                    for (int i = 1; i <= n; i++) {
                        Object v = rs.getObject(i);
                        row.add(v == null ? null : v instanceof BigDecimal b ? b.toPlainString() : v.toString());
                    }
                    out.add(row);
                }
            }
            connection.rollback();
            return out;
        } catch (SQLException e) {
            rollbackQuietly();
            throw new ImportException(SqlErrors.sentence(e, spec, "reading " + source.description()), e);
        }
    }

    static SourceColumn.Kind kind(int jdbcType) {
        return switch (jdbcType) {
            case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.NCHAR, Types.NVARCHAR, Types.LONGNVARCHAR,
                 Types.CLOB, Types.NCLOB -> SourceColumn.Kind.TEXT;
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT, Types.REAL, Types.FLOAT, Types.DOUBLE,
                 Types.DECIMAL, Types.NUMERIC -> SourceColumn.Kind.NUMBER;
            case Types.DATE, Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> SourceColumn.Kind.DATE;
            default -> SourceColumn.Kind.OTHER;
        };
    }

    void rollbackQuietly() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the connection is read-only: nothing to undo, and the caller reports the first error
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // closing a broken connection: nothing to report beyond the first error
        }
    }

    @Override
    public void close() {
        rollbackQuietly();
        closeQuietly(connection);
    }
}
