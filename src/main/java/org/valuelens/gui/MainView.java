package org.valuelens.gui;

import atlantafx.base.theme.Styles;
import java.io.File;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.valuelens.gui.common.Glyphs;
import org.valuelens.gui.common.I18n;
import org.valuelens.gui.common.Styling;
import org.valuelens.service.Language;
import org.valuelens.service.Theme;

/**
 * The main window's content: menu bar, sidebar, page area and status bar. Pages are created on first visit from
 * the factories given to the constructor. Binds to {@link MainViewModel} and forwards events only.
 */
public final class MainView extends BorderPane {

    private final MainViewModel model;
    private final I18n i18n;
    private final Map<Page, Supplier<Node>> factories;
    private final Map<Page, Node> pages = new EnumMap<>(Page.class);
    private final StackPane content = new StackPane();
    private Menu helpMenu;

    /**
     * @param model     the view model
     * @param i18n      texts
     * @param factories a view factory for every {@link Page} ({@code null} not permitted)
     */
    public MainView(MainViewModel model, I18n i18n, Map<Page, Supplier<Node>> factories) {
        this.model = Objects.requireNonNull(model, "model");
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        this.factories = new EnumMap<>(factories);
        getStyleClass().add("main-view");
        setTop(menuBar());
        setLeft(sidebar());
        content.getStyleClass().add("page-area");
        setCenter(content);
        setBottom(statusBar());
        model.currentPageProperty().addListener((obs, old, page) -> show(page));
        show(model.currentPageProperty().get());
        enableFileDrop();
    }

    /** @return the pages built so far (shown now or kept for the next visit), in page order */
    public java.util.Collection<Node> builtPages() {
        return java.util.List.copyOf(pages.values());
    }

    private void show(Page page) {
        Node node = pages.computeIfAbsent(page, p -> {
            Supplier<Node> f = factories.get(p);
            return f == null ? new Label(i18n.get(p.titleKey())) : f.get();
        });
        content.getChildren().setAll(node);
    }

