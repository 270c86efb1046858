package org.valuelens.gui.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
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
import org.valuelens.gui.common.EmptyStateActions;
import org.valuelens.gui.common.I18n;
import org.valuelens.gui.common.SessionHolder;
import org.valuelens.gui.common.UserSettings;
import org.valuelens.gui.common.WorkspaceState;
import org.valuelens.service.Settings;
import org.valuelens.service.SettingsService;

/** The real What-if page, headless: typing inputs and moving sliders with the keyboard updates the CLV labels. */
@ExtendWith(ApplicationExtension.class)
class WhatIfViewTest {

    @TempDir
    static Path dir;

    private WhatIfViewModel model;

    @Start
    void start(Stage stage) {
        I18n en = new I18n(Locale.ENGLISH);
        model = new WhatIfViewModel(new WorkspaceState(), EmptyStateActions.NONE, new SessionHolder(),
                new DirectTaskExecutor(), new FakeDialogService(),
                new UserSettings(new SettingsService(dir.resolve("s-" + System.nanoTime())),
                Settings.DEFAULTS), en);
        stage.setScene(new Scene(new WhatIfView(model, en), 1280, 800));
        stage.show();
    }

    private static String dollars(double v) {
        NumberFormat f = NumberFormat.getNumberInstance(Locale.ENGLISH);
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(2);
        return "$" + f.format(v);
    }

    /** Types a value into a field and commits it with Enter. */
    private static void type(FxRobot robot, String id, String text) {
        robot.doubleClickOn("#" + id);
        robot.eraseText(12);
        robot.write(text);
        robot.type(KeyCode.ENTER);
    }

    @Test
    void rightArrowOnTheLifespanSliderAddsOneYearToTheSimpleClv(FxRobot robot) {
        type(robot, "whatif-aov-field", "50");
        type(robot, "whatif-frequency-field", "4");
        type(robot, "whatif-lifespan-field", "3");
        type(robot, "whatif-margin-field", "30");
        type(robot, "whatif-cac-field", "20");
        Label simple = robot.lookup("#whatif-simple").queryAs(Label.class);
        // 50 per order × 4 orders a year × 3 years × 30 % margin − 20 acquisition cost
        assertThat(simple.getText()).isEqualTo(dollars(50 * 4 * 3 * 0.30 - 20));

        Slider lifespan = robot.lookup("#whatif-lifespan-slider").queryAs(Slider.class);
        robot.interact(lifespan::requestFocus);
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(lifespan.getValue()).isEqualTo(4.0);
        // one more year: 50 × 4 × 4 × 0.30 − 20 = 220
        assertThat(simple.getText()).isEqualTo(dollars(220));
    }

    @Test
    void movingTheRetentionSliderUpdatesTheDiscountedClv(FxRobot robot) {
        robot.clickOn("#whatif-mode-retention");
        type(robot, "whatif-aov-field", "100");
        type(robot, "whatif-frequency-field", "2");
        type(robot, "whatif-margin-field", "50");
        type(robot, "whatif-discount-field", "10");
        type(robot, "whatif-cac-field", "0");
        type(robot, "whatif-retention-field", "60");
        Slider retention = robot.lookup("#whatif-retention-slider").queryAs(Slider.class);
        robot.interact(retention::requestFocus);
        robot.type(KeyCode.LEFT, 10);
        WaitForAsyncUtils.waitForFxEvents();

        // yearly margin 100 × 2 × 0.5 = 100, received at the start of each year while retained (r = 0.5):
        // 100 + 100 × 0.5 / 1.1 + 100 × 0.25 / 1.21 + … = 100 / (1 − 0.5 / 1.1)
        double r = 0.5;
        double expected = 100 / (1 - r / 1.1);
        Label discounted = robot.lookup("#whatif-discounted").queryAs(Label.class);
        assertThat(retention.getValue()).isEqualTo(50.0);
        assertThat(discounted.getText()).isEqualTo(dollars(expected));
    }

    @Test
    void theChartEndsNearTheDiscountedClv(FxRobot robot) {
        double[] cumulative = model.cumulative();
        // defaults: 50 × 4 × 30 % = 60 a year, lifespan 3 years → retention 2/3, discount 10 %, CAC 20
        double limit = 60 / (1 - (2.0 / 3) / 1.1) - 20;
        assertThat(cumulative[0]).isEqualTo(60 - 20, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(cumulative[cumulative.length - 1]).isCloseTo(limit, org.assertj.core.data.Offset.offset(0.5));
        assertThat(model.discountedClvProperty().get()).isCloseTo(limit, org.assertj.core.data.Offset.offset(1e-6));
    }
}
