package org.valuelens.gui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** Writes docs/screenshots/dialog-*.png: the glossary and an error with its detail expanded (zh, ru). Opt-in. */
@Tag("screenshots")
@EnabledIfSystemProperty(named = "groups", matches = ".*screenshots.*")
class DialogScreenshotsTest {

    private static final Path OUT = Paths.get("docs", "screenshots");

    @BeforeAll
    static void startFx() throws Exception {
        FxToolkit.start();
        Files.createDirectories(OUT);
    }

    private static void shoot(String name, Locale locale, Function<FxDialogService, Alert> build) throws Exception {
        CompletableFuture<java.awt.image.BufferedImage> image = new CompletableFuture<>();
        // as ValueLensApp does before any dialog: the default locale is the interface language's
        Locale before = Locale.getDefault();
        Locale.setDefault(locale);
        Platform.runLater(() -> {
          try {
            Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
            I18n i18n = new I18n(locale);
            DialogPane pane = build.apply(new FxDialogService(() -> null, i18n)).getDialogPane();
            if (pane.getScene() != null) {
                pane.getScene().setRoot(new javafx.scene.layout.Region()); // detach from the alert's own scene
            }
            Stage stage = new Stage();
            stage.setScene(new Scene(pane));
            stage.sizeToScene();
            stage.show();
            Platform.runLater(() -> {
                image.complete(SwingFXUtils.fromFXImage(pane.snapshot(null, null), null));
                stage.close();
            });
          } catch (RuntimeException e) {
            image.completeExceptionally(e);
          }
        });
        Path file = OUT.resolve(name + ".png");
        try {
            ImageIO.write(image.get(60, TimeUnit.SECONDS), "png", file.toFile());
        } finally {
            Locale.setDefault(before);
        }
        assertThat(Files.size(file)).isGreaterThan(5_000);
    }

    @Test
    void glossary() throws Exception {
        I18n en = new I18n(Locale.ENGLISH);
        shoot("dialog-glossary", Locale.ENGLISH, d -> d.alert(Alert.AlertType.INFORMATION,
                en.get("menu.help.glossary"), en.get("help.glossary.text")));
    }

    @Test
    void errorWithDetail() throws Exception {
        I18n zh = new I18n(Locale.SIMPLIFIED_CHINESE);
        shoot("dialog-error-zh", Locale.SIMPLIFIED_CHINESE, d -> {
            Alert a = d.errorAlert(zh.format("error.import", "orders.csv"),
                    new IllegalStateException("Row 12: 'abc' is not a date"));
            a.getDialogPane().setExpanded(true);
            return a;
        });
    }

    @Test
    void errorWithDetailInRussian() throws Exception {
        Locale ru = Locale.forLanguageTag("ru");
        I18n i18n = new I18n(ru);
        shoot("dialog-error-ru", ru, d -> {
            Alert a = d.errorAlert(i18n.format("error.import", "orders.csv"),
                    new IllegalStateException("Row 12: 'abc' is not a date"));
            a.getDialogPane().setExpanded(true);
            return a;
        });
    }
}
