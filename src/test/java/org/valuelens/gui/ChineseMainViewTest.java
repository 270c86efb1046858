package org.valuelens.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.valuelens.gui.common.DirectTaskExecutor;
import org.valuelens.gui.common.FakeDialogService;
import org.valuelens.service.Language;
import org.valuelens.service.Settings;
import org.valuelens.service.SettingsService;

/** The window started with Chinese settings shows the Chinese texts and a CJK font class. */
@ExtendWith(ApplicationExtension.class)
class ChineseMainViewTest {

    @TempDir
    static Path dir;

    private AppShell shell;

    @Start
    void start(Stage stage) {
        shell = new AppShell(stage, new SettingsService(dir.resolve("zh.properties")),
                Settings.DEFAULTS.withLanguage(Language.CHINESE_SIMPLIFIED), new DirectTaskExecutor(),
                new FakeWorkspaceActions(dir), new FakeDialogService());
        stage.show();
    }

    @Test
    void sidebarAndTitleAreInChinese(FxRobot robot) {
        assertThat(robot.lookup("#nav-overview").queryAs(Labeled.class).getText()).isEqualTo("概览");
        assertThat(robot.lookup("#nav-settings").queryAs(Labeled.class).getText()).isEqualTo("设置");
    }

    @Test
    void rootCarriesTheCjkFontClass() {
        assertThat(shell.scene().getRoot().getStyleClass()).contains("lang-zh");
    }

    @Test
    void noPageShowsAMissingTextMarker(FxRobot robot) {
        List<String> all = new ArrayList<>();
        for (String page : new String[] {"start", "overview", "clv", "segments", "cohorts", "channels", "customers",
                "settings"}) {
            robot.clickOn("#nav-" + page);
            WaitForAsyncUtils.waitForFxEvents();
            all.addAll(MainViewTest.texts(shell.scene().getRoot()));
        }

        assertThat(all).isNotEmpty().noneMatch(t -> t.startsWith("!") && t.endsWith("!"));
    }
}