    private MenuBar menuBar() {
        MenuItem open = item("menu.file.openWorkspace", model::openWorkspace);
        open.setAccelerator(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        MenuItem importFile = item("menu.file.import", model::importFile);
        importFile.setAccelerator(new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN));
        MenuItem importDatabase = item("menu.file.importDatabase", model::importDatabase);
        MenuItem sample = item("menu.file.sample", model::openSample);
        MenuItem export = item("menu.file.export", model::export);
        MenuItem quit = item("menu.file.quit", model::quit);
        quit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        Menu file = new Menu(i18n.get("menu.file"), null, open, importFile, importDatabase, sample,
                new SeparatorMenuItem(),
                export, new SeparatorMenuItem(), quit);
        file.setId("menu-file");

        Menu go = new Menu(i18n.get("menu.view.go"));
        for (Page p : Page.values()) {
            MenuItem it = item(p.titleKey(), () -> model.showPage(p));
            if (p.shortcut() > 0) {
                it.setAccelerator(new KeyCodeCombination(KeyCode.getKeyCode(Integer.toString(p.shortcut())),
                        KeyCombination.SHORTCUT_DOWN));
            }
            go.getItems().add(it);
        }
        Menu theme = new Menu(i18n.get("menu.view.theme"));
        ToggleGroup themes = new ToggleGroup();
        for (Theme t : Theme.values()) {
            RadioMenuItem it = new RadioMenuItem(i18n.get(t == Theme.LIGHT ? "theme.light" : "theme.dark"));
            it.setToggleGroup(themes);
            it.setSelected(model.theme() == t);
            it.setOnAction(e -> model.setTheme(t));
            theme.getItems().add(it);
        }
        theme.setOnShowing(e -> themes.getToggles().get(model.theme().ordinal()).setSelected(true));
        Menu language = new Menu(i18n.get("menu.view.language"));
        ToggleGroup languages = new ToggleGroup();
        for (Language l : Language.values()) {
            RadioMenuItem it = new RadioMenuItem(l.nativeName());
            it.setStyle(Styling.scriptFont(l.locale()));
            it.setToggleGroup(languages);
            it.setSelected(model.language() == l);
            it.setOnAction(e -> model.setLanguage(l));
            language.getItems().add(it);
        }
        language.setOnShowing(e -> languages.getToggles().get(model.language().ordinal()).setSelected(true));
        Menu view = new Menu(i18n.get("menu.view"), null, go, new SeparatorMenuItem(), theme, language);

        MenuItem glossary = item("menu.help.glossary", model::showGlossary);
        glossary.setId("menu-help-glossary");
        Menu help = new Menu(i18n.get("menu.help"), null, glossary, item("menu.help.about", model::showAbout));
        help.setId("menu-help");
        helpMenu = help;
        MenuBar bar = new MenuBar(file, view, help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    /** @return the Help menu, for the composition root to add the teaching items (glossary window, tour) */
    public Menu helpMenu() {
        return helpMenu;
    }

    private MenuItem item(String key, Runnable action) {
        MenuItem it = new MenuItem(i18n.get(key));
        it.setOnAction(e -> action.run());
        return it;
    }

    private Node sidebar() {
        Node logo = Glyphs.icon(Icons.LOGO, 28);
        logo.getStyleClass().add("logo");
        Label name = new Label(i18n.get("app.name"));
        name.getStyleClass().addAll(Styles.TITLE_3, "app-name");
        Label tagline = new Label(i18n.get("app.tagline"));
        tagline.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        VBox titles = new VBox(0, name, tagline);
        HBox header = new HBox(10, logo, titles);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("sidebar-header");
        header.setOnMouseClicked(e -> model.showPage(Page.START));

        VBox nav = new VBox(2);
        nav.getStyleClass().add("sidebar-nav");
        ToggleGroup group = new ToggleGroup();
        Map<Page, ToggleButton> buttons = new EnumMap<>(Page.class);
        for (Page p : Page.values()) {
            ToggleButton b = new ToggleButton(i18n.get(p.titleKey()), Glyphs.icon(p.icon(), 18));
            b.setId("nav-" + p.name().toLowerCase(java.util.Locale.ROOT));
            b.getStyleClass().add("nav-button");
            b.setToggleGroup(group);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setAlignment(Pos.CENTER_LEFT);
            b.setGraphicTextGap(12);
            if (p.shortcut() > 0) {
                b.setTooltip(new Tooltip(i18n.format("nav.shortcut", p.shortcut())));
            }
            // keep exactly one selected: clicking the selected button must not unselect it
            b.setOnAction(e -> {
                model.showPage(p);
                b.setSelected(true);
            });
            buttons.put(p, b);
            if (p == Page.SETTINGS) {
                Region spacer = new Region();
                VBox.setVgrow(spacer, Priority.ALWAYS);
                nav.getChildren().add(spacer);
            }
            nav.getChildren().add(b);
        }
        VBox.setVgrow(nav, Priority.ALWAYS);
        Runnable sync = () -> buttons.get(model.currentPageProperty().get()).setSelected(true);
        model.currentPageProperty().addListener((obs, old, page) -> sync.run());
        sync.run();
        VBox side = new VBox(12, header, nav);
        side.getStyleClass().add("sidebar");
        side.setPadding(new Insets(16, 10, 12, 10));
        side.setPrefWidth(220);
        side.setMinWidth(200);
        return side;
    }

    private Node statusBar() {
        Label workspace = new Label();
        workspace.setId("status-workspace");
        workspace.textProperty().bind(model.workspaceTextProperty());
        workspace.setGraphic(Glyphs.icon(Icons.FOLDER, 14));
        workspace.setMinWidth(60);
        Label dataset = new Label();
        dataset.setId("status-dataset");
        dataset.textProperty().bind(model.datasetTextProperty());
        dataset.setGraphic(Glyphs.icon(Icons.DATABASE, 14));
        dataset.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label message = new Label();
        message.setId("status-message");
        message.textProperty().bind(model.taskMessageProperty());
        ProgressBar bar = new ProgressBar();
        bar.setId("status-progress");
        bar.setPrefWidth(160);
        bar.progressProperty().bind(model.taskProgressProperty());
        Button cancel = new Button(i18n.get("status.cancel"));
        cancel.setId("status-cancel");
        cancel.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        cancel.setOnAction(e -> model.cancelTask());
        HBox task = new HBox(8, message, bar, cancel);
        task.setAlignment(Pos.CENTER_RIGHT);
        task.visibleProperty().bind(model.taskRunningProperty());
        task.managedProperty().bind(model.taskRunningProperty());
        HBox status = new HBox(16, workspace, dataset, spacer, task);
        status.setAlignment(Pos.CENTER_LEFT);
        status.getStyleClass().add("status-bar");
        status.setPadding(new Insets(4, 12, 4, 12));
        status.setMinHeight(Region.USE_PREF_SIZE);
        return status;
    }

    private void enableFileDrop() {
        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && e.getDragboard().getFiles().stream()
                    .anyMatch(f -> WorkspaceCommands.isImportable(f.toPath()))) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        setOnDragDropped(e -> {
            boolean done = false;
            if (e.getDragboard().hasFiles()) {
                List<Path> files = e.getDragboard().getFiles().stream().map(File::toPath)
                        .collect(Collectors.toList());
                done = model.dropFiles(files);
            }
            e.setDropCompleted(done);
            e.consume();
        });
    }
}
