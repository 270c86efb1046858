package org.valuelens.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuelens.model.TimeUnit;
import org.valuelens.model.progress.ProgressListener;
import org.valuelens.model.validation.ErrorSummary;
import org.valuelens.report.deck.ReportFiles;

/**
 * The report on the real CDNOW sample, opened again with POI: slides, titles, chart resolution, speaker notes
 * against figures computed in the test from the file (or through the other services), workbook sheets and formats.
 */
class ReportServiceTest {
    private static final ResourceBundle EN = ResourceBundle.getBundle("i18n.report", Locale.ROOT);
    private static final ResourceBundle ZH = ResourceBundle.getBundle("i18n.report", Locale.SIMPLIFIED_CHINESE);
    private static final AnalysisSettings WEEKS = AnalysisSettings.defaults(TimeUnit.WEEK);

    @TempDir
    static Path dir;
    static WorkspaceService workspace;
    static ReportFiles english;
    static ReportFiles chinese;
    /** Figures counted straight from the file. */
    static int customers;
    static double revenue;
    static long orders;
    static double repeatRate;

    @BeforeAll
    static void importAndReport() throws IOException {
        Path file = dir.resolve("CDNOW_sample.txt");
        try (InputStream in = ReportServiceTest.class.getResourceAsStream("/data/cdnow/CDNOW_sample.txt")) {
            Files.copy(in, file);
        }
        countFromTheFile(file);
        workspace = WorkspaceService.open(dir.resolve("ws"));
        new ImportService(workspace).importFile(new ImportRequest(file, null, false, null, null, null, null,
                Map.of("customer", "2", "date", "3", "quantity", "4", "amount", "5")), false, ProgressListener.NONE);
        ReportService service = new ReportService(new AnalysisService(workspace));
        english = service.write(ReportRequest.of(WEEKS), dir.resolve("en"), ProgressListener.NONE);
        chinese = service.write(new ReportRequest(WEEKS, ClvMethod.HISTORICAL, Locale.SIMPLIFIED_CHINESE, "¥", null),
                dir.resolve("zh"), ProgressListener.NONE);
    }

