package org.valuelens.gui.glossary;

import atlantafx.base.theme.Styles;
import java.util.Objects;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.valuelens.gui.common.I18n;
import org.valuelens.gui.common.Styling;

/** The glossary panel: a search field over the terms and their definitions. Used as a window and a side panel. */
public final class GlossaryView extends BorderPane {

    /**
     * @param model the view model
     * @param i18n  texts
     */
    public GlossaryView(GlossaryViewModel model, I18n i18n) {
        Objects.requireNonNull(model, "model");
        setId("glossary-view");
        Label title = new Label(i18n.get("glossary.title"));
        title.getStyleClass().add(Styles.TITLE_4);
        TextField search = new TextField();
        search.setId("glossary-search");
        search.setPromptText(i18n.get("glossary.search"));
        search.textProperty().bindBidirectional(model.searchProperty());
        VBox head = new VBox(8, title, search);
        head.setPadding(new Insets(12, 14, 8, 14));
        setTop(head);
        VBox list = new VBox(12);
        list.setId("glossary-list");
        list.setPadding(new Insets(4, 14, 14, 14));
        Label none = new Label(i18n.get("glossary.none"));
        none.getStyleClass().add(Styles.TEXT_MUTED);
        Runnable fill = () -> {
            list.getChildren().clear();
            for (GlossaryViewModel.Entry e : model.entries()) {
                Label term = new Label(e.term());
                term.getStyleClass().add(Styles.TEXT_BOLD);
                term.setWrapText(true);
                Label def = new Label(e.definition());
                def.setWrapText(true);
                VBox item = new VBox(2, term, def);
                item.setId("glossary-" + e.id());
                item.getStyleClass().add("glossary-entry");
                list.getChildren().add(item);
            }
            if (model.entries().isEmpty()) {
                list.getChildren().add(none);
            }
        };
        model.entries().addListener((ListChangeListener<GlossaryViewModel.Entry>) c -> fill.run());
        fill.run();
        ScrollPane scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add(atlantafx.base.theme.Tweaks.EDGE_TO_EDGE);
        setCenter(scroll);
    }

    /**
     * Opens the glossary in its own window (not modal).
     *
     * @param owner the main window ({@code null} permitted)
     * @param i18n  texts
     * @return the window, shown
     */
    public static Stage open(Window owner, I18n i18n) {
        GlossaryView view = new GlossaryView(new GlossaryViewModel(i18n), i18n);
        Styling.apply(view, i18n.locale());
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle(i18n.get("glossary.title"));
        Button close = new Button(i18n.get("explain.close"));
        close.setId("glossary-close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        HBox bar = new HBox(close);
        bar.setAlignment(Pos.CENTER_RIGHT);
        bar.setPadding(new Insets(8, 14, 12, 14));
        view.setBottom(bar);
        Scene scene = new Scene(view, 460, 640);
        // Esc closes the window wherever the focus is (the search field would otherwise keep the key)
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                stage.close();
            }
        });
        stage.setScene(scene);
        stage.show();
        return stage;
    }
}
