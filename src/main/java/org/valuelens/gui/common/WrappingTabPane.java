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
    /** Room for the divider itself and rounding, pixels. */
    private static final double DIVIDER_ROOM = 12;
    /** The left part never gets less than this share of the split pane. */
    private static final double MIN_SHARE = 0.3;
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

    /**
     * Keeps this pane, the last item of {@code split}, at least as wide as its tab headers: the divider moves left
     * when the window, the divider or the headers change (a split pane lays its divider out once and does not
     * always honour a minimum width that is known only after the tab headers exist).
     *
     * @param split the split pane whose last item this pane is
     */
    public void keepHeadersIn(javafx.scene.control.SplitPane split) {
        javafx.beans.InvalidationListener check = o -> {
            double width = split.getWidth();
            int last = split.getDividers().size() - 1;
            if (width <= 0 || last < 0) {
                return;
            }
            double need = computeMinWidth(-1) + split.snappedRightInset() + DIVIDER_ROOM;
            double most = Math.max(MIN_SHARE, 1 - need / width);
            if (split.getDividers().get(last).getPosition() > most) {
                split.getDividers().get(last).setPosition(most);
            }
        };
        split.widthProperty().addListener(check);
        widthProperty().addListener(check);
        split.getDividers().forEach(d -> d.positionProperty().addListener(check));
        needsLayoutProperty().addListener(check);
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
        double need = headers == null ? 0 : headers.prefWidth(-1) + snappedLeftInset() + snappedRightInset() + 1;
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
