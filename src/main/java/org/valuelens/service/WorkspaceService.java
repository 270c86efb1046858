package org.valuelens.service;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;
import org.valuelens.model.CustomerRecord;
import org.valuelens.model.Transaction;
import org.valuelens.storage.DatasetInfo;
import org.valuelens.storage.StorageException;
import org.valuelens.storage.Workspace;
import org.valuelens.storage.WorkspaceProperties;

/**
 * An open workspace (one folder holding an embedded database) and its dataset-level use cases. Synchronous and
 * not thread-safe: use it from one worker thread at a time. Close it to release the database file.
 */
public final class WorkspaceService implements AutoCloseable {

    private final Path directory;
    /** The workspace being opened on a background thread, {@code null} when it was opened at once. */
    private final FutureTask<Workspace> opening;
    private volatile Workspace workspace;

    private WorkspaceService(Workspace workspace) {
        this.directory = workspace.directory();
        this.opening = null;
        this.workspace = workspace;
    }

    private WorkspaceService(Path directory, FutureTask<Workspace> opening) {
        this.directory = directory;
        this.opening = opening;
    }

    /**
     * Opens (creating and migrating if needed) the workspace in a folder.
     *
     * @param directory the folder ({@code null} not permitted)
     * @return the open workspace
     * @throws ServiceException when the folder cannot be used as a workspace
     */
    public static WorkspaceService open(Path directory) throws ServiceException {
        try {
            return new WorkspaceService(Workspace.open(directory));
        } catch (StorageException e) {
            throw new ServiceException(e.getMessage(), e);
        }
    }

    /**
     * Starts opening (creating and migrating if needed) the workspace in a folder on a background thread and returns
     * at once, so that a caller can do other work meanwhile (the import reads its file while a new workspace's
     * schema is created; docs/decisions/0041-import-speed.md). The first use waits for the opening; a failure is
     * thrown by {@link #awaitOpen()}, and as an {@link IllegalStateException} by other uses.
     *
     * @param directory the folder ({@code null} not permitted)
     * @return the workspace, possibly still opening
     */
    public static WorkspaceService openInBackground(Path directory) {
        Objects.requireNonNull(directory, "directory");
        FutureTask<Workspace> task = new FutureTask<>(() -> Workspace.open(directory));
        Thread t = new Thread(task, "valuelens-workspace-open");
        t.setDaemon(true);
        t.start();
        return new WorkspaceService(directory, task);
    }

    /**
     * Waits until the workspace is open.
     *
     * @throws ServiceException when it could not be opened (the message names the folder)
     */
    public void awaitOpen() throws ServiceException {
        resolve();
    }

