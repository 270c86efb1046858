package org.valuelens.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.valuelens.importer.ColumnRole;
import org.valuelens.importer.HeaderRoles;
import org.valuelens.importer.ImportException;
import org.valuelens.importer.RejectedRow;
import org.valuelens.importer.RowSink;
import org.valuelens.importer.jdbc.ConnectionSpec;
import org.valuelens.importer.jdbc.JdbcSource;
import org.valuelens.importer.jdbc.PushDown;
import org.valuelens.importer.jdbc.SourceColumn;
import org.valuelens.importer.jdbc.SourceStats;
import org.valuelens.importer.jdbc.SourceTable;
import org.valuelens.model.CustomerRecord;
import org.valuelens.model.Transaction;
import org.valuelens.model.progress.ProgressListener;
import org.valuelens.model.summary.SummaryTotals;
import org.valuelens.storage.DatasetInfo;
import org.valuelens.storage.DatasetSummaryFields;
import org.valuelens.storage.DatasetWriter;
import org.valuelens.storage.SourceCounts;
import org.valuelens.storage.StorageException;
import org.valuelens.storage.SummaryDatasetWriter;

/**
 * Imports from a database over JDBC (docs/decisions/0027-jdbc-import.md): the aggregation runs in the database as
 * one statement and only its result crosses the network, one row per customer and day (aggregated mode, a
 * transaction dataset) or one row per customer (summary mode, a summary-only dataset). Atomic like a file import:
 * a failure or a cancel leaves the workspace as it was. The password is used for the connection only.
 */
public final class DatabaseImportService {

    /** Role keys of {@link DatabaseImportRequest#columns()}, in the order of the import wizard. */
    public static final Map<String, ColumnRole> ROLES = roles();

    private final WorkspaceService workspace;

