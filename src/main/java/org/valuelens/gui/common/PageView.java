package org.valuelens.gui.common;

import atlantafx.base.theme.Styles;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Base of the pages: a header (icon, title, one-line description) over a body. {@link #emptyState} builds the
 * "no data yet" message shown until a dataset is open.
 */
public abstract class PageView extends BorderPane {

    private final I18n i18n;
    private final VBox titles;

    /**
     * @param i18n        texts
     * @param titleKey    bundle key of the page title
     * @param subtitleKey bundle key of the one-line description
     * @param icon        SVG path of the page icon
     */
    protected PageView(I18n i18n, String titleKey, String subtitleKey, String icon) {
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        Label title = new Label(i18n.get(titleKey));
        title.getStyleClass().addAll(Styles.TITLE_2, "page-title");
        Label subtitle = new Label(i18n.get(subtitleKey));
        subtitle.getStyleClass().add(Styles.TEXT_MUTED);
        subtitle.setWrapText(true);
        Node glyph = Glyphs.icon(icon, 30);
        glyph.getStyleClass().add("page-icon");
        titles = new VBox(2, title, subtitle);
        HBox header = new HBox(14, glyph, titles);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("page-header");
        header.setPadding(new Insets(28, 40, 16, 40));
        setTop(header);
        getStyleClass().add("page");
    }

    /**
     * @param text what to press to fill the table, e.g. "Press Run to compute every customer's CLV."
     * @return a muted, wrapping label for {@link javafx.scene.control.TableView#setPlaceholder}
     */
    public static Label placeholder(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMaxWidth(420);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        l.setPadding(new Insets(12));
        l.getStyleClass().add(Styles.TEXT_MUTED);
        return l;
    }

    /** @return the texts */
    protected I18n i18n() {
        return i18n;
    }

    /**
     * A centred message: {@code emptyKey} while no data is open, then "dataset X is open" until the page is built.
     *
     * @param model    the page's view model
     * @param icon     SVG path of the large icon
     * @param emptyKey bundle key of the "import data or open the sample dataset to see …" text
     * @return the node, id {@code empty-state}
     */
    protected Node emptyState(PageViewModel model, String icon, String emptyKey) {
        Node glyph = Glyphs.icon(icon, 56);
        glyph.getStyleClass().add("empty-icon");
        Label message = new Label();
        message.setId("empty-message");
        message.getStyleClass().addAll(Styles.TITLE_4, "empty-message");
        message.setWrapText(true);
        message.setMaxWidth(520);
        message.textProperty().bind(Bindings.createStringBinding(() -> model.loadedProperty().get()
                        ? i18n.format("page.loadedPlaceholder", model.datasetNameProperty().get())
                        : i18n.get(emptyKey),
                model.loadedProperty(), model.datasetNameProperty()));
        Button sample = new Button(i18n.get("menu.file.sample"));
        sample.setId("empty-open-sample");
        sample.getStyleClass().add(Styles.ACCENT);
        sample.setOnAction(e -> model.openSample());
        Button importFile = new Button(i18n.get("menu.file.import"));
        importFile.setId("empty-import");
        importFile.setOnAction(e -> model.importFile());
        HBox actions = new HBox(10, sample, importFile);
        actions.setAlignment(Pos.CENTER);
        actions.visibleProperty().bind(model.loadedProperty().not());
        actions.managedProperty().bind(actions.visibleProperty());
        VBox box = new VBox(18, glyph, message, actions);
        box.setId("empty-state");
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("empty-state");
        box.setPadding(new Insets(40));
        message.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        message.setAlignment(Pos.CENTER);
        addNotice(model);
        return box;
    }

    /** Under the subtitle: the page's notice (e.g. "this dataset has no amounts"), hidden while empty. */
    private void addNotice(PageViewModel model) {
        Label notice = new Label();
        notice.setId("page-notice");
        notice.getStyleClass().add(Styles.WARNING);
        notice.setWrapText(true);
        notice.textProperty().bind(model.noticeProperty());
        notice.visibleProperty().bind(model.noticeProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());
        titles.getChildren().add(notice);
    }
}