    private Workspace resolve() throws ServiceException {
        Workspace w = workspace;
        if (w != null) {
            return w;
        }
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    w = opening.get();
                    workspace = w;
                    return w;
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof StorageException) {
                        throw new ServiceException(cause.getMessage(), cause);
                    }
                    throw new ServiceException("Cannot open the workspace in " + directory + ": "
                            + cause.getMessage(), cause);
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Starts the database engine on a background thread, so that a following {@link #open} finds it ready; a
     * head start for short-lived command-line processes (docs/decisions/0032-cli-speed.md).
     */
    public static void warmUpInBackground() {
        org.valuelens.storage.DatabaseWarmUp.startInBackground();
    }

    /** @return the default workspace folder: {@code workspace} in the per-OS user data folder (see Workspace) */
    public static Path defaultDirectory() {
        return Workspace.defaultDirectory();
    }

    /** @return the workspace folder */
    public Path directory() {
        return directory;
    }

    Workspace workspace() {
        try {
            return resolve();
        } catch (ServiceException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /**
     * @return every dataset, oldest first
     * @throws ServiceException on a database error
     */
    public List<DatasetDetails> listDatasets() throws ServiceException {
        try {
            List<DatasetDetails> out = new ArrayList<>();
            for (DatasetInfo d : workspace().datasets().list()) {
                out.add(details(d));
            }
            return out;
        } catch (StorageException e) {
            throw new ServiceException(e.getMessage(), e);
        }
    }

    /**
     * @param datasetId the dataset
     * @return its details, empty when there is no such dataset
     * @throws ServiceException on a database error
     */
    public Optional<DatasetDetails> dataset(int datasetId) throws ServiceException {
        try {
            return workspace().datasets().find(datasetId).map(WorkspaceService::details);
        } catch (StorageException e) {
            throw new ServiceException(e.getMessage(), e);
        }
    }

    /**
     * @param datasetId the dataset
     * @return whether it existed and was deleted with all its rows
     * @throws ServiceException on a database error
     */
    public boolean deleteDataset(int datasetId) throws ServiceException {
        try {
            return workspace().datasets().delete(datasetId);
        } catch (StorageException e) {
            throw new ServiceException(e.getMessage(), e);
        }
    }

    /** Longest dataset name accepted by {@link #renameDataset}. */
    public static final int MAX_NAME = 200;

    /**
     * Gives a dataset a display name shown instead of its file name.
     *
     * @param datasetId the dataset
     * @param name      the new name ({@code null} or blank = back to the file name; at most {@value #MAX_NAME}
     *                  characters after stripping)
     * @return the renamed dataset
     * @throws ServiceException when there is no such dataset, the name is too long, or on a database error
     */
    public DatasetDetails renameDataset(int datasetId, String name) throws ServiceException {
        if (name != null && name.strip().length() > MAX_NAME) {
            throw new ServiceException("A dataset name can have at most " + MAX_NAME + " characters; \""
                    + name.strip().substring(0, 40) + "…\" has " + name.strip().length() + ".");
        }
        try {
            if (!workspace().datasets().rename(datasetId, name)) {
                throw new ServiceException("There is no dataset " + datasetId + " in " + directory() + ".");
            }
            return dataset(datasetId).orElseThrow();
        } catch (StorageException e) {
            throw new ServiceException(e.getMessage(), e);
        }
    }

    /**
     * @param datasetId the dataset
     * @return the analysis choices saved for it ({@link DatasetSettings#NONE} when none)
     * @throws ServiceException on a database error
     */
    public DatasetSettings datasetSettings(int datasetId) throws ServiceException {
        try {
            return DatasetSettings.fromMap(workspace().settings().load(datasetId));
        } catch (StorageException e) {
            throw new ServiceException(e.getMessage(), e);
        }
    }

    /**
     * Replaces the analysis choices saved for a dataset (atomically).
     *
     * @param datasetId the dataset
     * @param settings  the choices ({@code null} not permitted)
     * @throws ServiceException when there is no such dataset or on a database error
     */
    public void saveDatasetSettings(int datasetId, DatasetSettings settings) throws ServiceException {
        Objects.requireNonNull(settings, "settings");
        try {
            workspace().settings().replace(datasetId, settings.toMap());
        } catch (StorageException e) {
            throw new ServiceException(e.getMessage(), e);
        }
    }

    /**
     * The dataset the user last worked on in this workspace (see {@link #setActiveDataset}).
     *
     * @return it, or else the most recently imported dataset; empty when the workspace has none
     * @throws ServiceException on a database error
     */
    public Optional<DatasetDetails> activeDataset() throws ServiceException {
        try {
            Optional<String> id = workspace().properties().get(WorkspaceProperties.ACTIVE_DATASET);
            if (id.isPresent()) {
                try {
                    Optional<DatasetDetails> d = dataset(Integer.parseInt(id.get().trim()));
                    if (d.isPresent()) {
                        return d;
                    }
                } catch (NumberFormatException ignored) {
                    // damaged value: fall back to the latest dataset
                }
            }
            List<DatasetDetails> all = listDatasets();
            return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
        } catch (StorageException e) {
            throw new ServiceException(e.getMessage(), e);
        }
    }

    /**
     * Remembers the dataset the user works on, so that reopening the workspace (e.g. after a restart) shows it.
     *
     * @param datasetId the dataset ({@code null} forgets it)
     * @throws ServiceException on a database error
     */
    public void setActiveDataset(Integer datasetId) throws ServiceException {
        try {
            workspace().properties().set(WorkspaceProperties.ACTIVE_DATASET,
                    datasetId == null ? null : datasetId.toString());
        } catch (StorageException e) {
            throw new ServiceException(e.getMessage(), e);
        }
    }

    /**
     * Streams a dataset's transactions (for the customer summary and analyses).
     *
     * @param datasetId the dataset
     * @param ordered   {@code true}: grouped by customer, each customer's rows in time order; {@code false}: any
     *                  order (fastest)
     * @param consumer  receives each transaction (second precision)
     * @return transactions streamed
     * @throws ServiceException on a database error
     */
    public long forEachTransaction(int datasetId, boolean ordered, Consumer<Transaction> consumer)
            throws ServiceException {
        try {
            return workspace().rows().forEachTransaction(datasetId, ordered, consumer);
        } catch (StorageException e) {
            throw new ServiceException(e.getMessage(), e);
        }
    }

    /**
     * Streams a dataset's customer-table rows in source order.
     *
     * @param datasetId the dataset
     * @param consumer  receives each row
     * @return rows streamed
     * @throws ServiceException on a database error
     */
    public long forEachCustomerInput(int datasetId, Consumer<CustomerRecord> consumer) throws ServiceException {
        try {
            return workspace().rows().forEachCustomerInput(datasetId, consumer);
        } catch (StorageException e) {
            throw new ServiceException(e.getMessage(), e);
        }
    }

    /**
     * Writes a dataset's rejected rows to a UTF-8 CSV file with the header
     * {@code source_row,sheet,reason,column,message,raw_text}.
     *
     * @param datasetId the dataset
     * @param csvFile   the file to write (replaced if it exists; {@code null} not permitted)
     * @return rows written (header not counted)
     * @throws ServiceException when the file cannot be written or the database read fails
     */
    public long exportRejected(int datasetId, Path csvFile) throws ServiceException {
        Objects.requireNonNull(csvFile, "csvFile");
        try (CsvWriter csv = CsvWriter.builder().build(csvFile, StandardCharsets.UTF_8)) {
            csv.writeRecord("source_row", "sheet", "reason", "column", "message", "raw_text");
            return workspace().rows().forEachRejected(datasetId, r -> csv.writeRecord(Long.toString(r.sourceRow()),
                    nullToEmpty(r.sheet()), r.reasonCode(), nullToEmpty(r.column()), nullToEmpty(r.message()),
                    r.rawText()));
        } catch (IOException | UncheckedIOException e) {
            throw new ServiceException("Cannot write the rejected rows to " + csvFile + ": " + e.getMessage(), e);
        } catch (StorageException e) {
            throw new ServiceException(e.getMessage(), e);
        }
    }

    /**
     * The first rejected rows of a dataset, in sheet and row order.
     *
     * @param datasetId the dataset
     * @param limit     at most this many rows ({@code >= 0})
     * @return the rows (unmodifiable)
     * @throws ServiceException on a database error
     */
    public List<RejectedRowView> rejectedRows(int datasetId, int limit) throws ServiceException {
        List<RejectedRowView> out = new ArrayList<>();
        try {
            workspace().rows().forEachRejected(datasetId, r -> {
                if (out.size() < limit) {
                    out.add(new RejectedRowView(r.sourceRow(), r.sheet(), r.reasonCode(), r.column(), r.message(),
                            r.rawText()));
                }
            });
        } catch (StorageException e) {
            throw new ServiceException(e.getMessage(), e);
        }
        return List.copyOf(out);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    static DatasetDetails details(DatasetInfo d) {
        return new DatasetDetails(d.id(), d.fileName(), d.contentHash(), d.shape(), d.sheet(), d.importedAt(),
                d.rowsRead(), d.rowsImported(), d.rowsRejected(), d.returns(), d.customers(), d.firstTs(),
                d.lastTs(), d.encoding(), d.delimiter(), d.columnMapping(), d.displayName());
    }

    @Override
    public void close() {
        try {
            resolve().close();
        } catch (ServiceException e) {
            // nothing was opened, so there is nothing to close
        }
    }
}
