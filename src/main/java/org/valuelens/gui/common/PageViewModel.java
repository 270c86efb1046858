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
    private final EmptyStateActions emptyActions;

    /**
     * @param workspace    what is open ({@code null} not permitted)
     * @param emptyActions the commands offered while no data is open ({@code null} not permitted)
     */
    protected PageViewModel(WorkspaceState workspace, EmptyStateActions emptyActions) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        this.emptyActions = Objects.requireNonNull(emptyActions, "emptyActions");
    }

    /** @return {@code true} when a dataset is open */
    public BooleanBinding loadedProperty() {
        return workspace.loadedProperty();
    }

    /** @return the open dataset's name, {@code null} when none */
    public ReadOnlyStringProperty datasetNameProperty() {
        return workspace.datasetNameProperty();
    }

    /** Empty state: open the bundled sample dataset. */
    public void openSample() {
        emptyActions.openSample();
    }

    /** Empty state: choose and import a data file. */
    public void importFile() {
        emptyActions.chooseAndImport();
    }

    /** @return the shared workspace state */
    protected WorkspaceState workspace() {
        return workspace;
    }
}
