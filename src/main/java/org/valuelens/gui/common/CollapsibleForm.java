package org.valuelens.gui.common;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.layout.Region;

/**
 * A page's settings row that can fold to its main choice and its Run button, leaving the window's height to the
 * results: a link at the end of the row ("More settings" / "Fewer settings") shows or hides the other fields, and
 * the row folds by itself after a run when the window is low (under {@value #LOW_WINDOW} px), so that a results
 * table at 1024×640 shows more than two rows. The folded fields keep their values.
 */
public final class CollapsibleForm {
    /** Windows lower than this fold the settings after a run. */
    public static final double LOW_WINDOW = 760;

    private final BooleanProperty expanded = new SimpleBooleanProperty(true);
    private final Hyperlink toggle = new Hyperlink();

    /**
     * @param foldable the fields hidden while folded (they stay in their row)
     * @param more     the link's text while folded ("More settings")
     * @param fewer    the link's text while unfolded ("Fewer settings")
     */
    public CollapsibleForm(List<? extends Node> foldable, String more, String fewer) {
        for (Node n : foldable) {
            n.visibleProperty().bind(expanded);
            n.managedProperty().bind(expanded);
        }
        toggle.textProperty().bind(javafx.beans.binding.Bindings.when(expanded).then(fewer).otherwise(more));
        toggle.setMinWidth(Region.USE_PREF_SIZE);
        toggle.setOnAction(e -> expanded.set(!expanded.get()));
    }

    /** @return the "More settings / Fewer settings" link, to be placed at the end of the row */
    public Hyperlink toggle() {
        return toggle;
    }

    /** @return whether every field is shown */
    public BooleanProperty expandedProperty() {
        return expanded;
    }

    /**
     * Folds the row each time a new result arrives while the window is low.
     *
     * @param result the page's result (a new non-null value means a run finished)
     * @param owner  a node of the page, to find the window's height
     */
    public void foldAfter(ObservableValue<?> result, Node owner) {
        result.addListener((obs, was, now) -> {
            Scene scene = owner.getScene();
            if (now != null && !Boolean.FALSE.equals(now) && scene != null && scene.getHeight() < LOW_WINDOW) {
                expanded.set(false);
            }
        });
    }
}
