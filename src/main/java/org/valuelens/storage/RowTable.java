package org.valuelens.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.valuelens.model.Transaction;

/**
 * Scans of the row table ({@code transactions}, {@code customers}): the source the analysis store is rebuilt from
 * for datasets imported before it existed, and the reference the store is checked against
 * ({@link TransactionRepository.Source#ROW_TABLE}).
 */
final class RowTable {

    private static final int FETCH_SIZE = 10_000;

    private final Connection connection;

    RowTable(Connection connection) {
        this.connection = connection;
    }

    /** See {@link TransactionRepository#forEachTransaction}. */
    long forEachTransaction(int datasetId, boolean ordered, Consumer<Transaction> consumer)
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

    /** See {@link TransactionRepository#forEachTimedLine}. */
    long forEachTimedLine(int datasetId, TransactionRepository.TimedLineVisitor visitor) throws StorageException {
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
    boolean lazy(boolean on) throws StorageException {
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
     * Reads every line of a dataset into a store builder, in storage order.
     *
     * @param datasetId the dataset
     * @param builder   receives the lines
     * @return the customer ids by key
     */
    String[] copyInto(int datasetId, StoreBuilder builder) throws StorageException {
        String[] ids = customerIds(datasetId);
        boolean wasLazy = lazy(true);
        try (PreparedStatement ps = connection.prepareStatement("SELECT customer_key, epoch_day, day_second, amount,"
                + " quantity, unit_price, cost, channel, invoice, source_row, is_return, product_key, category_key"
                + " FROM transactions WHERE dataset_id = ?")) {
            ps.setInt(1, datasetId);
            ps.setFetchSize(FETCH_SIZE);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int product = rs.getInt(12);
                    product = rs.wasNull() ? -1 : product;
                    int category = rs.getInt(13);
                    category = rs.wasNull() ? -1 : category;
                    builder.add(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getDouble(4), boxed(rs, 5),
                            boxed(rs, 6), boxed(rs, 7), rs.getString(8), rs.getString(9), rs.getLong(10),
                            rs.getBoolean(11), product, category);
                }
            }
        } catch (SQLException e) {
            throw new StorageException("Cannot read the transactions of dataset " + datasetId + ": "
                    + e.getMessage(), e);
        } finally {
            lazy(wasLazy);
        }
        return ids;
    }

    String[] customerIds(int datasetId) throws StorageException {
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

    private static Double boxed(ResultSet rs, int column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }
}
