package org.valuelens.gui;

import java.nio.file.Path;
import java.util.Objects;
import org.valuelens.service.DatasetSettings;

/**
 * The outcome of opening or importing data.
 *
 * @param workspace   the workspace folder that now holds the data ({@code null} permitted when not stored)
 * @param datasetName the name shown in the status bar, e.g. the file name (not {@code null})
 * @param datasetId   the dataset opened ({@code null} when unknown)
 * @param settings    the analysis choices saved for it ({@code null} → none)
 */
public record OpenedWorkspace(Path workspace, String datasetName, Integer datasetId, DatasetSettings settings) {

    /** Checks the name and fills the default choices. */
    public OpenedWorkspace {
        Objects.requireNonNull(datasetName, "datasetName");
        settings = settings == null ? DatasetSettings.NONE : settings;
    }

    /**
     * Data opened without a known dataset id.
     *
     * @param workspace   the workspace folder ({@code null} permitted)
     * @param datasetName the name shown
     */
    public OpenedWorkspace(Path workspace, String datasetName) {
        this(workspace, datasetName, null, null);
    }
}
