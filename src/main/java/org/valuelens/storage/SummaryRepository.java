package org.valuelens.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.valuelens.model.summary.CustomerTotals;
import org.valuelens.model.summary.ReturnsPolicy;
import org.valuelens.model.summary.SummaryTotals;

/** Reads the stored totals of summary-only datasets (written by {@link SummaryDatasetWriter}). */
public final class SummaryRepository {

    private final Connection connection;

    SummaryRepository(Connection connection) {
        this.connection = connection;
    }

    /**
     * @param datasetId a dataset id
     * @return its totals, or empty when the dataset is not summary-only (or unknown)
     * @throws StorageException on a database error
     */
    public Optional<SummaryTotals> load(int datasetId) throws StorageException {
        try {
            LocalDate cal;
            LocalDate obs;
            ReturnsPolicy returns;
            int after;
            int without;
            long lines;
            long returnLines;
            try (PreparedStatement ps = connection.prepareStatement("SELECT calibration_end, observation_end,"
                    + " returns_policy, after_calibration, without_purchase, lines_read, return_lines"
                    + " FROM summary_datasets WHERE dataset_id = ?")) {
                ps.setInt(1, datasetId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    cal = rs.getObject(1, LocalDate.class);
                    obs = rs.getObject(2, LocalDate.class);
                    returns = ReturnsPolicy.valueOf(rs.getString(3));
                    after = rs.getInt(4);
                    without = rs.getInt(5);
                    lines = rs.getLong(6);
                    returnLines = rs.getLong(7);
                }
            }
            List<CustomerTotals> customers = new ArrayList<>();
            try (PreparedStatement ps = connection.prepareStatement("SELECT customer_id, first_day, last_day,"
                    + " frequency, revenue, repeat_spend, cost, lines, holdout_frequency, holdout_revenue, channel"
                    + " FROM summary_customers WHERE dataset_id = ? ORDER BY position")) {
                ps.setInt(1, datasetId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        double cost = rs.getDouble(7);
                        Double c = rs.wasNull() ? null : cost;
                        customers.add(new CustomerTotals(rs.getString(1), LocalDate.ofEpochDay(rs.getInt(2)),
                                LocalDate.ofEpochDay(rs.getInt(3)), rs.getInt(4), rs.getDouble(5), rs.getDouble(6),
                                c, rs.getLong(8), rs.getInt(9), rs.getDouble(10), rs.getString(11)));
                    }
                }
            }
            Map<LocalDate, Long> repeats = new TreeMap<>();
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT epoch_day, repeats FROM summary_repeat_days WHERE dataset_id = ?")) {
                ps.setInt(1, datasetId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        repeats.put(LocalDate.ofEpochDay(rs.getInt(1)), rs.getLong(2));
                    }
                }
            }
            return Optional.of(new SummaryTotals(cal, obs, returns, customers, after, without, lines, returnLines,
                    repeats));
        } catch (SQLException e) {
            throw new StorageException("Cannot read the summary of dataset " + datasetId + ": " + e.getMessage(), e);
        }
    }

    /**
     * @param datasetId a dataset id
     * @return whether it is a summary-only dataset
     * @throws StorageException on a database error
     */
    public boolean isSummaryOnly(int datasetId) throws StorageException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT 1 FROM summary_datasets WHERE dataset_id = ?")) {
            ps.setInt(1, datasetId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new StorageException("Cannot read the workspace's datasets: " + e.getMessage(), e);
        }
    }
}
