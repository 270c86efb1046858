package org.valuelens.gui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.valuelens.report.chart.ChartText;
import org.valuelens.report.chart.ValueCharts;
import org.valuelens.report.export.TableExport.Format;

/**
 * Chart and table exports behind the page menus: real files written through a fake chooser, read back with ImageIO
 * and POI.
 */
@ExtendWith(ApplicationExtension.class)
class ExportActionsTest {

    @TempDir
    Path dir;

    private final FakeDialogService dialogs = new FakeDialogService();
    private final List<String> notes = new java.util.ArrayList<>();
    private ExportActions exports;

    /** A customer row as a page would show it. */
    record Customer(String id, double revenue, double share, LocalDate first, String cac) {
    }

    @Start
    void start(Stage stage) {
        exports = new ExportActions(new DirectTaskExecutor(), dialogs, new I18n(Locale.ENGLISH), () -> "$");
        exports.setOnDone(notes::add);
        stage.setScene(new Scene(new StackPane(), 200, 100));
        stage.show();
    }

    private static JFreeChart chart() {
        return ValueCharts.clvHistogram(new double[] {1, 2, 2, 3, 5, 8, 13, 21}, "$", false,
                ChartText.of(Locale.ENGLISH));
    }

    private static TableView<Customer> table() {
        TableView<Customer> table = new TableView<>(FXCollections.observableArrayList(
                new Customer("=HYPERLINK(\"http://x\")", 1234.5, 0.25, LocalDate.of(1997, 1, 3), "$12.00"),
                new Customer("c2", 10, 0.75, LocalDate.of(1997, 2, 1), "")));
        table.setId("customers-table");
        table.getColumns().add(column("Customer", Customer::id));
        table.getColumns().add(column("Revenue ($)", Customer::revenue));
        table.getColumns().add(column("Share", Customer::share));
        table.getColumns().add(column("First purchase", Customer::first));
        table.getColumns().add(column("CAC ($)", Customer::cac));
        return table;
    }

