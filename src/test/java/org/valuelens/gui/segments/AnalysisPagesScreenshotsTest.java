package org.valuelens.gui.segments;

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
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
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
import org.valuelens.service.Settings;
import org.valuelens.service.SettingsService;
import org.valuelens.service.WorkspaceSession;

/**
 * Writes docs/screenshots/{clv,quadrant,segments-rfm,cohorts,channels,segments-churn,migration,subscription}.png
 * (and a few more) with the CDNOW sample open. Opt-in:
 * {@code mvn -B test -Dgroups=screenshots -Dtest=AnalysisPagesScreenshotsTest}.
 */
@Tag("screenshots")
@EnabledIfSystemProperty(named = "groups", matches = ".*screenshots.*")
class AnalysisPagesScreenshotsTest {

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

    private static void shoot(String name, Page page, Consumer<AppShell> prepare) throws Exception {
        shoot(name, Settings.DEFAULTS, page, prepare);
    }

    private static void shoot(String name, Settings settings, Page page, Consumer<AppShell> prepare)
            throws Exception {
        shoot(name, settings, session, "CDNOW sample", page, prepare);
    }

    private static void shoot(String name, Settings settings, WorkspaceSession open, String label, Page page,
                              Consumer<AppShell> prepare) throws Exception {
        CompletableFuture<BufferedImage> image = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                Stage stage = new Stage();
                AppShell shell = new AppShell(stage, new SettingsService(dir.resolve(name + ".properties")),
                        settings, new DirectTaskExecutor(), WorkspaceActions.NONE, new FakeDialogService());
                stage.show();
                shell.sessions().replace(open);
                shell.workspace().set(open.directory(), label);
                shell.mainViewModel().showPage(page);
                shell.scene().getRoot().applyCss();
                shell.scene().getRoot().layout();
                prepare.accept(shell);
                shell.scene().getRoot().applyCss();
                shell.scene().getRoot().layout();
                Platform.runLater(() -> Platform.runLater(() -> {
                    WritableImage img = shell.scene().getRoot().snapshot(null, null);
                    image.complete(SwingFXUtils.fromFXImage(img, null));
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

    @Test
    void clvWithABgNbdRunAndDiagnostics() throws Exception {
        shoot("clv", Page.CLV, shell -> {
            TextField cal = find(shell, "#clv-calibration");
            cal.setText("1997-09-30");
            Button run = find(shell, "#clv-run");
            run.fire();
        });
    }

    @Test
    void clvHoldoutCharts() throws Exception {
        shoot("clv-holdout", Page.CLV, shell -> {
            TextField cal = find(shell, "#clv-calibration");
            cal.setText("1997-09-30");
            Button run = find(shell, "#clv-run");
            run.fire();
            TabPane tabs = find(shell, "#clv-tabs");
            tabs.getSelectionModel().select(1);
        });
    }

    @Test
    void clvModelChecksTopMiddleAndComparison() throws Exception {
        double[] scroll = {0.32, 0.68, 1};
        String[] names = {"clv-checks", "clv-checks-heatmaps", "clv-checks-compare"};
        for (int i = 0; i < scroll.length; i++) {
            double v = scroll[i];
            shoot(names[i], Page.CLV, shell -> {
                TextField cal = find(shell, "#clv-calibration");
                cal.setText("1997-09-30");
                Button run = find(shell, "#clv-run");
                run.fire();
                TabPane tabs = find(shell, "#clv-tabs");
                tabs.getSelectionModel().select(1);
                shell.scene().getRoot().applyCss();
                shell.scene().getRoot().layout();
                if (v == 1) {
                    Button compare = find(shell, "#clv-checks-compare");
                    compare.fire();
                }
                javafx.scene.control.ScrollPane pane = find(shell, "#clv-holdout-scroll");
                pane.setVvalue(v);
            });
        }
    }

    @Test
    void quadrant() throws Exception {
        shoot("quadrant", Page.SEGMENTS, shell -> {
            TableView<?> table = find(shell, "#segment-table");
            table.getSelectionModel().select(0);
            table.getSelectionModel().select(0);
        });
    }

    @Test
    void rfm() throws Exception {
        shoot("segments-rfm", Page.SEGMENTS, shell -> {
            ComboBox<String> scheme = find(shell, "#segments-scheme");
            scheme.setValue("rfm");
        });
    }

    @Test
    void tiers() throws Exception {
        shoot("segments-tiers", Page.SEGMENTS, shell -> {
            ComboBox<String> scheme = find(shell, "#segments-scheme");
            scheme.setValue("tiers");
        });
    }

    @Test
    void cohortsOnOnlineRetailWithItsPartialDecember() throws Exception {
        Path file = dir.resolve("online_retail_40k.xlsx");
        try (java.io.InputStream in = getClass().getResourceAsStream("/data/online_retail/online_retail_40k.xlsx")) {
            Files.copy(in, file);
        }
        try (WorkspaceSession retail = WorkspaceSession.open(dir.resolve("retail-ws"))) {
            retail.imports().importFile(new org.valuelens.service.ImportRequest(file, null, null, null, null, null,
                    null, java.util.Map.of()), false, org.valuelens.model.progress.ProgressListener.NONE);
            shoot("cohorts-partial", Settings.DEFAULTS, retail, "online_retail_40k.xlsx", Page.COHORTS, shell -> {
                Button run = find(shell, "#cohorts-run");
                run.fire();
            });
        }
    }

    @Test
    void cohorts() throws Exception {
        shoot("cohorts", Page.COHORTS, shell -> {
            TextField cac = find(shell, "#cohorts-cac");
            cac.setText("25");
            Button run = find(shell, "#cohorts-run");
            run.fire();
        });
    }

    @Test
    void channels() throws Exception {
        shoot("channels", Page.CHANNELS, shell -> { });
    }

    @Test
    void clvInChinese() throws Exception {
        shoot("clv-zh", Settings.DEFAULTS.withLanguage(org.valuelens.service.Language.CHINESE_SIMPLIFIED), Page.CLV,
                shell -> {
                    TextField cal = find(shell, "#clv-calibration");
                    cal.setText("1997-09-30");
                    Button run = find(shell, "#clv-run");
                    run.fire();
                });
    }

    @Test
    void quadrantInChinese() throws Exception {
        shoot("quadrant-zh", Settings.DEFAULTS.withLanguage(org.valuelens.service.Language.CHINESE_SIMPLIFIED),
                Page.SEGMENTS, shell -> { });
    }

    @Test
    void churnBands() throws Exception {
        shoot("segments-churn", Page.SEGMENTS, shell -> {
            ComboBox<String> scheme = find(shell, "#segments-scheme");
            scheme.setValue("churn");
        });
    }

    @Test
    void migration() throws Exception {
        shoot("migration", Page.SEGMENTS, shell -> {
            this.selectMigrationTab(shell);
            javafx.scene.control.DatePicker split = find(shell, "#migration-split");
            split.setValue(java.time.LocalDate.of(1997, 10, 1));
            Button run = find(shell, "#migration-run");
            run.fire();
        });
    }

    private void selectMigrationTab(AppShell shell) {
        TabPane tabs = find(shell, "#segments-content .tab-pane");
        tabs.getSelectionModel().select(1);
    }

    @Test
    void subscription() throws Exception {
        shoot("subscription", Page.SUBSCRIPTION, shell -> {
            Button example = find(shell, "#sbg-example");
            example.fire();
        });
    }

    @Test
    void subscriptionBgBb() throws Exception {
        shoot("subscription-bgbb", Page.SUBSCRIPTION, shell -> {
            TabPane tabs = find(shell, "#page-subscription .tab-pane");
            tabs.getSelectionModel().select(1);
            Button example = find(shell, "#bgbb-example");
            example.fire();
        });
    }
}