    /** Customers, revenue, purchase days and repeat customers from the raw lines (id, customer, date, CDs, $). */
    private static void countFromTheFile(Path file) throws IOException {
        Map<String, Set<String>> days = new HashMap<>();
        double sum = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
                StandardCharsets.US_ASCII))) {
            String line;
            while ((line = r.readLine()) != null) {
                String[] f = line.trim().split("\\s+");
                if (f.length < 5) {
                    continue;
                }
                days.computeIfAbsent(f[1], k -> new HashSet<>()).add(f[2]);
                sum += Double.parseDouble(f[4]);
            }
        }
        customers = days.size();
        revenue = sum;
        orders = days.values().stream().mapToLong(Set::size).sum();
        repeatRate = days.values().stream().filter(s -> s.size() > 1).count() / (double) customers;
    }

    @AfterAll
    static void close() {
        workspace.close();
    }

    private static List<String> texts(XSLFSlide slide) {
        List<String> out = new ArrayList<>();
        for (XSLFShape s : slide.getShapes()) {
            if (s instanceof XSLFTextShape t) {
                out.add(t.getText());
            }
        }
        return out;
    }

    private static String notes(XSLFSlide slide) {
        XSLFNotes notes = slide.getNotes();
        assertThat(notes).as("notes of slide " + slide.getSlideNumber()).isNotNull();
        return notes.getShapes().stream().filter(s -> s instanceof XSLFTextShape)
                .map(s -> ((XSLFTextShape) s).getText()).collect(Collectors.joining("\n"));
    }

    private static XMLSlideShow open(Path pptx) throws IOException {
        try (InputStream in = Files.newInputStream(pptx)) {
            return new XMLSlideShow(in);
        }
    }

    private static String integer(double v) {
        return NumberFormat.getIntegerInstance(Locale.ENGLISH).format(Math.round(v));
    }

    @Test
    void sampleCountsAreTheKnownOnes() {
        assertThat(customers).isEqualTo(2_357);
        assertThat(revenue).isCloseTo(244_092, within(1.0));
    }

    @Test
    void deckHasElevenSixteenByNineSlidesWithTheBundlesTitles() throws IOException {
        try (XMLSlideShow ppt = open(english.deck())) {
            assertThat(english.slides()).isEqualTo(11);
            assertThat(ppt.getSlides()).hasSize(11);
            assertThat(ppt.getPageSize().getWidth() / ppt.getPageSize().getHeight()).isCloseTo(16 / 9.0,
                    within(0.01));
            assertThat(texts(ppt.getSlides().get(0))).contains(EN.getString("deck.title"), "CDNOW_sample.txt");
            String[] keys = {"slide.kpi", "slide.distribution", "slide.quadrant", "slide.rfm", "slide.cohorts",
                "slide.channels", "slide.methods", "slide.outlook"};
            for (int i = 0; i < keys.length; i++) {
                assertThat(texts(ppt.getSlides().get(i + 1))).as(keys[i]).contains(EN.getString(keys[i]));
            }
        }
    }

    @Test
    void outlookWeeksAddUpToTheModelsExpectedPurchasesOverThirteenWeeks() {
        AnalysisService analysis = new AnalysisService(workspace);
        org.valuelens.report.deck.ReportData.Outlook o = new ReportService(analysis)
                .gather(ReportRequest.of(WEEKS), ProgressListener.NONE).outlook();
        assertThat(o).isNotNull();
        assertThat(o.weeklyOrders()).hasSize(13);
        // the purchase outlook over a 13-week horizon sums E[Y(13)] over the customers by another path
        double expected = analysis.purchaseOutlook(ClvMethod.BG_NBD, WEEKS.withDiscountAndHorizon(0.1, 13),
                ProgressListener.NONE).totalExpectedPurchases();
        assertThat(java.util.Arrays.stream(o.weeklyOrders()).sum()).isCloseTo(expected, within(1e-6 * expected));
        assertThat(o.orders().low()).isLessThan(o.orders().estimate());
        assertThat(o.highRisk()).isBetween(0L, (long) customers);
    }

    @Test
    void chineseDeckTakesItsTitlesFromTheChineseBundle() throws IOException {
        try (XMLSlideShow ppt = open(chinese.deck())) {
            assertThat(texts(ppt.getSlides().get(0))).contains(ZH.getString("deck.title"));
            assertThat(texts(ppt.getSlides().get(1))).contains(ZH.getString("slide.kpi"));
            assertThat(texts(ppt.getSlides().get(7))).contains(ZH.getString("slide.methods"));
            assertThat(notes(ppt.getSlides().get(1))).contains(integer(customers)).contains(ZH.getString(
                    "kpi.customers"));
        }
    }

    @Test
    void everyChartSlideHoldsAPictureAtLeastTwicePerPointOfItsBox() throws IOException {
        try (XMLSlideShow ppt = open(english.deck())) {
            for (int i : new int[] {2, 3, 4, 5, 6, 7, 8, 10}) {
                List<XSLFPictureShape> pictures = ppt.getSlides().get(i).getShapes().stream()
                        .filter(s -> s instanceof XSLFPictureShape).map(s -> (XSLFPictureShape) s).toList();
                assertThat(pictures).as("slide " + (i + 1)).isNotEmpty();
                for (XSLFPictureShape p : pictures) {
                    BufferedImage image = ImageIO.read(new ByteArrayInputStream(p.getPictureData().getData()));
                    Rectangle2D box = p.getAnchor();
                    // slide resolution: a 960 pt wide slide shown at 1920 px is 2 px per point
                    assertThat(image.getWidth()).as("slide " + (i + 1)).isGreaterThanOrEqualTo(
                            (int) Math.floor(box.getWidth() * 2));
                    assertThat(image.getHeight()).as("slide " + (i + 1)).isGreaterThanOrEqualTo(
                            (int) Math.floor(box.getHeight() * 2));
                    assertThat(box.getMaxX()).isLessThanOrEqualTo(ppt.getPageSize().getWidth());
                    assertThat(box.getMaxY()).isLessThanOrEqualTo(ppt.getPageSize().getHeight());
                }
            }
        }
    }

    @Test
    void keyFiguresNotesHoldTheFiguresCountedFromTheFile() throws IOException {
        try (XMLSlideShow ppt = open(english.deck())) {
            String notes = notes(ppt.getSlides().get(1));
            assertThat(notes).contains(EN.getString("kpi.customers") + ": " + integer(customers));
            assertThat(notes).contains(EN.getString("kpi.revenue") + ": $" + integer(revenue));
            assertThat(notes).contains(EN.getString("kpi.orders") + ": " + integer(orders));
            assertThat(notes).contains(EN.getString("kpi.repeat") + ": "
                    + String.format(Locale.ENGLISH, "%.1f%%", repeatRate * 100));
        }
    }

    @Test
    void distributionNotesHoldTheMeanClvOfTheClvService() throws IOException {
        double mean = new AnalysisService(workspace).clv(ClvMethod.BG_NBD, WEEKS, ProgressListener.NONE).mean();
        try (XMLSlideShow ppt = open(english.deck())) {
            assertThat(notes(ppt.getSlides().get(2))).contains(String.format(Locale.ENGLISH, "$%,.2f", mean));
        }
    }

    @Test
    void quadrantNotesHoldTheSegmentServicesCounts() throws IOException {
        SegmentReport q = new SegmentService(new AnalysisService(workspace)).segment("quadrant",
                SegmentService.Options.defaults(), WEEKS, ProgressListener.NONE);
        try (XMLSlideShow ppt = open(english.deck())) {
            String notes = notes(ppt.getSlides().get(3));
            assertThat(q.segments()).hasSize(4);
            assertThat(q.segments().stream().mapToInt(SegmentRow::customers).sum()).isEqualTo(customers);
            for (SegmentRow row : q.segments()) {
                assertThat(notes).contains(row.name() + " · " + integer(row.customers()) + " customers");
            }
        }
    }

    @Test
    void methodsNotesHoldTheHoldoutCheckAtTheMiddleOfTheDateRange() throws IOException {
        // 1997-01-01 .. 1998-06-30: the middle day is 1997-09-30, the split Fader, Hardie and Lee use
        ErrorSummary e = new AnalysisService(workspace).validate("bg-nbd",
                WEEKS.withPeriod(LocalDate.of(1997, 9, 30), null), ProgressListener.NONE).validation().model();
        try (XMLSlideShow ppt = open(english.deck())) {
            String notes = notes(ppt.getSlides().get(7));
            assertThat(notes).contains("Sep 30, 1997");
            assertThat(notes).contains(String.format(Locale.ENGLISH, "%,.0f / %,.0f", e.totalPredicted(),
                    e.totalActual()));
            assertThat(notes).contains(String.format(Locale.ENGLISH, "%.3f", e.mae()));
        }
    }

    @Test
    void workbookHasOneSheetPerTableNamedFromTheBundle() throws IOException {
        List<String> expected = List.of("sheet.kpis", "sheet.customers", "sheet.segments.tiers",
                "sheet.segments.rfm", "sheet.segments.kmeans", "sheet.segments.quadrant", "sheet.quadrant",
                "sheet.rfm", "sheet.retention", "sheet.revenue", "sheet.ltv", "sheet.channels", "sheet.parameters",
                "sheet.accuracy", "sheet.validation", "sheet.tracking", "sheet.diagnostics", "sheet.ndays",
                "sheet.outlook");
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(english.workbook()))) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).containsExactlyElementsOf(expected.stream().map(EN::getString).toList());
            assertThat(wb.getSheet(EN.getString("sheet.customers")).getLastRowNum()).isEqualTo(customers);
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(chinese.workbook()))) {
            assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo(ZH.getString("sheet.kpis"));
        }
    }

    @Test
    void diagnosticsSheetHoldsTheCalibrationRepeatPurchasesActualAndModel() throws IOException {
        long[] published = {1411, 439, 214, 100, 62, 38, 29, 64}; // PUBLISHED.md, CDNOW calibration to 1997-09-30
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(english.workbook()))) {
            Sheet d = wb.getSheet(EN.getString("sheet.diagnostics"));
            double model = 0;
            for (int x = 0; x < 8; x++) {
                Row r = d.getRow(x + 1);
                assertThat(r.getCell(0).getStringCellValue()).isEqualTo(x == 7 ? "7+" : String.valueOf(x));
                assertThat(r.getCell(1).getNumericCellValue()).isEqualTo(published[x]);
                model += r.getCell(2).getNumericCellValue();
            }
            assertThat(model).isCloseTo(2357, within(1e-6));
        }
    }

    /** @return the first row whose first cell is {@code label} (also used by {@link ReportComparisonTest}) */
    static Row row(Sheet sheet, String label) {
        for (Row r : sheet) {
            Cell c = r.getCell(0);
            if (c != null && label.equals(c.getStringCellValue())) {
                return r;
            }
        }
        throw new AssertionError("no row " + label);
    }

    @Test
    void workbookMoneyAndShareCellsAreNumbersWithCurrencyAndPercentFormats() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(english.workbook()))) {
            Sheet kpis = wb.getSheet(EN.getString("sheet.kpis"));
            Cell rev = row(kpis, EN.getString("kpi.revenue")).getCell(1);
            assertThat(rev.getNumericCellValue()).isCloseTo(revenue, within(0.01));
            assertThat(rev.getCellStyle().getDataFormatString()).contains("\"$\"").contains("#,##0.00");
            Cell rep = row(kpis, EN.getString("kpi.repeat")).getCell(1);
            assertThat(rep.getNumericCellValue()).isCloseTo(repeatRate, within(1e-9));
            assertThat(rep.getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            Sheet retention = wb.getSheet(EN.getString("sheet.retention"));
            assertThat(retention.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(1.0);
            assertThat(retention.getRow(1).getCell(4).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
        }
    }

    @Test
    void workbookHeadersAreFrozenAndFiltered() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(english.workbook()))) {
            for (Sheet s : wb) {
                assertThat(s.getPaneInformation()).as(s.getSheetName()).isNotNull();
                assertThat(s.getPaneInformation().isFreezePane()).as(s.getSheetName()).isTrue();
                assertThat(((XSSFSheet) s).getCTWorksheet().isSetAutoFilter()).as(s.getSheetName()).isTrue();
                assertThat(wb.getFontAt(s.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            }
        }
    }

    @Test
    void chartPngsAreWrittenBesideTheDeck() throws IOException {
        assertThat(english.charts()).hasSize(10);
        for (Path png : english.charts()) {
            assertThat(png.getParent().getFileName().toString()).isEqualTo("charts");
            BufferedImage image = ImageIO.read(png.toFile());
            assertThat(image.getWidth()).as(png.toString()).isGreaterThanOrEqualTo(800);
            assertThat(image.getHeight()).as(png.toString()).isGreaterThanOrEqualTo(500);
        }
    }
}
