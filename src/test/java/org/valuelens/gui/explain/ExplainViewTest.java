package org.valuelens.gui.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.valuelens.gui.common.DirectTaskExecutor;
import org.valuelens.gui.common.I18n;
import org.valuelens.gui.common.SessionHolder;
import org.valuelens.gui.common.UserSettings;
import org.valuelens.model.TimeUnit;
import org.valuelens.model.clv.ClvFormulas;
import org.valuelens.service.AnalysisSettings;
import org.valuelens.service.ClvExplanation;
import org.valuelens.service.ClvMethod;
import org.valuelens.service.Settings;
import org.valuelens.service.SettingsService;

/** The explanation panel, headless: substituted formula, result and parameter meanings from a known explanation. */
@ExtendWith(ApplicationExtension.class)
class ExplainViewTest {

    @TempDir
    static Path dir;
    private final I18n en = new I18n(Locale.ENGLISH);
    private ExplainViewModel model;

    @Start
    void start(Stage stage) {
        model = new ExplainViewModel(new SessionHolder(), new DirectTaskExecutor(),
                new UserSettings(new SettingsService(dir.resolve("s-" + System.nanoTime())), Settings.DEFAULTS), en);
        stage.setScene(new Scene(new ExplainView(model, en), 640, 720));
        stage.show();
    }

    private static ExplainRequest request(ClvMethod method) {
        return ExplainRequest.customer("customer 42", "42", method, AnalysisSettings.defaults(TimeUnit.MONTH));
    }

    @Test
    void retentionExplanationShowsTheValuesInTheFractionAndTheResult(FxRobot robot) {
        // m = 100 per period, r = 0.8, d = 0.1: 100 × 0.8 / (1 + 0.1 − 0.8) = 266.67
        ClvExplanation e = new ClvExplanation(ClvFormulas.retention(100, 0.8, 0.1), Map.of(), 1, 266.67, true);
        robot.interact(() -> model.show(request(ClvMethod.RETENTION), e));

        assertThat(robot.lookup("#explain-result").queryAs(Label.class).getText()).isEqualTo("$266.67");
        assertThat(model.symbols()).containsEntry("m", "100").containsEntry("r", "0.8").containsEntry("d", "0.1");
        List<String> texts = robot.lookup("#explain-substituted .formula-text").queryAllAs(javafx.scene.text.Text.class)
                .stream().map(javafx.scene.text.Text::getText).toList();
        assertThat(String.join("", texts)).contains("100 × 0.8").contains("1 + 0.1 − 0.8").contains("266.67");
        assertThat(robot.lookup("#explain-title").queryAs(Label.class).getText())
                .isEqualTo("How is the CLV of customer 42 computed?");
    }

    @Test
    void modelParametersAreExplainedWithTheirDerivedAverages(FxRobot robot) {
        Map<String, Double> p = new LinkedHashMap<>();
        p.put("r", 0.25);
        p.put("alpha", 4.0);
        p.put("a", 0.8);
        p.put("b", 2.4);
        ClvExplanation e = new ClvExplanation(ClvFormulas.simple(10, 2, 3, 0), p, 1, 60, true);
        robot.interact(() -> model.show(request(ClvMethod.BG_NBD), e));

        // r / α = 0.25 / 4 = 0.0625 purchases per month; a / (a + b) = 0.8 / 3.2 = 0.25
        assertThat(model.parameters()).extracting(ExplainViewModel.ParameterNote::name)
                .containsExactly("r", "α", "a", "b");
        assertThat(model.parameters().get(1).meaning()).contains("0.0625").contains("month");
        assertThat(model.parameters().get(3).meaning()).contains("0.25");
        assertThat(robot.lookup("#explain-parameters").query().isVisible()).isTrue();
    }
}
