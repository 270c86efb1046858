package org.valuelens.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuelens.model.TimeUnit;
import org.valuelens.model.progress.ProgressListener;

/**
 * The report workbook's side-by-side model comparison: left out (with a sentence in the Diagnostics sheet saying how
 * to get it) until the models were compared on the report's holdout split, then a sheet whose rows agree with the
 * holdout check the report computes on its own path ({@code AnalysisService.validate}).
 */
class ReportComparisonTest {

    private static final ResourceBundle EN = ResourceBundle.getBundle("i18n.report", Locale.ENGLISH);
    private static final ResourceBundle RU = ResourceBundle.getBundle("i18n.report", Locale.forLanguageTag("ru"));

    @TempDir
    Path dir;

    @Test
    void theComparisonSheetAppearsOnceTheModelsWereComparedOnTheSplit() throws IOException {
        Path file = dir.resolve("CDNOW_sample.txt");
        try (InputStream in = getClass().getResourceAsStream("/data/cdnow/CDNOW_sample.txt")) {
            Files.copy(in, file);
        }
        try (WorkspaceService workspace = WorkspaceService.open(dir.resolve("ws"))) {
            new ImportService(workspace).importFile(new ImportRequest(file, null, false, null, null, null, null,
                    Map.of("customer", "2", "date", "3", "quantity", "4", "amount", "5")), false,
                    ProgressListener.NONE);
            AnalysisSettings settings = AnalysisSettings.defaults(TimeUnit.WEEK)
                    .withPeriod(LocalDate.of(1997, 9, 30), null);

            ReportService before = new ReportService(new AnalysisService(workspace));
            Path first = before.write(ReportRequest.of(settings), dir.resolve("before"), ProgressListener.NONE)
                    .workbook();
            try (XSSFWorkbook wb = open(first)) {
                assertThat(wb.getSheet(EN.getString("sheet.comparison"))).isNull();
                Sheet d = wb.getSheet(EN.getString("sheet.diagnostics"));
                String last = d.getRow(d.getLastRowNum()).getCell(0).getStringCellValue();
                assertThat(last).contains("validate --model all").contains("Sep 30, 1997");
            }

            // what "validate --model all" does: fit every model on the split (the fits are saved)
            new DiagnosticsService(new AnalysisService(workspace)).compare(settings, ProgressListener.NONE);

            ReportService after = new ReportService(new AnalysisService(workspace));
            Path second = after.write(ReportRequest.of(settings), dir.resolve("after"), ProgressListener.NONE)
                    .workbook();
            try (XSSFWorkbook wb = open(second)) {
                Sheet c = wb.getSheet(EN.getString("sheet.comparison"));
                assertThat(c).as("comparison sheet").isNotNull();
                List<String> models = new ArrayList<>();
                for (int i = 1; i <= c.getLastRowNum(); i++) {
                    models.add(c.getRow(i).getCell(0).getStringCellValue());
                }
                assertThat(models).containsExactly("BG/NBD", "MBG/NBD", "Pareto/NBD", "BG/CNBD-k", "MBG/CNBD-k",
                        EN.getString("acc.baseline"));
                Sheet acc = wb.getSheet(EN.getString("sheet.accuracy"));
                Row maeChecked = ReportServiceTest.row(acc, EN.getString("acc.mae"));
                Row actual = ReportServiceTest.row(acc, EN.getString("acc.actual"));
                // BG/NBD is the model the report checks on its own: the same MAE; the baseline's too
                assertThat(c.getRow(1).getCell(1).getNumericCellValue())
                        .isCloseTo(maeChecked.getCell(1).getNumericCellValue(), within(1e-9));
                assertThat(c.getRow(6).getCell(1).getNumericCellValue())
                        .isCloseTo(maeChecked.getCell(2).getNumericCellValue(), within(1e-9));
                for (int i = 1; i <= 6; i++) {
                    assertThat(c.getRow(i).getCell(5).getNumericCellValue()).as("actual, row %d", i)
                            .isEqualTo(actual.getCell(1).getNumericCellValue());
                }
                Sheet d = wb.getSheet(EN.getString("sheet.diagnostics"));
                assertThat(d.getRow(d.getLastRowNum()).getCell(0).getStringCellValue()).doesNotContain("validate");
            }
            Path russian = after.write(new ReportRequest(settings, ClvMethod.BG_NBD, Locale.forLanguageTag("ru"), "₽",
                    null), dir.resolve("ru"), ProgressListener.NONE).workbook();
            try (XSSFWorkbook wb = open(russian)) {
                Sheet c = wb.getSheet(RU.getString("sheet.comparison"));
                assertThat(c).isNotNull();
                assertThat(c.getRow(0).getCell(0).getStringCellValue()).isEqualTo(RU.getString("comparison.col.model"));
            }
        }
    }

    private static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }
}
