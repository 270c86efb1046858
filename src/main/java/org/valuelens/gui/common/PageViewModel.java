package org.valuelens.gui.common;

import java.util.Objects;
import javafx.beans.binding.BooleanBinding;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.valuelens.service.DatasetSettings;
import org.valuelens.service.ServiceException;

/**
 * Base of the analysis pages' view models: knows whether data is open, so a page can show its empty state.
 * Subclasses add their own properties and commands.
 */
public abstract class PageViewModel {

    private final WorkspaceState workspace;
    private final EmptyStateActions emptyActions;
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");

    /**
     * @param workspace    what is open ({@code null} not permitted)
     * @param emptyActions the commands offered while no data is open ({@code null} not permitted)
     */
    protected PageViewModel(WorkspaceState workspace, EmptyStateActions emptyActions) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        this.emptyActions = Objects.requireNonNull(emptyActions, "emptyActions");
        workspace.switchProperty().addListener((obs, old, now) -> {
            notice.set("");
            datasetSwitched();
        });
    }

    /** @return a sentence shown under the page title instead of an error dialog ("" when none) */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /**
     * Shows the count-only refusal (the dataset has no amounts) as the page notice instead of an error dialog.
     *
     * @param error the analysis failure
     * @param text  the localised sentence to show
     * @return {@code true} when {@code error} was that refusal (the caller then shows no dialog)
     */
    protected boolean noticeNoAmounts(Throwable error, String text) {
        if (!org.valuelens.service.NoAmounts.is(error)) {
            return false;
        }
        notice.set(text);
        return true;
    }

    /**
     * Shows the summary-only refusal (the dataset keeps one row per customer, the page needs the purchases by day)
     * as the page notice instead of an error dialog.
     *
     * @param error the analysis failure
     * @param text  the localised sentence to show ({@code page.summaryOnly})
     * @return {@code true} when {@code error} was that refusal (the caller then shows no dialog)
     */
    protected boolean noticeSummaryOnly(Throwable error, String text) {
        if (!org.valuelens.service.SummaryOnly.is(error)) {
            return false;
        }
        notice.set(text);
        return true;
    }

    /** @param text the sentence to show under the page title ("" hides it) */
    protected void setNotice(String text) {
        notice.set(text == null ? "" : text);
    }

    /**
     * Called on the FX thread when another dataset was opened, before the views react: drop every result of the
     * previous dataset and take this dataset's saved choices from {@link #datasetSettings()}. Default: nothing.
     */
    protected void datasetSwitched() {
    }

    /** @return a counter that goes up when another dataset is opened (views reload on a change) */
    public ReadOnlyIntegerProperty datasetSwitchProperty() {
        return workspace.switchProperty();
    }

    /** @return the open dataset's saved analysis choices */
    protected DatasetSettings datasetSettings() {
        return workspace.settings();
    }

    /**
     * Saves a change of the open dataset's analysis choices; an out-of-range value is ignored (the page's own
     * field check already told the user).
     *
     * @param change the change
     */
    protected void updateDatasetSettings(UnaryOperator<DatasetSettings> change) {
        try {
            workspace.updateSettings(change);
        } catch (ServiceException ignored) {
            // out of range: the page keeps showing its own validation message
        }
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
