package org.valuelens.gui.whatif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuelens.model.TimeUnit;
import org.valuelens.model.progress.ProgressListener;
import org.valuelens.model.segment.RealData;
import org.valuelens.model.summary.SummaryResult;
import org.valuelens.report.deck.ReportData;
import org.valuelens.report.deck.ReportFiles;
import org.valuelens.service.AnalysisService;
import org.valuelens.service.AnalysisSettings;
import org.valuelens.service.ImportRequest;
import org.valuelens.service.ImportService;
import org.valuelens.service.InsightService;
import org.valuelens.service.OverviewReport;
import org.valuelens.service.ReportRequest;
import org.valuelens.service.ReportService;
import org.valuelens.service.WorkspaceService;

/**
 * One definition per quantity (docs/definitions.md): the Overview, the What-if preset, the report data and the
 * workbook show the same AOV, computed independently here from the CDNOW file (revenue / customer purchase days);
 * the report's holdout check uses the app's default calibration end.
 */
class DefinitionsConsistencyTest {
    @TempDir
    Path dir;

    @Test
    void overviewWhatIfReportAndWorkbookShowOneAov() throws Exception {
        double revenue = 0;
        Set<String> orders = new HashSet<>();
        Map<String, Boolean> customers = new HashMap<>();
        for (RealData.Line l : RealData.cdnowLines()) {
            revenue += l.amount();
            orders.add(l.id() + "|" + l.day());
            customers.put(l.id(), true);
        }
        double aov = revenue / orders.size();

        Path file = dir.resolve("CDNOW_sample.txt");
        try (InputStream in = getClass().getResourceAsStream("/data/cdnow/CDNOW_sample.txt")) {
            Files.copy(in, file);
        }
        try (WorkspaceService ws = WorkspaceService.open(dir.resolve("ws"))) {
            new ImportService(ws).importFile(new ImportRequest(file, null, false, null, null, null, null,
                    Map.of("customer", "2", "date", "3", "quantity", "4", "amount", "5")), false,
                    ProgressListener.NONE);
            AnalysisService analysis = new AnalysisService(ws);
            AnalysisSettings s = AnalysisSettings.defaults(TimeUnit.WEEK);
            OverviewReport overview = new InsightService(analysis).overview(s, ProgressListener.NONE);
            SummaryResult summary = analysis.summarize(s, ProgressListener.NONE);
            WhatIfViewModel.Preset preset = WhatIfViewModel.preset(summary, s, 0.3);
            ReportService reports = new ReportService(analysis);
            ReportData data = reports.gather(ReportRequest.of(s), ProgressListener.NONE);
            ReportFiles files = reports.write(ReportRequest.of(s), dir.resolve("report"), ProgressListener.NONE);

            assertThat(overview.customers()).isEqualTo(customers.size());
            assertThat(overview.averageOrderValue()).isCloseTo(aov, within(1e-9));
            assertThat(preset.aov()).isCloseTo(aov, within(1e-9));
            assertThat(data.kpis().averageOrderValue()).isCloseTo(aov, within(1e-9));
            assertThat(workbookValue(files.workbook(), "Average order value")).isCloseTo(aov, within(1e-6));
            assertThat(data.methods().calibrationEnd())
                    .isEqualTo(AnalysisService.defaultHoldoutCalibrationEnd(summary));
        }
    }

    /** @return the number right of the first cell labelled {@code label} in any sheet */
    private static double workbookValue(Path xlsx, String label) throws Exception {
        try (InputStream in = Files.newInputStream(xlsx); Workbook wb = new XSSFWorkbook(in)) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(label)) {
                            return row.getCell(cell.getColumnIndex() + 1).getNumericCellValue();
                        }
                    }
                }
            }
        }
        throw new AssertionError("no cell " + label + " in " + xlsx);
    }
}
