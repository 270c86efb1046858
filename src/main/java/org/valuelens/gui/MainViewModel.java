package org.valuelens.gui;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.valuelens.gui.common.DialogService;
import org.valuelens.gui.common.I18n;
import org.valuelens.gui.common.ProgressTexts;
import org.valuelens.gui.common.UserSettings;
import org.valuelens.gui.common.WorkspaceState;
import org.valuelens.service.Language;
import org.valuelens.service.Theme;

/**
 * State and commands of the main window: current page, menu commands and the status bar. FX thread only.
 */
public final class MainViewModel {

    private final WorkspaceCommands workspace;
    private final WorkspaceState state;
    private final UserSettings settings;
    private final DialogService dialogs;
    private final I18n i18n;
    private final Runnable quit;
    private final ReadOnlyObjectWrapper<Page> currentPage = new ReadOnlyObjectWrapper<>(Page.START);
    private final StringBinding workspaceText;
    private final StringBinding datasetText;
    private final StringBinding taskMessage;

    /**
     * @param workspace open/import/export commands
     * @param state     what is open
     * @param settings  user settings (theme, language)
     * @param dialogs   messages
     * @param i18n      texts
     * @param quit      closes the app (e.g. {@code Platform::exit})
     */
    public MainViewModel(WorkspaceCommands workspace, WorkspaceState state, UserSettings settings,
                         DialogService dialogs, I18n i18n, Runnable quit) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        this.state = Objects.requireNonNull(state, "state");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        this.quit = Objects.requireNonNull(quit, "quit");
        workspaceText = Bindings.createStringBinding(() -> {
            Path p = state.workspaceProperty().get();
            return p == null ? i18n.get("status.noWorkspace") : p.toString();
        }, state.workspaceProperty());
        datasetText = Bindings.createStringBinding(() -> {
            String n = state.datasetNameProperty().get();
            return n == null ? i18n.get("status.noDataset") : n;
        }, state.datasetNameProperty());
        taskMessage = Bindings.createStringBinding(() -> ProgressTexts.localise(i18n,
                workspace.tasks().messageProperty().get()), workspace.tasks().messageProperty());
        state.datasetNameProperty().addListener((obs, old, name) -> {
            if (name != null && currentPage.get() == Page.START) {
                currentPage.set(Page.OVERVIEW);
            }
        });
    }

    // Properties //

    /** @return the page shown in the content area */
    public ReadOnlyObjectProperty<Page> currentPageProperty() {
        return currentPage.getReadOnlyProperty();
    }

    /** @return the workspace path, or a "no workspace" text */
    public StringBinding workspaceTextProperty() {
        return workspaceText;
    }

    /** @return the dataset name, or a "no data" text */
    public StringBinding datasetTextProperty() {
        return datasetText;
    }

    /** @return whether a background job runs */
    public ReadOnlyBooleanProperty taskRunningProperty() {
        return workspace.tasks().runningProperty();
    }

    /** @return the job's progress in [0, 1], or -1 when indeterminate */
    public ReadOnlyDoubleProperty taskProgressProperty() {
        return workspace.tasks().progressProperty();
    }

    /** @return the job's message, in the interface language */
    public StringBinding taskMessageProperty() {
        return taskMessage;
    }

    /** @return the current theme */
    public Theme theme() {
        return settings.get().theme();
    }

    /** @return the configured language (applies at the next start) */
    public Language language() {
        return settings.get().language();
    }

    // Commands //

    /** @param page the page to show ({@code null} not permitted) */
    public void showPage(Page page) {
        currentPage.set(Objects.requireNonNull(page, "page"));
    }

    /**
     * Shows the page bound to a Ctrl/Cmd+digit shortcut; other digits do nothing.
     *
     * @param digit 1..9
     */
    public void showPageByShortcut(int digit) {
        Page p = Page.forShortcut(digit);
        if (p != null) {
            showPage(p);
        }
    }

    /** File ▸ Open workspace… */
    public void openWorkspace() {
        workspace.chooseAndOpenWorkspace();
    }

    /** File ▸ Import file… */
    public void importFile() {
        workspace.chooseAndImport();
    }

    /** File ▸ Import from a database… */
    public void importDatabase() {
        workspace.importDatabase();
    }

    /** File ▸ Open sample dataset */
    public void openSample() {
        workspace.openSample();
    }

    /** File ▸ Export… */
    public void export() {
        workspace.chooseAndExport();
    }

    /**
     * Files dropped on the window.
     *
     * @param files the dropped files
     * @return whether an importable file was found (and its import started)
     */
    public boolean dropFiles(List<Path> files) {
        return workspace.importDropped(files);
    }

    /** File ▸ Quit: cancels background work and closes the app. */
    public void quit() {
        workspace.tasks().cancelCurrent();
        quit.run();
    }

    /** Status bar ▸ Cancel. */
    public void cancelTask() {
        workspace.tasks().cancelCurrent();
    }

    /** @param theme the new theme, applied at once and saved */
    public void setTheme(Theme theme) {
        Objects.requireNonNull(theme, "theme");
        if (theme != settings.get().theme()) {
            saveSettings(() -> settings.update(s -> s.withTheme(theme)));
        }
    }

    /** @param language the new language, saved; tells the user, in that language too, it applies after a restart */
    public void setLanguage(Language language) {
        Objects.requireNonNull(language, "language");
        if (language != settings.get().language()) {
            saveSettings(() -> settings.update(s -> s.withLanguage(language)));
            // told in the new language first: the user may not read the one in use
            I18n next = new I18n(language.locale());
            String message = next.get("info.restartForLanguage");
            String now = i18n.get("info.restartForLanguage");
            dialogs.showInfo(next.get("menu.view.language"), message.equals(now) ? message : message + "\n\n" + now);
        }
    }

    /** Help ▸ Glossary */
    public void showGlossary() {
        dialogs.showInfo(i18n.get("menu.help.glossary"), i18n.get("help.glossary.text"));
    }

    /** Help ▸ About */
    public void showAbout() {
        String version = Objects.requireNonNullElse(MainViewModel.class.getPackage().getImplementationVersion(),
                "dev");
        dialogs.showInfo(i18n.get("menu.help.about"), i18n.format("help.about.text", version),
                i18n.get("help.about.licenses") + "\n" + thirdPartyLicenses());
    }

    /**
     * @return the bundled libraries, one per line ("artifact version — licence"), from the list generated at build
     *         time by installer/gen-licenses.sh ({@code /about/third-party-licenses.txt})
     */
    static String thirdPartyLicenses() {
        try (var in = MainViewModel.class.getResourceAsStream("/about/third-party-licenses.txt")) {
            if (in == null) {
                return "";
            }
            StringBuilder out = new StringBuilder();
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                out.append(f[0]).append(' ').append(f.length > 1 ? f[1] : "").append(" — ")
                        .append(f.length > 2 ? f[2] : "?").append('\n');
            }
            return out.toString();
        } catch (java.io.IOException e) {
            return "";
        }
    }

    private void saveSettings(Runnable save) {
        try {
            save.run();
        } catch (RuntimeException e) {
            dialogs.showError(i18n.get("error.saveSettings"), e);
        }
    }
}