    /** @param workspace the open workspace ({@code null} not permitted) */
    public DatabaseImportService(WorkspaceService workspace) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
    }

    private static Map<String, ColumnRole> roles() {
        Map<String, ColumnRole> m = new java.util.LinkedHashMap<>();
        m.put("customer", ColumnRole.CUSTOMER_ID);
        m.put("date", ColumnRole.DATE);
        m.put("amount", ColumnRole.AMOUNT);
        m.put("quantity", ColumnRole.QUANTITY);
        m.put("price", ColumnRole.UNIT_PRICE);
        m.put("cost", ColumnRole.COST);
        m.put("channel", ColumnRole.CHANNEL);
        m.put("invoice", ColumnRole.INVOICE);
        return java.util.Collections.unmodifiableMap(m);
    }

    /**
     * Connects, reads the source's columns and first rows, and suggests a mapping (nothing is stored).
     *
     * @param request where and what (the mode and mapping are ignored; {@code null} not permitted)
     * @param rows    how many rows to show ({@code 1..1000})
     * @return the preview
     * @throws ServiceException with one sentence when the database cannot be read
     */
    public static DatabasePreview preview(DatabaseImportRequest request, int rows) throws ServiceException {
        ConnectionSpec spec = new ConnectionSpec(request.url(), request.user(), request.password());
        try (JdbcSource source = JdbcSource.open(spec)) {
            SourceTable table = source.resolve(blankToNull(request.table()), blankToNull(request.query()));
            List<String> names = table.columns().stream().map(SourceColumn::name).toList();
            List<String> kinds = table.columns().stream().map(c -> c.kind().name().toLowerCase(Locale.ROOT)).toList();
            Map<String, String> suggested = new TreeMap<>();
            HeaderRoles.suggest(names).forEach((role, index) -> {
                String key = key(role);
                if (key != null) {
                    suggested.put(key, names.get(index));
                }
            });
            return new DatabasePreview(table.description(), names, kinds, source.preview(table, rows), suggested);
        } catch (ImportException e) {
            throw new ServiceException(e.getMessage(), e);
        }
    }

    private static String key(ColumnRole role) {
        for (Map.Entry<String, ColumnRole> e : ROLES.entrySet()) {
            if (e.getValue() == role) {
                return e.getKey();
            }
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /**
     * Imports as a new dataset.
     *
     * @param request  what and how ({@code null} not permitted)
     * @param listener progress and cancellation ({@code null} not permitted)
     * @return the committed dataset's figures and the rows transferred
     * @throws ServiceException with one sentence (cannot connect, unknown table or column, not read-only, permission
     *                          denied, ...); nothing is then stored
     * @throws org.valuelens.model.progress.CancelledException when cancelled (nothing is then stored)
     */
    public DatabaseImportOutcome importDatabase(DatabaseImportRequest request, ProgressListener listener)
            throws ServiceException {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(listener, "listener");
        long start = System.nanoTime();
        ConnectionSpec spec = new ConnectionSpec(request.url(), request.user(), request.password());
        listener.progress(0, -1, "Connecting to " + spec.safeUrl());
        try (JdbcSource source = JdbcSource.open(spec)) {
            SourceTable table = source.resolve(blankToNull(request.table()), blankToNull(request.query()));
            Map<ColumnRole, SourceColumn> columns = JdbcSource.map(table, requested(request, table));
            PushDown push = new PushDown(source, table, columns, listener);
            SourceStats stats = push.counts();
            if (stats.accepted() == 0) {
                throw new ServiceException(capitalised(table.description()) + " has no row with a customer, a date"
                        + (push.hasAmounts() ? " and an amount" : "") + " (" + stats.rowsRead() + " rows read"
                        + (stats.rejectedByReason().isEmpty() ? "" : ", rejected: " + stats.rejectedByReason())
                        + ").");
            }
            Map<String, String> mapping = new TreeMap<>();
            columns.forEach((role, c) -> mapping.put(role.name(), c.name()));
            String name = name(spec, request, table);
            String hash = hash(spec, request, mapping);
            List<String> warnings = new ArrayList<>();
            if (stats.rejected() > 0) {
                warnings.add(stats.rejected() + " source rows were rejected (counted by the database, by reason;"
                        + " their text stays in the database).");
            }
            DatasetSummaryFields fields = new DatasetSummaryFields(null,
                    request.mode() == DatabaseImportRequest.Mode.SUMMARY ? SummaryDatasetWriter.SHAPE : "TRANSACTIONS",
                    json(mapping), stats.rowsRead(), null, null, push.hasAmounts());
            SourceCounts counts = new SourceCounts(stats.accepted(), stats.rejected(), stats.returns(),
                    stats.customers(), stats.firstDay(), stats.lastDay());
            DatasetInfo info = request.mode() == DatabaseImportRequest.Mode.SUMMARY
                    ? summary(push, request, stats, name, hash, fields, counts, warnings)
                    : aggregated(push, name, hash, fields, counts);
            if (!push.hasAmounts()) {
                warnings.add("No amount column: purchase counts only.");
            }
            listener.progress(1, 1, "Imported " + name);
            ImportOutcome outcome = new ImportOutcome(info.id(), name, hash, info.shape(), info.rowsRead(),
                    info.rowsImported(), info.rowsRejected(), stats.rejectedByReason(), info.returns(),
                    info.customers(), info.firstTs(), info.lastTs(), null, null, List.of(), mapping, null, warnings,
                    (System.nanoTime() - start) / 1e9, Map.of(), push.hasAmounts());
            return new DatabaseImportOutcome(outcome, request.mode(), push.rowsTransferred());
        } catch (ImportException e) {
            throw new ServiceException(e.getMessage(), e);
        } catch (StorageException e) {
            throw new ServiceException("Cannot store the import in the workspace: " + e.getMessage(), e);
        }
    }

    private DatasetInfo aggregated(PushDown push, String name, String hash, DatasetSummaryFields fields,
                                   SourceCounts counts) throws ImportException, StorageException {
        try (DatasetWriter writer = workspace.workspace().beginDataset(name, hash)) {
            try {
                push.daily(new RowSink() {
                    @Override
                    public void transaction(Transaction transaction) {
                        writer.transaction(transaction);
                    }

                    @Override
                    public void customer(CustomerRecord customer) {
                        throw new IllegalStateException("a database import reads transactions only");
                    }

                    @Override
                    public void rejected(RejectedRow rejected) {
                        throw new IllegalStateException("a database import counts rejected rows at the source");
                    }
                });
            } catch (IllegalStateException e) {
                if (e.getCause() instanceof java.sql.SQLException) {
                    throw new StorageException("Writing to the workspace failed: " + e.getCause().getMessage(), e);
                }
                throw e;
            }
            writer.countedAtSource(counts);
            return writer.commit(fields);
        }
    }

    private DatasetInfo summary(PushDown push, DatabaseImportRequest request, SourceStats stats, String name,
                                String hash, DatasetSummaryFields fields, SourceCounts counts, List<String> warnings)
            throws ImportException, StorageException {
        try (SummaryDatasetWriter writer = workspace.workspace().beginSummaryDataset(name, hash)) {
            SummaryTotals totals;
            try {
                totals = push.summary(request.returns(), request.calibrationEnd(), stats, t -> {
                    try {
                        writer.customer(t);
                    } catch (StorageException e) {
                        throw new IllegalStateException(e);
                    }
                });
            } catch (IllegalStateException e) {
                if (e.getCause() instanceof StorageException s) {
                    throw s;
                }
                throw e;
            }
            warnings.add("Summary only: one row per customer with calibration end " + totals.calibrationEnd()
                    + " and returns " + (totals.returns() == org.valuelens.model.summary.ReturnsPolicy.NET
                    ? "netted" : "excluded") + "; cohorts, customer timelines, migration and the other analyses that"
                    + " need purchases by day need the aggregated mode.");
            return writer.commit(totals, fields, counts);
        }
    }

    private static Map<ColumnRole, String> requested(DatabaseImportRequest request, SourceTable table)
            throws ServiceException {
        Map<ColumnRole, String> out = new EnumMap<>(ColumnRole.class);
        List<String> names = table.columns().stream().map(SourceColumn::name).toList();
        HeaderRoles.suggest(names).forEach((role, index) -> {
            if (ROLES.containsValue(role)) {
                out.put(role, names.get(index));
            }
        });
        for (Map.Entry<String, String> e : request.columns().entrySet()) {
            ColumnRole role = ROLES.get(e.getKey().toLowerCase(Locale.ROOT));
            if (role == null) {
                throw new ServiceException("Unknown column role \"" + e.getKey() + "\": use one of "
                        + String.join(", ", ROLES.keySet()) + ".");
            }
            if (e.getValue() != null && !e.getValue().isBlank()) {
                out.values().remove(e.getValue());
                out.put(role, e.getValue());
            }
        }
        return out;
    }

    private static String name(ConnectionSpec spec, DatabaseImportRequest request, SourceTable table) {
        String what = request.table() != null && !request.table().isBlank() ? request.table().strip() : "query";
        return what + " @ " + spec.safeUrl();
    }

    private static String hash(ConnectionSpec spec, DatabaseImportRequest request, Map<String, String> mapping) {
        String text = spec.safeUrl() + "\n" + spec.user() + "\n" + request.table() + "\n" + request.query() + "\n"
                + request.mode() + "\n" + request.calibrationEnd() + "\n" + request.returns() + "\n" + mapping;
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String json(Map<String, String> mapping) {
        return MappingJson.write(mapping);
    }
}
