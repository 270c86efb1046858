package org.valuelens.gui.common;

import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** {@link DialogService} with JavaFX alerts and the platform's file choosers. */
public final class FxDialogService implements DialogService {

    private final Supplier<Window> owner;
    private final I18n i18n;

    /**
     * @param owner gives the window dialogs belong to ({@code null} result permitted)
     * @param i18n  texts for titles and buttons
     */
    public FxDialogService(Supplier<Window> owner, I18n i18n) {
        this.owner = Objects.requireNonNull(owner, "owner");
        this.i18n = Objects.requireNonNull(i18n, "i18n");
    }

    @Override
    public void showError(String sentence, Throwable detail) {
        errorAlert(sentence, detail).showAndWait();
    }

    /** Builds the error alert without showing it (also used by the screenshot helper). */
    Alert errorAlert(String sentence, Throwable detail) {
        Alert alert = alert(Alert.AlertType.ERROR, i18n.get("dialog.error.title"), sentence);
        if (detail != null) {
            StringWriter trace = new StringWriter();
            detail.printStackTrace(new PrintWriter(trace));
            TextArea area = new TextArea(trace.toString());
            area.setEditable(false);
            area.setWrapText(false);
            area.setPrefRowCount(14);
            VBox.setVgrow(area, Priority.ALWAYS);
            alert.getDialogPane().setExpandableContent(new VBox(area));
        }
        return alert;
    }

    @Override
    public void showInfo(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message).showAndWait();
    }

    @Override
    public void showInfo(String title, String message, String details) {
        Alert alert = alert(Alert.AlertType.INFORMATION, title, message);
        TextArea area = new TextArea(details);
        area.setEditable(false);
        area.setWrapText(false);
        area.setPrefRowCount(14);
        area.setPrefColumnCount(90);
        alert.getDialogPane().setExpandableContent(new VBox(area));
        alert.getDialogPane().setExpanded(true);
        alert.showAndWait();
    }

    @Override
    public boolean confirm(String title, String message) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message);
        return alert.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message);
        ButtonType yes = new ButtonType(confirmLabel, javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(i18n.get("dialog.cancel"), javafx.scene.control.ButtonBar.ButtonData
                .CANCEL_CLOSE);
        alert.getButtonTypes().setAll(yes, no);
        return alert.showAndWait().filter(b -> b == yes).isPresent();
    }

    @Override
    public Optional<String> askText(String title, String message, String initial) {
        javafx.scene.control.TextInputDialog dialog = new javafx.scene.control.TextInputDialog(
                initial == null ? "" : initial);
        dialog.initOwner(owner.get());
        dialog.setTitle(title);
        // the question above a full-width field (as content text it squeezes the field to a few pixels)
        dialog.setHeaderText(message);
        dialog.setContentText(null);
        dialog.setGraphic(null);
        dialog.getEditor().setPrefColumnCount(36);
        Styling.apply(dialog.getDialogPane(), i18n.locale());
        DialogButtons.translate(dialog.getDialogPane(), i18n);
        dialog.getDialogPane().setMinWidth(480);
        return dialog.showAndWait();
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, List<FileFilter> filters) {
        FileChooser chooser = chooser(title, filters);
        return Optional.ofNullable(chooser.showOpenDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String initialName, List<FileFilter> filters) {
        FileChooser chooser = chooser(title, filters);
        chooser.setInitialFileName(initialName);
        return Optional.ofNullable(chooser.showSaveDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseDirectory(String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        return Optional.ofNullable(chooser.showDialog(owner.get())).map(File::toPath);
    }

    /** Builds an alert without showing it (package-private for the screenshot helper). */
    Alert alert(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(null);
        alert.setContentText(message);
        Styling.apply(alert.getDialogPane(), i18n.locale());
        DialogButtons.translate(alert.getDialogPane(), i18n);
        alert.getDialogPane().setMinWidth(message != null && message.length() > 300 ? 640 : 480);
        // long texts (glossary) would otherwise be cut to the default height with an ellipsis
        alert.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        alert.setResizable(true);
        return alert;
    }

    private static FileChooser chooser(String title, List<FileFilter> filters) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        for (FileFilter f : filters) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(f.description(), f.patterns()));
        }
        return chooser;
    }
}
