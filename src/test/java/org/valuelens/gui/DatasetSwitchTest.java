package org.valuelens.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.valuelens.gui.common.DirectTaskExecutor;
import org.valuelens.gui.common.FakeDialogService;
import org.valuelens.gui.common.SessionHolder;
import org.valuelens.gui.datasets.DatasetsViewModel;
import org.valuelens.model.cohort.ChannelSummary;
import org.valuelens.model.progress.ProgressListener;
import org.valuelens.service.ClvMethod;
import org.valuelens.service.Settings;
import org.valuelens.service.SettingsService;

/**
 * Two datasets in one workspace (the CDNOW sample, 2,357 customers, and the CLVTools apparel file, 600 customers),
 * each with its own quadrant thresholds, CAC, calibration end and CLV method: switching back and forth on the
 * Datasets page shows every page with the open dataset's figures and choices only, and a restart reopens the last
 * active dataset.
 */
@ExtendWith(ApplicationExtension.class)
class DatasetSwitchTest {

    /** Published: the CDNOW 1/10 sample has 2,357 customers (src/test/resources/data/reference/PUBLISHED.md). */
    private static final int CDNOW_CUSTOMERS = 2357;

    @TempDir
    static Path dir;

    private AppShell shell;
    private SessionWorkspaceActions actions;
    private final FakeDialogService dialogs = new FakeDialogService();
    private final SessionHolder sessions = new SessionHolder();


    @Start
    void start(Stage stage) {

        actions = new SessionWorkspaceActions(sessions, dir.resolve("ws"), dir.resolve("samples"));
        shell = new AppShell(stage, new SettingsService(dir.resolve("settings.properties")), Settings.DEFAULTS,
                new DirectTaskExecutor(), actions, dialogs, sessions);
        stage.show();
    }

    @AfterEach
    void close() {
        sessions.close();
    }

    /** Distinct customer ids of the apparel file, counted here from the file itself. */
    private static int apparelCustomers(Path file) throws Exception {
        return (int) Files.readAllLines(file).stream().skip(1).filter(l -> !l.isBlank())
                .map(l -> l.split(",")[0]).distinct().count();
    }

