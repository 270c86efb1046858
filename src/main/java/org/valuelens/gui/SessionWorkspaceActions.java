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
import org.valuelens.gui.importing.ImportBackend;
import org.valuelens.model.progress.ProgressListener;
import org.valuelens.service.DatasetDetails;
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
public final class SessionWorkspaceActions implements WorkspaceActions, ImportBackend {

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
        return new OpenedWorkspace(session.directory(), "CDNOW_sample.txt");
    }

    @Override
    public OpenedWorkspace importFile(Path file, ProgressListener progress) throws Exception {
        ImportOutcome outcome = importData(ImportRequest.of(file), progress);
        return new OpenedWorkspace(workspaceDirectory(), outcome.file());
    }

    @Override
    public OpenedWorkspace openWorkspace(Path workspace, ProgressListener progress) throws Exception {
        WorkspaceSession session = WorkspaceSession.open(workspace);
        List<DatasetDetails> datasets;
        try {
            datasets = session.workspace().listDatasets();
        } catch (RuntimeException e) {
            session.close();
            throw e;
        }
        if (datasets.isEmpty()) {
            session.close();
            throw new ServiceException("The workspace " + workspace + " has no data yet: import a file first.");
        }
        DatasetDetails latest = datasets.get(datasets.size() - 1);
        holder.replace(session, latest.id());
        return new OpenedWorkspace(session.directory(), latest.fileName());
    }

    @Override
    public Path export(Path folder, ReportRequest request, ProgressListener progress) {
        WorkspaceSession session = holder.require();
        ReportRequest forOpen = new ReportRequest(request.settings().withDataset(holder.datasetId()), request.method(),
                request.locale(), request.currency(), request.costs());
        return new ReportService(session.analysis()).write(forOpen, folder, progress).deck();
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
