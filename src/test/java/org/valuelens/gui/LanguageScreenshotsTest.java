package org.valuelens.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.valuelens.gui.common.DirectTaskExecutor;
import org.valuelens.gui.common.FakeDialogService;
import org.valuelens.gui.common.FxToolkit;
import org.valuelens.gui.segments.CdnowSample;
import org.valuelens.service.Language;
import org.valuelens.service.Settings;
import org.valuelens.service.SettingsService;
import org.valuelens.service.WorkspaceSession;

/**
 * Writes docs/screenshots/{start,overview,clv}-{zh-tw,ru}.png: the start screen, and the Overview and CLV pages
 * with the CDNOW sample open, in Traditional Chinese and in Russian. Opt-in, like the other screenshot classes:
 * {@code mvn -B test -Dgroups=screenshots -Dtest=LanguageScreenshotsTest}.
 */
@Tag("screenshots")
@EnabledIfSystemProperty(named = "groups", matches = ".*screenshots.*")
class LanguageScreenshotsTest {

    private static final Path OUT = Paths.get("docs", "screenshots");
    private static final Locale DEFAULT_LOCALE = Locale.getDefault();

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
        Locale.setDefault(DEFAULT_LOCALE);
    }

    private static String suffix(Language language) {
        return language.tag().toLowerCase(Locale.ROOT);
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"CHINESE_TRADITIONAL", "RUSSIAN"})
    void startScreen(Language language) throws Exception {
        shoot("start-" + suffix(language), language, null, shell -> { });
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"CHINESE_TRADITIONAL", "RUSSIAN"})
    void overview(Language language) throws Exception {
        shoot("overview-" + suffix(language), language, Page.OVERVIEW, shell -> { });
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"CHINESE_TRADITIONAL", "RUSSIAN"})
    void clv(Language language) throws Exception {
        shoot("clv-" + suffix(language), language, Page.CLV, shell -> {
            ((TextField) shell.scene().lookup("#clv-calibration")).setText("1997-09-30");
            ((Button) shell.scene().lookup("#clv-run")).fire();
        });
    }

    /** @param page the page to show with the sample open, {@code null} = the start screen without data */
    private static void shoot(String name, Language language, Page page, Consumer<AppShell> prepare)
            throws Exception {
        Locale.setDefault(language.locale());
        CompletableFuture<BufferedImage> image = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                Stage stage = new Stage();
                AppShell shell = new AppShell(stage, new SettingsService(dir.resolve(name + ".properties")),
                        Settings.DEFAULTS.withLanguage(language), new DirectTaskExecutor(), WorkspaceActions.NONE,
                        new FakeDialogService());
                stage.show();
                if (page != null) {
                    shell.sessions().replace(session);
                    shell.workspace().set(session.directory(), "CDNOW sample");
                    shell.mainViewModel().showPage(page);
                }
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
}
