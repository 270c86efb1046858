package org.valuelens.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.valuelens.gui.common.DirectTaskExecutor;
import org.valuelens.gui.common.FakeDialogService;
import org.valuelens.gui.common.FxToolkit;
import org.valuelens.gui.explain.ExplainRequest;
import org.valuelens.gui.segments.CdnowSample;
import org.valuelens.service.ClvMethod;
import org.valuelens.service.Language;
import org.valuelens.service.Settings;
import org.valuelens.service.SettingsService;
import org.valuelens.service.WorkspaceSession;

/**
 * Screenshots of the teaching parts with the CDNOW sample open: What-if page (with the glossary panel), the
 * "How is this computed?" window for one customer and for the mean CLV, the glossary window and a tour step.
 * Run {@code mvn -B test -Dgroups=screenshots -Dtest=TeachingScreenshotsTest}.
 */
@Tag("screenshots")
@EnabledIfSystemProperty(named = "groups", matches = ".*screenshots.*")
class TeachingScreenshotsTest {

    private static final Path OUT = Paths.get("docs", "screenshots");

    @TempDir
    static Path dir;
    private static WorkspaceSession session;

    @BeforeAll
    static void start() throws Exception {
        FxToolkit.start();
        Files.createDirectories(OUT);
        session = CdnowSample.open(dir);
    }

    @AfterAll
    static void close() {
        session.close();
    }

    /** Builds the shell over the sample, lets {@code prepare} act and return the root to shoot, saves it. */
    private static void shoot(String name, Settings settings, Function<AppShell, Parent> prepare) throws Exception {
        CompletableFuture<BufferedImage> image = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                Stage stage = new Stage();
                AppShell shell = new AppShell(stage, new SettingsService(dir.resolve(name + ".properties")),
                        settings, new DirectTaskExecutor(), WorkspaceActions.NONE, new FakeDialogService());
                stage.show();
                shell.sessions().replace(session);
                shell.workspace().set(session.directory(), "CDNOW sample");
                shell.scene().getRoot().applyCss();
                shell.scene().getRoot().layout();
                Parent target = prepare.apply(shell);
                target.applyCss();
                target.layout();
                Platform.runLater(() -> Platform.runLater(() -> {
                    try {
                        target.applyCss();
                        target.layout();
                        WritableImage img = target.snapshot(null, null);
                        image.complete(SwingFXUtils.fromFXImage(img, null));
                    } finally {
                        if (target.getScene().getWindow() != stage) {
                            ((Stage) target.getScene().getWindow()).close();
                        }
                        stage.close();
                    }
                }));
            } catch (RuntimeException e) {
                image.completeExceptionally(e);
            }
        });
        BufferedImage img = image.get(120, TimeUnit.SECONDS);
        Path file = OUT.resolve(name + ".png");
        ImageIO.write(img, "png", file.toFile());
        assertThat(Files.size(file)).isGreaterThan(10_000);
    }

    private static Parent page(AppShell shell, Page page) {
        shell.mainViewModel().showPage(page);
        shell.scene().getRoot().applyCss();
        shell.scene().getRoot().layout();
        return shell.scene().getRoot();
    }

    @Test
    void whatIfWithTheGlossaryPanel() throws Exception {
        shoot("whatif", Settings.DEFAULTS, shell -> {
            Parent root = page(shell, Page.WHATIF);
            ((Button) root.lookup("#whatif-load")).fire();
            ((ToggleButton) root.lookup("#whatif-glossary")).setSelected(true);
            return root;
        });
    }

    @Test
    void whatIfInChinese() throws Exception {
        shoot("whatif-zh", Settings.DEFAULTS.withLanguage(Language.CHINESE_SIMPLIFIED), shell -> {
            Parent root = page(shell, Page.WHATIF);
            ((Button) root.lookup("#whatif-load")).fire();
            return root;
        });
    }

    @Test
    void explainOneCustomersBgNbdClv() throws Exception {
        shoot("explain-customer", Settings.DEFAULTS, shell -> {
            Parent root = page(shell, Page.CLV);
            ((TextField) root.lookup("#clv-calibration")).setText("1997-09-30");
            ((Button) root.lookup("#clv-run")).fire();
            TableView<?> table = (TableView<?>) root.lookup("#clv-table");
            table.getSelectionModel().select(0);
            ((Button) root.lookup("#clv-explain")).fire();
            return shell.explainer().lastWindow().getScene().getRoot();
        });
    }

    @Test
    void explainTheMeanHistoricalClvOfTheOverview() throws Exception {
        shoot("explain-mean", Settings.DEFAULTS, shell -> {
            Parent root = page(shell, Page.OVERVIEW);
            ((javafx.scene.control.Hyperlink) root.lookup("#kpi-meanClv-explain")).fire();
            return shell.explainer().lastWindow().getScene().getRoot();
        });
    }

    @Test
    void explainRetentionClvInChinese() throws Exception {
        shoot("explain-retention-zh", Settings.DEFAULTS.withLanguage(Language.CHINESE_SIMPLIFIED), shell -> {
            page(shell, Page.OVERVIEW);
            org.valuelens.service.AnalysisSettings months = org.valuelens.service.AnalysisSettings.defaults(
                    org.valuelens.model.TimeUnit.MONTH);
            String id = session.analysis().summarize(months, org.valuelens.model.progress.ProgressListener.NONE)
                    .customers().get(3).customerId();
            shell.explainer().accept(ExplainRequest.customer("客户 " + id, id, ClvMethod.RETENTION, months));
            return shell.explainer().lastWindow().getScene().getRoot();
        });
    }

    @Test
    void explainTheMeanClvOfASegment() throws Exception {
        shoot("explain-segment", Settings.DEFAULTS, shell -> {
            Parent root = page(shell, Page.SEGMENTS);
            TableView<?> table = (TableView<?>) root.lookup("#segment-table");
            table.getSelectionModel().select(0);
            ((Button) root.lookup("#segments-explain")).fire();
            return shell.explainer().lastWindow().getScene().getRoot();
        });
    }

    @Test
    void glossaryWindow() throws Exception {
        shoot("glossary", Settings.DEFAULTS, shell -> {
            shell.showGlossary();
            return shell.glossaryWindow().getScene().getRoot();
        });
    }

    @Test
    void tourStepOnTheQuadrant() throws Exception {
        shoot("tour-segments", Settings.DEFAULTS, shell -> {
            shell.tour().start();
            shell.tour().next();
            shell.tour().next();
            shell.tour().next();
            shell.scene().getRoot().applyCss();
            shell.scene().getRoot().layout();
            return shell.scene().getRoot();
        });
    }

    @Test
    void tourStepOnTheWhatIfSlider() throws Exception {
        shoot("tour-whatif", Settings.DEFAULTS, shell -> {
            shell.tour().start();
            for (int i = 0; i < 5; i++) {
                shell.tour().next();
            }
            shell.scene().getRoot().applyCss();
            shell.scene().getRoot().layout();
            return shell.scene().getRoot();
        });
    }
}
