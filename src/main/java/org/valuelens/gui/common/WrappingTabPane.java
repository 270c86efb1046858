package org.valuelens.gui.common;

import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * A tab pane whose headers always fit: a long tab title (Russian "Ценность за N дней по когортам") wraps onto a
 * second line instead of pushing the last headers out of the window or behind the overflow arrow, and the pane is
 * never laid out narrower than its headers (a split pane moves its divider instead). The tabs keep their texts
 * ({@link Tab#getText()}); the header shows them through a wrapping label of the same font and colour.
 */
public final class WrappingTabPane extends TabPane {
    private final double titleWidth;

    /**
     * @param titleWidth the widest a title may be before it wraps, in pixels
     * @param tabs       the tabs
     */
    public WrappingTabPane(double titleWidth, Tab... tabs) {
        super(tabs);
        this.titleWidth = titleWidth;
        getStyleClass().add("wrapping-tabs");
        for (Tab tab : tabs) {
            Title title = new Title(titleWidth);
            title.textProperty().bind(tab.textProperty());
            tab.setGraphic(title);
        }
    }

    /** @return the widest a title may be before it wraps */
    public double titleWidth() {
        return titleWidth;
    }

    @Override
    protected void layoutChildren() {
        // the header's own label draws the graphic only (its text would repeat the title on one line)
        for (Node n : lookupAll(".tab-label")) {
            if (n instanceof Label header && header.getGraphic() instanceof Title title) {
                if (header.getContentDisplay() != ContentDisplay.GRAPHIC_ONLY) {
                    header.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
                }
                if (!title.textFillProperty().isBound()) {
                    title.textFillProperty().bind(header.textFillProperty());
                    title.fontProperty().bind(header.fontProperty());
                }
            }
        }
        super.layoutChildren();
    }

    @Override
    protected double computeMinWidth(double height) {
        Node headers = lookup(".tab-header-area");
        double need = headers == null ? 0 : headers.prefWidth(-1);
        return Math.max(super.computeMinWidth(height), need);
    }

    /** A tab title that wraps at a fixed width. */
    private static final class Title extends Label {
        private final double max;

        Title(double max) {
            this.max = max;
            setWrapText(true);
            setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
            getStyleClass().add("tab-title");
        }

        @Override
        protected double computePrefWidth(double height) {
            // never narrower than the longest word: a word is wrapped, not cut
            double longest = 0;
            String text = getText();
            if (text != null) {
                for (String word : text.split("\\s+")) {
                    javafx.scene.text.Text t = new javafx.scene.text.Text(word);
                    t.setFont(getFont());
                    longest = Math.max(longest, t.getLayoutBounds().getWidth());
                }
            }
            double words = Math.ceil(longest) + snappedLeftInset() + snappedRightInset() + 2;
            return Math.min(super.computePrefWidth(height), Math.max(max, words));
        }

        @Override
        protected double computePrefHeight(double width) {
            return super.computePrefHeight(width < 0 ? prefWidth(-1) : width);
        }

        @Override
        protected double computeMinHeight(double width) {
            return computePrefHeight(width);
        }
    }
}
