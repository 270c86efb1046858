package org.valuelens.gui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Hyperlink;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.valuelens.service.Language;

/**
 * The app's dialogs speak the interface language on JavaFX's own buttons too: OK and the "Show / Hide details"
 * link of an error come from our bundles (JavaFX has no Russian texts, and takes the others from the default
 * locale, which is English here), whatever the JVM's default locale is.
 */
class DialogButtonsTest {

    @BeforeAll
    static void startFx() throws InterruptedException {
        FxToolkit.start();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN", "zh-TW", "ru"})
    void errorDialogButtonsAndDetailsLinkAreTranslated(String tag) throws Exception {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
        try {
            I18n i18n = new I18n(Language.fromTag(tag).locale());
            List<String> shown = onFx(() -> {
                Alert alert = new FxDialogService(() -> null, i18n).errorAlert("x", new IllegalStateException("y"));
                DialogPane pane = alert.getDialogPane();
                Stage stage = show(pane);
                List<String> texts = new ArrayList<>();
                texts.add(((Button) pane.lookupButton(ButtonType.OK)).getText());
                texts.add(details(pane));
                pane.setExpanded(true);
                pane.applyCss();
                pane.layout();
                texts.add(details(pane));
                stage.close();
                return texts;
            });
            assertThat(shown).containsExactly(i18n.get("dialog.ok"), i18n.get("dialog.details.show"),
                    i18n.get("dialog.details.hide"));
            if (!"en".equals(tag)) {
                assertThat(shown).as("no English left on the dialog's own controls")
                        .doesNotContain("OK", "Show Details", "Hide Details");
            }
        } finally {
            Locale.setDefault(before);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-TW", "ru"})
    void confirmationButtonsAreTranslated(String tag) throws Exception {
        I18n i18n = new I18n(Language.fromTag(tag).locale());
        List<String> shown = onFx(() -> {
            Alert alert = new FxDialogService(() -> null, i18n).alert(Alert.AlertType.CONFIRMATION, "t", "m");
            Stage stage = show(alert.getDialogPane());
            List<String> texts = List.of(((Button) alert.getDialogPane().lookupButton(ButtonType.OK)).getText(),
                    ((Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL)).getText());
            stage.close();
            return texts;
        });
        assertThat(shown).containsExactly(i18n.get("dialog.ok"), i18n.get("dialog.cancel"));
    }

    private static Stage show(DialogPane pane) {
        if (pane.getScene() != null) {
            pane.getScene().setRoot(new javafx.scene.layout.Region()); // detach from the alert's own scene
        }
        Stage stage = new Stage();
        stage.setScene(new Scene(pane));
        stage.show();
        pane.applyCss();
        pane.layout();
        return stage;
    }

    private static String details(DialogPane pane) {
        Node n = pane.lookup(".details-button");
        return n instanceof Hyperlink h ? h.getText() : null;
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        CompletableFuture<T> out = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                out.complete(work.call());
            } catch (Exception | AssertionError e) {
                out.completeExceptionally(e);
            }
        });
        return out.get(30, TimeUnit.SECONDS);
    }
}
