package org.valuelens.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.valuelens.importer.ColumnRole;
import org.valuelens.importer.DataShape;
import org.valuelens.importer.FileImporter;
import org.valuelens.importer.SparkManifest;
import org.valuelens.importer.SparkOutput;
import org.valuelens.importer.ImportException;
import org.valuelens.importer.ImportOptions;
import org.valuelens.importer.ImportResult;
import org.valuelens.importer.RejectedRow;
import org.valuelens.importer.RowSink;
import org.valuelens.model.CustomerRecord;
import org.valuelens.model.Transaction;
import org.valuelens.model.progress.ProgressListener;
import org.valuelens.storage.DatasetInfo;
import org.valuelens.storage.DatasetSummaryFields;
import org.valuelens.storage.DatasetWriter;
import org.valuelens.storage.RejectedRecord;
import org.valuelens.storage.StorageException;

/**
 * Imports one file into a workspace as a new dataset, atomically: the import commits whole, or (on an error, an
 * exception or a cancel through the {@link ProgressListener}) leaves the workspace exactly as before.
 *
 * <p>Parsing runs on the calling thread while a storage thread writes row batches. A file whose content (SHA-256)
 * is already a dataset is refused unless the import is forced. Synchronous; one import at a time per workspace.
 */
public final class ImportService {

    private static final int CANCEL_CHECK_ROWS = 8192;
    /** The content hash of a dataset being imported until its file's hash is known (set at the commit). */
    private static final String PENDING_HASH = "0".repeat(64);
    private static final Map<String, ColumnRole> COLUMN_KEYS = Map.of(
            "customer", ColumnRole.CUSTOMER_ID, "date", ColumnRole.DATE, "amount", ColumnRole.AMOUNT,
            "quantity", ColumnRole.QUANTITY, "price", ColumnRole.UNIT_PRICE, "cost", ColumnRole.COST,
            "channel", ColumnRole.CHANNEL, "invoice", ColumnRole.INVOICE, "product", ColumnRole.PRODUCT,
            "category", ColumnRole.CATEGORY);

    private final WorkspaceService workspace;
    private final RowSource source;

    /**
     * An import service reading files with the application's {@link FileImporter}.
     *
     * @param workspace the open workspace ({@code null} not permitted)
     */
    public ImportService(WorkspaceService workspace) {
        this(workspace, new FileImporter()::read);
    }

