package org.valuelens.gui.common;

import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What is open now, shared by all pages: the workspace folder and the dataset's display name. Changed only by
 * the workspace commands; pages observe it to leave their empty state. FX thread only.
 */
public final class WorkspaceState {

    private final ReadOnlyObjectWrapper<Path> workspace = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper datasetName = new ReadOnlyStringWrapper();
    private final BooleanBinding loaded = Bindings.isNotNull(datasetName);

    /** @return the open workspace, {@code null} when none (or when the data is not stored in one) */
    public ReadOnlyObjectProperty<Path> workspaceProperty() {
        return workspace.getReadOnlyProperty();
    }

    /** @return the open dataset's name, {@code null} when no data is open */
    public ReadOnlyStringProperty datasetNameProperty() {
        return datasetName.getReadOnlyProperty();
    }

    /** @return {@code true} when a dataset is open */
    public BooleanBinding loadedProperty() {
        return loaded;
    }

    /** @return whether a dataset is open */
    public boolean isLoaded() {
        return loaded.get();
    }

    /**
     * Records what was opened.
     *
     * @param path the workspace ({@code null} permitted)
     * @param name the dataset's display name ({@code null} closes the dataset)
     */
    public void set(Path path, String name) {
        workspace.set(path);
        datasetName.set(name);
    }
}
