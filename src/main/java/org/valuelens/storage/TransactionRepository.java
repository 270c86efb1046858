package org.valuelens.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.valuelens.model.CustomerRecord;
import org.valuelens.model.Transaction;

/**
 * Streams the rows of committed datasets to consumers, so callers never hold a whole dataset in memory unless
 * they choose to.
 */
public final class TransactionRepository {

    private static final int FETCH_SIZE = 10_000;

    private final Connection connection;

    TransactionRepository(Connection connection) {
        this.connection = connection;
    }

    /**
     * Streams a dataset's transactions.
     *
     * @param datasetId the dataset
     * @param ordered   {@code true}: by customer (first appearance in the file), then time, then source row;
     *                  {@code false}: storage order (fastest)
     * @param consumer  receives each transaction; timestamps have second precision
     * @return the number of transactions streamed
     * @throws StorageException on a database error
     */
    public long forEachTransaction(int datasetId, boolean ordered, Consumer<Transaction> consumer)
            throws StorageException {
        String[] ids = customerIds(datasetId);
        String sql = "SELECT customer_key, epoch_day, day_second, amount, quantity, unit_price, cost, channel,"
                + " invoice, source_row, is_return FROM transactions WHERE dataset_id = ?"
                + (ordered ? " ORDER BY customer_key, epoch_day, day_second, source_row" : "");
        long n = 0;
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setInt(1, datasetId);
            ps.setFetchSize(FETCH_SIZE);
            try (ResultSet rs = ps.executeQuery()) {
                LocalDate lastDate = null;
                int lastDay = Integer.MIN_VALUE;
                while (rs.next()) {
                    int day = rs.getInt(2);
                    if (day != lastDay) {
                        lastDate = LocalDate.ofEpochDay(day);
                        lastDay = day;
                    }
                    consumer.accept(new Transaction(ids[rs.getInt(1)],
                            lastDate.atStartOfDay().plusSeconds(rs.getInt(3)), rs.getDouble(4),
                            boxed(rs, 5), boxed(rs, 6), boxed(rs, 7), rs.getString(8), rs.getString(9),
                            rs.getLong(10), rs.getBoolean(11)));
                    n++;
                }
            }
        } catch (SQLException e) {
            throw new StorageException("Cannot read the transactions of dataset " + datasetId + ": "
                    + e.getMessage(), e);
        }
        return n;
    }

    /** Receives one transaction line as primitives (see {@link #forEachLine}). */
    @FunctionalInterface
    public interface LineVisitor {
        /**
         * @param customerKey dense customer key, an index into {@link #customerIdsOf(int)}
         * @param epochDay    the line's day ({@link LocalDate#toEpochDay()})
         * @param amount      line value, negative for returns
         * @param cost        line cost, {@code NaN} when absent
         * @param channel     channel, {@code null} when absent
         * @param isReturn    whether the line is a return
         */
        void line(int customerKey, int epochDay, double amount, double cost, String channel, boolean isReturn);
    }

    /**
     * @param datasetId the dataset
     * @return its customer ids, indexed by customer key
     * @throws StorageException on a database error
     */
    public String[] customerIdsOf(int datasetId) throws StorageException {
        return customerIds(datasetId);
    }

    /**
     * Streams a dataset's transaction lines as primitives, in storage order: the fast path for whole-dataset
     * aggregation (the customer summary): {@link #forEachTimedLine} without the time of day, no object per row.
     *
     * @param datasetId the dataset
     * @param visitor   receives each line
     * @return the number of lines streamed
     * @throws StorageException on a database error
     */
    public long forEachLine(int datasetId, LineVisitor visitor) throws StorageException {
        return forEachTimedLine(datasetId, (key, day, second, amount, cost, channel, isReturn) ->
                visitor.line(key, day, amount, cost, channel, isReturn));
    }

    /** Receives one transaction line as primitives with its time of day (see {@link #forEachTimedLine}). */
    @FunctionalInterface
    public interface TimedLineVisitor {
        /**
         * @param customerKey dense customer key, an index into {@link #customerIdsOf(int)}
         * @param epochDay    the line's day ({@link LocalDate#toEpochDay()})
         * @param daySecond   the line's time of day, seconds since midnight (0..86399)
         * @param amount      line value, negative for returns
         * @param cost        line cost, {@code NaN} when absent
         * @param channel     channel, {@code null} when absent
         * @param isReturn    whether the line is a return
         */
        void line(int customerKey, int epochDay, int daySecond, double amount, double cost, String channel,
                  boolean isReturn);
    }

    /**
     * Like {@link #forEachLine} with the time of day as well (seven columns, no object per row), for aggregations
     * that order same-day lines (the cohorts' first-purchase channel).
     *
     * @param datasetId the dataset
     * @param visitor   receives each line, in storage order
     * @return the number of lines streamed
     * @throws StorageException on a database error
     */
    public long forEachTimedLine(int datasetId, TimedLineVisitor visitor) throws StorageException {
        long n = 0;
        boolean wasLazy = lazy(true);
        try (PreparedStatement ps = connection.prepareStatement("SELECT customer_key, epoch_day, day_second, amount,"
                + " cost, channel, is_return FROM transactions WHERE dataset_id = ?")) {
            ps.setInt(1, datasetId);
            ps.setFetchSize(FETCH_SIZE);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    double cost = rs.getDouble(5);
                    if (rs.wasNull()) {
                        cost = Double.NaN;
                    }
                    visitor.line(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getDouble(4), cost, rs.getString(6),
                            rs.getBoolean(7));
                    n++;
                }
            }
        } catch (SQLException e) {
            throw new StorageException("Cannot read the transactions of dataset " + datasetId + ": "
                    + e.getMessage(), e);
        } finally {
            lazy(wasLazy);
        }
        return n;
    }

    /**
     * Switches H2's lazy query execution for this connection's session. Lazy, a scan streams rows from the table
     * as they are fetched; otherwise H2 first copies a result of more than MAX_MEMORY_ROWS rows into a temporary
     * file, which doubled the CPU time of a 1,000,000-row scan here (0.85 s → 0.45 s) and added disk writes.
     *
     * @param on the new setting
     * @return the previous setting
     */
    private boolean lazy(boolean on) throws StorageException {
        try {
            SessionLocal session = (SessionLocal) connection.unwrap(JdbcConnection.class).getSession();
            boolean was = session.isLazyQueryExecution();
            session.setLazyQueryExecution(on);
            return was;
        } catch (SQLException | ClassCastException e) {
            throw new StorageException("Cannot set lazy query execution: " + e.getMessage(), e);
        }
    }

    /**
     * Streams a dataset's customer-table rows in source order.
     *
     * @param datasetId the dataset
     * @param consumer  receives each row
     * @return rows streamed
     * @throws StorageException on a database error
     */
    public long forEachCustomerInput(int datasetId, Consumer<CustomerRecord> consumer) throws StorageException {
        long n = 0;
        try (PreparedStatement ps = connection.prepareStatement("SELECT customer_id, acquisition_date, channel,"
                + " acquisition_cost, average_order_value, purchase_frequency, lifespan_years, margin, source_row"
                + " FROM customer_inputs WHERE dataset_id = ? ORDER BY source_row")) {
            ps.setInt(1, datasetId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    consumer.accept(new CustomerRecord(rs.getString(1), rs.getObject(2, LocalDate.class),
                            rs.getString(3), boxed(rs, 4), boxed(rs, 5), boxed(rs, 6), boxed(rs, 7), boxed(rs, 8),
                            rs.getLong(9)));
                    n++;
                }
            }
        } catch (SQLException e) {
            throw new StorageException("Cannot read the customer rows of dataset " + datasetId + ": "
                    + e.getMessage(), e);
        }
        return n;
    }

    /**
     * Streams a dataset's rejected rows in source order.
     *
     * @param datasetId the dataset
     * @param consumer  receives each row
     * @return rows streamed
     * @throws StorageException on a database error
     */
    public long forEachRejected(int datasetId, Consumer<RejectedRecord> consumer) throws StorageException {
        long n = 0;
        try (PreparedStatement ps = connection.prepareStatement("SELECT source_row, sheet, reason_code,"
                + " column_name, raw_text, message FROM rejected_rows WHERE dataset_id = ? ORDER BY sheet,"
                + " source_row")) {
            ps.setInt(1, datasetId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    consumer.accept(new RejectedRecord(rs.getLong(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6)));
                    n++;
                }
            }
        } catch (SQLException e) {
            throw new StorageException("Cannot read the rejected rows of dataset " + datasetId + ": "
                    + e.getMessage(), e);
        }
        return n;
    }

    /**
     * @param datasetId the dataset
     * @return distinct customers (from transactions and customer-table rows)
     * @throws StorageException on a database error
     */
    public int countCustomers(int datasetId) throws StorageException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT COUNT(*) FROM customers WHERE dataset_id = ?")) {
            ps.setInt(1, datasetId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw new StorageException("Cannot count the customers of dataset " + datasetId + ": "
                    + e.getMessage(), e);
        }
    }

    private String[] customerIds(int datasetId) throws StorageException {
        // keys are dense (0..n-1): the array grows to the largest key, so no COUNT query is needed; a table scan
        // (USE INDEX ()) reads the rows in storage order, about twice as fast as looking each one up through the
        // primary-key index, as the transaction scans do
        String[] ids = new String[1024];
        int n = 0;
        boolean wasLazy = lazy(true);
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT customer_key, customer_id FROM customers USE INDEX () WHERE dataset_id = ?")) {
            ps.setInt(1, datasetId);
            ps.setFetchSize(FETCH_SIZE);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int key = rs.getInt(1);
                    if (key >= ids.length) {
                        ids = java.util.Arrays.copyOf(ids, Math.max(key + 1, ids.length * 2));
                    }
                    ids[key] = rs.getString(2);
                    n = Math.max(n, key + 1);
                }
            }
        } catch (SQLException e) {
            throw new StorageException("Cannot read the customers of dataset " + datasetId + ": "
                    + e.getMessage(), e);
        } finally {
            lazy(wasLazy);
        }
        return java.util.Arrays.copyOf(ids, n);
    }

    /** Receives one transaction line with its invoice and product keys (see {@link #forEachProductLine}). */
    @FunctionalInterface
    public interface ProductLineVisitor {
        /**
         * @param customerKey dense customer key, an index into {@link #customerIdsOf(int)}
         * @param epochDay    the line's day
         * @param daySecond   seconds since midnight
         * @param amount      line value, negative for returns
         * @param cost        line cost, {@code NaN} when absent
         * @param channel     channel, {@code null} when absent
         * @param invoice     invoice, {@code null} when absent
         * @param productKey  index into {@link ProductNames#products()}, -1 when the line has no product
         * @param categoryKey index into {@link ProductNames#categories()}, -1 when none
         * @param isReturn    whether the line is a return
         */
        @SuppressWarnings("checkstyle:ParameterNumber")
        void line(int customerKey, int epochDay, int daySecond, double amount, double cost, String channel,
                  String invoice, int productKey, int categoryKey, boolean isReturn);
    }

    /**
     * Streams a dataset's lines with invoice and product keys, in storage order (products and orders, issue 17).
     *
     * @param datasetId the dataset
     * @param visitor   receives each line
     * @return the number of lines streamed
     * @throws StorageException on a database error
     */
    public long forEachProductLine(int datasetId, ProductLineVisitor visitor) throws StorageException {
        boolean wasLazy = lazy(true);
        try {
            return ProductRows.forEach(connection, datasetId, visitor);
        } catch (SQLException e) {
            throw new StorageException("Cannot read the transactions of dataset " + datasetId + ": "
                    + e.getMessage(), e);
        } finally {
            lazy(wasLazy);
        }
    }

    /**
     * @param datasetId the dataset
     * @return its product and category names by key (empty lists when it has none)
     * @throws StorageException on a database error
     */
    public ProductNames productNames(int datasetId) throws StorageException {
        try {
            return ProductRows.names(connection, datasetId);
        } catch (SQLException e) {
            throw new StorageException("Cannot read the products of dataset " + datasetId + ": " + e.getMessage(), e);
        }
    }

    private static Double boxed(ResultSet rs, int column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }
}
