package org.valuelens.gui.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.valuelens.gui.common.I18n;

/** The glossary window closes with its Close button and with Esc, also while the search field has the focus. */
@ExtendWith(ApplicationExtension.class)
class GlossaryWindowTest {
    private Stage owner;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 200, 100));
        stage.show();
    }

    @Test
    void closeButtonClosesTheWindow(FxRobot robot) {
        AtomicReference<Stage> glossary = new AtomicReference<>();
        robot.interact(() -> glossary.set(GlossaryView.open(owner, new I18n(Locale.ENGLISH))));
        assertThat(glossary.get().isShowing()).isTrue();
        robot.interact(() -> ((Button) glossary.get().getScene().lookup("#glossary-close")).fire());
        assertThat(glossary.get().isShowing()).isFalse();
    }

    @Test
    void escapeInTheSearchFieldClosesTheWindow(FxRobot robot) {
        AtomicReference<Stage> glossary = new AtomicReference<>();
        robot.interact(() -> glossary.set(GlossaryView.open(owner, new I18n(Locale.SIMPLIFIED_CHINESE))));
        robot.interact(() -> {
            javafx.scene.Node search = glossary.get().getScene().lookup("#glossary-search");
            search.requestFocus();
            search.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ESCAPE, false, false, false,
                    false));
        });
        assertThat(glossary.get().isShowing()).isFalse();
    }
}
