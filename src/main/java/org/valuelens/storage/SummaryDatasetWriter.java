package org.valuelens.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Objects;
import org.valuelens.model.summary.CustomerTotals;
import org.valuelens.model.summary.SummaryTotals;

/**
 * Writes one summary-only dataset (shape {@code SUMMARY}: one row per customer, docs/decisions/0028) atomically,
 * like {@link DatasetWriter}: rows go in under a dataset flagged incomplete, {@link #commit} flips the flag, and
 * {@link #close()} without a commit deletes everything written. Customers are streamed in JDBC batches.
 */
public final class SummaryDatasetWriter implements AutoCloseable {

    /** The {@code datasets.shape} of a summary-only dataset. */
    public static final String SHAPE = "SUMMARY";
    private static final int BATCH = 1000;

    private final Connection connection;
    private final String name;
    private final String contentHash;
    private final int datasetId;
    private final PreparedStatement insert;
    private int position;
    private int pending;
    private boolean committed;

    SummaryDatasetWriter(Connection connection, String name, String contentHash) throws SQLException {
        this.connection = connection;
        this.name = Objects.requireNonNull(name, "name");
        this.contentHash = Objects.requireNonNull(contentHash, "contentHash");
        try {
            connection.setAutoCommit(true);
            try (PreparedStatement ps = connection.prepareStatement(
                    "INSERT INTO datasets (file_name, content_hash, shape, imported_at, rows_read, rows_imported,"
                            + " rows_rejected, returns, complete) VALUES (?, ?, '" + SHAPE + "', ?, 0, 0, 0, 0, FALSE)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, name);
                ps.setString(2, contentHash);
                ps.setObject(3, OffsetDateTime.now(ZoneOffset.UTC));
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    this.datasetId = keys.getInt(1);
                }
            }
            this.insert = connection.prepareStatement("INSERT INTO summary_customers (dataset_id, position,"
                    + " customer_id, first_day, last_day, frequency, revenue, repeat_spend, cost, lines,"
                    + " holdout_frequency, holdout_revenue, channel) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
    }

    /** @return the id the dataset will have once committed */
    public int datasetId() {
        return datasetId;
    }

    /**
     * Adds one summarised customer.
     *
     * @param t the customer's totals ({@code null} not permitted)
     * @throws StorageException when the batch cannot be written
     */
    public void customer(CustomerTotals t) throws StorageException {
        try {
            insert.setInt(1, datasetId);
            insert.setInt(2, position++);
            insert.setString(3, t.customerId());
            insert.setInt(4, (int) t.firstPurchase().toEpochDay());
            insert.setInt(5, (int) t.lastPurchase().toEpochDay());
            insert.setInt(6, t.frequency());
            insert.setDouble(7, t.revenue());
            insert.setDouble(8, t.repeatSpend());
            if (t.cost() == null) {
                insert.setNull(9, Types.DOUBLE);
            } else {
                insert.setDouble(9, t.cost());
            }
            insert.setLong(10, t.transactions());
            insert.setInt(11, t.holdoutFrequency());
            insert.setDouble(12, t.holdoutRevenue());
            insert.setString(13, t.channel());
            insert.addBatch();
            if (++pending == BATCH) {
                insert.executeBatch();
                pending = 0;
            }
        } catch (SQLException e) {
            throw new StorageException("Writing to the workspace failed: " + e.getMessage(), e);
        }
    }

    /**
     * Writes the summary's fixed settings, counts and tracking days and the dataset's metadata, then makes the
     * dataset visible. The {@link SummaryTotals#customers()} of {@code totals} are ignored (they were streamed).
     *
     * @param totals the summary's settings and counts ({@code null} not permitted)
     * @param fields what the importer reported ({@code null} not permitted)
     * @param counts source row counts ({@code null} not permitted)
     * @return the committed dataset
     * @throws StorageException when writing fails (everything is then removed on close)
     */
    public DatasetInfo commit(SummaryTotals totals, DatasetSummaryFields fields, SourceCounts counts)
            throws StorageException {
        try {
            if (pending > 0) {
                insert.executeBatch();
                pending = 0;
            }
            try (PreparedStatement ps = connection.prepareStatement("INSERT INTO summary_datasets (dataset_id,"
                    + " calibration_end, observation_end, returns_policy, after_calibration, without_purchase,"
                    + " lines_read, return_lines) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setInt(1, datasetId);
                ps.setObject(2, totals.calibrationEnd());
                ps.setObject(3, totals.observationEnd());
                ps.setString(4, totals.returns().name());
                ps.setInt(5, totals.customersAfterCalibration());
                ps.setInt(6, totals.customersWithoutPurchase());
                ps.setLong(7, totals.linesRead());
                ps.setLong(8, totals.returnLines());
                ps.executeUpdate();
            }
            try (PreparedStatement ps = connection.prepareStatement(
                    "INSERT INTO summary_repeat_days (dataset_id, epoch_day, repeats) VALUES (?, ?, ?)")) {
                for (Map.Entry<LocalDate, Long> e : totals.repeatsByDay().entrySet()) {
                    ps.setInt(1, datasetId);
                    ps.setInt(2, (int) e.getKey().toEpochDay());
                    ps.setLong(3, e.getValue());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            Instant now = Instant.now();
            DatasetInfo info = new DatasetInfo(datasetId, name, contentHash, null, SHAPE, fields.columnMapping(),
                    now, fields.rowsRead(), counts.rowsImported(), counts.rowsRejected(), counts.returns(), null,
                    null, counts.firstDay() == null ? null : counts.firstDay().atStartOfDay(),
                    counts.lastDay() == null ? null : counts.lastDay().atStartOfDay(), counts.customers());
            DatasetWriter.markComplete(connection, info, fields.hasAmounts(), null);
            committed = true;
            return info;
        } catch (SQLException e) {
            throw new StorageException("Committing to the workspace failed: " + e.getMessage(), e);
        }
    }

    /** Removes everything written unless {@link #commit} succeeded, and closes the connection. */
    @Override
    public void close() {
        try {
            insert.close();
            if (!committed) {
                DatasetRepository.deleteRows(connection, datasetId);
            }
        } catch (SQLException ignored) {
            // the dataset stays flagged incomplete: invisible, and purged when the workspace is next opened
        } finally {
            Workspace.closeQuietly(connection);
        }
    }
}
