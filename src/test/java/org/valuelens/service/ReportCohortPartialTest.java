package org.valuelens.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuelens.model.TimeUnit;
import org.valuelens.model.progress.ProgressListener;
import org.valuelens.report.deck.ReportFiles;

/** The report's cohort slide on data ending mid-month: a note, and averages from complete months only. */
class ReportCohortPartialTest {
    private static final ResourceBundle EN = ResourceBundle.getBundle("i18n.report", Locale.ROOT);

    @TempDir
    Path dir;

    private static List<String> texts(XSLFSlide slide) {
        List<String> out = new ArrayList<>();
        for (XSLFShape s : slide.getShapes()) {
            if (s instanceof XSLFTextShape t) {
                out.add(t.getText());
            }
        }
        return out;
    }

    @Test
    void cohortSlideNotesThePartialMonthAndAveragesCompleteMonthsOnly() throws IOException {
        // 2021-01-05 .. 2021-03-15: March is partial
        Path file = Files.writeString(dir.resolve("shop.csv"), "customer,date,amount\na,2021-01-05,10\n"
                + "a,2021-02-10,20\na,2021-03-15,5\nb,2021-01-20,30\nb,2021-03-02,10\nc,2021-02-03,40\n"
                + "c,2021-03-10,8\nd,2021-02-25,15\nd,2021-03-12,6\ne,2021-03-05,12\n");
        ReportFiles files;
        try (WorkspaceService ws = WorkspaceService.open(dir.resolve("ws"))) {
            new ImportService(ws).importFile(new ImportRequest(file, null, true, null, null, null, null, Map.of()),
                    false, ProgressListener.NONE);
            files = new ReportService(new AnalysisService(ws)).write(new ReportRequest(
                    AnalysisSettings.defaults(TimeUnit.WEEK), ClvMethod.HISTORICAL, Locale.ENGLISH, "$", null),
                    dir.resolve("out"), ProgressListener.NONE);
        }
        try (InputStream in = Files.newInputStream(files.deck()); XMLSlideShow ppt = new XMLSlideShow(in)) {
            XSLFSlide slide = ppt.getSlides().get(5);
            List<String> texts = texts(slide);
            assertThat(texts).contains(EN.getString("slide.cohorts"));
            assertThat(texts).contains(new MessageFormat(EN.getString("cohort.partial"), Locale.ENGLISH)
                    .format(new Object[] {"2021-03", "2021-03-15"}));
            // by hand: of the January customers a and b, a bought again in February; February's month 1 is the
            // partial March (c and d bought: 100 %) and is left out, so the month-1 average is 50 % (75 % with
            // it); January's last complete month is 1
            String takeaway = String.join("\n", texts);
            assertThat(takeaway).contains("on average 50");
            assertThat(takeaway).contains("after 1 months");
        }
        try (InputStream in = Files.newInputStream(files.workbook()); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet retention = wb.getSheet(EN.getString("sheet.retention"));
            // cohort, size, CAC, payback, periods 0..2, then the complete periods: January 2, February 1, March 0
            assertThat(retention.getRow(0).getCell(7).getStringCellValue())
                    .isEqualTo(EN.getString("col.completePeriods"));
            assertThat(retention.getRow(1).getCell(7).getNumericCellValue()).isEqualTo(2.0);
            assertThat(retention.getRow(2).getCell(7).getNumericCellValue()).isEqualTo(1.0);
            assertThat(retention.getRow(3).getCell(7).getNumericCellValue()).isEqualTo(0.0);
        }
    }
}