    private static <T> TableColumn<Customer, T> column(String title, java.util.function.Function<Customer, T> f) {
        TableColumn<Customer, T> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(f.apply(d.getValue())));
        return c;
    }

    private static final Format[] FORMATS = {Format.GENERAL, Format.CURRENCY, Format.PERCENT, Format.DATE,
        Format.CURRENCY};

    @Test
    void xlsxExportHasTheHeaderRealNumberFormatsAndNeutralisedFormulaText(FxRobot robot) throws Exception {
        Path target = dir.resolve("out");
        dialogs.chooserAnswers.add(target);

        robot.interact(() -> ExportMenus.save(table(), exports, ExportActions.TableKind.XLSX, FORMATS));

        Path file = dir.resolve("out.xlsx");
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet sheet = wb.getSheetAt(0);
            Row head = sheet.getRow(0);
            assertThat(List.of(head.getCell(0).getStringCellValue(), head.getCell(1).getStringCellValue(),
                    head.getCell(2).getStringCellValue(), head.getCell(3).getStringCellValue(),
                    head.getCell(4).getStringCellValue()))
                    .containsExactly("Customer", "Revenue ($)", "Share", "First purchase", "CAC ($)");
            assertThat(wb.getFontAt(head.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:E3");
            Row first = sheet.getRow(1);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("'=HYPERLINK(\"http://x\")");
            assertThat(first.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            Cell revenue = first.getCell(1);
            assertThat(revenue.getNumericCellValue()).isEqualTo(1234.5);
            assertThat(revenue.getCellStyle().getDataFormatString()).contains("$").contains("#,##0.00");
            Cell share = first.getCell(2);
            assertThat(share.getNumericCellValue()).isEqualTo(0.25);
            assertThat(share.getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            Cell date = first.getCell(3);
            assertThat(DateUtil.isCellDateFormatted(date)).isTrue();
            assertThat(date.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(1997, 1, 3));
            assertThat(first.getCell(4).getNumericCellValue()).isEqualTo(12.0);
            assertThat(sheet.getRow(2).getCell(4)).isNull();
        }
        assertThat(dialogs.shown).isEmpty();
        assertThat(notes).containsExactly("Saved out.xlsx");
    }

    @Test
    void csvExportWritesTheShownRowsWithBomAndNeutralisedText(FxRobot robot) throws Exception {
        dialogs.chooserAnswers.add(dir.resolve("t.csv"));

        robot.interact(() -> ExportMenus.save(table(), exports, ExportActions.TableKind.CSV, FORMATS));

        List<String> lines = Files.readAllLines(dir.resolve("t.csv"), StandardCharsets.UTF_8);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo("\uFEFFCustomer,Revenue ($),Share,First purchase,CAC ($)");
        assertThat(lines.get(1)).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\",1234.5,0.25,1997-01-03,12.0");
        assertThat(lines.get(2)).isEqualTo("c2,10.0,0.75,1997-02-01,");
    }

    @Test
    void pngAtScreenSizeHasTheViewerSizeInPixels() throws Exception {
        assertPngSize(ExportActions.ChartKind.PNG_SCREEN, 400, 300);
    }

    @Test
    void pngTwiceHasTwiceThePixels() throws Exception {
        assertPngSize(ExportActions.ChartKind.PNG_2X, 800, 600);
    }

    @Test
    void slidePngIsFullHd() throws Exception {
        assertPngSize(ExportActions.ChartKind.PNG_SLIDE, 1920, 1080);
    }

    private void assertPngSize(ExportActions.ChartKind kind, int width, int height) throws Exception {
        Path target = dir.resolve("chart.png");
        dialogs.chooserAnswers.add(target);

        exports.saveChart(chart(), kind, 400, 300, "clv-histogram");

        assertThat(Files.size(target)).isGreaterThan(1_000);
        BufferedImage img = ImageIO.read(target.toFile());
        assertThat(img.getWidth()).isEqualTo(width);
        assertThat(img.getHeight()).isEqualTo(height);
    }

    @Test
    void svgIsAVectorDocumentOfTheScreenSize() throws Exception {
        dialogs.chooserAnswers.add(dir.resolve("chart"));

        exports.saveChart(chart(), ExportActions.ChartKind.SVG, 400, 300, "clv-histogram");

        String svg = Files.readString(dir.resolve("chart.svg"), StandardCharsets.UTF_8);
        assertThat(svg).contains("<svg").contains("width=\"400\"").contains("height=\"300\"").contains("</svg");
    }

    @Test
    void cancelledChooserWritesNothingAndSaysNothing() throws Exception {
        exports.saveChart(chart(), ExportActions.ChartKind.PNG_SCREEN, 400, 300, "x");

        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
        assertThat(dialogs.shown).isEmpty();
        assertThat(notes).isEmpty();
    }

    @Test
    void unwritableTargetShowsOneSentenceNamingTheFile() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("file.txt"), "x");
        dialogs.chooserAnswers.add(notAFolder.resolve("taken.png"));

        exports.saveChart(chart(), ExportActions.ChartKind.PNG_SCREEN, 400, 300, "x");

        assertThat(dialogs.last().kind()).isEqualTo("error");
        assertThat(dialogs.last().message()).startsWith("taken.png could not be written");
        assertThat(dialogs.last().detail()).isNotNull();
    }

    @Test
    void suggestedFileNameKeepsLettersOfAnyScriptAndDropsPathCharacters() {
        assertThat(ExportActions.fileName("高价值 / loyal: Q1")).isEqualTo("高价值-loyal-Q1");
        assertThat(ExportActions.fileName(" ../ ")).isEqualTo("export");
    }

    @Test
    void moneyTextInANumericColumnIsReadBackAsANumber() {
        assertThat(ExportMenus.typed("$1,234.50", Format.CURRENCY, Locale.ENGLISH, "$")).isEqualTo(1234.5);
        assertThat(ExportMenus.typed("–", Format.DECIMAL, Locale.ENGLISH, "$")).isNull();
        assertThat(ExportMenus.typed("n/a", Format.DECIMAL, Locale.ENGLISH, "$")).isEqualTo("n/a");
        assertThat(ExportMenus.typed("=1+2", Format.GENERAL, Locale.ENGLISH, "$")).isEqualTo("=1+2");
    }

    @Test
    void chartViewerMenuOffersTheFourFormatsAndCopyInTheUiLanguage(FxRobot robot) {
        ChartViewer viewer = new ChartViewer(chart());
        ExportActions zh = new ExportActions(new DirectTaskExecutor(), dialogs, new I18n(Locale.SIMPLIFIED_CHINESE),
                () -> "¥");

        robot.interact(() -> ExportMenus.chart(viewer, zh));

        List<MenuItem> items = viewer.getContextMenu().getItems();
        assertThat(items.stream().filter(i -> !(i instanceof SeparatorMenuItem)).map(MenuItem::getId))
                .containsExactly("export-chart-png", "export-chart-png2x", "export-chart-slide", "export-chart-svg",
                        "export-chart-copy");
        assertThat(items.get(0).getText()).isEqualTo("另存为 PNG（屏幕尺寸）…");
        assertThat(items.get(2).getText()).contains("1920×1080");
    }

    @Test
    void tableMenuAddsExcelAndCsvToAnExistingMenu(FxRobot robot) {
        TableView<Customer> table = table();
        robot.interact(() -> {
            table.setContextMenu(new javafx.scene.control.ContextMenu(new MenuItem("Copy")));
            ExportMenus.table(table, exports, FORMATS);
        });

        assertThat(table.getContextMenu().getItems().stream().map(MenuItem::getText))
                .containsExactly("Copy", null, "Export as Excel (.xlsx)…", "Export as CSV…");
    }

    @Test
    void copyImagePutsTheChartAtViewerSizeOnTheClipboard(FxRobot robot) {
        ChartViewer viewer = new ChartViewer(chart());
        viewer.resize(320, 200);

        robot.interact(() -> ExportMenus.copy(viewer, exports));

        robot.interact(() -> {
            javafx.scene.input.Clipboard clipboard = javafx.scene.input.Clipboard.getSystemClipboard();
            assertThat(clipboard.hasImage()).isTrue();
            assertThat(clipboard.getImage().getWidth()).isEqualTo(320);
            assertThat(clipboard.getImage().getHeight()).isEqualTo(200);
        });
        assertThat(notes).containsExactly("Chart copied to the clipboard");
    }
}
