package org.valuelens.gui.start;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.valuelens.gui.WorkspaceCommands;
import org.valuelens.gui.common.UserSettings;
import org.valuelens.service.Language;

/** Start screen: open the sample, import a file, reopen a recent workspace, or pick the language. FX thread only. */
public final class StartViewModel {

    private final WorkspaceCommands commands;
    private final UserSettings settings;
    private final Consumer<Language> languageChooser;
    private final ObservableList<Path> recent = FXCollections.observableArrayList();
    private final ObservableList<Path> recentView = FXCollections.unmodifiableObservableList(recent);
    private final BooleanBinding hasRecent = Bindings.isNotEmpty(recent);

    /**
     * @param commands        the shared open/import commands
     * @param settings        source of the recent-workspace list and the language (followed live)
     * @param languageChooser saves a language the user picks here and tells them when it applies (the main window's
     *                        {@code setLanguage})
     */
    public StartViewModel(WorkspaceCommands commands, UserSettings settings, Consumer<Language> languageChooser) {
        this.commands = Objects.requireNonNull(commands, "commands");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.languageChooser = Objects.requireNonNull(languageChooser, "languageChooser");
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

    /** @return every language the app speaks, each to be shown by its own name */
    public List<Language> languages() {
        return List.of(Language.values());
    }

    /** @return the language saved in the settings (the one in use until the next start, unless just changed) */
    public Language language() {
        return settings.get().language();
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

    /** @param language the language to use from the next start ({@code null} not permitted) */
    public void chooseLanguage(Language language) {
        languageChooser.accept(Objects.requireNonNull(language, "language"));
    }

    /** @param workspace a recent workspace to reopen */
    public void openRecent(Path workspace) {
        commands.openWorkspace(workspace);
    }
}
