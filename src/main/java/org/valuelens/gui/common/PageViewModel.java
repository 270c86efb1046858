package org.valuelens.gui.common;

import java.util.Objects;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * Base of the analysis pages' view models: knows whether data is open, so a page can show its empty state.
 * Subclasses add their own properties and commands.
 */
public abstract class PageViewModel {

    private final WorkspaceState workspace;

    /** @param workspace what is open ({@code null} not permitted) */
    protected PageViewModel(WorkspaceState workspace) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
    }

    /** @return {@code true} when a dataset is open */
    public BooleanBinding loadedProperty() {
        return workspace.loadedProperty();
    }

    /** @return the open dataset's name, {@code null} when none */
    public ReadOnlyStringProperty datasetNameProperty() {
        return workspace.datasetNameProperty();
    }

    /** @return the shared workspace state */
    protected WorkspaceState workspace() {
        return workspace;
    }
}
