package org.valuelens.gui;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.valuelens.gui.channels.ChannelsView;
import org.valuelens.gui.channels.ChannelsViewModel;
import org.valuelens.gui.clv.ClvView;
import org.valuelens.gui.clv.ClvViewModel;
import org.valuelens.gui.cohorts.CohortsView;
import org.valuelens.gui.cohorts.CohortsViewModel;
import org.valuelens.gui.common.DialogService;
import org.valuelens.gui.common.FxDialogService;
import org.valuelens.gui.common.I18n;
import org.valuelens.gui.common.SessionHolder;
import org.valuelens.gui.common.Styling;
import org.valuelens.gui.common.TaskExecutor;
import org.valuelens.gui.common.TrackingTaskExecutor;
import org.valuelens.gui.common.UserSettings;
import org.valuelens.gui.common.WorkspaceState;
import org.valuelens.gui.customers.CustomersView;
import org.valuelens.gui.datasets.DatasetsView;
import org.valuelens.gui.datasets.DatasetsViewModel;
import org.valuelens.gui.customers.CustomersViewModel;
import org.valuelens.gui.importing.DatabaseBackend;
import org.valuelens.gui.importing.DatabaseImportViewModel;
import org.valuelens.gui.importing.ImportBackend;
import org.valuelens.gui.importing.ImportWaitOverlay;
import org.valuelens.gui.importing.ImportWizardView;
import org.valuelens.gui.importing.ImportWizardViewModel;
import org.valuelens.gui.overview.OverviewView;
import org.valuelens.gui.overview.OverviewViewModel;
import org.valuelens.gui.segments.SegmentsView;
import org.valuelens.gui.segments.SegmentsViewModel;
import org.valuelens.gui.settings.SettingsView;
import org.valuelens.gui.settings.SettingsViewModel;
import org.valuelens.gui.start.StartView;
import org.valuelens.gui.start.StartViewModel;
import org.valuelens.gui.explain.Explainer;
import org.valuelens.gui.glossary.GlossaryView;
import org.valuelens.gui.tour.TourOverlay;
import org.valuelens.gui.tour.TourViewModel;
import org.valuelens.gui.whatif.WhatIfView;
import org.valuelens.gui.whatif.WhatIfViewModel;
import org.valuelens.service.Settings;
import org.valuelens.service.SettingsService;
import org.valuelens.service.Theme;

/**
 * Builds the whole window by hand (constructor injection): shared state, view models, views and the theme.
 * {@link ValueLensApp} uses it with the real services; UI tests use it with fakes.
 *
 * <p>To add a page: add a {@link Page} constant (and its bundle keys), write {@code XView} + {@code XViewModel}
 * in a feature package, and register the view factory in {@link #pages}.
 */
public final class AppShell {

    /** Initial window size. */
    public static final double WIDTH = 1280;
    /** Initial window size. */
    public static final double HEIGHT = 800;

    /** Smallest window the layout is made (and tested, {@code LayoutTest}) for. */
    public static final double MIN_WIDTH = 1024;
    /** Smallest window the layout is made (and tested) for. */
    public static final double MIN_HEIGHT = 640;

    private final Stage stage;
    private final UserSettings settings;
    private final I18n i18n;
    private final TrackingTaskExecutor tasks;
    private final DialogService dialogs;
    private final WorkspaceState workspace = new WorkspaceState();
    private final WorkspaceCommands commands;
    private final WorkspaceActions actions;
    private final MainViewModel mainViewModel;
    private final Scene scene;
    private final SessionHolder sessions;
    private final Explainer explainer;
    private final TourViewModel tour;
    private final org.valuelens.gui.common.SplitPaneMemory dividers;
    private final MainView mainView;
    private Stage glossaryWindow;
    private final ImportWaitOverlay importWait;

