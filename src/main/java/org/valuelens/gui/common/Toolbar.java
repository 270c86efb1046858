package org.valuelens.gui.common;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A page's row of inputs and buttons that never cuts a word: the controls keep their preferred widths and move to
 * a second line when the window is narrow (a {@link FlowPane}), and status texts (summary, message, hint) wrap on
 * their own lines below instead of squeezing the buttons to "R…".
 */
public final class Toolbar {
    private static final double GAP = 8;

    private Toolbar() {
    }

    /**
     * @param controls labels, fields and buttons in reading order (each kept at its preferred width)
     * @param notes    status or hint labels shown below, wrapping ({@code null} entries skipped)
     * @return the bar
     */
    public static VBox of(Node[] controls, Label... notes) {
        FlowPane row = new FlowPane(GAP, GAP);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setRowValignment(javafx.geometry.VPos.CENTER);
        for (Node n : controls) {
            keepWidth(n);
            row.getChildren().add(n);
        }
        VBox box = new VBox(4, row);
        for (Label note : notes) {
            if (note != null) {
                note.setWrapText(true);
                note.setMinHeight(Region.USE_PREF_SIZE);
                note.managedProperty().bind(note.textProperty().isNotEmpty());
                box.getChildren().add(note);
            }
        }
        return box;
    }

    /** @param node a control whose text must not be cut: its minimum width becomes its preferred width */
    public static void keepWidth(Node node) {
        if (node instanceof Labeled || node instanceof ComboBoxBase<?>) {
            ((Region) node).setMinWidth(Region.USE_PREF_SIZE);
        }
    }
}
