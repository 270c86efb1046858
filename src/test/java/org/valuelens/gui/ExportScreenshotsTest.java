package org.valuelens.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.valuelens.gui.common.DirectTaskExecutor;
import org.valuelens.gui.common.FakeDialogService;
import org.valuelens.gui.common.FxToolkit;
import org.valuelens.gui.segments.CdnowSample;
import org.valuelens.service.Language;
import org.valuelens.service.Settings;
import org.valuelens.service.SettingsService;
import org.valuelens.service.WorkspaceSession;

/**
 * Writes docs/screenshots/chart-menu.png (the Overview histogram's export menu, open), table-menu-zh.png and
 * segments-zh.png / segments-rfm-zh.png (Chinese segment names and actions). Opt-in:
 * {@code mvn -B test -Dgroups=screenshots -Dtest=ExportScreenshotsTest}.
 */
@Tag("screenshots")
@EnabledIfSystemProperty(named = "groups", matches = ".*screenshots.*")
class ExportScreenshotsTest {

    private static final Path OUT = Paths.get("docs", "screenshots");
    private static final Settings CHINESE = Settings.DEFAULTS.withLanguage(Language.CHINESE_SIMPLIFIED);

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

    /**
     * Opens the page, lets {@code prepare} act and return an open context menu (or null), then writes the window
     * with the menu drawn where it is on screen.
     */
    private static void shoot(String name, Settings settings, Page page, Function<AppShell, ContextMenu> prepare)
            throws Exception {
        CompletableFuture<BufferedImage> image = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                Stage stage = new Stage();
                AppShell shell = new AppShell(stage, new SettingsService(dir.resolve(name + ".properties")),
                        settings, new DirectTaskExecutor(), WorkspaceActions.NONE, new FakeDialogService());
                stage.show();
                shell.sessions().replace(session);
                shell.workspace().set(session.directory(), "CDNOW sample");
                shell.mainViewModel().showPage(page);
                shell.scene().getRoot().applyCss();
                shell.scene().getRoot().layout();
                ContextMenu menu = prepare.apply(shell);
                shell.scene().getRoot().applyCss();
                shell.scene().getRoot().layout();
                Platform.runLater(() -> Platform.runLater(() -> {
                    BufferedImage window = SwingFXUtils.fromFXImage(shell.scene().getRoot().snapshot(null, null),
                            null);
                    if (menu != null) {
                        BufferedImage popup = SwingFXUtils.fromFXImage(
                                menu.getScene().getRoot().snapshot(null, null), null);
                        Graphics2D g = window.createGraphics();
                        g.drawImage(popup, (int) (menu.getX() - stage.getX() - shell.scene().getX()),
                                (int) (menu.getY() - stage.getY() - shell.scene().getY()), null);
                        g.dispose();
                        menu.hide();
                    }
                    image.complete(window);
                    stage.close();
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

    @SuppressWarnings("unchecked")
    private static <T> T find(AppShell shell, String id) {
        return (T) shell.scene().lookup(id);
    }

    private static ContextMenu openAt(ContextMenu menu, javafx.scene.Node node, double fx, double fy) {
        Bounds b = node.localToScreen(node.getBoundsInLocal());
        menu.show(node, b.getMinX() + b.getWidth() * fx, b.getMinY() + b.getHeight() * fy);
        return menu;
    }

    @Test
    void chartExportMenu() throws Exception {
        shoot("chart-menu", Settings.DEFAULTS, Page.OVERVIEW, shell -> {
            ChartViewer viewer = find(shell, "#overview-histogram");
            return openAt(viewer.getContextMenu(), viewer, 0.45, 0.35);
        });
    }

    @Test
    void chineseChartExportMenu() throws Exception {
        shoot("chart-menu-zh", CHINESE, Page.COHORTS, shell -> {
            ChartViewer viewer = find(shell, "#cohorts-retention");
            return openAt(viewer.getContextMenu(), viewer, 0.4, 0.3);
        });
    }

    @Test
    void chineseTableExportMenu() throws Exception {
        shoot("table-menu-zh", CHINESE, Page.CHANNELS, shell -> {
            TableView<?> table = find(shell, "#channels-table");
            return openAt(table.getContextMenu(), table, 0.3, 0.3);
        });
    }

    @Test
    void chineseSegmentsQuadrant() throws Exception {
        shoot("segments-zh", CHINESE, Page.SEGMENTS, shell -> {
            TableView<?> table = find(shell, "#segment-table");
            table.getSelectionModel().select(0);
            return null;
        });
    }

    @Test
    void chineseSegmentsRfm() throws Exception {
        shoot("segments-rfm-zh", CHINESE, Page.SEGMENTS, shell -> {
            ComboBox<String> scheme = find(shell, "#segments-scheme");
            scheme.setValue("rfm");
            TableView<?> table = find(shell, "#segment-table");
            table.getSelectionModel().select(1);
            return null;
        });
    }

    @Test
    void chineseSegmentsTiers() throws Exception {
        shoot("segments-tiers-zh", CHINESE, Page.SEGMENTS, shell -> {
            ComboBox<String> scheme = find(shell, "#segments-scheme");
            scheme.setValue("tiers");
            return null;
        });
    }
}
