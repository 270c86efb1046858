package org.valuelens.gui.products;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.TabPane;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
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
import org.valuelens.report.deck.ReportFiles;
import org.valuelens.service.AnalysisSettings;
import org.valuelens.service.ClvMethod;
import org.valuelens.service.ImportRequest;
import org.valuelens.service.Language;
import org.valuelens.service.ReportRequest;
import org.valuelens.service.ReportService;
import org.valuelens.service.Settings;
import org.valuelens.service.SettingsService;
import org.valuelens.service.WorkspaceSession;

/**
 * Writes docs/screenshots/products*.png (the Products page on the Online Retail extract, English and Chinese) and
 * report-slide-{products,ndays,outlook-retail}[-zh].png (slides drawn by POI), and the CDNOW sample's
 * report-slide-{quadrant,cohorts,outlook}.png. Opt-in:
 * {@code mvn -B test -Dgroups=screenshots -Dtest=ProductsScreenshotsTest}.
 */
@Tag("screenshots")
@EnabledIfSystemProperty(named = "groups", matches = ".*screenshots.*")
class ProductsScreenshotsTest {
    private static final Path OUT = Paths.get("docs", "screenshots");

    @TempDir
    static Path dir;
    private static WorkspaceSession session;
    private static int retail;
    private static int cdnow;

    @BeforeAll
    static void start() throws Exception {
        FxToolkit.start();
        Files.createDirectories(OUT);
        Path file = dir.resolve("online_retail_40k.xlsx");
        try (InputStream in = ProductsScreenshotsTest.class.getResourceAsStream(
                "/data/online_retail/online_retail_40k.xlsx")) {
            Files.copy(in, file);
        }
        session = WorkspaceSession.open(dir.resolve("ws"));
        retail = session.imports().importFile(new ImportRequest(file, null, null, null, null, null, null, Map.of()),
                false, ProgressListener.NONE).datasetId();
        Path sample = dir.resolve("CDNOW_sample.txt");
        try (InputStream in = ProductsScreenshotsTest.class.getResourceAsStream("/data/cdnow/CDNOW_sample.txt")) {
            Files.copy(in, sample);
        }
        cdnow = session.imports().importFile(new ImportRequest(sample, null, false, null, null, null, null,
                Map.of("customer", "2", "date", "3", "quantity", "4", "amount", "5")), false, ProgressListener.NONE)
                .datasetId();
    }

    /** The README's and docs/report.md's quadrant, cohort and outlook slides, from the CDNOW sample. */
    @Test
    void theCdnowSlides() throws Exception {
        AnalysisSettings settings = AnalysisSettings.defaults(org.valuelens.model.TimeUnit.WEEK).withDataset(cdnow);
        ReportFiles files = new ReportService(session.analysis()).write(new ReportRequest(settings,
                ClvMethod.BG_NBD, Locale.ENGLISH, "$", null), dir.resolve("report-cdnow"), ProgressListener.NONE);
        try (InputStream in = Files.newInputStream(files.deck()); XMLSlideShow ppt = new XMLSlideShow(in)) {
            draw(ppt, titled(ppt, Locale.ENGLISH, "slide.quadrant"), "report-slide-quadrant");
            draw(ppt, titled(ppt, Locale.ENGLISH, "slide.cohorts"), "report-slide-cohorts");
            draw(ppt, titled(ppt, Locale.ENGLISH, "slide.outlook"), "report-slide-outlook");
        }
    }

    @AfterAll
    static void close() {
        session.close();
    }

    private static void shoot(String name, Settings settings, int tab, Consumer<AppShell> prepare) throws Exception {
        CompletableFuture<BufferedImage> image = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                Stage stage = new Stage();
                AppShell shell = new AppShell(stage, new SettingsService(dir.resolve(name + ".properties")),
                        settings, new DirectTaskExecutor(), WorkspaceActions.NONE, new FakeDialogService());
                stage.show();
                shell.sessions().replace(session);
                shell.workspace().set(session.directory(), "Online Retail (40k)");
                shell.mainViewModel().showPage(Page.PRODUCTS);
                shell.scene().getRoot().applyCss();
                shell.scene().getRoot().layout();
                prepare.accept(shell);
                ((TabPane) shell.scene().lookup("#products-tabs")).getSelectionModel().select(tab);
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
        BufferedImage img = image.get(300, TimeUnit.SECONDS);
        Path file = OUT.resolve(name + ".png");
        ImageIO.write(img, "png", file.toFile());
        assertThat(Files.size(file)).isGreaterThan(10_000);
    }

    @Test
    void productsPageInEnglishAndChinese() throws Exception {
        shoot("products", Settings.DEFAULTS, 0, shell -> { });
        shoot("products-cohorts", Settings.DEFAULTS, 1, shell -> { });
        shoot("products-repeat", Settings.DEFAULTS, 2, shell -> { });
        shoot("products-affinity", Settings.DEFAULTS, 3, shell -> { });
        shoot("products-zh", Settings.DEFAULTS.withLanguage(Language.CHINESE_SIMPLIFIED), 0, shell -> { });
    }

    @Test
    void theTwoProductSlidesInEnglishAndChinese() throws Exception {
        AnalysisSettings settings = AnalysisSettings.defaults(org.valuelens.model.TimeUnit.WEEK).withDataset(retail);
        ReportService report = new ReportService(session.analysis());
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE}) {
            ReportFiles files = report.write(new ReportRequest(settings, ClvMethod.BG_NBD, locale, "£", null),
                    dir.resolve("report-" + locale), ProgressListener.NONE);
            String suffix = locale == Locale.ENGLISH ? "" : "-zh";
            try (InputStream in = Files.newInputStream(files.deck()); XMLSlideShow ppt = new XMLSlideShow(in)) {
                // found by title: the outlook slide before them comes only when the data allow a forecast
                draw(ppt, titled(ppt, locale, "slide.products"), "report-slide-products" + suffix);
                draw(ppt, titled(ppt, locale, "slide.ndays"), "report-slide-ndays" + suffix);
                draw(ppt, titled(ppt, locale, "slide.outlook"), "report-slide-outlook-retail" + suffix);
            }
        }
    }

    private static int titled(XMLSlideShow ppt, Locale locale, String key) {
        String title = java.util.ResourceBundle.getBundle("i18n.report", locale).getString(key);
        for (int i = 0; i < ppt.getSlides().size(); i++) {
            for (org.apache.poi.xslf.usermodel.XSLFShape sh : ppt.getSlides().get(i).getShapes()) {
                if (sh instanceof org.apache.poi.xslf.usermodel.XSLFTextShape ts && title.equals(ts.getText())) {
                    return i;
                }
            }
        }
        throw new AssertionError("no slide titled " + title);
    }

    private static void draw(XMLSlideShow ppt, int index, String name) throws Exception {
        java.awt.Dimension size = ppt.getPageSize();
        BufferedImage img = new BufferedImage(size.width * 2, size.height * 2, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setPaint(java.awt.Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.scale(2, 2);
        ppt.getSlides().get(index).draw(g);
        g.dispose();
        Path file = OUT.resolve(name + ".png");
        ImageIO.write(img, "png", file.toFile());
        assertThat(Files.size(file)).isGreaterThan(10_000);
    }
}
