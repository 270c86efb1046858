package org.valuelens.gui.common;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.valuelens.service.DatasetSettings;

/**
 * What is open now, shared by all pages: the workspace folder, the dataset (id, display name) and the analysis
 * choices saved for that dataset. Changed only by the workspace commands; pages observe {@link #switchProperty()}
 * to drop everything they show of the previous dataset, and change the dataset's choices through
 * {@link #updateSettings}. FX thread only.
 */
public final class WorkspaceState {

    private final ReadOnlyObjectWrapper<Path> workspace = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Integer> datasetId = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper datasetName = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<DatasetSettings> settings = new ReadOnlyObjectWrapper<>(DatasetSettings.NONE);
    private final ReadOnlyIntegerWrapper switches = new ReadOnlyIntegerWrapper();
    private final BooleanBinding loaded = Bindings.isNotNull(datasetName);
    private BiConsumer<Integer, DatasetSettings> saver = (id, s) -> { };

    /** @return the open workspace, {@code null} when none (or when the data is not stored in one) */
    public ReadOnlyObjectProperty<Path> workspaceProperty() {
        return workspace.getReadOnlyProperty();
    }

    /** @return the open dataset's id, {@code null} when none or unknown */
    public ReadOnlyObjectProperty<Integer> datasetIdProperty() {
        return datasetId.getReadOnlyProperty();
    }

    /** @return the open dataset's name, {@code null} when no data is open */
    public ReadOnlyStringProperty datasetNameProperty() {
        return datasetName.getReadOnlyProperty();
    }

    /** @return the analysis choices saved for the open dataset ({@link DatasetSettings#NONE} when none) */
    public ReadOnlyObjectProperty<DatasetSettings> settingsProperty() {
        return settings.getReadOnlyProperty();
    }

    /** @return the open dataset's choices (never {@code null}) */
    public DatasetSettings settings() {
        return settings.get();
    }

    /**
     * @return a counter that goes up each time another dataset (or workspace) is opened; it changes after the id,
     *         name and settings, so a listener sees the new dataset's state complete
     */
    public ReadOnlyIntegerProperty switchProperty() {
        return switches.getReadOnlyProperty();
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
     * Records what was opened, without a dataset id or saved choices.
     *
     * @param path the workspace ({@code null} permitted)
     * @param name the dataset's display name ({@code null} closes the dataset)
     */
    public void set(Path path, String name) {
        open(path, null, name, DatasetSettings.NONE);
    }

    /**
     * Records the dataset that was opened; counts a switch unless it is the dataset already open.
     *
     * @param path     the workspace ({@code null} permitted)
     * @param id       the dataset id ({@code null} when unknown)
     * @param name     the dataset's display name ({@code null} closes the dataset)
     * @param choices  its saved analysis choices ({@code null} = none)
     */
    public void open(Path path, Integer id, String name, DatasetSettings choices) {
        boolean same = name != null && id != null && id.equals(datasetId.get()) && Objects.equals(path,
                workspace.get());
        workspace.set(path);
        datasetId.set(id);
        settings.set(choices == null ? DatasetSettings.NONE : choices);
        datasetName.set(name);
        if (!same) {
            switches.set(switches.get() + 1);
        }
    }

    /**
     * Shows a new name for the open dataset (after a rename); no switch.
     *
     * @param name the new display name ({@code null} not permitted)
     */
    public void rename(String name) {
        datasetName.set(Objects.requireNonNull(name, "name"));
    }

    /**
     * Changes the open dataset's analysis choices and saves them in the workspace (in the background).
     *
     * @param change turns the current choices into the new ones
     * @throws RuntimeException a {@link org.valuelens.service.ServiceException} when a value is out of range
     *                          (nothing changes then)
     */
    public void updateSettings(UnaryOperator<DatasetSettings> change) {
        DatasetSettings next = Objects.requireNonNull(change.apply(settings.get()), "settings");
        if (next.equals(settings.get())) {
            return;
        }
        settings.set(next);
        if (datasetId.get() != null) {
            saver.accept(datasetId.get(), next);
        }
    }

    /**
     * @param save stores a dataset's choices (called on the FX thread; should hand the write to a background job)
     */
    public void setSettingsSaver(BiConsumer<Integer, DatasetSettings> save) {
        this.saver = Objects.requireNonNull(save, "save");
    }
}
