package org.valuelens.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.valuelens.gui.common.DirectTaskExecutor;
import org.valuelens.gui.common.FakeDialogService;
import org.valuelens.gui.common.SessionHolder;
import org.valuelens.gui.segments.SegmentsViewModel;
import org.valuelens.model.cohort.ChannelSummary;
import org.valuelens.model.progress.ProgressListener;
import org.valuelens.service.ClvMethod;
import org.valuelens.service.ImportOutcome;
import org.valuelens.service.ImportRequest;
import org.valuelens.service.Settings;
import org.valuelens.service.SettingsService;

/**
 * The app-page half of the real-data matrix (issue 12; the CLI and service half is {@code RealDataMatrixTest}):
 * every real data set in the test resources is imported into the real app shell, and every page is visited and
 * run — Overview, CLV with each model-based method, Customers with a customer's detail, Segments with every
 * scheme, Cohorts, Channels and What-if. No page may show an error dialog, and the pages must agree on the
 * number of customers: CLV rows = customers analysed, segment sizes add up to the customers analysed.
 */
@ExtendWith(ApplicationExtension.class)
class RealDataPagesTest {

    @TempDir
    Path dir;

    private AppShell shell;
    private SessionWorkspaceActions actions;
    private final FakeDialogService dialogs = new FakeDialogService();
    private final SessionHolder sessions = new SessionHolder();

    @Start
    void start(Stage stage) {
        // the stage is shown once per test; each test gets its own workspace folder below
    }

    @AfterEach
    void close() {
        sessions.close();
    }

    static Stream<Arguments> datasets() {
        return Stream.of(
                Arguments.of("/data/cdnow/CDNOW_sample.txt", "CDNOW_sample.txt", null,
                        Map.of("customer", "2", "date", "3", "quantity", "4", "amount", "5"), Boolean.FALSE),
                Arguments.of("/data/online_retail/online_retail_40k.xlsx", "online_retail_40k.xlsx", null, Map.of(),
                        null),
                Arguments.of("/data/online_retail/online_retail_II_nonuk.xlsx", "online_retail_II_nonuk.xlsx", "all",
                        Map.of(), null),
                Arguments.of("/data/apparel/apparelTrans.csv", "apparelTrans.csv", null, Map.of(), null));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("datasets")
    void everyPageRunsWithoutAnErrorAndAgreesOnTheCustomers(String resource, String name, String sheet,
                                                             Map<String, String> columns, Boolean header,
                                                             FxRobot robot) throws Exception {
        Path file = Path.of(getClass().getResource(resource).toURI());
        robot.interact(() -> {
            Stage stage = new Stage();
            actions = new SessionWorkspaceActions(sessions, dir.resolve("ws"), dir.resolve("samples"));
            shell = new AppShell(stage, new SettingsService(dir.resolve("settings.properties")), Settings.DEFAULTS,
                    new DirectTaskExecutor(), actions, dialogs, sessions);
            stage.setWidth(1280);
            stage.setHeight(800);
            stage.show();
        });
        ImportRequest request = new ImportRequest(file, sheet, header, null, null, null, null, columns);
        ImportOutcome outcome = actions.importData(request, ProgressListener.NONE);
        assertThat(outcome.rowsRead()).isEqualTo(outcome.rowsImported() + outcome.rowsRejected());
        robot.interact(() -> shell.commands().openDataset(outcome.datasetId()));
        assertThat(this.<Label>find("#status-dataset").getText()).isEqualTo(name);

        robot.interact(() -> show(Page.OVERVIEW));
        int analysed = Integer.parseInt(this.<Label>find("#kpi-customers-value").getText().replaceAll("\\D", ""));
        assertThat(analysed).isPositive().isLessThanOrEqualTo(outcome.customers());
        assertNoErrors("Overview");

        for (ClvMethod method : List.of(ClvMethod.HISTORICAL, ClvMethod.BG_NBD, ClvMethod.PARETO_NBD,
                ClvMethod.MBG_NBD)) {
            robot.interact(() -> {
                show(Page.CLV);
                this.<ComboBox<ClvMethod>>find("#clv-method").setValue(method);
                this.<Button>find("#clv-run").fire();
            });
            assertNoErrors("CLV " + method);
            assertThat(this.<TableView<?>>find("#clv-table").getItems()).as("CLV rows, " + method).hasSize(analysed);
        }

        robot.interact(() -> {
            show(Page.CUSTOMERS);
            TableView<?> customers = find("#customers-table");
            assertThat(customers.getItems()).hasSize(analysed);
            customers.getSelectionModel().select(0);
            this.<TextField>find("#customers-search").setText("1");
        });
        assertNoErrors("Customers");

        List<List<String>> schemes = new java.util.ArrayList<>();
        robot.interact(() -> schemes.add(segmentSchemes()));
        for (String scheme : schemes.get(0)) {
            robot.interact(() -> {
                show(Page.SEGMENTS);
                this.<ComboBox<String>>find("#segments-scheme").setValue(scheme);
                this.<Button>find("#segments-run").fire();
            });
            assertNoErrors("Segments " + scheme);
            TableView<SegmentsViewModel.SegmentItem> segments = find("#segment-table");
            assertThat(segments.getItems().stream().mapToInt(i -> i.row().customers()).sum())
                    .as("customers in %s segments", scheme).isEqualTo(analysed);
        }

        robot.interact(() -> {
            show(Page.COHORTS);
            this.<Button>find("#cohorts-run").fire();
        });
        assertNoErrors("Cohorts");

        robot.interact(() -> {
            show(Page.CHANNELS);
            this.<Button>find("#channels-run").fire();
        });
        assertNoErrors("Channels");
        TableView<ChannelSummary> channels = find("#channels-table");
        assertThat(channels.getItems().stream().mapToInt(ChannelSummary::customers).sum()).isEqualTo(analysed);

        robot.interact(() -> {
            show(Page.WHATIF);
            this.<Button>find("#whatif-load").fire();
        });
        assertNoErrors("What-if");
        assertThat(this.<Label>find("#whatif-message").getText()).contains(name);
    }

    private List<String> segmentSchemes() {
        show(Page.SEGMENTS);
        ComboBox<String> schemes = find("#segments-scheme");
        assertThat(schemes.getItems()).contains("quadrant", "tiers", "rfm", "kmeans");
        return List.copyOf(schemes.getItems());
    }

    private void assertNoErrors(String where) {
        assertThat(dialogs.shown).as("dialogs shown after " + where)
                .filteredOn(s -> s.kind().equals("error")).isEmpty();
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
