package org.valuelens.gui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.valuelens.gui.common.SessionHolder;
import org.valuelens.gui.importing.DatabaseBackend;
import org.valuelens.gui.importing.ImportBackend;
import org.valuelens.model.progress.ProgressListener;
import org.valuelens.service.DatasetDetails;
import org.valuelens.service.DatasetReports;
import org.valuelens.service.DatasetSettings;
import org.valuelens.service.DuplicateImportException;
import org.valuelens.service.FilePreview;
import org.valuelens.service.ImportOutcome;
import org.valuelens.service.ImportRequest;
import org.valuelens.service.ImportService;
import org.valuelens.service.RejectedRowView;
import org.valuelens.service.ReportRequest;
import org.valuelens.service.ReportService;
import org.valuelens.service.ServiceException;
import org.valuelens.service.WorkspaceService;
import org.valuelens.service.WorkspaceSession;

/**
 * The File-menu data operations over {@link WorkspaceSession}s: opens sessions into the {@link SessionHolder}
 * (with the dataset the pages should analyse) and imports. Methods are synchronous; they run on worker threads.
 */
public final class SessionWorkspaceActions implements WorkspaceActions, ImportBackend, DatabaseBackend {

    /** Name of the bundled sample on the class path. */
    public static final String SAMPLE_RESOURCE = "/sample/CDNOW_sample.txt";
    /** The sample's column mapping (headerless: id, customer, date, quantity, amount). */
    public static final Map<String, String> SAMPLE_COLUMNS = Map.of("customer", "2", "date", "3", "quantity", "4",
            "amount", "5");

    private final SessionHolder holder;
    private final Path defaultWorkspace;
    private final Path dataFolder;

    /**
     * @param holder           receives the open session
     * @param defaultWorkspace the workspace used when none is open (e.g. {@link WorkspaceService#defaultDirectory()})
     * @param dataFolder       where the bundled sample is copied
     */
    public SessionWorkspaceActions(SessionHolder holder, Path defaultWorkspace, Path dataFolder) {
        this.holder = Objects.requireNonNull(holder, "holder");
        this.defaultWorkspace = Objects.requireNonNull(defaultWorkspace, "defaultWorkspace");
        this.dataFolder = Objects.requireNonNull(dataFolder, "dataFolder");
    }

    /**
     * @param holder receives the open session
     * @return actions over the user's default workspace, copying the sample next to it
     */
    public static SessionWorkspaceActions forCurrentUser(SessionHolder holder) {
        Path ws = WorkspaceService.defaultDirectory();
        return new SessionWorkspaceActions(holder, ws, ws.resolveSibling("samples"));
    }

    @Override
    public OpenedWorkspace openSample(ProgressListener progress) throws Exception {
        Files.createDirectories(dataFolder);
        Path copy = dataFolder.resolve("CDNOW_sample.txt");
        try (InputStream in = SessionWorkspaceActions.class.getResourceAsStream(SAMPLE_RESOURCE)) {
            if (in == null) {
                throw new IOException("The sample dataset is missing from the application (" + SAMPLE_RESOURCE + ")");
            }
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
        }
        WorkspaceSession session = session(defaultWorkspace);
        ImportRequest request = new ImportRequest(copy, null, false, null, null, null, null, SAMPLE_COLUMNS);
        int id;
        try {
            id = session.imports().importFile(request, false, progress).datasetId();
        } catch (DuplicateImportException e) {
            id = e.existingDatasetId();
        }
        holder.replace(session, id);
        return opened(session, id);
    }

    @Override
    public OpenedWorkspace importFile(Path file, ProgressListener progress) throws Exception {
        ImportOutcome outcome = importData(ImportRequest.of(file), progress);
        return opened(holder.require(), outcome.datasetId());
    }

    @Override
    public OpenedWorkspace openWorkspace(Path workspace, ProgressListener progress) throws Exception {
        WorkspaceSession session = WorkspaceSession.open(workspace);
        DatasetDetails active;
        try {
            active = session.workspace().activeDataset().orElse(null);
        } catch (RuntimeException e) {
            session.close();
            throw e;
        }
        if (active == null) {
            session.close();
            throw new ServiceException("The workspace " + workspace + " has no data yet: import a file first.");
        }
        holder.replace(session, active.id());
        return opened(session, active.id());
    }

    @Override
    public List<DatasetDetails> listDatasets() {
        return holder.current().map(s -> s.workspace().listDatasets()).orElse(List.of());
    }