    /**
     * Builds the window's scene and sets it on the stage (not shown yet).
     *
     * @param stage           the primary stage
     * @param settingsService loads and saves the user's settings
     * @param initial         the settings loaded at start (their language is used until restart)
     * @param executor        runs background work (an {@code FxTaskExecutor} in the app)
     * @param actions         the data operations ({@link WorkspaceActions#NONE} until wired)
     * @param dialogsOrNull   dialogs to use, or {@code null} for the JavaFX ones
     */
    public AppShell(Stage stage, SettingsService settingsService, Settings initial, TaskExecutor executor,
                    WorkspaceActions actions, DialogService dialogsOrNull) {
        this(stage, settingsService, initial, executor, actions, dialogsOrNull, new SessionHolder());
    }

    /**
     * Builds the window's scene with the session holder the actions fill (see {@link SessionWorkspaceActions}).
     * When {@code actions} is also an {@link ImportBackend}, imports go through the import wizard.
     *
     * @param stage           the primary stage
     * @param settingsService loads and saves the user's settings
     * @param initial         the settings loaded at start
     * @param executor        runs background work
     * @param actions         the data operations
     * @param dialogsOrNull   dialogs to use, or {@code null} for the JavaFX ones
     * @param sessions        the open workspace session, shared with the pages
     */
    public AppShell(Stage stage, SettingsService settingsService, Settings initial, TaskExecutor executor,
                    WorkspaceActions actions, DialogService dialogsOrNull, SessionHolder sessions) {
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.stage = Objects.requireNonNull(stage, "stage");
        this.settings = new UserSettings(settingsService, initial);
        this.dividers = new org.valuelens.gui.common.SplitPaneMemory(
                org.valuelens.service.DividerStore.besideSettings(settingsService));
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> dividers.save());
        this.i18n = new I18n(initial.language().locale());
        this.tasks = new TrackingTaskExecutor(executor);
        this.dialogs = dialogsOrNull != null ? dialogsOrNull : new FxDialogService(() -> stage, i18n);
        this.actions = Objects.requireNonNull(actions, "actions");
        this.commands = new WorkspaceCommands(actions, tasks, dialogs, settings, workspace, i18n);
        this.importWait = new ImportWaitOverlay(i18n);
        if (actions instanceof ImportBackend backend) {
            commands.setImportWizard(file -> openImportWizard(backend, file));
            if (actions instanceof DatabaseBackend database) {
                commands.setDatabaseWizard(() -> openDatabaseWizard(backend, database));
            }
        }
        this.mainViewModel = new MainViewModel(commands, workspace, settings, dialogs, i18n, stage::close);
        this.explainer = new Explainer(() -> stage, sessions, tasks, settings, i18n, this::showGlossary);
        this.tour = new TourViewModel(mainViewModel::showPage, workspace::isLoaded, commands::openSample);

