package org.valuelens.gui.ltv;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.valuelens.gui.AppShell;
import org.valuelens.gui.Page;
import org.valuelens.gui.WorkspaceActions;
import org.valuelens.gui.common.DirectTaskExecutor;
import org.valuelens.gui.common.FakeDialogService;
import org.valuelens.gui.common.FxToolkit;
import org.valuelens.model.progress.ProgressListener;
import org.valuelens.service.ImportRequest;
import org.valuelens.service.Language;
import org.valuelens.service.Settings;
import org.valuelens.service.SettingsService;
import org.valuelens.service.WorkspaceSession;

/**
 * Writes docs/screenshots/{cohorts,channels}-ltv-days[-zh].png and {cohorts,channels}-repeat.png: the N-day value and
 * time-between-orders tabs on the Online Retail extract with Country as the channel and a CAC for three countries
 * (and 120 on the Cohorts page), at 1440×900 (and the Cohorts tab at 1024×640). Opt-in:
 * {@code mvn -B test -Dgroups=screenshots -Dtest=LtvScreenshotsTest}.
 */
@Tag("screenshots")
@EnabledIfSystemProperty(named = "groups", matches = ".*screenshots.*")
class LtvScreenshotsTest {
    private static final Path OUT = Paths.get("docs", "screenshots");

    @TempDir
    static Path dir;
    private static WorkspaceSession session;
    private static int dataset;

    @BeforeAll
    static void start() throws Exception {
        FxToolkit.start();
        Files.createDirectories(OUT);
        Path file = dir.resolve("online_retail_40k.xlsx");
        try (InputStream in = LtvScreenshotsTest.class.getResourceAsStream(
                "/data/online_retail/online_retail_40k.xlsx")) {
            Files.copy(in, file);
        }
        session = WorkspaceSession.open(dir.resolve("ws"));
        dataset = session.imports().importFile(new ImportRequest(file, null, null, null, null, null, null,
                Map.of("channel", "Country")), false, ProgressListener.NONE).datasetId();
        session.workspace().saveDatasetSettings(dataset, session.workspace().datasetSettings(dataset)
                .withChannelCac("United Kingdom", 150.0).withChannelCac("Germany", 300.0)
                .withChannelCac("France", 2000.0).withCac(120.0));
    }

    @AfterAll
    static void close() {
        session.close();
    }

    private static void shoot(String name, Settings settings, Page page, String tabs, int tab, int width, int height)
            throws Exception {
        CompletableFuture<BufferedImage> image = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                Stage stage = new Stage();
                stage.setWidth(width);
                stage.setHeight(height);
                AppShell shell = new AppShell(stage, new SettingsService(dir.resolve(name + ".properties")),
                        settings, new DirectTaskExecutor(), WorkspaceActions.NONE, new FakeDialogService());
                stage.show();
                shell.sessions().replace(session);
                shell.workspace().open(session.directory(), dataset, "Online Retail (40k)",
                        session.workspace().datasetSettings(dataset));
                shell.mainViewModel().showPage(page);
                shell.scene().getRoot().applyCss();
                shell.scene().getRoot().layout();
                ((TabPane) shell.scene().lookup(tabs)).getSelectionModel().select(tab);
                shell.scene().getRoot().applyCss();
                shell.scene().getRoot().layout();
                Platform.runLater(() -> Platform.runLater(() -> {
                    image.complete(SwingFXUtils.fromFXImage(shell.scene().getRoot().snapshot(null, null), null));
                    stage.close();
                }));
            } catch (RuntimeException e) {
                image.completeExceptionally(e);
            }
        });
        BufferedImage img = image.get(300, TimeUnit.SECONDS);
        Path file = OUT.resolve(name + ".png");
        ImageIO.write(img, "png", file.toFile());
        assertThat(Files.size(file)).isGreaterThan(10_000);
    }

    @Test
    void nDayValueAndTimeBetweenOrdersTabs() throws Exception {
        Settings zh = Settings.DEFAULTS.withLanguage(Language.CHINESE_SIMPLIFIED);
        shoot("cohorts-ltv-days", Settings.DEFAULTS, Page.COHORTS, "#cohorts-tabs", 1, 1440, 900);
        shoot("cohorts-repeat", Settings.DEFAULTS, Page.COHORTS, "#cohorts-tabs", 2, 1440, 900);
        shoot("channels-ltv-days", Settings.DEFAULTS, Page.CHANNELS, "#channels-tabs", 1, 1440, 900);
        shoot("channels-repeat", Settings.DEFAULTS, Page.CHANNELS, "#channels-tabs", 2, 1440, 900);
        shoot("cohorts-ltv-days-1024", Settings.DEFAULTS, Page.COHORTS, "#cohorts-tabs", 1, 1024, 640);
        shoot("cohorts-ltv-days-zh", zh, Page.COHORTS, "#cohorts-tabs", 1, 1440, 900);
        shoot("channels-ltv-days-zh", zh, Page.CHANNELS, "#channels-tabs", 1, 1440, 900);
        shoot("channels-ltv-days-1024-ru", Settings.DEFAULTS.withLanguage(Language.RUSSIAN), Page.CHANNELS,
                "#channels-tabs", 1, 1024, 640);
    }
}
