package org.valuelens.gui.start;

import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import java.util.Objects;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.valuelens.gui.Icons;
import org.valuelens.gui.common.Glyphs;
import org.valuelens.gui.common.I18n;
import org.valuelens.gui.common.Styling;
import org.valuelens.service.Language;

/** The start screen: two big action cards and the recent workspaces. */
public final class StartView extends ScrollPane {

    /**
     * @param model the view model
     * @param i18n  texts
     */
    public StartView(StartViewModel model, I18n i18n) {
        Objects.requireNonNull(model, "model");
        Label title = new Label(i18n.get("start.title"));
        title.getStyleClass().add(Styles.TITLE_1);
        Label subtitle = new Label(i18n.get("start.subtitle"));
        subtitle.getStyleClass().add(Styles.TEXT_MUTED);
        subtitle.setWrapText(true);

        Button sample = card("start-sample", Icons.DATABASE, i18n.get("start.sample.title"),
                i18n.get("start.sample.text"), true);
        sample.setOnAction(e -> model.openSample());
        Button importCard = card("start-import", Icons.IMPORT, i18n.get("start.import.title"),
                i18n.get("start.import.text"), false);
        importCard.setOnAction(e -> model.importFile());
        sample.disableProperty().bind(model.busyProperty());
        importCard.disableProperty().bind(model.busyProperty());
        HBox cards = new HBox(20, sample, importCard);
        HBox.setHgrow(sample, Priority.ALWAYS);
        HBox.setHgrow(importCard, Priority.ALWAYS);

        Label recentTitle = new Label(i18n.get("start.recent.title"));
        recentTitle.getStyleClass().add(Styles.TITLE_4);
        Hyperlink browse = new Hyperlink(i18n.get("start.recent.browse"));
        browse.setId("start-browse");
        browse.setOnAction(e -> model.openWorkspace());
        HBox recentHeader = new HBox(12, recentTitle, browse);
        recentHeader.setAlignment(Pos.BASELINE_LEFT);

        ListView<Path> recent = new ListView<>(model.recentWorkspaces());
        recent.setId("start-recent");
        recent.getStyleClass().addAll(Styles.BORDERED, "recent-list");
        recent.setPrefHeight(200);
        recent.setPlaceholder(new Label(i18n.get("start.recent.empty")));
        recent.setCellFactory(lv -> new RecentCell());
        recent.setOnMouseClicked(e -> {
            Path p = recent.getSelectionModel().getSelectedItem();
            if (p != null && e.getClickCount() == 2) {
                model.openRecent(p);
            }
        });
        recent.setOnKeyPressed(e -> {
            Path p = recent.getSelectionModel().getSelectedItem();
            if (p != null && e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                model.openRecent(p);
            }
        });
        recent.disableProperty().bind(model.busyProperty());

        Label drop = new Label(i18n.get("start.drop"), Glyphs.icon(Icons.IMPORT, 16));
        drop.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);

        VBox page = new VBox(16, languages(model, i18n), title, subtitle, cards, drop, recentHeader, recent);
        VBox.setMargin(cards, new Insets(12, 0, 0, 0));
        VBox.setMargin(recentHeader, new Insets(16, 0, 0, 0));
        page.setPadding(new Insets(40, 48, 40, 48));
        page.setMaxWidth(980);
        page.getStyleClass().add("start-view");
        setContent(page);
        setFitToWidth(true);
        getStyleClass().add("page-scroll");
    }

    /** "Language: English · 简体中文 · 繁體中文 · Русский", each in its own script; the one in use is not a link. */
    private static Node languages(StartViewModel model, I18n i18n) {
        HBox row = new HBox(4);
        row.setId("start-languages");
        row.setAlignment(Pos.CENTER_RIGHT);
        Label caption = new Label(i18n.get("settings.language") + ":");
        caption.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        row.getChildren().add(caption);
        for (Language l : model.languages()) {
            Hyperlink link = new Hyperlink(l.nativeName());
            link.setId("start-lang-" + l.tag());
            link.setStyle(Styling.scriptFont(l.locale()));
            link.getStyleClass().add(Styles.TEXT_SMALL);
            if (l == model.language()) {
                link.getStyleClass().add(Styles.TEXT_BOLD);
                link.setDisable(true);
            }
            link.setOnAction(e -> model.chooseLanguage(l));
            row.getChildren().add(link);
        }
        return row;
    }

    private static Button card(String id, String icon, String title, String text, boolean accent) {
        Label t = new Label(title);
        t.getStyleClass().addAll(Styles.TITLE_3, "card-title");
        t.setWrapText(true);
        Label d = new Label(text);
        d.getStyleClass().add("card-text");
        d.setWrapText(true);
        Node glyph = Glyphs.icon(icon, 40);
        VBox box = new VBox(12, glyph, t, d);
        box.setAlignment(Pos.TOP_LEFT);
        Button b = new Button();
        b.setId(id);
        b.setGraphic(box);
        b.getStyleClass().addAll("action-card");
        if (accent) {
            b.getStyleClass().add("accent-card");
        }
        b.setMaxWidth(Double.MAX_VALUE);
        b.setMaxHeight(Double.MAX_VALUE);
        b.setPrefWidth(360);
        b.setMinHeight(180);
        b.setAlignment(Pos.TOP_LEFT);
        b.setWrapText(true);
        return b;
    }

    private static final class RecentCell extends ListCell<Path> {
        @Override
        protected void updateItem(Path item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
            } else {
                setText(item.getFileName() + "   —   " + item);
                setGraphic(Glyphs.icon(Icons.FOLDER, 16));
            }
        }
    }
}