    @Override
    public OpenedWorkspace openDataset(int datasetId, ProgressListener progress) {
        WorkspaceSession session = holder.require();
        if (session.workspace().dataset(datasetId).isEmpty()) {
            throw new ServiceException("There is no dataset " + datasetId + " in " + session.directory()
                    + " any more.");
        }
        holder.replace(session, datasetId);
        return opened(session, datasetId);
    }

    @Override
    public DatasetDetails renameDataset(int datasetId, String name) {
        return holder.require().workspace().renameDataset(datasetId, name);
    }

    @Override
    public boolean deleteDataset(int datasetId) {
        return holder.require().workspace().deleteDataset(datasetId);
    }

    @Override
    public void saveDatasetSettings(int datasetId, DatasetSettings settings) {
        holder.require().workspace().saveDatasetSettings(datasetId, settings);
    }

    /** Remembers the dataset as the workspace's active one and describes it with its saved choices. */
    private static OpenedWorkspace opened(WorkspaceSession session, int datasetId) {
        WorkspaceService ws = session.workspace();
        DatasetDetails d = ws.dataset(datasetId).orElseThrow(() -> new ServiceException("There is no dataset "
                + datasetId + " in " + session.directory() + "."));
        ws.setActiveDataset(datasetId);
        return new OpenedWorkspace(session.directory(), d.name(), datasetId, ws.datasetSettings(datasetId));
    }

    @Override
    public Path export(Path folder, ReportRequest request, ProgressListener progress) {
        WorkspaceSession session = holder.require();
        ReportRequest forOpen = new ReportRequest(request.settings().withDataset(holder.datasetId()), request.method(),
                request.locale(), request.currency(), request.costs());
        // the open dataset's saved method, thresholds, calibration end and costs, as on its pages
        ReportRequest chosen = DatasetReports.request(session.workspace(), session.analysis(), forOpen, false,
                progress);
        return new ReportService(session.analysis()).write(chosen, folder, progress).deck();
    }

    // ImportBackend //

    @Override
    public FilePreview preview(ImportRequest request, int rows) {
        return ImportService.preview(request, rows);
    }

    @Override
    public ImportOutcome importData(ImportRequest request, ProgressListener listener) {
        WorkspaceSession session = holder.current().orElse(null);
        boolean fresh = session == null;
        if (fresh) {
            session = WorkspaceSession.open(defaultWorkspace);
        }
        try {
            ImportOutcome outcome = session.imports().importFile(request, false, listener);
            holder.replace(session, outcome.datasetId());
            session.workspace().setActiveDataset(outcome.datasetId());
            return outcome;
        } catch (RuntimeException e) {
            if (fresh) {
                session.close();
            }
            throw e;
        }
    }

    // DatabaseBackend //

    @Override
    public org.valuelens.service.DatabasePreview previewDatabase(org.valuelens.service.DatabaseImportRequest request,
                                                                 int rows) {
        return org.valuelens.service.DatabaseImportService.preview(request, rows);
    }

    @Override
    public org.valuelens.service.DatabaseImportOutcome importDatabase(
            org.valuelens.service.DatabaseImportRequest request, ProgressListener listener) {
        WorkspaceSession session = holder.current().orElse(null);
        boolean fresh = session == null;
        if (fresh) {
            session = WorkspaceSession.open(defaultWorkspace);
        }
        try {
            org.valuelens.service.DatabaseImportOutcome outcome = new org.valuelens.service.DatabaseImportService(
                    session.workspace()).importDatabase(request, listener);
            holder.replace(session, outcome.outcome().datasetId());
            session.workspace().setActiveDataset(outcome.outcome().datasetId());
            return outcome;
        } catch (RuntimeException e) {
            if (fresh) {
                session.close();
            }
            throw e;
        }
    }

    @Override
    public ImportOutcome replaceData(ImportRequest request, int previousDatasetId, ProgressListener listener) {
        WorkspaceSession session = holder.require();
        ImportOutcome outcome = session.imports().replaceDataset(request, previousDatasetId, listener);
        holder.replace(session, outcome.datasetId());
        return outcome;
    }

    @Override
    public Path workspaceDirectory() {
        return holder.current().map(WorkspaceSession::directory).orElse(defaultWorkspace);
    }

    @Override
    public List<RejectedRowView> rejectedRows(int datasetId, int limit) {
        return holder.require().workspace().rejectedRows(datasetId, limit);
    }

    @Override
    public long exportRejected(int datasetId, Path csv) {
        return holder.require().workspace().exportRejected(datasetId, csv);
    }

    private WorkspaceSession session(Path directory) {
        WorkspaceSession current = holder.current().orElse(null);
        if (current != null && current.directory().toAbsolutePath().normalize()
                .equals(directory.toAbsolutePath().normalize())) {
            return current;
        }
        return WorkspaceSession.open(directory);
    }
}
