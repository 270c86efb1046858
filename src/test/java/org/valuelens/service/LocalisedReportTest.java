package org.valuelens.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import org.apache.poi.common.usermodel.fonts.FontGroup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuelens.model.TimeUnit;
import org.valuelens.model.progress.ProgressListener;
import org.valuelens.report.deck.ReportFiles;

/** The report deck and workbook in Traditional Chinese and Russian, with the CDNOW sample. */
class LocalisedReportTest {

    private static final Locale TW = Locale.TRADITIONAL_CHINESE;
    private static final Locale RU = Locale.forLanguageTag("ru");
    /** Four English words in a row. */
    private static final Pattern ENGLISH = Pattern.compile("\\b[A-Za-z][a-z]+(?: [a-z]{2,}){3,}\\b");

    @TempDir
    static Path dir;
    static WorkspaceService workspace;
    static ReportFiles taiwan;
    static ReportFiles russian;

    @BeforeAll
    static void importAndReport() throws IOException {
        Path file = dir.resolve("CDNOW_sample.txt");
        try (InputStream in = LocalisedReportTest.class.getResourceAsStream("/data/cdnow/CDNOW_sample.txt")) {
            Files.copy(in, file);
        }
        workspace = WorkspaceService.open(dir.resolve("ws"));
        new ImportService(workspace).importFile(new ImportRequest(file, null, false, null, null, null, null,
                Map.of("customer", "2", "date", "3", "quantity", "4", "amount", "5")), false, ProgressListener.NONE);
        ReportService service = new ReportService(new AnalysisService(workspace));
        AnalysisSettings weeks = AnalysisSettings.defaults(TimeUnit.WEEK);
        taiwan = service.write(new ReportRequest(weeks, ClvMethod.HISTORICAL, TW, "NT$", null), dir.resolve("tw"),
                ProgressListener.NONE);
        russian = service.write(new ReportRequest(weeks, ClvMethod.HISTORICAL, RU, "₽", null), dir.resolve("ru"),
                ProgressListener.NONE);
    }

    @AfterAll
    static void close() {
        workspace.close();
    }

    private static List<XSLFTextRun> runs(Path deck) throws IOException {
        List<XSLFTextRun> out = new ArrayList<>();
        try (InputStream in = Files.newInputStream(deck); XMLSlideShow show = new XMLSlideShow(in)) {
            for (XSLFSlide slide : show.getSlides()) {
                for (XSLFShape s : slide.getShapes()) {
                    if (s instanceof XSLFTextShape t) {
                        for (XSLFTextParagraph p : t.getTextParagraphs()) {
                            out.addAll(p.getTextRuns());
                        }
                    }
                }
            }
        }
        return out;
    }

    private static String text(List<XSLFTextRun> runs) {
        StringBuilder b = new StringBuilder();
        runs.forEach(r -> b.append(r.getRawText()).append('\n'));
        return b.toString();
    }

    @Test
    void theTaiwanDeckIsInTraditionalChineseWithTheTaiwanOfficeFont() throws IOException {
        List<XSLFTextRun> runs = runs(taiwan.deck());
        String all = text(runs);
        ResourceBundle tw = ResourceBundle.getBundle("i18n.report", TW);

        assertThat(all).contains(tw.getString("slide.kpi"), tw.getString("slide.quadrant"), "NT$");
        assertThat(all).doesNotContainPattern(ENGLISH);
        assertThat(runs).allSatisfy(r -> assertThat(r.getFontFamily(FontGroup.EAST_ASIAN))
                .isEqualTo("Microsoft JhengHei"));
        assertThat(taiwan.charts()).isNotEmpty().allSatisfy(p -> assertThat(Files.size(p)).isGreaterThan(5_000));
    }

    @Test
    void theRussianDeckWritesMoneyTheRussianWay() throws IOException {
        String all = text(runs(russian.deck()));
        ResourceBundle ru = ResourceBundle.getBundle("i18n.report", RU);

        assertThat(all).contains(ru.getString("slide.kpi"), ru.getString("slide.cohorts"));
        assertThat(all).doesNotContainPattern(ENGLISH);
        // "244 092 ₽": digits grouped by no-break spaces, the symbol after a no-break space
        assertThat(all).containsPattern("\\d{1,3}(\u00a0\\d{3})+(,\\d+)?\u00a0₽");
        assertThat(all).doesNotContain("₽2", "₽1", "$");
    }

    @Test
    void theWorkbookSheetsAreNamedInTheLanguage() throws IOException {
        ResourceBundle tw = ResourceBundle.getBundle("i18n.report", TW);
        ResourceBundle ru = ResourceBundle.getBundle("i18n.report", RU);
        try (Workbook a = WorkbookFactory.create(taiwan.workbook().toFile());
             Workbook b = WorkbookFactory.create(russian.workbook().toFile())) {
            assertThat(names(a)).contains(tw.getString("sheet.kpis"), tw.getString("sheet.customers"));
            assertThat(names(b)).contains(ru.getString("sheet.kpis"), ru.getString("sheet.customers"));
        }
    }

    private static List<String> names(Workbook w) {
        List<String> out = new ArrayList<>();
        for (Sheet s : w) {
            out.add(s.getSheetName());
        }
        return out;
    }
}
