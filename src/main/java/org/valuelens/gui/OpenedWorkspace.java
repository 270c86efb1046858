package org.valuelens.gui;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The outcome of opening or importing data.
 *
 * @param workspace   the workspace folder that now holds the data ({@code null} permitted when not stored)
 * @param datasetName the name shown in the status bar, e.g. the file name (not {@code null})
 */
public record OpenedWorkspace(Path workspace, String datasetName) {

    /** Checks the name. */
    public OpenedWorkspace {
        Objects.requireNonNull(datasetName, "datasetName");
    }
}
