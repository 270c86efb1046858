package org.valuelens.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
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
import org.valuelens.gui.common.SessionHolder;
import org.valuelens.service.Settings;
import org.valuelens.service.SettingsService;

/**
 * Screenshots with real data: the import wizard's preview and mapping steps on the CDNOW sample, and the Overview
 * and Customers pages with the sample open. Run {@code mvn -B test -Dgroups=screenshots -Dtest=DataScreenshotsTest}.
 */
@Tag("screenshots")
@EnabledIfSystemProperty(named = "groups", matches = ".*screenshots.*")
class DataScreenshotsTest {

    private static final Path OUT = Paths.get("docs", "screenshots");

    @TempDir
    static Path dir;

    @BeforeAll
    static void startFx() throws Exception {
        FxToolkit.start();
        Files.createDirectories(OUT);
    }

    /** Builds a shell with real services, lets {@code prepare} act and return the root to shoot, then saves it. */
    private static void shoot(String name, Function<AppShell, Parent> prepare) throws Exception {
        CompletableFuture<BufferedImage> image = new CompletableFuture<>();
        Path root = dir.resolve(name);
        SessionHolder sessions = new SessionHolder();
        Platform.runLater(() -> {
            try {
                Stage stage = new Stage();
                SessionWorkspaceActions actions = new SessionWorkspaceActions(sessions, root.resolve("ws"),
                        root.resolve("samples"));
                AppShell shell = new AppShell(stage, new SettingsService(root.resolve("settings.properties")),
                        Settings.DEFAULTS, new DirectTaskExecutor(), actions, new FakeDialogService(), sessions);
                stage.show();
                Parent target = prepare.apply(shell);
                target.applyCss();
                target.layout();
                Platform.runLater(() -> {
                    try {
                        image.complete(SwingFXUtils.fromFXImage(target.snapshot(null, null), null));
                    } finally {
                        if (shell.lastImportWizard() != null) {
                            shell.lastImportWizard().close();
                        }
                        stage.close();
                        sessions.close();
                    }
                });
            } catch (RuntimeException e) {
                image.completeExceptionally(e);
            }
        });
        BufferedImage img = image.get(90, TimeUnit.SECONDS);
        Path file = OUT.resolve(name + ".png");
        ImageIO.write(img, "png", file.toFile());
        assertThat(Files.size(file)).isGreaterThan(10_000);
    }

    private static Path sampleCopy() {
        Path copy = dir.resolve("CDNOW_sample.txt");
        try (InputStream in = DataScreenshotsTest.class.getResourceAsStream("/data/cdnow/CDNOW_sample.txt")) {
            if (!Files.exists(copy)) {
                Files.copy(in, copy);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return copy;
    }

    @SuppressWarnings("unchecked")
    private static void map(Parent wizard, String role, String column) {
        ((ComboBox<String>) wizard.lookup("#map-" + role)).getSelectionModel().select(column);
    }

    @Test
    void wizardPreview() throws Exception {
        shoot("wizard-preview", shell -> {
            shell.commands().importFile(sampleCopy());
            return shell.lastImportWizard().getScene().getRoot();
        });
    }

    @Test
    void wizardMapping() throws Exception {
        shoot("wizard-mapping", shell -> {
            shell.commands().importFile(sampleCopy());
            Parent wizard = shell.lastImportWizard().getScene().getRoot();
            wizard.lookup("#wizard-next").fireEvent(new javafx.event.ActionEvent());
            map(wizard, "customer", "Column 2");
            map(wizard, "date", "Column 3");
            map(wizard, "quantity", "Column 4");
            map(wizard, "amount", "Column 5");
            return wizard;
        });
    }

    @Test
    void wizardSummaryWithRejectedRows() throws Exception {
        Path mixed = dir.resolve("orders.csv");
        Files.writeString(mixed, "customer,date,amount\nC1,2024-01-02,10.50\nC2,2024-13-45,5\nC1,2024-02-03,-4\n"
                + "C3,2024-03-04,7.25\n,2024-03-05,1\nC4,2024-03-06,abc\nC2,2024-03-07,12\n");
        shoot("wizard-summary", shell -> {
            shell.commands().importFile(mixed);
            Parent wizard = shell.lastImportWizard().getScene().getRoot();
            wizard.lookup("#wizard-next").fireEvent(new javafx.event.ActionEvent());
            wizard.lookup("#wizard-import").fireEvent(new javafx.event.ActionEvent());
            return wizard;
        });
    }

    /** Opens the sample (renamed), imports the apparel file next to it and returns the apparel dataset's id. */
    private static int twoDatasets(AppShell shell) {
        shell.commands().openSample();
        org.valuelens.service.WorkspaceSession session = shell.sessions().require();
        int sample = shell.workspace().datasetIdProperty().get();
        session.workspace().renameDataset(sample, "CDNOW sample (1/10)");
        shell.commands().openDataset(sample);
        Path apparel = dir.resolve("apparelTrans.csv");
        try (InputStream in = DataScreenshotsTest.class.getResourceAsStream("/data/apparel/apparelTrans.csv")) {
            if (!Files.exists(apparel)) {
                Files.copy(in, apparel);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return session.imports().importFile(org.valuelens.service.ImportRequest.of(apparel), false,
                org.valuelens.model.progress.ProgressListener.NONE).datasetId();
    }

    @Test
    void datasetList() throws Exception {
        shoot("dataset-list", shell -> {
            twoDatasets(shell);
            shell.mainViewModel().showPage(Page.DATASETS);
            Parent root = shell.scene().getRoot();
            root.applyCss();
            root.layout();
            ((TableView<?>) root.lookup("#datasets-table")).getSelectionModel().select(1);
            return root;
        });
    }

    @Test
    void datasetSwitch() throws Exception {
        shoot("dataset-switch", shell -> {
            int apparel = twoDatasets(shell);
            shell.mainViewModel().showPage(Page.SEGMENTS);
            Parent root = shell.scene().getRoot();
            root.applyCss();
            root.layout();
            ((javafx.scene.control.TextField) root.lookup("#quadrant-x")).setText("4");
            ((javafx.scene.control.TextField) root.lookup("#quadrant-y")).setText("30");
            root.lookup("#segments-run").fireEvent(new javafx.event.ActionEvent());
            shell.commands().openDataset(apparel);
            root.applyCss();
            root.layout();
            return root;
        });
    }

    @Test
    void overviewWithTheSample() throws Exception {
        shoot("overview", shell -> {
            shell.commands().openSample();
            shell.mainViewModel().showPage(Page.OVERVIEW);
            return shell.scene().getRoot();
        });
    }

    @Test
    void customersWithTheSample() throws Exception {
        shoot("customers", shell -> {
            shell.commands().openSample();
            shell.mainViewModel().showPage(Page.CUSTOMERS);
            Parent root = shell.scene().getRoot();
            root.applyCss();
            root.layout();
            @SuppressWarnings("unchecked")
            TableView<Object> table = (TableView<Object>) root.lookup("#customers-table");
            table.getSelectionModel().select(5);
            return root;
        });
    }
}
