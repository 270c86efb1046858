package org.valuelens.gui.importing;

import javafx.scene.Node;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.valuelens.gui.common.I18n;

/** The wizard's File | Database switch: shows the Database source in place of the file steps and their buttons. */
final class SourceSwitch {

    private SourceSwitch() {
    }

    static void install(BorderPane wizard, VBox top, StackPane steps, DatabaseImportViewModel database, I18n i18n) {
        ToggleGroup group = new ToggleGroup();
        ToggleButton file = new ToggleButton(i18n.get("database.source.file"));
        file.setId("wizard-source-file");
        file.setToggleGroup(group);
        ToggleButton db = new ToggleButton(i18n.get("database.source.database"));
        db.setId("wizard-source-database");
        db.setToggleGroup(group);
        (database.activeProperty().get() ? db : file).setSelected(true);
        group.selectedToggleProperty().addListener((obs, o, n) -> {
            if (n == null) {
                o.setSelected(true);
            } else {
                database.setActive(n == db);
            }
        });
        top.getChildren().add(0, new HBox(0, file, db));
        DatabaseImportView form = new DatabaseImportView(database, i18n);
        // the form scrolls inside the wizard: in Chinese and Russian it is taller than the 700-pixel window
        javafx.scene.control.ScrollPane view = new javafx.scene.control.ScrollPane(form);
        view.setId("wizard-database-scroll");
        view.setFitToWidth(true);
        view.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        view.getStyleClass().add(atlantafx.base.theme.Tweaks.EDGE_TO_EDGE);
        steps.getChildren().add(view);
        Node stepTitle = top.lookup("#wizard-step");
        Runnable update = () -> {
            boolean on = database.activeProperty().get();
            view.setVisible(on);
            if (stepTitle != null) {
                stepTitle.setVisible(!on);
                stepTitle.setManaged(!on);
            }
            for (Node n : steps.getChildren()) {
                if (n != view) {
                    n.setOpacity(on ? 0 : 1);
                    n.setMouseTransparent(on);
                    // hidden file steps do not count towards the wizard's height (Chinese: 3 px too tall)
                    n.setManaged(!on);
                }
            }
            Node buttons = wizard.getBottom();
            if (buttons instanceof HBox box) {
                for (Node b : box.getChildren()) {
                    if (!"wizard-close".equals(b.getId())) {
                        b.setOpacity(on ? 0 : 1);
                        b.setMouseTransparent(on);
                    }
                }
            }
        };
        database.activeProperty().addListener((obs, o, n) -> update.run());
        update.run();
    }
}
