package org.valuelens.service;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One open workspace with the services over it: import, analysis (CLV, models, validation) and segmentation.
 * Services are synchronous and thread-confined: use a session from one worker thread at a time (the GUI's task
 * executor runs one job at a time). Close it to release the database.
 */
public final class WorkspaceSession implements AutoCloseable {
    private final WorkspaceService workspace;
    private final ImportService imports;
    private final AnalysisService analysis;
    private final SegmentService segments;
    private final MigrationService migrations;
    private final ProductService products;

    private WorkspaceSession(WorkspaceService workspace) {
        this.workspace = workspace;
        this.imports = new ImportService(workspace);
        this.analysis = new AnalysisService(workspace);
        this.segments = new SegmentService(analysis);
        this.products = new ProductService(workspace, analysis);
        this.migrations = new MigrationService(analysis);
    }

    /**
     * Opens (creating if needed) the workspace in a folder.
     *
     * @param directory the folder ({@code null} not permitted)
     * @return the session
     * @throws ServiceException when the folder cannot be used
     */
    public static WorkspaceSession open(Path directory) {
        return new WorkspaceSession(WorkspaceService.open(Objects.requireNonNull(directory, "directory")));
    }

    /** @return the workspace folder */
    public Path directory() {
        return workspace.directory();
    }

    /** @return dataset listing, rejected-row export, deletion */
    public WorkspaceService workspace() {
        return workspace;
    }

    /** @return file import */
    public ImportService imports() {
        return imports;
    }

    /** @return summaries, model fits, validation, CLV */
    public AnalysisService analysis() {
        return analysis;
    }

    /** @return tiers, RFM, k-means, quadrant, churn, cohorts, channels */
    public SegmentService segments() {
        return segments;
    }

    /** @return products, N-day value, time between orders and affinity (issue 17) */
    public ProductService products() {
        return products;
    }

    /** @return segment migration between two periods */
    public MigrationService migrations() {
        return migrations;
    }

    @Override
    public void close() {
        workspace.close();
    }
}
