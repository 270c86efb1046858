package org.valuelens.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.valuelens.model.CustomerRecord;
import org.valuelens.model.Transaction;
import org.valuelens.model.summary.StringDictionary;

/**
 * Writes one dataset atomically: either {@link #commit} makes all rows visible, or {@link #close()} without commit
 * (after an exception, a cancel, anything) removes every row written and leaves the workspace exactly as before.
 *
 * <p>Rows are written in auto-commit batches under a dataset row flagged incomplete; readers only see complete
 * datasets, and {@link #commit} flips the flag in one statement. This measured about twice as fast in H2 as one
 * large JDBC transaction (docs/decisions/0003-import-storage-design.md). Without a commit the rows are deleted on
 * {@link #close()}; if the process dies first, {@link Workspace#open} purges incomplete datasets.
 *
 * <p>The row methods are called on one producer thread (the importing thread). They collect rows into column
 * batches that a private writer thread inserts with JDBC batches while the producer keeps parsing; a bounded queue
 * keeps memory flat. Customer ids are dictionary-encoded to dense int keys (0..n-1) on the producer thread.
 *
 * <p>The lines also go, column by column, into the dataset's analysis store ({@link StoreBuilder}), written on
 * {@link #commit} before the dataset is flagged complete, so the store is covered by the same all-or-nothing rule.
 * The row table ({@code transactions}) and its key table ({@code customers}) are written only when asked for
 * ({@code rowTable}): they cost most of an import's time and the analyses read the store, whose
 * {@code customer_ids} segment holds the same ids (docs/decisions/0020-analysis-store.md, 0041).
 *
 * <p>Row methods throw {@link IllegalStateException} (cause: the SQL error) once the writer thread has failed.
 */
public final class DatasetWriter implements AutoCloseable {

    /** Rows per JDBC batch; see docs/decisions/0003-import-storage-design.md for the measurements. */
    static final int BATCH_ROWS = 8192;
    /** Rows per multi-row INSERT statement for rows without optional fields. */
    static final int ROWS_PER_INSERT = 64;
    private static final int QUEUE_BATCHES = 4;
    private static final long SECONDS_PER_DAY = 86_400L;

    private final Connection connection;
    private final String fileName;
    private String contentHash;
    private final int datasetId;
    private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(QUEUE_BATCHES);
    private final Thread writerThread;
    private volatile Throwable failure;
    private volatile boolean aborted;

    private final boolean rowTable;
    private final StoreBuilder store = new StoreBuilder();
    private final StringDictionary customerKeys = new StringDictionary();
    private final ProductKeys productKeys = new ProductKeys();
    private TxBatch txBatch = new TxBatch();
    private List<String> newCustomers = new ArrayList<>();
    private List<Object> otherRows = new ArrayList<>();
    private long transactions;
    private long customerInputs;
    private long rejected;
    private long returns;
    private long minTs = Long.MAX_VALUE;
    private long maxTs = Long.MIN_VALUE;
    private boolean finished;
    private boolean committed;
    private SourceCounts sourceCounts;

