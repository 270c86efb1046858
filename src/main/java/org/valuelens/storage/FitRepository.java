package org.valuelens.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.valuelens.model.btyd.FitResult;
import org.valuelens.model.btyd.SavedFits;

/**
 * Saved model fits (table {@code saved_fits}, migration V3). A dataset's fits are deleted with it by the database
 * ({@code ON DELETE CASCADE}), in the same transaction as the dataset.
 */
public final class FitRepository {

    private static final String COLUMNS = "id, dataset_id, content_hash, rows_imported, settings_key, time_unit,"
            + " calibration_end, observation_end, returns_policy, fitted_through, model, log_likelihood, aic, bic,"
            + " converged, at_boundary, customers, warnings, fit_seconds, fitted_at";

    private final Connection connection;

    FitRepository(Connection connection) {
        this.connection = connection;
    }

    /**
     * @param datasetId    the dataset
     * @param contentHash  its content hash now
     * @param rowsImported its imported row count now
     * @param modelId      the model
     * @param settingsKey  the settings key now
     * @return the newest fit saved with exactly this fingerprint, if any
     * @throws StorageException on a database error
     */
    public Optional<SavedFit> find(int datasetId, String contentHash, long rowsImported, String modelId,
                                   String settingsKey) throws StorageException {
        String sql = "SELECT " + COLUMNS + " FROM saved_fits WHERE dataset_id = ? AND content_hash = ?"
                + " AND rows_imported = ? AND model = ? AND settings_key = ? ORDER BY id DESC LIMIT 1";
        return query(sql, datasetId, contentHash, rowsImported, modelId, settingsKey).stream().findFirst();
    }

    /**
     * @return every saved fit, by dataset, model and id
     * @throws StorageException on a database error
     */
    public List<SavedFit> list() throws StorageException {
        return query("SELECT " + COLUMNS + " FROM saved_fits ORDER BY dataset_id, model, id");
    }

    /**
     * Saves a fit, replacing any fit with the same fingerprint, in one transaction.
     *
     * @param fit the fit (its id is ignored; {@code null} not permitted)
     * @return the fit with its new id
     * @throws StorageException on a database error (nothing is then changed)
     */
    public SavedFit save(SavedFit fit) throws StorageException {
        try {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                long id = insert(fit);
                connection.commit();
                return fit.withId(id);
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new StorageException("Cannot save the " + fit.fit().modelId() + " fit of dataset "
                    + fit.datasetId() + ": " + e.getMessage(), e);
        }
    }

    private long insert(SavedFit fit) throws SQLException {
        FitResult<?> f = fit.fit();
        try (PreparedStatement ps = connection.prepareStatement("DELETE FROM saved_fits WHERE dataset_id = ?"
                + " AND content_hash = ? AND rows_imported = ? AND model = ? AND settings_key = ?")) {
            bind(ps, fit.datasetId(), fit.contentHash(), fit.rowsImported(), f.modelId(), fit.settingsKey());
            ps.executeUpdate();
        }
        long id;
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO saved_fits (dataset_id, content_hash,"
                + " rows_imported, settings_key, time_unit, calibration_end, observation_end, returns_policy,"
                + " fitted_through, model, log_likelihood, aic, bic, converged, at_boundary, customers, warnings,"
                + " fit_seconds, fitted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            bind(ps, fit.datasetId(), fit.contentHash(), fit.rowsImported(), fit.settingsKey(), fit.timeUnit(),
                    fit.calibrationEnd(), fit.observationEnd(), fit.returnsPolicy(), fit.fittedThrough(),
                    f.modelId(), f.logLikelihood(), f.aic(), f.bic(), f.converged(), fit.atBoundary(),
                    f.customers(), String.join("\n", f.warnings()), fit.fitSeconds(),
                    OffsetDateTime.ofInstant(fit.fittedAt(), ZoneOffset.UTC));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO saved_fit_parameters (fit_id, position,"
                + " name, estimate, std_error) VALUES (?, ?, ?, ?, ?)")) {
            int position = 0;
            for (Map.Entry<String, Double> p : f.parameters().entrySet()) {
                Double se = f.standardErrors().get(p.getKey());
                bind(ps, id, position++, p.getKey(), p.getValue(), se == null ? Double.NaN : se);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return id;
    }

    private static void bind(PreparedStatement ps, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            ps.setObject(i + 1, values[i]);
        }
    }

    private List<SavedFit> query(String sql, Object... parameters) throws StorageException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            bind(ps, parameters);
            List<SavedFit> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(read(rs));
                }
            }
            return out;
        } catch (SQLException | IllegalArgumentException e) {
            throw new StorageException("Cannot read the workspace's saved fits: " + e.getMessage(), e);
        }
    }

    private SavedFit read(ResultSet rs) throws SQLException {
        long id = rs.getLong(1);
        Map<String, Double> estimates = new LinkedHashMap<>();
        Map<String, Double> errors = new LinkedHashMap<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT name, estimate, std_error"
                + " FROM saved_fit_parameters WHERE fit_id = ? ORDER BY position")) {
            ps.setLong(1, id);
            try (ResultSet p = ps.executeQuery()) {
                while (p.next()) {
                    estimates.put(p.getString(1), p.getDouble(2));
                    errors.put(p.getString(1), p.getDouble(3));
                }
            }
        }
        String warnings = rs.getString(18);
        List<String> warningList = warnings.isEmpty() ? List.of() : Arrays.asList(warnings.split("\n"));
        FitResult<?> fit = SavedFits.restore(rs.getString(11), estimates, errors, rs.getDouble(12),
                rs.getDouble(13), rs.getDouble(14), rs.getBoolean(15), rs.getBoolean(16), rs.getLong(17), warningList);
        return new SavedFit(id, rs.getInt(2), rs.getString(3), rs.getLong(4), rs.getString(5), rs.getString(6),
                rs.getObject(7, LocalDate.class), rs.getObject(8, LocalDate.class), rs.getString(9),
                rs.getObject(10, LocalDate.class), fit, rs.getBoolean(16), rs.getDouble(19),
                rs.getObject(20, OffsetDateTime.class).toInstant());
    }
}
