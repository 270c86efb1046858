package org.valuelens.importer.jdbc;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.valuelens.importer.ColumnRole;
import org.valuelens.importer.ImportException;
import org.valuelens.importer.RowSink;
import org.valuelens.model.Transaction;
import org.valuelens.model.progress.CancelledException;
import org.valuelens.model.progress.ProgressListener;
import org.valuelens.model.summary.CustomerTotals;
import org.valuelens.model.summary.ReturnsPolicy;
import org.valuelens.model.summary.SummaryTotals;

/**
 * Runs the statements of {@link AggregationSql} on a {@link JdbcSource} and streams their small results: the counts,
 * then either one row per customer and day (aggregated mode, to a {@link RowSink}) or one row per customer (summary
 * mode). A cancel through the {@link ProgressListener} cancels the running statement on the server.
 */
public final class PushDown {

    private static final int FETCH_ROWS = 10_000;
    private static final int CANCEL_CHECK_ROWS = 1024;
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "valuelens-jdbc-cancel");
        t.setDaemon(true);
        return t;
    });

    private final JdbcSource source;
    private final AggregationSql sql;
    private final boolean numericCustomer;
    private final String description;
    private final ProgressListener listener;
    private long transferred;

    /**
     * @param source   the open source ({@code null} not permitted)
     * @param table    the resolved source ({@code null} not permitted)
     * @param columns  the checked mapping ({@code null} not permitted)
     * @param listener progress and cancellation ({@code null} not permitted)
     */
    public PushDown(JdbcSource source, SourceTable table, Map<ColumnRole, SourceColumn> columns,
                    ProgressListener listener) {
        this.source = Objects.requireNonNull(source, "source");
        this.sql = new AggregationSql(table.from(), columns, source.quote());
        this.numericCustomer = columns.get(ColumnRole.CUSTOMER_ID).kind() == SourceColumn.Kind.NUMBER;
        this.description = table.description();
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /** @return whether the mapping has amounts (else the dataset is count-only) */
    public boolean hasAmounts() {
        return sql.hasAmounts();
    }

    /** @return rows fetched from the database so far, all statements */
    public long rowsTransferred() {
        return transferred;
    }

    /**
     * @return the counts over every source row
     * @throws ImportException when the database fails
     */
    public SourceStats counts() throws ImportException {
        listener.progress(0, -1, "Counting the rows of " + description);
        return run(sql.countsSql(), List.of(), rs -> {
            long read = 0;
            long accepted = 0;
            long returns = 0;
            int customers = 0;
            LocalDate first = null;
            LocalDate last = null;
            Map<String, Long> rejected = new HashMap<>();
            while (rs.next()) {
                transferred++;
                String reason = rs.getString("reason");
                long n = rs.getLong("n");
                read += n;
                if (reason == null) {
                    accepted = n;
                    returns = rs.getLong("returns");
                    customers = rs.getInt("customers");
                    first = day(rs, "first_day");
                    last = day(rs, "last_day");
                } else {
                    rejected.merge(reason, n, Long::sum);
                }
            }
            return new SourceStats(read, rejected, accepted, returns, customers, first, last);
        });
    }

    /**
     * The aggregated mode: streams one transaction per customer, day and return flag (amount, quantity and cost
     * summed; the smallest channel; no invoice) to the sink.
     *
     * @param sink receives the rows ({@code null} not permitted)
     * @return the rows streamed
     * @throws ImportException when the database fails
     */
    public long daily(RowSink sink) throws ImportException {
        listener.progress(0, -1, "Aggregating " + description + " in the database");
        return run(sql.dailySql(), List.of(), rs -> {
            long n = 0;
            while (rs.next()) {
                transferred++;
                double q = rs.getDouble("q");
                Double quantity = rs.wasNull() ? null : q;
                double k = rs.getDouble("k");
                Double cost = rs.wasNull() || rs.getLong("kn") == 0 ? null : k;
                n++;
                sink.transaction(new Transaction(customer(rs), day(rs, "d").atStartOfDay(), rs.getDouble("v"),
                        quantity, null, cost, rs.getString("ch"), null, n, rs.getInt("r") == 1));
                tick(n);
            }
            return n;
        });
    }

    /**
     * The summary-only mode: streams one {@link CustomerTotals} per customer whose first purchase is on or before
     * the calibration end and returns the rest of the summary.
     *
     * @param returns        how returns count ({@code null} not permitted)
     * @param calibrationEnd the calibration end; {@code null} = the last day with a line kept
     * @param stats          the {@link #counts()} ({@code null} not permitted)
     * @param customers      receives the customers ({@code null} not permitted)
     * @return the summary's settings and counts (its customer list empty: they went to {@code customers})
     * @throws ImportException when the database fails or has no purchases
     */
    public SummaryTotals summary(ReturnsPolicy returns, LocalDate calibrationEnd, SourceStats stats,
                                 Consumer<CustomerTotals> customers) throws ImportException {
        LocalDate lastDay = run(sql.lastDaySql(returns), List.of(), rs -> {
            transferred++;
            return rs.next() ? day(rs, 1) : null;
        });
        if (lastDay == null) {
            throw new ImportException(capitalised(description) + " has no accepted purchase rows to summarise.");
        }
        LocalDate cal = calibrationEnd != null ? calibrationEnd : lastDay;
        LocalDate obs = lastDay.isAfter(cal) ? lastDay : cal;
        listener.progress(0, -1, "Summarising " + description + " in the database");
        List<Object> calParams = java.util.Collections.nCopies(AggregationSql.CUSTOMER_PARAMETERS, cal);
        int[] left = run(sql.customerSql(returns), calParams, rs -> {
            int after = 0;
            int without = 0;
            long n = 0;
            while (rs.next()) {
                transferred++;
                tick(++n);
                LocalDate first = day(rs, "first_day");
                if (first == null) {
                    without++;
                    continue;
                }
                if (first.isAfter(cal)) {
                    after++;
                    continue;
                }
                double c = rs.getDouble("cost");
                Double cost = rs.wasNull() ? null : c;
                customers.accept(new CustomerTotals(customer(rs), first, day(rs, "last_day"),
                        rs.getInt("cal_days") - 1, rs.getDouble("revenue"), rs.getDouble("repeat_spend"), cost,
                        rs.getLong("lines"), rs.getInt("holdout_days"), rs.getDouble("holdout_revenue"),
                        rs.getString("channel")));
            }
            return new int[] {after, without};
        });
        Map<LocalDate, Long> repeats = run(sql.repeatDaysSql(returns), List.of(cal), rs -> {
            Map<LocalDate, Long> m = new TreeMap<>();
            while (rs.next()) {
                transferred++;
                m.put(day(rs, "d"), rs.getLong("repeats"));
            }
            return m;
        });
        return new SummaryTotals(cal, obs, returns, List.of(), left[0], left[1], stats.accepted(), stats.returns(),
                repeats);
    }

    private void tick(long n) {
        if (n % CANCEL_CHECK_ROWS == 0) {
            listener.checkCancelled();
            listener.progress(n, -1, "Reading from " + description);
        }
    }

    private String customer(ResultSet rs) throws SQLException {
        if (numericCustomer) {
            BigDecimal b = rs.getBigDecimal("c");
            return b.signum() == 0 ? "0" : b.stripTrailingZeros().toPlainString();
        }
        return rs.getString("c");
    }

    private static LocalDate day(ResultSet rs, String column) throws SQLException {
        return day(rs, rs.findColumn(column));
    }

    private static LocalDate day(ResultSet rs, int column) throws SQLException {
        try {
            return rs.getObject(column, LocalDate.class);
        } catch (SQLException | UnsupportedOperationException e) {
            java.sql.Date d = rs.getDate(column);
            return d == null ? null : d.toLocalDate();
        }
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private interface Reader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private <T> T run(String statement, List<Object> parameters, Reader<T> reader) throws ImportException {
        listener.checkCancelled();
        try (PreparedStatement ps = source.connection().prepareStatement(statement)) {
            ps.setFetchSize(FETCH_ROWS);
            for (int i = 0; i < parameters.size(); i++) {
                ps.setObject(i + 1, parameters.get(i));
            }
            ScheduledFuture<?> watch = WATCHDOG.scheduleWithFixedDelay(() -> {
                if (listener.isCancelled()) {
                    try {
                        ps.cancel();
                    } catch (SQLException ignored) {
                        // the statement may have finished meanwhile; the reader's cancel check still stops
                    }
                }
            }, 200, 200, TimeUnit.MILLISECONDS);
            try (ResultSet rs = ps.executeQuery()) {
                T result = reader.read(rs);
                listener.checkCancelled();
                return result;
            } finally {
                watch.cancel(false);
            }
        } catch (SQLException e) {
            source.rollbackQuietly();
            if (listener.isCancelled()) {
                throw new CancelledException();
            }
            throw new ImportException(SqlErrors.sentence(e, source.spec(), "reading " + description), e);
        }
    }
}
