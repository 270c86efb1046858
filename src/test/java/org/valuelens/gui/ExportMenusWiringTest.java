package org.valuelens.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.valuelens.gui.common.DirectTaskExecutor;
import org.valuelens.gui.common.FakeDialogService;
import org.valuelens.gui.segments.CdnowSample;
import org.valuelens.service.Settings;
import org.valuelens.service.SettingsService;
import org.valuelens.service.WorkspaceSession;

/**
 * With the CDNOW sample open, every chart and every table on every page carries the export menu, and the menu
 * items write real files (through the fake file chooser).
 */
@ExtendWith(ApplicationExtension.class)
class ExportMenusWiringTest {

    @TempDir
    static Path dir;
    private static WorkspaceSession session;

    private AppShell shell;
    private final FakeDialogService dialogs = new FakeDialogService();

    @BeforeAll
    static void importSample() throws Exception {
        session = CdnowSample.open(dir);
    }

    @AfterAll
    static void close() {
        session.close();
    }

    @Start
    void start(Stage stage) {
        shell = new AppShell(stage, new SettingsService(dir.resolve("s-" + System.nanoTime())), Settings.DEFAULTS,
                new DirectTaskExecutor(), WorkspaceActions.NONE, dialogs);
        stage.show();
        shell.sessions().replace(session);
        shell.workspace().set(session.directory(), "CDNOW sample");
    }

    private void show(FxRobot robot, Page page) {
        robot.interact(() -> {
            shell.mainViewModel().showPage(page);
            shell.scene().getRoot().applyCss();
            shell.scene().getRoot().layout();
        });
    }

    private static List<String> ids(List<MenuItem> items) {
        List<String> out = new ArrayList<>();
        items.forEach(i -> out.add(i.getId()));
        return out;
    }

    @Test
    void everyChartAndTableOnEveryPageHasTheExportMenu(FxRobot robot) {
        List<Node> charts = new ArrayList<>();
        List<Node> tables = new ArrayList<>();
        for (Page page : new Page[] {Page.OVERVIEW, Page.CLV, Page.SEGMENTS, Page.COHORTS, Page.CHANNELS,
            Page.CUSTOMERS, Page.WHATIF, Page.SUBSCRIPTION}) {
            show(robot, page);
            if (page == Page.CLV) {
                robot.interact(() -> {
                    ((TextField) shell.scene().lookup("#clv-calibration")).setText("1997-09-30");
                    ((Button) shell.scene().lookup("#clv-run")).fire();
                    TabPane tabs = (TabPane) shell.scene().lookup("#clv-tabs");
                    for (int i = 0; i < tabs.getTabs().size(); i++) {
                        tabs.getSelectionModel().select(i);
                        shell.scene().getRoot().applyCss();
                        shell.scene().getRoot().layout();
                        collect(charts, tables);
                    }
                });
            }
            robot.interact(() -> collect(charts, tables));
        }

        // Overview 2, CLV 3 + 4 model checks, Segments 2 + migration 1, Cohorts 3 + 2 (N-day curve, time between
        // orders), Channels 1 + 2 (the same by channel), Customers 2, What-if 1, Subscriptions 2 (sBG, BG/BB)
        assertThat(charts.stream().map(Node::getId).distinct()).hasSize(25);
        // CLV results, parameters, holdout accuracy, model comparison; segments, members and migration; channels;
        // customers; sBG periods and BG/BB histories; N-day value and time between orders on Cohorts and on Channels
        assertThat(tables.stream().map(Node::getId).distinct()).hasSize(15);
        for (Node n : charts) {
            assertThat(ids(((ChartViewer) n).getContextMenu().getItems())).as(n.getId())
                    .contains("export-chart-png", "export-chart-png2x", "export-chart-slide", "export-chart-svg",
                            "export-chart-copy");
        }
        for (Node n : tables) {
            TableView<?> t = (TableView<?>) n;
            assertThat(t.getContextMenu()).as(n.getId()).isNotNull();
            assertThat(ids(t.getContextMenu().getItems())).as(n.getId())
                    .contains("export-table-xlsx", "export-table-csv");
        }
    }

    private void collect(List<Node> charts, List<Node> tables) {
        charts.addAll(byType(ChartViewer.class));
        tables.addAll(byType(TableView.class));
    }

    private List<Node> byType(Class<?> type) {
        List<Node> out = new ArrayList<>();
        walk(shell.scene().getRoot(), type, out);
        return out;
    }

    private static void walk(Node n, Class<?> type, List<Node> out) {
        if (type.isInstance(n)) {
            out.add(n);
        }
        if (n instanceof javafx.scene.Parent p) {
            p.getChildrenUnmodifiable().forEach(child -> walk(child, type, out));
        }
    }

    @Test
    void twiceSizePngOfTheOverviewHistogramHasTwiceTheViewersPixels(FxRobot robot) throws Exception {
        show(robot, Page.OVERVIEW);
        ChartViewer viewer = (ChartViewer) shell.scene().lookup("#overview-histogram");
        Path target = dir.resolve("histogram.png");
        dialogs.chooserAnswers.add(target);

        robot.interact(() -> viewer.getContextMenu().getItems().stream()
                .filter(i -> "export-chart-png2x".equals(i.getId())).findFirst().orElseThrow().fire());

        BufferedImage img = ImageIO.read(target.toFile());
        assertThat(img.getWidth()).isEqualTo(2 * (int) Math.round(viewer.getWidth()));
        assertThat(img.getHeight()).isEqualTo(2 * (int) Math.round(viewer.getHeight()));
        assertThat(dialogs.chooserTitles).containsExactly("Save chart");
    }

    @Test
    void excelExportOfTheCustomersTableHasItsHeadersAndEveryCustomer(FxRobot robot) throws Exception {
        show(robot, Page.CUSTOMERS);
        TableView<?> table = (TableView<?>) shell.scene().lookup("#customers-table");
        Path target = dir.resolve("customers.xlsx");
        dialogs.chooserAnswers.add(target);

        robot.interact(() -> table.getContextMenu().getItems().stream()
                .filter(i -> "export-table-xlsx".equals(i.getId())).findFirst().orElseThrow().fire());

        try (InputStream in = Files.newInputStream(target); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheetAt(0);
            Row head = sheet.getRow(0);
            List<String> headers = new ArrayList<>();
            for (TableColumn<?, ?> c : table.getColumns()) {
                headers.add(c.getText());
            }
            List<String> written = new ArrayList<>();
            head.forEach(cell -> written.add(cell.getStringCellValue()));
            assertThat(written).isEqualTo(headers);
            assertThat(sheet.getLastRowNum()).isEqualTo(CdnowSample.CUSTOMERS);
            assertThat(sheet.getRow(1).getCell(4).getCellStyle().getDataFormatString()).contains("#,##0.00");
        }
    }
}
