package org.valuelens.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Consumer;
import org.valuelens.model.CustomerRecord;
import org.valuelens.model.Transaction;
import org.valuelens.model.summary.LineColumns;

/**
 * Streams the lines of committed datasets to consumers. The lines come from the analysis store
 * ({@link AnalysisStore}: columnar segments loaded in one go, built from the row table for datasets imported before
 * it existed); {@link #readFrom(Source)} switches to the row table for checks and benchmarks.
 */
public final class TransactionRepository {

    /** Where the lines are read from. */
    public enum Source {
        /** The analysis store (the default; fast). */
        STORE,
        /** The row table, as before the store existed: only for datasets that have one (for checks). */
        ROW_TABLE
    }

    private final Connection connection;
    private final RowTable rowTable;
    private final AnalysisStore store;
    private Source source = Source.STORE;

    TransactionRepository(Connection connection) {
        this.connection = connection;
        this.rowTable = new RowTable(connection);
        this.store = new AnalysisStore(connection, rowTable);
    }

    /**
     * @param from where the line scans read from from now on ({@code null} not permitted)
     */
    public void readFrom(Source from) {
        this.source = java.util.Objects.requireNonNull(from, "from");
    }

    /**
     * Builds a dataset's analysis store from its row table unless it already has a current one (otherwise the first
     * read does this).
     *
     * @param datasetId the dataset
     * @return whether the store was built now
     * @throws StorageException on a database error, or when the dataset has neither a current store nor a row table
     */
    public boolean ensureStore(int datasetId) throws StorageException {
        return store.ensure(datasetId);
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
        if (source == Source.ROW_TABLE) {
            return rowTable.forEachTransaction(datasetId, ordered, consumer);
        }
        StoredLines lines = store.load(datasetId, StoredLines.ALL);
        int[] order = ordered ? StoreOrder.byCustomerAndTime(lines) : null;
        LocalDate lastDate = null;
        int lastDay = Integer.MIN_VALUE;
        for (int k = 0; k < lines.size; k++) {
            int i = order == null ? k : order[k];
            int day = lines.day[i];
            if (day != lastDay) {
                lastDate = LocalDate.ofEpochDay(day);
                lastDay = day;
            }
            consumer.accept(new Transaction(lines.customerIds[lines.customer[i]],
                    lastDate.atStartOfDay().plusSeconds(lines.second(i)), lines.amount[i],
                    StoredLines.boxed(lines.quantity, i), StoredLines.boxed(lines.unitPrice, i),
                    StoredLines.boxed(lines.cost, i), lines.channel(i), lines.invoice(i), lines.sourceRow[i],
                    lines.isReturn[i]));
        }
        return lines.size;
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
        if (source == Source.ROW_TABLE) {
            return rowTable.customerIds(datasetId);
        }
        return store.load(datasetId, Set.of(StoredLines.CUSTOMER_IDS)).customerIds.clone();
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
        if (source == Source.STORE) {
            StoredLines lines = store.load(datasetId, StoredLines.LINE);
            for (int i = 0; i < lines.size; i++) {
                visitor.line(lines.customer[i], lines.day[i], lines.amount[i], lines.cost(i), lines.channel(i),
                        lines.isReturn[i]);
            }
            return lines.size;
        }
        return forEachTimedLine(datasetId, (key, day, second, amount, cost, channel, isReturn) ->
                visitor.line(key, day, amount, cost, channel, isReturn));
    }

    /**
     * A dataset's lines as whole columns from the analysis store, for the customer summary
     * ({@link org.valuelens.model.summary.SummaryBuilder#of}): no call per line, no copy. The arrays are shared with
     * the store's cache and must not be changed.
     *
     * @param datasetId the dataset
     * @return its lines, in storage order (the order of {@link #forEachLine}); {@code null} when lines are read from
     *         the row table ({@link Source#ROW_TABLE})
     * @throws StorageException on a database error
     */
    public LineColumns lineColumns(int datasetId) throws StorageException {
        if (source != Source.STORE) {
            return null;
        }
        Set<String> names = new java.util.HashSet<>(StoredLines.LINE);
        names.add(StoredLines.CUSTOMER_IDS);
        StoredLines l = store.load(datasetId, names);
        if (l.size == 0) {
            return new LineColumns(0, l.customerIds, new int[0], new int[0], new double[0], null, null, null,
                    new boolean[0]);
        }
        return new LineColumns(l.size, l.customerIds, l.customer, l.day, l.amount, l.cost, l.channel,
                l.channel == null ? null : l.channels, l.isReturn);
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
        if (source == Source.ROW_TABLE) {
            return rowTable.forEachTimedLine(datasetId, visitor);
        }
        StoredLines lines = store.load(datasetId, StoredLines.TIMED_LINE);
        for (int i = 0; i < lines.size; i++) {
            visitor.line(lines.customer[i], lines.day[i], lines.second(i), lines.amount[i], lines.cost(i),
                    lines.channel(i), lines.isReturn[i]);
        }
        return lines.size;
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
        // the count saved with the dataset; the key table (written with the row table only) for a dataset that has
        // none saved
        try (PreparedStatement ps = connection.prepareStatement("SELECT COALESCE(NULLIF((SELECT customers FROM"
                + " datasets WHERE id = ?1), 0), (SELECT COUNT(*) FROM customers WHERE dataset_id = ?1))")) {
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
     * Streams a dataset's lines with invoice and product keys, in file order (products and orders, issue 17).
     *
     * @param datasetId the dataset
     * @param visitor   receives each line
     * @return the number of lines streamed
     * @throws StorageException on a database error
     */
    public long forEachProductLine(int datasetId, ProductLineVisitor visitor) throws StorageException {
        if (source == Source.STORE) {
            StoredLines lines = store.load(datasetId, StoredLines.PRODUCT_LINE);
            for (int i = 0; i < lines.size; i++) {
                visitor.line(lines.customer[i], lines.day[i], lines.second(i), lines.amount[i], lines.cost(i),
                        lines.channel(i), lines.invoice(i), lines.product(i), lines.category(i), lines.isReturn[i]);
            }
            return lines.size;
        }
        boolean wasLazy = rowTable.lazy(true);
        try {
            return ProductRows.forEach(connection, datasetId, visitor);
        } catch (SQLException e) {
            throw new StorageException("Cannot read the transactions of dataset " + datasetId + ": "
                    + e.getMessage(), e);
        } finally {
            rowTable.lazy(wasLazy);
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