    DatasetWriter(Connection connection, String fileName, String contentHash, boolean rowTable)
            throws SQLException {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(contentHash, "contentHash");
        this.connection = connection;
        this.rowTable = rowTable;
        this.fileName = fileName;
        this.contentHash = contentHash;
        try {
            connection.setAutoCommit(true);
            try (PreparedStatement ps = connection.prepareStatement(
                    "INSERT INTO datasets (file_name, content_hash, shape, imported_at, rows_read, rows_imported,"
                            + " rows_rejected, returns, complete, row_table) VALUES (?, ?, 'TRANSACTIONS', ?, 0, 0, 0,"
                            + " 0, FALSE, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, fileName);
                ps.setString(2, contentHash);
                ps.setObject(3, OffsetDateTime.now(ZoneOffset.UTC));
                ps.setBoolean(4, rowTable);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    this.datasetId = keys.getInt(1);
                }
            }
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        this.writerThread = new Thread(this::writeLoop, "valuelens-db-writer");
        writerThread.setDaemon(true);
        writerThread.start();
    }

    /**
     * Sets the content hash the dataset is committed with, when it was not known at the start (the import hashes
     * the file while reading it; docs/decisions/0041-import-speed.md).
     *
     * @param hash SHA-256 as 64 lowercase hex digits ({@code null} not permitted)
     */
    public void contentHash(String hash) {
        this.contentHash = Objects.requireNonNull(hash, "hash");
    }

    /** @return the id the dataset will have once committed */
    public int datasetId() {
        return datasetId;
    }

    /**
     * Adds an accepted transaction. Timestamps are stored to the second.
     *
     * @param t the transaction ({@code null} not permitted)
     */
    public void transaction(Transaction t) {
        int key = keyOf(t.customerId());
        LocalDateTime ts = t.timestamp();
        int day = (int) ts.toLocalDate().toEpochDay();
        int second = ts.toLocalTime().toSecondOfDay();
        long flat = day * SECONDS_PER_DAY + second;
        minTs = Math.min(minTs, flat);
        maxTs = Math.max(maxTs, flat);
        if (t.isReturn()) {
            returns++;
        }
        transactions++;
        int productKey = productKeys.product(t.product(), t.productLabel());
        int categoryKey = productKeys.category(t.category());
        store.add(key, day, second, t.amount(), t.quantity(), t.unitPrice(), t.cost(), t.channel(), t.invoice(),
                t.sourceRow(), t.isReturn(), productKey, categoryKey);
        if (rowTable && txBatch.add(key, day, second, t, productKey, categoryKey)) {
            flushTransactions();
        }
    }

    private int keyOf(String customerId) {
        int known = customerKeys.size();
        int key = customerKeys.encode(customerId);
        if (key == known && rowTable) {
            newCustomers.add(customerId);
            if (newCustomers.size() >= BATCH_ROWS) {
                flushCustomers();
            }
        }
        return key;
    }

    /**
     * Adds an accepted customer-table row.
     *
     * @param c the customer record ({@code null} not permitted)
     */
    public void customerInput(CustomerRecord c) {
        Objects.requireNonNull(c, "customer");
        customerInputs++;
        keyOf(c.customerId());
        addOther(c);
    }

    /**
     * Adds a rejected row.
     *
     * @param r the rejected row ({@code null} not permitted)
     */
    public void rejected(RejectedRecord r) {
        Objects.requireNonNull(r, "rejected");
        rejected++;
        addOther(r);
    }

    /**
     * Counts rejected source rows that an engine elsewhere rejected and that are not stored one by one.
     *
     * @param rows how many ({@code >= 0})
     */
    public void rejectedElsewhere(long rows) {
        if (rows < 0) {
            throw new IllegalArgumentException("rows must be >= 0: " + rows);
        }
        rejected += rows;
    }

    /** @return transactions added so far */
    public long transactionCount() {
        return transactions;
    }

    /** @return customer-table rows added so far */
    public long customerInputCount() {
        return customerInputs;
    }

    /** @return rejected rows added so far */
    public long rejectedCount() {
        return rejected;
    }

    /** @return distinct customers seen so far (transactions and customer-table rows) */
    public int customerCount() {
        return customerKeys.size();
    }

    /**
     * Writes the remaining rows and the dataset's metadata, then commits. Afterwards the dataset is visible.
     *
     * @param fields what the importer reported ({@code null} not permitted)
     * @return the committed dataset
     * @throws StorageException when writing or committing fails (everything is then rolled back on close)
     */
    public DatasetInfo commit(DatasetSummaryFields fields) throws StorageException {
        Objects.requireNonNull(fields, "fields");
        if (finished) {
            throw new IllegalStateException("The dataset writer was already finished");
        }
        try {
            flushTransactions();
            flushOthers();
            enqueue(new ItemBatch(productKeys.names()));
            enqueue(Batch.END);
            finished = true;
            joinWriter();
            if (failure != null) {
                throw new StorageException("Writing to the workspace failed: " + failure.getMessage(), failure);
            }
            List<String> ids = new ArrayList<>(customerKeys.size());
            for (int k = 0; k < customerKeys.size(); k++) {
                ids.add(customerKeys.get(k));
            }
            store.write(connection, datasetId, ids);
            Instant now = Instant.now();
            LocalDateTime first = transactions == 0 ? null : toDateTime(minTs);
            LocalDateTime last = transactions == 0 ? null : toDateTime(maxTs);
            DatasetInfo info = sourceCounts == null
                    ? new DatasetInfo(datasetId, fileName, contentHash, fields.sheet(), fields.shape(),
                            fields.columnMapping(), now, fields.rowsRead(), transactions + customerInputs, rejected,
                            returns, fields.encoding(), fields.delimiter(), first, last, customerKeys.size())
                    : new DatasetInfo(datasetId, fileName, contentHash, fields.sheet(), fields.shape(),
                            fields.columnMapping(), now, fields.rowsRead(), sourceCounts.rowsImported(),
                            sourceCounts.rowsRejected(), sourceCounts.returns(), fields.encoding(),
                            fields.delimiter(), first, last, customerKeys.size());
            markComplete(connection, info, fields.hasAmounts(), AnalysisStore.FORMAT);
            committed = true;
            return info;
        } catch (SQLException e) {
            throw new StorageException("Committing to the workspace failed: " + e.getMessage(), e);
        }
    }

    /**
     * Counts an import's rows where they were read (a database import hands the writer aggregates, not source
     * rows): on {@link #commit} the dataset's imported, rejected and return counts are these instead of the
     * writer's own.
     *
     * @param counts the source counts ({@code null} = the writer's own counts)
     */
    public void countedAtSource(SourceCounts counts) {
        this.sourceCounts = counts;
    }

    /** Writes a dataset's metadata and flags it complete (visible), in one statement. */
    static void markComplete(Connection connection, DatasetInfo info, boolean hasAmounts, Integer storeVersion)
            throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("UPDATE datasets SET sheet = ?, shape = ?,"
                + " column_mapping = ?, imported_at = ?, rows_read = ?, rows_imported = ?, rows_rejected = ?,"
                + " returns = ?, encoding = ?, delimiter = ?, first_ts = ?, last_ts = ?, customers = ?,"
                + " has_amounts = ?, store_version = ?, content_hash = ?, complete = TRUE WHERE id = ?")) {
            ps.setString(1, info.sheet());
            ps.setString(2, info.shape());
            ps.setString(3, info.columnMapping());
            ps.setObject(4, info.importedAt().atOffset(ZoneOffset.UTC));
            ps.setLong(5, info.rowsRead());
            ps.setLong(6, info.rowsImported());
            ps.setLong(7, info.rowsRejected());
            ps.setLong(8, info.returns());
            ps.setString(9, info.encoding());
            ps.setString(10, info.delimiter());
            ps.setObject(11, info.firstTs());
            ps.setObject(12, info.lastTs());
            ps.setInt(13, info.customers());
            ps.setBoolean(14, hasAmounts);
            ps.setObject(15, storeVersion);
            ps.setString(16, info.contentHash());
            ps.setInt(17, info.id());
            ps.executeUpdate();
        }
    }

    /** Removes everything written unless {@link #commit} succeeded, stops the writer thread, closes the connection. */
    @Override
    public void close() {
        if (!finished) {
            finished = true;
            aborted = true;
            queue.clear();
            queue.offer(Batch.END);
        }
        joinWriter();
        try {
            if (!committed) {
                DatasetRepository.deleteRows(connection, datasetId);
            }
        } catch (SQLException ignored) {
            // the dataset stays flagged incomplete: invisible, and purged when the workspace is next opened
        } finally {
            Workspace.closeQuietly(connection);
        }
    }

    private static LocalDateTime toDateTime(long flat) {
        long day = Math.floorDiv(flat, SECONDS_PER_DAY);
        long second = Math.floorMod(flat, SECONDS_PER_DAY);
        return LocalDate.ofEpochDay(day).atStartOfDay().plusSeconds(second);
    }

    private void joinWriter() {
        boolean interrupted = false;
        while (writerThread.isAlive()) {
            try {
                writerThread.join();
            } catch (InterruptedException e) {
                interrupted = true;
                aborted = true;
                queue.clear();
                queue.offer(Batch.END);
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void addOther(Object row) {
        otherRows.add(row);
        if (otherRows.size() >= BATCH_ROWS) {
            flushOthers();
        }
    }

    private void flushCustomers() {
        if (!newCustomers.isEmpty()) {
            enqueue(new CustomerBatch(customerKeys.size() - newCustomers.size(), newCustomers));
            newCustomers = new ArrayList<>();
        }
    }

    private void flushTransactions() {
        flushCustomers();
        if (txBatch.size > 0) {
            enqueue(txBatch);
            txBatch = new TxBatch();
        }
    }

    private void flushOthers() {
        if (!otherRows.isEmpty()) {
            enqueue(new OtherBatch(otherRows));
            otherRows = new ArrayList<>();
        }
    }

    private void enqueue(Batch batch) {
        if (finished) {
            throw new IllegalStateException("The dataset writer was already finished");
        }
        try {
            while (!queue.offer(batch, 50, TimeUnit.MILLISECONDS)) {
                checkFailure();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while writing to the workspace", e);
        }
        checkFailure();
    }

    private void checkFailure() {
        Throwable f = failure;
        if (f != null) {
            throw new IllegalStateException("Writing to the workspace failed: " + f.getMessage(), f);
        }
    }

    // ---- writer thread ----

    private void writeLoop() {
        try (PreparedStatement multi = connection.prepareStatement(multiRowInsert());
             PreparedStatement tx = connection.prepareStatement(
                "INSERT INTO transactions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement items = connection.prepareStatement(
                     "INSERT INTO product_items VALUES (?, ?, ?, ?, ?)");
             PreparedStatement cust = connection.prepareStatement("INSERT INTO customers VALUES (?, ?, ?)");
             PreparedStatement input = connection.prepareStatement(
                     "INSERT INTO customer_inputs VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement rej = connection.prepareStatement(
                     "INSERT INTO rejected_rows VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            while (true) {
                Batch b = queue.take();
                if (b == Batch.END || aborted) {
                    return;
                }
                if (b instanceof TxBatch) {
                    writeTransactions((TxBatch) b, multi, tx);
                } else if (b instanceof ItemBatch) {
                    ((ItemBatch) b).names.write(items, datasetId);
                } else if (b instanceof CustomerBatch) {
                    writeCustomers((CustomerBatch) b, cust);
                } else {
                    writeOthers((OtherBatch) b, input, rej);
                }
            }
        } catch (SQLException | RuntimeException e) {
            failure = e;
        } catch (InterruptedException e) {
            failure = e;
        }
    }

    /**
     * Rows without optional fields go through a multi-row {@code INSERT ... VALUES (..), (..)} of
     * {@link #ROWS_PER_INSERT} rows with NULL literals (fewer statement executions and parameters: measured ~20 %
     * less CPU than one row per batch entry); rows with optional fields and the remainder use the one-row statement.
     */
    private void writeTransactions(TxBatch b, PreparedStatement multi, PreparedStatement single)
            throws SQLException {
        int[] simple = new int[b.size];
        int simpleCount = 0;
        for (int i = 0; i < b.size; i++) {
            if (b.rows[i] == null) {
                simple[simpleCount++] = i;
            } else {
                bindSingle(b, i, single);
            }
        }
        int full = simpleCount - simpleCount % ROWS_PER_INSERT;
        for (int start = 0; start < full; start += ROWS_PER_INSERT) {
            int p = 1;
            for (int k = 0; k < ROWS_PER_INSERT; k++) {
                int i = simple[start + k];
                multi.setInt(p++, b.customer[i]);
                multi.setInt(p++, b.day[i]);
                multi.setInt(p++, b.second[i]);
                multi.setDouble(p++, b.amount[i]);
                multi.setLong(p++, b.sourceRow[i]);
                multi.setBoolean(p++, b.isReturn[i]);
            }
            multi.addBatch();
        }
        if (full > 0) {
            multi.executeBatch();
        }
        for (int k = full; k < simpleCount; k++) {
            bindSingle(b, simple[k], single);
        }
        if (simpleCount - full + (b.size - simpleCount) > 0) {
            single.executeBatch();
        }
    }

    private void bindSingle(TxBatch b, int i, PreparedStatement ps) throws SQLException {
        ps.setInt(1, datasetId);
        ps.setInt(2, b.customer[i]);
        ps.setInt(3, b.day[i]);
        ps.setInt(4, b.second[i]);
        ps.setDouble(5, b.amount[i]);
        Transaction t = b.rows[i];
        if (t == null) {
            ps.setNull(6, Types.DOUBLE);
            ps.setNull(7, Types.DOUBLE);
            ps.setNull(8, Types.DOUBLE);
            ps.setNull(9, Types.VARCHAR);
            ps.setNull(10, Types.VARCHAR);
        } else {
            setDouble(ps, 6, t.quantity());
            setDouble(ps, 7, t.unitPrice());
            setDouble(ps, 8, t.cost());
            ps.setString(9, t.channel());
            ps.setString(10, t.invoice());
        }
        ps.setLong(11, b.sourceRow[i]);
        ps.setBoolean(12, b.isReturn[i]);
        setKey(ps, 13, b.product[i]);
        setKey(ps, 14, b.category[i]);
        ps.addBatch();
    }

    private String multiRowInsert() {
        StringBuilder sql = new StringBuilder("INSERT INTO transactions VALUES ");
        for (int k = 0; k < ROWS_PER_INSERT; k++) {
            sql.append(k == 0 ? "" : ", ").append('(').append(datasetId)
                    .append(", ?, ?, ?, ?, NULL, NULL, NULL, NULL, NULL, ?, ?, NULL, NULL)");
        }
        return sql.toString();
    }

    private void writeCustomers(CustomerBatch b, PreparedStatement ps) throws SQLException {
        ps.setInt(1, datasetId);
        int key = b.firstKey;
        for (String id : b.ids) {
            ps.setInt(2, key++);
            ps.setString(3, id);
            ps.addBatch();
        }
        ps.executeBatch();
    }

    private void writeOthers(OtherBatch b, PreparedStatement input, PreparedStatement rej) throws SQLException {
        boolean anyInput = false;
        boolean anyRejected = false;
        for (Object o : b.rows) {
            if (o instanceof CustomerRecord) {
                CustomerRecord c = (CustomerRecord) o;
                input.setInt(1, datasetId);
                input.setString(2, c.customerId());
                input.setObject(3, c.acquisitionDate());
                input.setString(4, c.channel());
                setDouble(input, 5, c.acquisitionCost());
                setDouble(input, 6, c.averageOrderValue());
                setDouble(input, 7, c.purchaseFrequency());
                setDouble(input, 8, c.lifespanYears());
                setDouble(input, 9, c.margin());
                input.setLong(10, c.sourceRow());
                input.addBatch();
                anyInput = true;
            } else {
                RejectedRecord r = (RejectedRecord) o;
                rej.setInt(1, datasetId);
                rej.setLong(2, r.sourceRow());
                rej.setString(3, r.sheet());
                rej.setString(4, r.reasonCode());
                rej.setString(5, r.column());
                rej.setString(6, r.rawText());
                rej.setString(7, r.message());
                rej.addBatch();
                anyRejected = true;
            }
        }
        if (anyInput) {
            input.executeBatch();
        }
        if (anyRejected) {
            rej.executeBatch();
        }
    }

    private static void setKey(PreparedStatement ps, int index, int key) throws SQLException {
        if (key < 0) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, key);
        }
    }

    private static void setDouble(PreparedStatement ps, int index, Double value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.DOUBLE);
        } else {
            ps.setDouble(index, value);
        }
    }

    /** A unit of work for the writer thread. */
    private static class Batch {
        static final Batch END = new Batch();
    }

    /** Transactions in columns; {@code rows[i]} is kept only when the row has optional fields. */
    private static final class TxBatch extends Batch {
        final int[] customer = new int[BATCH_ROWS];
        final int[] day = new int[BATCH_ROWS];
        final int[] second = new int[BATCH_ROWS];
        final double[] amount = new double[BATCH_ROWS];
        final long[] sourceRow = new long[BATCH_ROWS];
        final boolean[] isReturn = new boolean[BATCH_ROWS];
        final int[] product = new int[BATCH_ROWS];
        final int[] category = new int[BATCH_ROWS];
        final Transaction[] rows = new Transaction[BATCH_ROWS];
        int size;

        /** @return whether the batch is now full */
        boolean add(int key, int d, int s, Transaction t, int productKey, int categoryKey) {
            customer[size] = key;
            day[size] = d;
            second[size] = s;
            amount[size] = t.amount();
            sourceRow[size] = t.sourceRow();
            isReturn[size] = t.isReturn();
            product[size] = productKey;
            category[size] = categoryKey;
            boolean optional = t.quantity() != null || t.unitPrice() != null || t.cost() != null
                    || t.channel() != null || t.invoice() != null || productKey >= 0 || categoryKey >= 0;
            rows[size] = optional ? t : null;
            size++;
            return size == BATCH_ROWS;
        }
    }

    /** The product and category names, written once at commit. */
    private static final class ItemBatch extends Batch {
        final ProductKeys.Names names;

        ItemBatch(ProductKeys.Names names) {
            this.names = names;
        }
    }

    private static final class CustomerBatch extends Batch {
        final int firstKey;
        final List<String> ids;

        CustomerBatch(int firstKey, List<String> ids) {
            this.firstKey = firstKey;
            this.ids = ids;
        }
    }

    private static final class OtherBatch extends Batch {
        final List<Object> rows;

        OtherBatch(List<Object> rows) {
            this.rows = rows;
        }
    }
}
