package org.valuelens.gui.start;

import java.nio.file.Path;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.valuelens.gui.WorkspaceCommands;
import org.valuelens.gui.common.UserSettings;

/** Start screen: open the sample, import a file, or reopen a recent workspace. FX thread only. */
public final class StartViewModel {

    private final WorkspaceCommands commands;
    private final ObservableList<Path> recent = FXCollections.observableArrayList();
    private final ObservableList<Path> recentView = FXCollections.unmodifiableObservableList(recent);
    private final BooleanBinding hasRecent = Bindings.isNotEmpty(recent);

    /**
     * @param commands the shared open/import commands
     * @param settings source of the recent-workspace list (followed live)
     */
    public StartViewModel(WorkspaceCommands commands, UserSettings settings) {
        this.commands = Objects.requireNonNull(commands, "commands");
        recent.setAll(settings.get().recentWorkspaces());
        settings.settingsProperty().addListener((obs, old, s) -> {
            if (!s.recentWorkspaces().equals(recent)) {
                recent.setAll(s.recentWorkspaces());
            }
        });
    }

    // Properties //

    /** @return recent workspaces, most recent first (read-only) */
    public ObservableList<Path> recentWorkspaces() {
        return recentView;
    }

    /** @return whether there is any recent workspace */
    public BooleanBinding hasRecentProperty() {
        return hasRecent;
    }

    /** @return {@code true} while an open/import runs (the cards are disabled) */
    public ReadOnlyBooleanProperty busyProperty() {
        return commands.tasks().runningProperty();
    }

    // Commands //

    /** Opens the bundled CDNOW sample. */
    public void openSample() {
        commands.openSample();
    }

    /** Asks for a data file and imports it. */
    public void importFile() {
        commands.chooseAndImport();
    }

    /** Asks for a workspace folder and opens it. */
    public void openWorkspace() {
        commands.chooseAndOpenWorkspace();
    }

    /** @param workspace a recent workspace to reopen */
    public void openRecent(Path workspace) {
        commands.openWorkspace(workspace);
    }
}
