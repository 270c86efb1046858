package org.valuelens.gui.common;

import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.SVGPath;

/** Builds line icons from SVG path data (24×24 grid); colour comes from the {@code .glyph} CSS class. */
public final class Glyphs {

    private Glyphs() {
    }

    /**
     * @param path SVG path data on a 24×24 grid
     * @param size the icon's edge in pixels
     * @return a node of exactly {@code size}×{@code size} pixels
     */
    public static Node icon(String path, double size) {
        SVGPath svg = new SVGPath();
        svg.setContent(path);
        svg.getStyleClass().add("glyph");
        double scale = size / 24.0;
        svg.setScaleX(scale);
        svg.setScaleY(scale);
        StackPane box = new StackPane(new Group(svg));
        box.setMinSize(size, size);
        box.setPrefSize(size, size);
        box.setMaxSize(size, size);
        box.getStyleClass().add("glyph-box");
        return box;
    }
}
