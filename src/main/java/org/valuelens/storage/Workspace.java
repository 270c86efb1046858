package org.valuelens.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Objects;
import org.flywaydb.core.Flyway;

/**
 * An embedded H2 file database in one directory ({@code DIR/valuelens.mv.db}) holding imported datasets.
 * Opening creates the directory and runs the Flyway migrations in {@code classpath:db/migration} (skipped when the
 * workspace already has every migration, see {@link SchemaCheck}); a new workspace starts as a copy of the
 * {@link WorkspaceTemplate}, Flyway's result made when the application was built.
 *
 * <p>Opening also deletes datasets that an earlier process left incomplete (it died mid-import), so open one
 * workspace object per directory at a time.
 *
 * <p>Not thread-safe: one workspace object is used by one thread at a time (an import's writer thread is
 * internal to {@link DatasetWriter}). Close it to release the database file.
 */
public final class Workspace implements AutoCloseable {

    /**
     * H2 settings used for every connection; see docs/decisions/0003-import-storage-design.md. Writes go to the end
     * of the file ({@code REUSE_SPACE=FALSE}, docs/decisions/0043-append-only-workspace-file.md): H2 2.5 loses the
     * last commits of a killed process when they were written into reused space; {@link FileCompaction} gives the
     * space back on close.
     */
    static final String URL_SETTINGS = ";LOCK_MODE=0;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;REUSE_SPACE=FALSE";
    /** The database file in the workspace folder. */
    static final String FILE_NAME = "valuelens.mv.db";

    private final Path directory;
    private final String url;
    private final Connection connection;
    private final DatasetRepository datasets;
    private final TransactionRepository rows;
    private final DatasetSettingsRepository settings;
    private final WorkspaceProperties properties;
    private final FitRepository fits;
    private final SummaryRepository summaries;
    private final SavedSummaryRepository savedSummaries;

