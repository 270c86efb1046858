package org.valuelens.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.valuelens.gui.common.DirectTaskExecutor;
import org.valuelens.gui.common.FakeDialogService;
import org.valuelens.gui.common.FxToolkit;
import org.valuelens.service.Language;
import org.valuelens.service.Settings;
import org.valuelens.service.SettingsService;
import org.valuelens.service.Theme;

/**
 * Writes docs/screenshots/*.png of the main pages with {@code node.snapshot}. Not part of the default build:
 * run {@code mvn -B test -Dgroups=screenshots -Dtest=ScreenshotsTest} (Surefire passes the {@code groups} user
 * property to the test JVM, which enables this class).
 */
@Tag("screenshots")
@EnabledIfSystemProperty(named = "groups", matches = ".*screenshots.*")
class ScreenshotsTest {

    private static final Path OUT = Paths.get("docs", "screenshots");

    @TempDir
    static Path dir;

    @BeforeAll
    static void startFx() throws Exception {
        FxToolkit.start();
        Files.createDirectories(OUT);
    }

    private static void shoot(String name, Settings settings, Consumer<AppShell> prepare) throws Exception {
        shoot(name, settings, new FakeWorkspaceActions(dir), new DirectTaskExecutor(), prepare);
    }

    private static void shoot(String name, Settings settings, WorkspaceActions actions,
                              org.valuelens.gui.common.TaskExecutor executor, Consumer<AppShell> prepare)
            throws Exception {
        CompletableFuture<BufferedImage> image = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                Stage stage = new Stage();
                AppShell shell = new AppShell(stage, new SettingsService(dir.resolve(name + ".properties")),
                        settings, executor, actions, new FakeDialogService());
                stage.show();
                prepare.accept(shell);
                shell.scene().getRoot().applyCss();
                shell.scene().getRoot().layout();
                Platform.runLater(() -> {
                    WritableImage img = shell.scene().getRoot().snapshot(null, null);
                    image.complete(SwingFXUtils.fromFXImage(img, null));
                    stage.close();
                    AppShell.applyTheme(Theme.LIGHT);
                });
            } catch (RuntimeException e) {
                image.completeExceptionally(e);
            }
        });
        BufferedImage img = image.get(60, TimeUnit.SECONDS);
        Path file = OUT.resolve(name + ".png");
        ImageIO.write(img, "png", file.toFile());
        assertThat(Files.size(file)).isGreaterThan(10_000);
        assertThat(img.getWidth()).isGreaterThanOrEqualTo(1024);
    }

    @Test
    void startScreen() throws Exception {
        shoot("start", Settings.DEFAULTS, shell -> { });
    }

    @Test
    void settingsPage() throws Exception {
        shoot("settings", Settings.DEFAULTS, shell -> shell.mainViewModel().showPage(Page.SETTINGS));
    }

    @Test
    void startScreenDark() throws Exception {
        shoot("start-dark", Settings.DEFAULTS.withTheme(Theme.DARK)
                .withRecentWorkspaces(java.util.List.of(Paths.get("/home/ann/ValueLens/cdnow-sample"),
                        Paths.get("/home/ann/ValueLens/shop-2024"))), shell -> { });
    }

    @Test
    void importRunningShowsProgressAndCancelInTheStatusBar() throws Exception {
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch reported = new java.util.concurrent.CountDownLatch(1);
        WorkspaceActions slow = new FakeWorkspaceActions(dir) {
            @Override
            public OpenedWorkspace openSample(org.valuelens.model.progress.ProgressListener progress) {
                progress.progress(4_200, 6_919, "Reading rows 4,200 of 6,919");
                reported.countDown();
                try {
                    release.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return new OpenedWorkspace(null, "CDNOW sample");
            }
        };
        org.valuelens.gui.common.FxTaskExecutor executor = new org.valuelens.gui.common.FxTaskExecutor(1);
        try {
            shoot("busy", Settings.DEFAULTS, slow, executor, shell -> {
                shell.mainViewModel().openSample();
                try {
                    reported.await(30, TimeUnit.SECONDS);
                    Thread.sleep(300); // let the coalesced progress update reach the FX thread queue
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        } finally {
            release.countDown();
            executor.shutdown();
        }
    }

    @Test
    void settingsPageAtTheMinimumWindowSize() throws Exception {
        shoot("settings-min", Settings.DEFAULTS, shell -> {
            shell.stage().setWidth(1024);
            shell.stage().setHeight(700);
            shell.mainViewModel().showPage(Page.SETTINGS);
        });
    }

    @Test
    void startScreenAtTheMinimumWindowSize() throws Exception {
        shoot("start-min", Settings.DEFAULTS, shell -> {
            shell.stage().setWidth(1024);
            shell.stage().setHeight(700);
        });
    }

    @Test
    void overviewInChinese() throws Exception {
        shoot("overview-zh", Settings.DEFAULTS.withLanguage(Language.CHINESE_SIMPLIFIED),
                shell -> shell.mainViewModel().showPage(Page.OVERVIEW));
    }

    @Test
    void startScreenInChinese() throws Exception {
        shoot("start-zh", Settings.DEFAULTS.withLanguage(Language.CHINESE_SIMPLIFIED), shell -> { });
    }
}
