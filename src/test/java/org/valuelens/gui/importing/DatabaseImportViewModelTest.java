package org.valuelens.gui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuelens.gui.OpenedWorkspace;
import org.valuelens.gui.common.DirectTaskExecutor;
import org.valuelens.gui.common.FakeDialogService;
import org.valuelens.gui.common.FxToolkit;
import org.valuelens.gui.common.I18n;
import org.valuelens.model.progress.ProgressListener;
import org.valuelens.service.DatabaseImportOutcome;
import org.valuelens.service.DatabaseImportRequest;
import org.valuelens.service.DatabaseImportService;
import org.valuelens.service.DatabasePreview;
import org.valuelens.service.WorkspaceService;
import org.valuelens.testing.SourceDatabase;

/**
 * The import wizard's Database source against a real PostgreSQL server: preview (columns, first rows, suggested
 * mapping), import in the chosen mode, errors as one sentence, the password only in memory; and the wizard window
 * with it (docs/screenshots/wizard-database.png, written with -Dvaluelens.screenshots=true).
 */
class DatabaseImportViewModelTest {

    @TempDir
    static Path dir;
    static SourceDatabase db;
    static WorkspaceService workspace;

    @BeforeAll
    static void start() throws IOException, SQLException {
        db = SourceDatabase.start();
        workspace = WorkspaceService.open(dir.resolve("ws"));
    }

    @AfterAll
    static void stop() throws IOException {
        workspace.close();
        db.close();
    }

    /** The real services, on the test's workspace. */
    private static final DatabaseBackend BACKEND = new DatabaseBackend() {
        @Override
        public DatabasePreview previewDatabase(DatabaseImportRequest request, int rows) {
            return DatabaseImportService.preview(request, rows);
        }

        @Override
        public DatabaseImportOutcome importDatabase(DatabaseImportRequest request, ProgressListener listener) {
            return new DatabaseImportService(workspace).importDatabase(request, listener);
        }

        @Override
        public Path workspaceDirectory() {
            return workspace.directory();
        }
    };

    private final List<OpenedWorkspace> opened = new ArrayList<>();

    private DatabaseImportViewModel model(Locale locale) {
        DatabaseImportViewModel m = new DatabaseImportViewModel(BACKEND, new DirectTaskExecutor(), new I18n(locale),
                opened::add);
        m.urlProperty().set(db.url());
        m.userProperty().set(SourceDatabase.USER);
        m.passwordProperty().set(SourceDatabase.PASSWORD);
        m.tableProperty().set("cdnow");
        return m;
    }

    @Test
    void previewShowsTheColumnsAndFirstRowsAndSuggestsTheCustomerAndDate() {
        DatabaseImportViewModel m = model(Locale.ENGLISH);
        m.preview();
        assertThat(m.errorProperty().get()).isEmpty();
        assertThat(m.columns()).containsExactly("master_id", "customer_id", "purchase_date", "cds", "dollars");
        assertThat(m.previewRows()).hasSize(DatabaseImportViewModel.PREVIEW_ROWS);
        assertThat(m.previewRows().get(0)).hasSize(5);
        assertThat(m.mappingProperty("customer").get()).isEqualTo("customer_id");
        assertThat(m.mappingProperty("date").get()).isEqualTo("purchase_date");
        assertThat(m.previewedProperty().get()).isTrue();
    }

    @Test
    void importInSummaryModeOpensTheNewDatasetAndSaysWhatCrossedTheNetwork() {
        DatabaseImportViewModel m = model(Locale.ENGLISH);
        m.preview();
        m.mappingProperty("amount").set("dollars");
        m.summaryModeProperty().set(true);
        m.calibrationEndProperty().set("1997-09-30");
        int before = workspace.listDatasets().size();
        m.runImport();
        assertThat(m.errorProperty().get()).isEmpty();
        assertThat(workspace.listDatasets()).hasSize(before + 1);
        assertThat(opened).hasSize(1);
        assertThat(opened.get(0).datasetName()).isEqualTo("cdnow @ " + db.url());
        assertThat(m.statusProperty().get()).startsWith("Imported cdnow @ " + db.url()
                + ": the database read 6,919 rows and sent ");
    }

    @Test
    void aMissingTableIsOneSentenceAndNothingIsImported() {
        DatabaseImportViewModel m = model(Locale.ENGLISH);
        m.tableProperty().set("orders");
        m.preview();
        assertThat(m.errorProperty().get()).startsWith("There is no table or view orders").endsWith(".")
                .doesNotContain(SourceDatabase.PASSWORD);
        m.runImport();
        assertThat(m.errorProperty().get()).isEqualTo(new I18n(Locale.ENGLISH).get("database.error.previewFirst"));
        assertThat(opened).isEmpty();
    }

    @Test
    void aBadCalibrationEndIsRefusedBeforeConnecting() {
        DatabaseImportViewModel m = model(Locale.SIMPLIFIED_CHINESE);
        m.preview();
        m.summaryModeProperty().set(true);
        m.calibrationEndProperty().set("30/09/1997");
        m.runImport();
        assertThat(m.errorProperty().get()).isEqualTo("校准期结束“30/09/1997”不是 1997-09-30 这样的日期。");
        assertThat(opened).isEmpty();
    }

    @Test
    void theWizardShowsTheDatabaseSource() throws Exception {
        FxToolkit.start();
        DatabaseImportViewModel m = model(Locale.ENGLISH);
        m.preview();
        m.mappingProperty("amount").set("dollars");
        m.mappingProperty("quantity").set("cds");
        m.setActive(true);
        I18n i18n = new I18n(Locale.ENGLISH);
        ImportWizardViewModel files = new ImportWizardViewModel(new org.valuelens.gui.SessionWorkspaceActions(
                new org.valuelens.gui.common.SessionHolder(), dir.resolve("files"), dir.resolve("samples")),
                new DirectTaskExecutor(), new FakeDialogService(), i18n, o -> { });
        CompletableFuture<BufferedImage> shot = new CompletableFuture<>();
        CompletableFuture<Boolean> shown = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
                ImportWizardView view = new ImportWizardView(files, i18n, m);
                org.valuelens.gui.common.Styling.apply(view, Locale.ENGLISH);
                Stage stage = new Stage();
                stage.setScene(new Scene(view, 900, 700));
                stage.show();
                shown.complete(view.lookup("#database-source").isVisible()
                        && view.lookup("#wizard-source-database") != null
                        && view.lookup("#database-preview-table") != null);
                Platform.runLater(() -> {
                    shot.complete(SwingFXUtils.fromFXImage(view.snapshot(null, null), null));
                    stage.close();
                });
            } catch (RuntimeException e) {
                shown.completeExceptionally(e);
                shot.completeExceptionally(e);
            }
        });
        assertThat(shown.get(60, TimeUnit.SECONDS)).isTrue();
        BufferedImage image = shot.get(60, TimeUnit.SECONDS);
        assertThat(image.getWidth()).isEqualTo(900);
        if (Boolean.getBoolean("valuelens.screenshots")) {
            Path out = Path.of("docs", "screenshots", "wizard-database.png");
            Files.createDirectories(out.getParent());
            ImageIO.write(image, "png", out.toFile());
        }
    }
}