        MainView main = new MainView(mainViewModel, i18n, pages());
        this.mainView = main;
        addTeachingMenuItems(main.helpMenu());
        javafx.scene.layout.StackPane root = new javafx.scene.layout.StackPane(main, new TourOverlay(tour, i18n),
                importWait);
        scene = new Scene(root, WIDTH, HEIGHT);
        Styling.apply(root, initial.language().locale());
        applyTheme(initial.theme());
        settings.settingsProperty().addListener((obs, old, s) -> {
            if (old == null || old.theme() != s.theme()) {
                applyTheme(s.theme());
                // charts are drawn on canvases that CSS does not reach: draw every one again in the new theme,
                // also on the pages built earlier and not shown now (they keep their canvases for the next visit)
                javafx.application.Platform.runLater(() -> {
                    redrawCharts(scene.getRoot());
                    builtPages().stream().filter(p -> p.getScene() == null).forEach(AppShell::redrawCharts);
                });
            }
        });
        stage.setTitle(i18n.get("app.name"));
        stage.setMinWidth(Math.min(MIN_WIDTH, javafx.stage.Screen.getPrimary().getVisualBounds().getWidth()));
        stage.setMinHeight(Math.min(MIN_HEIGHT, javafx.stage.Screen.getPrimary().getVisualBounds().getHeight()));
        stage.setScene(scene);
    }

    /**
     * Opens the import wizard for a file (FX thread).
     *
     * @param backend preview and import
     * @param file    the chosen file
     * @return the wizard's view model
     */
    private ImportWizardViewModel openImportWizard(ImportBackend backend, java.nio.file.Path file) {
        ImportWizardViewModel vm = new ImportWizardViewModel(backend, tasks, dialogs, i18n, commands::opened);
        vm.setOpenExisting(commands::openDataset);
        DatabaseImportViewModel database = databaseSource(backend);
        importWait.follow(vm, database);
        lastWizard = ImportWizardView.open(stage, vm, i18n, database);
        vm.chooseFile(file);
        return vm;
    }

    /** File ▸ Import from a database…: the wizard without a file, on its Database source (FX thread). */
    private void openDatabaseWizard(ImportBackend backend, DatabaseBackend database) {
        ImportWizardViewModel vm = new ImportWizardViewModel(backend, tasks, dialogs, i18n, commands::opened);
        vm.setOpenExisting(commands::openDataset);
        DatabaseImportViewModel source = databaseSource(backend);
        source.setActive(true);
        importWait.follow(vm, source);
        lastWizard = ImportWizardView.open(stage, vm, i18n, source);
    }

    private DatabaseImportViewModel databaseSource(ImportBackend backend) {
        return backend instanceof DatabaseBackend database
                ? new DatabaseImportViewModel(database, tasks, i18n, commands::opened) : null;
    }

    private Stage lastWizard;

    /** Help ▸ Glossary opens the searchable glossary window; Help ▸ Take the tour starts the guided tour. */
    private void addTeachingMenuItems(javafx.scene.control.Menu help) {
        for (javafx.scene.control.MenuItem it : help.getItems()) {
            if ("menu-help-glossary".equals(it.getId())) {
                it.setOnAction(e -> showGlossary());
            }
        }
        javafx.scene.control.MenuItem tourItem = new javafx.scene.control.MenuItem(i18n.get("menu.help.tour"));
        tourItem.setId("menu-help-tour");
        tourItem.setOnAction(e -> tour.start());
        help.getItems().add(0, tourItem);
    }

    /** Opens the glossary window, or brings it to the front when it is open. */
    public void showGlossary() {
        if (glossaryWindow != null && glossaryWindow.isShowing()) {
            glossaryWindow.toFront();
            return;
        }
        glossaryWindow = GlossaryView.open(stage, i18n);
    }

    /** @return the glossary window, {@code null} before it was opened */
    public Stage glossaryWindow() {
        return glossaryWindow;
    }

    /** @return the guided tour */
    public TourViewModel tour() {
        return tour;
    }

    /** @return opens the "How is this computed?" windows */
    public Explainer explainer() {
        return explainer;
    }

    /** @return the most recently opened import wizard window, {@code null} before any */
    public Stage lastImportWizard() {
        return lastWizard;
    }

    /** @return the open/import/export commands */
    public WorkspaceCommands commands() {
        return commands;
    }

    /** The page factories; views are built on first visit. */
    private Map<Page, Supplier<Node>> pages() {
        Map<Page, Supplier<Node>> m = new EnumMap<>(Page.class);
        m.put(Page.START, () -> new StartView(new StartViewModel(commands, settings,
                mainViewModel::setLanguage), i18n));
        m.put(Page.DATASETS, () -> new DatasetsView(new DatasetsViewModel(actions, commands, workspace, tasks,
                dialogs, i18n), i18n));
        m.put(Page.OVERVIEW, () -> new OverviewView(new OverviewViewModel(workspace, commands, sessions, tasks, dialogs,
                settings, i18n), i18n).withExplainer(explainer));
        m.put(Page.CLV, () -> new ClvView(new ClvViewModel(workspace, commands, sessions, settings, tasks, dialogs,
                i18n), i18n).withExplainer(explainer));
        m.put(Page.SEGMENTS, () -> new SegmentsView(new SegmentsViewModel(workspace, commands, sessions, settings,
                tasks, dialogs, i18n), i18n).withExplainer(explainer));
        m.put(Page.COHORTS, () -> new CohortsView(new CohortsViewModel(workspace, commands, sessions, settings,
                tasks, dialogs, i18n), i18n));
        m.put(Page.CHANNELS, () -> new ChannelsView(new ChannelsViewModel(workspace, commands, sessions, settings,
                tasks, dialogs, i18n), i18n));
        m.put(Page.PRODUCTS, () -> new org.valuelens.gui.products.ProductsView(
                new org.valuelens.gui.products.ProductsViewModel(workspace, commands, sessions, settings, tasks,
                        dialogs, i18n), i18n));
        m.put(Page.CUSTOMERS, () -> new CustomersView(new CustomersViewModel(workspace, commands, sessions,
                tasks, dialogs, settings, i18n), i18n).withExplainer(explainer));
        m.put(Page.WHATIF, () -> new WhatIfView(new WhatIfViewModel(workspace, commands, sessions, tasks, dialogs,
                settings, i18n), i18n));
        m.put(Page.SUBSCRIPTION, () -> new org.valuelens.gui.subscription.SubscriptionView(
                new org.valuelens.gui.subscription.SubscriptionViewModel(tasks, dialogs, i18n),
                new org.valuelens.gui.subscription.BgBbViewModel(sessions, tasks, dialogs, i18n), i18n));
        m.put(Page.SETTINGS, () -> new SettingsView(new SettingsViewModel(settings), i18n));
        // every split pane opens where the user left it (page switches, restarts)
        m.replaceAll((page, view) -> () -> dividers.attach(view.get(), page.name()));
        return m;
    }

    /**
     * Applies an AtlantaFX theme to the whole application.
     *
     * @param theme the theme
     */
    public static void applyTheme(Theme theme) {
        atlantafx.base.theme.Theme fx = theme == Theme.DARK ? new atlantafx.base.theme.PrimerDark()
                : new atlantafx.base.theme.PrimerLight();
        Application.setUserAgentStylesheet(fx.getUserAgentStylesheet());
    }

    /**
     * @param screenWidth  usable screen width, pixels
     * @param screenHeight usable screen height, pixels
     * @return the first window size {width, height}: {@link #WIDTH} × {@link #HEIGHT}, shrunk to fit the screen
     */
    public static double[] initialSize(double screenWidth, double screenHeight) {
        return new double[] {Math.min(WIDTH, screenWidth), Math.min(HEIGHT, screenHeight)};
    }

    /**
     * Draws every chart under a node again (after a theme switch, so that no chart keeps the old colours).
     *
     * @param node the root to search
     * @return how many charts were drawn
     */
    static int redrawCharts(javafx.scene.Node node) {
        int n = 0;
        if (node instanceof org.jfree.chart.fx.ChartViewer viewer && viewer.getChart() != null) {
            viewer.setChart(viewer.getChart());
            viewer.getCanvas().draw();
            n++;
        }
        if (node instanceof javafx.scene.Parent p) {
            for (javafx.scene.Node child : p.getChildrenUnmodifiable()) {
                n += redrawCharts(child);
            }
        }
        if (node instanceof javafx.scene.control.TabPane tabs) { // charts on tabs not shown now
            for (javafx.scene.control.Tab t : tabs.getTabs()) {
                if (t.getContent() != null && !t.isSelected()) {
                    n += redrawCharts(t.getContent());
                }
            }
        }
        return n;
    }

    /** @return the pages built so far, shown now or not */
    public java.util.Collection<Node> builtPages() {
        return mainView.builtPages();
    }

    /** @return the split panes' memory (their divider positions by name) */
    public org.valuelens.gui.common.SplitPaneMemory dividers() {
        return dividers;
    }

    /** @return the scene on the stage */
    public Scene scene() {
        return scene;
    }

    /** @return the main window's view model */
    public MainViewModel mainViewModel() {
        return mainViewModel;
    }

    /** @return the current settings holder */
    public UserSettings settings() {
        return settings;
    }

    /** @return what is open */
    public WorkspaceState workspace() {
        return workspace;
    }

    /** @return the background executor shown in the status bar */
    public TrackingTaskExecutor tasks() {
        return tasks;
    }

    /** @return the texts in use */
    public I18n i18n() {
        return i18n;
    }

    /** @return the open workspace's services, shared by the pages */
    public SessionHolder sessions() {
        return sessions;
    }

    /** @return the stage */
    public Stage stage() {
        return stage;
    }
}
