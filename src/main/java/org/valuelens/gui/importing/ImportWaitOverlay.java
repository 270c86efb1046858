package org.valuelens.gui.importing;

import atlantafx.base.theme.Styles;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.valuelens.gui.common.I18n;

/**
 * The main window's layer while the import wizard imports a file or from a database: the window is greyed and a card says what is
 * imported, how far it is and how long it still takes, and that the app waits for it (the wizard is window-modal,
 * so the main window takes no input until the import ends; Cancel is in the wizard). Hidden otherwise.
 */
public final class ImportWaitOverlay extends StackPane {

    private static final double WIDTH = 560;

    private final Label title = new Label();
    private final Label done = new Label();
    private final ProgressBar bar = new ProgressBar(-1);
    private final String databaseTitle;

    /** @param i18n texts ({@code null} not permitted) */
    public ImportWaitOverlay(I18n i18n) {
        Objects.requireNonNull(i18n, "i18n");
        databaseTitle = i18n.get("database.status.importing");
        setId("import-wait-overlay");
        setStyle("-fx-background-color: rgba(0,0,0,0.38);");
        title.setId("import-wait-title");
        title.getStyleClass().add(Styles.TEXT_BOLD);
        title.setWrapText(true);
        done.setId("import-wait-progress");
        done.setWrapText(true);
        bar.setId("import-wait-bar");
        bar.setMaxWidth(Double.MAX_VALUE);
        Label note = new Label(i18n.get("importWait.note"));
        note.setId("import-wait-note");
        note.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        note.setWrapText(true);
        VBox card = new VBox(6, title, bar, done, note);
        card.setId("import-wait-card");
        card.setPadding(new Insets(12, 16, 12, 16));
        card.setMaxWidth(WIDTH);
        card.setMaxHeight(VBox.USE_PREF_SIZE);
        card.setStyle("-fx-background-color: -color-bg-default; -fx-background-radius: 8;"
                + " -fx-border-color: -color-border-default; -fx-border-radius: 8;"
                + " -fx-effect: dropshadow(gaussian, rgba(0,0,0,0.35), 18, 0.2, 0, 4);");
        // at the bottom, where the window-modal wizard (centred over this window) leaves it visible
        StackPane.setAlignment(card, Pos.BOTTOM_CENTER);
        StackPane.setMargin(card, new Insets(0, 0, 36, 0));
        getChildren().add(card);
        setVisible(false);
        setManaged(false);
    }

    /**
     * Shows this layer while the model's import runs; a later call follows the new model instead.
     *
     * @param model the wizard's view model ({@code null} not permitted)
     */
    public void follow(ImportWizardViewModel model) {
        follow(model, null);
    }

    /**
     * Shows this layer while the wizard imports a file or a database; a later call follows the new wizard instead.
     *
     * @param model    the wizard's view model ({@code null} not permitted)
     * @param database the wizard's Database source, {@code null} when it has none
     */
    public void follow(ImportWizardViewModel model, DatabaseImportViewModel database) {
        Objects.requireNonNull(model, "model");
        BooleanBinding file = Bindings.equal(ImportWizardViewModel.Step.RUNNING, model.stepProperty());
        javafx.beans.value.ObservableBooleanValue fromDatabase = database == null
                ? new javafx.beans.property.SimpleBooleanProperty(false) : database.importingProperty();
        BooleanBinding running = file.or(fromDatabase);
        visibleProperty().bind(running);
        managedProperty().bind(running);
        if (database == null) {
            title.textProperty().bind(model.runningLabelProperty());
            done.textProperty().bind(Bindings.createStringBinding(() -> line(model),
                    model.progressMessageProperty(), model.timeLeftProperty()));
            bar.progressProperty().bind(model.progressProperty());
            return;
        }
        title.textProperty().bind(Bindings.when(fromDatabase).then(databaseTitle)
                .otherwise(model.runningLabelProperty()));
        done.textProperty().bind(Bindings.createStringBinding(() -> fromDatabase.get()
                        ? database.statusProperty().get() : line(model), fromDatabase, database.statusProperty(),
                model.progressMessageProperty(), model.timeLeftProperty()));
        bar.progressProperty().bind(Bindings.when(fromDatabase).then(database.progressProperty())
                .otherwise(model.progressProperty()));
    }

    private static String line(ImportWizardViewModel model) {
        String message = model.progressMessageProperty().get();
        String left = model.timeLeftProperty().get();
        if (left == null || left.isEmpty()) {
            return message;
        }
        return message == null || message.isEmpty() ? left : message + " · " + left;
    }
}
