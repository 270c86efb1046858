package org.valuelens.gui.common;

import java.util.Map;
import javafx.beans.InvalidationListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Hyperlink;

/**
 * The texts of a JavaFX dialog's own buttons ("OK", "Cancel", "Show Details" / "Hide Details") from our bundles:
 * JavaFX translates them only for some languages (none for Russian) and only from the default locale at the time
 * its classes load, so a dialog would otherwise speak English in a Russian app, or after a language switch.
 * The standard {@link ButtonType}s stay the same objects, so {@code result == ButtonType.OK} still holds.
 */
public final class DialogButtons {
    private static final Map<ButtonType, String> KEYS = Map.of(ButtonType.OK, "dialog.ok",
            ButtonType.CANCEL, "dialog.cancel", ButtonType.YES, "dialog.yes", ButtonType.NO, "dialog.no",
            ButtonType.CLOSE, "dialog.close");

    private DialogButtons() {
    }

    /**
     * Translates the pane's standard buttons and its details link now and whenever its buttons or expandable
     * content change.
     *
     * @param pane the dialog's pane
     * @param i18n texts
     */
    public static void translate(DialogPane pane, I18n i18n) {
        Runnable apply = () -> apply(pane, i18n);
        apply.run();
        InvalidationListener again = o -> apply.run();
        pane.getButtonTypes().addListener(again);
        pane.expandableContentProperty().addListener(again);
        pane.expandedProperty().addListener(again);
        // the details link is made (and its English text set again) by the pane itself, at its own times
        pane.needsLayoutProperty().addListener(again);
    }

    private static void apply(DialogPane pane, I18n i18n) {
        for (ButtonType type : pane.getButtonTypes()) {
            String key = KEYS.get(type);
            if (key != null && pane.lookupButton(type) instanceof Button b) {
                b.setText(i18n.get(key));
            }
        }
        for (Node n : pane.lookupAll(".details-button")) {
            if (n instanceof Hyperlink details) {
                Runnable ours = () -> {
                    String text = i18n.get(pane.isExpanded() ? "dialog.details.hide" : "dialog.details.show");
                    if (!text.equals(details.getText())) {
                        details.setText(text);
                    }
                };
                if (details.getProperties().putIfAbsent(DialogButtons.class, Boolean.TRUE) == null) {
                    details.textProperty().addListener(o -> ours.run());
                }
                ours.run();
            }
        }
    }
}