    /**
     * @param workspace the open workspace ({@code null} not permitted)
     * @param source    where rows come from ({@code null} not permitted)
     */
    public ImportService(WorkspaceService workspace, RowSource source) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        this.source = Objects.requireNonNull(source, "source");
    }

    /**
     * Imports a file as a new dataset.
     *
     * @param request  what to import ({@code null} not permitted)
     * @param force    import even when identical content is already a dataset
     * @param listener progress and cancellation ({@code null} not permitted)
     * @return the committed dataset's figures
     * @throws DuplicateImportException when the content is already imported and {@code force} is false
     * @throws ServiceException         when the file cannot be read or imported (nothing is then stored)
     * @throws org.valuelens.model.progress.CancelledException when cancelled (nothing is then stored)
     */
    public ImportOutcome importFile(ImportRequest request, boolean force, ProgressListener listener)
            throws ServiceException {
        return importFile(request, force, -1, listener);
    }

    /**
     * Imports a file again in place of a dataset imported before (the import wizard's re-run after the user changed
     * the mapping or a reading): the new dataset is committed first, then the previous one is deleted, so a failed
     * or cancelled re-run leaves the workspace exactly as it was, previous dataset included. Identical content is
     * expected and not refused, unless it is also a third dataset.
     *
     * @param request          what to import ({@code null} not permitted)
     * @param previousDatasetId the dataset to replace
     * @param listener         progress and cancellation ({@code null} not permitted)
     * @return the new dataset's figures (a warning says so if the previous dataset could not be deleted)
     * @throws DuplicateImportException when the content is already another dataset than the one replaced
     * @throws ServiceException         when the file cannot be read or imported (nothing is then changed)
     * @throws org.valuelens.model.progress.CancelledException when cancelled (nothing is then changed)
     */
    public ImportOutcome replaceDataset(ImportRequest request, int previousDatasetId, ProgressListener listener)
            throws ServiceException {
        if (previousDatasetId < 0) {
            throw new IllegalArgumentException("previousDatasetId must be >= 0: " + previousDatasetId);
        }
        return importFile(request, false, previousDatasetId, listener);
    }

    private ImportOutcome importFile(ImportRequest request, boolean force, int replacing, ProgressListener listener)
            throws ServiceException {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(listener, "listener");
        long start = System.nanoTime();
        Path file = request.file();
        String fileName = String.valueOf(file.getFileName());
        ImportOptions options = toOptions(request);
        listener.progress(0, -1, "Checking " + fileName);
        Path hashed = SparkOutput.isSparkOutput(file) ? file.resolve(SparkOutput.MANIFEST) : file;
        Optional<SparkManifest> spark = SparkOutputInfo.manifest(file);
        if (spark.isPresent() && SparkManifest.SUMMARY.equals(spark.get().mode())) {
            String hash = sha256(hashed);
            refuseDuplicate(hash, force, replacing, fileName);
            ImportOutcome o = SparkSummaryImport.run(workspace, spark.get(), hash, listener, start);
            if (replacing >= 0) {
                deletePrevious(replacing, new ArrayList<>());
            }
            return o;
        }
        // while this thread reads the file, the file is hashed and checked against the workspace's datasets on one
        // thread, and the dataset is begun (a new workspace opened) on the store builder's thread
        FileCheck check = FileCheck.start(() -> {
            String h = sha256(hashed);
            refuseDuplicate(h, force, replacing, fileName);
            return h;
        });
        try (WriterHandOff handOff = new WriterHandOff(() -> beginDataset(fileName, PENDING_HASH))) {
            CountingSink sink = new CountingSink(handOff, listener, check);
            ImportResult result;
            try {
                result = source.read(options, sink, listener);
                // every row read; the writer may still be storing them: an open-ended step of its own
                listener.progress(0, -1, "Saving " + fileName);
                handOff.finish();
            } catch (ImportException e) {
                handOff.awaitOpened();
                check.await();
                throw new ServiceException(e.getMessage(), e);
            } catch (IllegalStateException e) {
                handOff.awaitOpened();
                check.await();
                if (e.getCause() instanceof java.sql.SQLException) {
                    throw new ServiceException("Cannot store " + fileName + " in the workspace: "
                            + e.getCause().getMessage(), e);
                }
                throw e;
            }
            DatasetWriter writer = handOff.writer();
            String hash = check.await();
            writer.contentHash(hash);
            listener.checkCancelled();
            listener.progress(0, -1, "Saving " + fileName);
            List<String> warnings = new ArrayList<>(result.warnings());
            long imported = writer.transactionCount() + writer.customerInputCount();
            long rejected = writer.rejectedCount();
            long read = imported + rejected;
            if (result.preAggregated()) {
                // the Spark job's output: source counts from its manifest (docs/decisions/0029-spark-job.md)
                writer.rejectedElsewhere(result.rowsRejected() - rejected);
                sink.byReason.clear();
                sink.byReason.putAll(result.rejectedByReason());
                read = result.rowsRead();
            } else if (result.rowsRead() != imported + rejected) {
                warnings.add("The importer reported " + result.rowsRead() + " rows read but passed on "
                        + (imported + rejected) + "; the stored figures are used.");
            }
            Map<String, String> mapping = mappingByHeader(result);
            String shape = result.shape() == null ? DataShape.TRANSACTIONS.name() : result.shape().name();
            DatasetInfo info = writer.commit(new DatasetSummaryFields(
                    result.sheets().isEmpty() ? null : String.join(", ", result.sheets()), shape, json(mapping),
                    read, result.encoding(), result.delimiter(), result.hasAmounts()));
            if (replacing >= 0) {
                deletePrevious(replacing, warnings);
            }
            DatasetCurrency.detectAndSave(workspace, info.id(), options);
            int customers = workspace.workspace().rows().countCustomers(info.id());
            double seconds = (System.nanoTime() - start) / 1e9;
            listener.progress(sink.rows, sink.rows, "Imported " + fileName);
            return new ImportOutcome(info.id(), fileName, hash, shape, info.rowsRead(), info.rowsImported(),
                    info.rowsRejected(), new TreeMap<>(sink.byReason), info.returns(), customers, info.firstTs(),
                    info.lastTs(), result.encoding(), result.delimiter(), result.sheets(), mapping,
                    result.datePattern(), warnings, seconds, sink.examples, result.hasAmounts());
        } catch (StorageException e) {
            throw new ServiceException("Cannot store " + fileName + " in the workspace: " + e.getMessage(), e);
        }
    }

    private void deletePrevious(int previous, List<String> warnings) {
        try {
            if (!workspace.deleteDataset(previous)) {
                warnings.add("The earlier import (dataset " + previous + ") was already gone.");
            }
        } catch (ServiceException e) {
            warnings.add("The earlier import (dataset " + previous + ") could not be removed: " + e.getMessage());
        }
    }

    /**
     * Detects how a file would be read and returns its first rows (nothing is stored). A missing required column is
     * a warning here, not an error.
     *
     * @param request what and how to read ({@code null} not permitted)
     * @param rows    how many data rows to return ({@code 0..5000})
     * @return the preview
     * @throws ServiceException when the file cannot be read at all
     */
    public static FilePreview preview(ImportRequest request, int rows) throws ServiceException {
        Objects.requireNonNull(request, "request");
        org.valuelens.importer.ImportPreview p;
        try {
            p = new FileImporter().preview(toOptions(request), Math.min(rows, 5000));
        } catch (ImportException e) {
            throw new ServiceException(e.getMessage(), e);
        }
        Map<String, Integer> mapping = new TreeMap<>();
        p.mapping().forEach((role, index) -> mapping.put(roleKey(role), index));
        return new FilePreview(p.encoding(), p.delimiter(), p.sheetsAvailable(), p.sheetUsed(), p.header(),
                p.headerCells(), p.rows(), mapping, p.shape() == null ? DataShape.TRANSACTIONS.name()
                : p.shape().name(), p.datePattern(), p.warnings(), p.dateReading() == null ? null
                : new FilePreview.DateReading(p.dateReading().order(), p.dateReading().minguo(),
                        p.dateReading().twoDigitCentury(), p.dateReading().describe()));
    }

    private static String roleKey(ColumnRole role) {
        for (Map.Entry<String, ColumnRole> e : COLUMN_KEYS.entrySet()) {
            if (e.getValue() == role) {
                return e.getKey();
            }
        }
        return role.name().toLowerCase(Locale.ROOT);
    }

    /** Refuses content that is already a dataset (other than the one being replaced) unless forced. */
    private void refuseDuplicate(String hash, boolean force, int replacing, String fileName) throws ServiceException {
        if (force) {
            return;
        }
        Optional<DatasetDetails> existing = findByHash(hash);
        if (existing.isPresent() && existing.get().id() != replacing) {
            DatasetDetails d = existing.get();
            throw new DuplicateImportException(fileName + " has already been imported as dataset " + d.id()
                    + " (" + d.name() + ", " + d.rowsImported() + " rows); force the import to add it again.",
                    d.id(), d.name());
        }
    }

    private DatasetWriter beginDataset(String fileName, String hash) throws ServiceException {
        try {
            return workspace.workspace().beginDataset(fileName, hash);
        } catch (StorageException e) {
            throw new ServiceException("Cannot store " + fileName + " in the workspace: " + e.getMessage(), e);
        }
    }

    private Optional<DatasetDetails> findByHash(String hash) throws ServiceException {
        workspace.awaitOpen();
        try {
            return workspace.workspace().datasets().findByContentHash(hash).map(WorkspaceService::details);
        } catch (StorageException e) {
            throw new ServiceException(e.getMessage(), e);
        }
    }

    /**
     * @param file a readable file
     * @return its SHA-256 as 64 lowercase hex digits
     * @throws ServiceException when the file cannot be read
     */
    static String sha256(Path file) throws ServiceException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new ServiceException("Cannot read " + file + ": " + describe(e) + ".", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    private static String describe(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "the file does not exist";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    static ImportOptions toOptions(ImportRequest r) throws ServiceException {
        ImportOptions o = ImportOptions.detect(r.file()).withSheet(r.sheet()).withHeader(r.header())
                .withDatePattern(r.datePattern()).withKeepDuplicates(!r.dropDuplicates());
        if (r.encoding() != null) {
            try {
                o = o.withEncoding(Charset.forName(r.encoding()));
            } catch (IllegalArgumentException e) {
                throw new ServiceException("Unknown encoding \"" + r.encoding() + "\" for " + r.file() + ".", e);
            }
        }
        if (r.delimiter() != null) {
            String d = r.delimiter();
            String lower = d.toLowerCase(Locale.ROOT);
            o = o.withDelimiter("tab".equals(lower) || "\\t".equals(d) ? "\t"
                    : "whitespace".equals(lower) || "space".equals(lower) ? "whitespace" : d);
        }
        if (r.shape() != null) {
            try {
                o = o.withShape(DataShape.valueOf(r.shape().trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new ServiceException("Unknown data shape \"" + r.shape()
                        + "\": use transactions or customers.", e);
            }
        }
        for (Map.Entry<String, String> c : r.columns().entrySet()) {
            if (c.getValue() == null) {
                continue;
            }
            ColumnRole role = COLUMN_KEYS.get(c.getKey().toLowerCase(Locale.ROOT));
            if (role == null) {
                try {
                    role = ColumnRole.valueOf(c.getKey().toUpperCase(Locale.ROOT).replace('-', '_'));
                } catch (IllegalArgumentException e) {
                    throw new ServiceException("Unknown column role \"" + c.getKey() + "\".", e);
                }
            }
            o = o.withColumn(role, c.getValue());
        }
        return o;
    }

    private static Map<String, String> mappingByHeader(ImportResult result) {
        Map<String, String> out = new TreeMap<>();
        result.mapping().forEach((role, index) -> out.put(role.name(),
                index >= 0 && index < result.header().size() ? result.header().get(index) : "Column " + (index + 1)));
        return out;
    }

    static String json(Map<String, String> mapping) {
        return MappingJson.write(mapping);
    }

    /**
     * Adapts importer rows to the storage writer (through the hand-off), counts by reason and checks for cancel
     * every few thousand.
     */
    private static final class CountingSink implements RowSink {
        private final WriterHandOff writer;
        private final ProgressListener listener;
        private final FileCheck check;
        private final Map<String, Long> byReason = new TreeMap<>();
        private final Map<String, List<RejectedRowView>> examples = new TreeMap<>();
        private long rows;

        CountingSink(WriterHandOff writer, ProgressListener listener, FileCheck check) {
            this.writer = writer;
            this.listener = listener;
            this.check = check;
        }

        private void counted() {
            if (++rows % CANCEL_CHECK_ROWS == 0) {
                listener.checkCancelled();
                check.failIfDone();
            }
        }

        @Override
        public void transaction(Transaction transaction) {
            writer.add(transaction);
            counted();
        }

        @Override
        public void customer(CustomerRecord customer) {
            writer.add(customer);
            counted();
        }

        @Override
        public void rejected(RejectedRow r) {
            writer.add(new RejectedRecord(r.sourceRow(), r.sheet(), r.reason().code(), r.column(), r.rawText(),
                    r.message()));
            byReason.merge(r.reason().code(), 1L, Long::sum);
            List<RejectedRowView> some = examples.computeIfAbsent(r.reason().code(), k -> new ArrayList<>());
            if (some.size() < ImportOutcome.EXAMPLES_PER_REASON) {
                some.add(new RejectedRowView(r.sourceRow(), r.sheet(), r.reason().code(), r.column(), r.message(),
                        r.rawText()));
            }
            counted();
        }
    }
}