    private Workspace(Path directory, boolean fromTemplate) throws StorageException {
        this.directory = directory;
        this.url = "jdbc:h2:file:" + directory.toAbsolutePath().resolve("valuelens") + URL_SETTINGS;
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new StorageException("Cannot create the workspace folder " + directory + ": " + e.getMessage(), e);
        }
        Path file = directory.resolve(FILE_NAME);
        if (fromTemplate && !Files.exists(file)) {
            try {
                WorkspaceTemplate.copyTo(file);
            } catch (IOException e) {
                // no copy: Flyway makes the schema below, and H2 reports a folder it cannot write to
            }
        }
        try {
            this.connection = DriverManager.getConnection(url, "sa", "");
        } catch (SQLException e) {
            throw new StorageException("Cannot open the workspace in " + directory + ": " + e.getMessage(), e);
        }
        try {
            if (!SchemaCheck.current(connection)) {
                Flyway.configure(Workspace.class.getClassLoader())
                        .loggers(FlywayLogCreator.class.getName())
                        .dataSource(url, "sa", "")
                        .locations("classpath:db/migration")
                        .load()
                        .migrate();
            }
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw new StorageException("Cannot update the workspace schema in " + directory + ": "
                    + e.getMessage(), e);
        }
        try {
            DatasetRepository.purgeIncomplete(connection);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new StorageException("Cannot clean up the workspace in " + directory + ": " + e.getMessage(), e);
        }
        this.datasets = new DatasetRepository(connection);
        this.rows = new TransactionRepository(connection);
        this.settings = new DatasetSettingsRepository(connection);
        this.properties = new WorkspaceProperties(connection);
        this.fits = new FitRepository(connection);
        this.summaries = new SummaryRepository(connection);
        this.savedSummaries = new SavedSummaryRepository(connection);
    }

    /**
     * Opens (creating if needed) the workspace in a directory.
     *
     * @param directory the workspace folder ({@code null} not permitted)
     * @return the open workspace
     * @throws StorageException when the folder or database cannot be opened or migrated
     */
    public static Workspace open(Path directory) throws StorageException {
        return open(directory, true);
    }

    /**
     * @param directory    the workspace folder ({@code null} not permitted)
     * @param fromTemplate whether a new workspace starts as a copy of the {@link WorkspaceTemplate} (when there is
     *                     one) rather than being made by Flyway alone
     */
    static Workspace open(Path directory, boolean fromTemplate) throws StorageException {
        return new Workspace(Objects.requireNonNull(directory, "directory"), fromTemplate);
    }

    /**
     * The default workspace: {@code workspace} in the user's data folder, by each OS's convention
     * (docs/decisions/0009-packaging.md): Linux {@code $XDG_DATA_HOME/ValueLens} (when set and absolute) or
     * {@code ~/.local/share/ValueLens}; Windows {@code %LOCALAPPDATA%\ValueLens}; macOS
     * {@code ~/Library/Application Support/ValueLens}. The system property {@code valuelens.data} overrides it.
     *
     * @return the default workspace folder (not created here)
     */
    public static Path defaultDirectory() {
        return dataFolder().resolve("workspace");
    }

    /** @return the user's ValueLens data folder (see {@link #defaultDirectory()}) */
    public static Path dataFolder() {
        String override = System.getProperty("valuelens.data");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String home = System.getProperty("user.home");
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        if (os.startsWith("windows")) {
            String local = System.getenv("LOCALAPPDATA");
            return local != null && !local.isBlank() ? Path.of(local, "ValueLens")
                    : Path.of(home, "AppData", "Local", "ValueLens");
        }
        if (os.startsWith("mac")) {
            return Path.of(home, "Library", "Application Support", "ValueLens");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        if (xdg != null && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "ValueLens");
        }
        return Path.of(home, ".local", "share", "ValueLens");
    }

    /** @return the workspace folder */
    public Path directory() {
        return directory;
    }

    /** @return dataset metadata queries and deletion */
    public DatasetRepository datasets() {
        return datasets;
    }

    /** @return row streaming (transactions, customer inputs, rejected rows) */
    public TransactionRepository rows() {
        return rows;
    }

    /** @return per-dataset analysis choices */
    public DatasetSettingsRepository settings() {
        return settings;
    }

    /** @return workspace-wide state (the last active dataset) */
    public WorkspaceProperties properties() {
        return properties;
    }

    /** @return customer summaries saved for reuse by later analyses and processes */
    public SavedSummaryRepository savedSummaries() {
        return savedSummaries;
    }

    /** @return saved model fits */
    public FitRepository fits() {
        return fits;
    }

    /**
     * Starts writing a new dataset atomically. Nothing is visible to {@link #datasets()} until
     * {@link DatasetWriter#commit} succeeds; closing the writer without committing removes everything written.
     *
     * @param fileName    the source file's name ({@code null} not permitted)
     * @param contentHash SHA-256 of the file as 64 lowercase hex digits ({@code null} not permitted)
     * @return a writer that owns its own connection and writer thread
     * @throws StorageException when the database cannot start the write
     */
    public DatasetWriter beginDataset(String fileName, String contentHash) throws StorageException {
        try {
            boolean rowTable = properties.get(WorkspaceProperties.ROW_TABLE).map(Boolean::parseBoolean)
                    .orElse(false);
            Connection c = DriverManager.getConnection(url, "sa", "");
            return new DatasetWriter(c, fileName, contentHash, rowTable);
        } catch (SQLException e) {
            throw new StorageException("Cannot start writing to the workspace: " + e.getMessage(), e);
        }
    }

    /** @return the stored totals of summary-only datasets */
    public SummaryRepository summaries() {
        return summaries;
    }

    /**
     * Starts writing a new summary-only dataset atomically (see {@link SummaryDatasetWriter}).
     *
     * @param name        the dataset's source name ({@code null} not permitted)
     * @param contentHash 64 lowercase hex digits identifying the source ({@code null} not permitted)
     * @return a writer that owns its own connection
     * @throws StorageException when the database cannot start the write
     */
    public SummaryDatasetWriter beginSummaryDataset(String name, String contentHash) throws StorageException {
        try {
            return new SummaryDatasetWriter(DriverManager.getConnection(url, "sa", ""), name, contentHash);
        } catch (SQLException e) {
            throw new StorageException("Cannot start writing to the workspace: " + e.getMessage(), e);
        }
    }

    /** Closes the connection; compacts the file first when most of it is dead space ({@link FileCompaction}). */
    @Override
    public void close() {
        FileCompaction.closeCompactedIfWasteful(connection);
        closeQuietly(connection);
    }

    static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // nothing useful to do: the database file is released by H2 when the JVM ends
        }
    }
}