    @Test
    void everyPageShowsTheOpenDatasetsFiguresAndChoicesWhenSwitchingBackAndForth(FxRobot robot) throws Exception {
        Path apparel = Path.of(getClass().getResource("/data/apparel/apparelTrans.csv").toURI());
        int apparelCustomers = apparelCustomers(apparel);
        assertThat(apparelCustomers).isEqualTo(600);

        robot.interact(() -> shell.commands().openSample());
        robot.interact(() -> choose("1.5", "40", "25", "1997-09-30", ClvMethod.PARETO_NBD));
        robot.interact(() -> {
            try {
                shell.commands().opened(actions.importFile(apparel, ProgressListener.NONE));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(shell.workspace().datasetNameProperty().get()).isEqualTo("apparelTrans.csv");
        // nothing of the sample's choices leaks into the new dataset
        robot.interact(() -> expectPages("apparelTrans.csv", apparelCustomers, "", "", "", "", ClvMethod.BG_NBD));
        robot.interact(() -> choose("3", "55.5", "7", "2005-06-30", ClvMethod.HISTORICAL));

        for (int round = 0; round < 2; round++) {
            robot.interact(() -> openOnDatasetsPage("CDNOW_sample.txt"));
            robot.interact(() -> expectPages("CDNOW_sample.txt", CDNOW_CUSTOMERS, "1.5", "40", "25", "1997-09-30",
                    ClvMethod.PARETO_NBD));
            robot.interact(() -> openOnDatasetsPage("apparelTrans.csv"));
            robot.interact(() -> expectPages("apparelTrans.csv", apparelCustomers, "3", "55.5", "7", "2005-06-30",
                    ClvMethod.HISTORICAL));
        }
        assertThat(dialogs.shown).filteredOn(s -> s.kind().equals("error")).isEmpty();

        // a restart (new window, new session over the same workspace and settings) reopens the last active one
        robot.interact(() -> openOnDatasetsPage("CDNOW_sample.txt"));
        sessions.close();
        SessionHolder again = new SessionHolder();
        try {
            robot.interact(() -> {
                AppShell restarted = new AppShell(new Stage(), new SettingsService(dir.resolve("settings.properties")),
                        new SettingsService(dir.resolve("settings.properties")).load(), new DirectTaskExecutor(),
                        new SessionWorkspaceActions(again, dir.resolve("ws"), dir.resolve("samples")), dialogs, again);
                restarted.commands().reopenLast();
                assertThat(restarted.workspace().datasetNameProperty().get()).isEqualTo("CDNOW_sample.txt");
                assertThat(restarted.workspace().settings().quadrantX()).isEqualTo(1.5);
            });
        } finally {
            again.close();
        }
    }

    /** Types this dataset's choices on the Segments, Cohorts and CLV pages and runs each. */
    private void choose(String x, String y, String cac, String calibrationEnd, ClvMethod method) {
        show(Page.SEGMENTS);
        this.<ComboBox<String>>find("#segments-scheme").setValue("quadrant");
        this.<TextField>find("#quadrant-x").setText(x);
        this.<TextField>find("#quadrant-y").setText(y);
        this.<Button>find("#segments-run").fire();
        show(Page.COHORTS);
        this.<TextField>find("#cohorts-cac").setText(cac);
        this.<Button>find("#cohorts-run").fire();
        show(Page.CLV);
        this.<ComboBox<ClvMethod>>find("#clv-method").setValue(method);
        this.<TextField>find("#clv-calibration").setText(calibrationEnd);
        this.<Button>find("#clv-run").fire();
    }

    private void openOnDatasetsPage(String name) {
        show(Page.DATASETS);
        TableView<DatasetsViewModel.Row> table = find("#datasets-table");
        assertThat(table.getItems()).hasSize(2);
        table.getSelectionModel().select(table.getItems().stream().filter(r -> r.name().equals(name))
                .findFirst().orElseThrow());
        this.<Button>find("#datasets-open").fire();
        assertThat(table.getItems()).filteredOn(DatasetsViewModel.Row::open).extracting(DatasetsViewModel.Row::name)
                .containsExactly(name);
    }

    private void expectPages(String name, int customers, String x, String y, String cac, String calibrationEnd,
                             ClvMethod method) {
        assertThat(this.<Label>find("#status-dataset").getText()).isEqualTo(name);
        show(Page.OVERVIEW);
        assertThat(this.<Label>find("#kpi-customers-value").getText().replaceAll("\\D", ""))
                .isEqualTo(Integer.toString(customers));

        show(Page.CLV);
        TableView<?> clvTable = find("#clv-table");
        assertThat(clvTable.getItems()).as("CLV table of the previous dataset is dropped").isEmpty();
        assertThat(this.<ComboBox<ClvMethod>>find("#clv-method").getValue()).isEqualTo(method);
        assertThat(this.<TextField>find("#clv-calibration").getText()).isEqualTo(calibrationEnd);
        this.<Button>find("#clv-run").fire();
        assertThat(clvTable.getItems()).hasSize(customers);

        show(Page.CUSTOMERS);
        assertThat(this.<TableView<?>>find("#customers-table").getItems()).hasSize(customers);

        show(Page.SEGMENTS);
        this.<ComboBox<String>>find("#segments-scheme").setValue("quadrant");
        if (!x.isEmpty()) {
            assertThat(this.<TextField>find("#quadrant-x").getText()).isEqualTo(x);
            assertThat(this.<TextField>find("#quadrant-y").getText()).isEqualTo(y);
        }
        TableView<org.valuelens.gui.segments.SegmentsViewModel.SegmentItem> segments = find("#segment-table");
        assertThat(segments.getItems().stream().mapToInt(i -> i.row().customers()).sum()).isEqualTo(customers);

        show(Page.COHORTS);
        assertThat(this.<TextField>find("#cohorts-cac").getText()).isEqualTo(cac);
        assertThat(this.<Label>find("#cohorts-summary").getText().replaceAll("[,\\u00a0\\u202f]", "")
                .replaceAll("[^0-9]", " "))
                .contains(Integer.toString(customers));

        show(Page.CHANNELS);
        TableView<ChannelSummary> channels = find("#channels-table");
        assertThat(channels.getItems().stream().mapToInt(ChannelSummary::customers).sum()).isEqualTo(customers);

        show(Page.WHATIF);
        this.<Button>find("#whatif-load").fire();
        assertThat(this.<Label>find("#whatif-message").getText()).contains(name);
        if (!cac.isEmpty()) {
            assertThat(Double.parseDouble(this.<TextField>find("#whatif-cac-field").getText().replaceAll("[^0-9.]",
                    ""))).as("what-if CAC of this dataset").isEqualTo(Double.parseDouble(cac));
        }
    }

    private void show(Page page) {
        shell.mainViewModel().showPage(page);
        shell.scene().getRoot().applyCss();
        shell.scene().getRoot().layout();
    }

    @SuppressWarnings("unchecked")
    private <T> T find(String id) {
        T node = (T) shell.scene().lookup(id);
        assertThat(node).as(id).isNotNull();
        return node;
    }

}
