package org.valuelens.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.Hyperlink;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.valuelens.gui.common.DirectTaskExecutor;
import org.valuelens.gui.common.FakeDialogService;
import org.valuelens.gui.common.I18n;
import org.valuelens.report.chart.ScriptFonts;
import org.valuelens.service.Language;
import org.valuelens.service.Settings;
import org.valuelens.service.SettingsService;

/** The start screen lists every language by its own name and saves the one clicked. */
@ExtendWith(ApplicationExtension.class)
class StartLanguageLinksTest {

    @TempDir
    static Path dir;

    private final FakeDialogService dialogs = new FakeDialogService();
    private SettingsService settings;

    @Start
    void start(Stage stage) {
        settings = new SettingsService(dir.resolve("en.properties"));
        new AppShell(stage, settings, Settings.DEFAULTS, new DirectTaskExecutor(), new FakeWorkspaceActions(dir),
                dialogs);
        stage.show();
    }

    @Test
    void everyLanguageIsALinkInItsOwnNameAndTheOneInUseIsNot(FxRobot robot) {
        for (Language l : Language.values()) {
            Hyperlink link = robot.lookup("#start-lang-" + l.tag()).queryAs(Hyperlink.class);
            assertThat(link.getText()).isEqualTo(l.nativeName());
            assertThat(link.isDisabled()).as(l.tag()).isEqualTo(l == Language.ENGLISH);
        }
        assertThat(robot.lookup("#start-lang-zh-TW").queryAs(Hyperlink.class).getStyle())
                .as("繁體中文 in a Traditional Chinese font in the English UI")
                .contains(ScriptFonts.family(Locale.TRADITIONAL_CHINESE, System.getProperty("os.name")));
    }

    @Test
    void clickingRussianSavesItAndSaysSoInRussianFirst(FxRobot robot) {
        robot.interact(() -> robot.lookup("#start-lang-ru").queryAs(Hyperlink.class).fire());

        assertThat(settings.load().language()).isEqualTo(Language.RUSSIAN);
        assertThat(dialogs.last().message())
                .startsWith(new I18n(Locale.forLanguageTag("ru")).get("info.restartForLanguage"))
                .endsWith(new I18n(Locale.ENGLISH).get("info.restartForLanguage"));
    }
}
