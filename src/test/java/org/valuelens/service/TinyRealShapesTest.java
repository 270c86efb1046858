package org.valuelens.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuelens.model.TimeUnit;
import org.valuelens.model.progress.ProgressListener;
import org.valuelens.report.deck.ReportFiles;

/** Datasets spanning a single day or holding a single customer: plain sentences and a report, never a crash. */
class TinyRealShapesTest {
    @TempDir
    Path dir;

    private WorkspaceService workspace(String csv) throws Exception {
        Path file = dir.resolve("data.csv");
        Files.writeString(file, csv);
        WorkspaceService ws = WorkspaceService.open(dir.resolve("ws"));
        new ImportService(ws).importFile(new ImportRequest(file, null, true, null, null, null, null,
                Map.of("customer", "customer", "date", "date", "amount", "amount")),
                false, ProgressListener.NONE);
        return ws;
    }

    @Test
    void aSingleDayDatasetSaysWhyNoModelFitsAndStillGivesAReport() throws Exception {
        try (WorkspaceService ws = workspace("customer,date,amount\n17850,2011-12-09,10\n12346,2011-12-09,5\n"
                + "12347,2011-12-09,-5\n")) {
            AnalysisService analysis = new AnalysisService(ws);
            AnalysisSettings s = AnalysisSettings.defaults(TimeUnit.WEEK);
            assertThatThrownBy(() -> analysis.fit("bg-nbd", s, ProgressListener.NONE))
                    .isInstanceOf(ServiceException.class)
                    .hasMessageContaining("all 2 customers made their first purchase on the calibration end");
            ReportFiles files = new ReportService(analysis).write(ReportRequest.of(s), dir.resolve("out"),
                    ProgressListener.NONE);
            assertThat(files.deck()).isNotEmptyFile();
            // customer 12347 has a return only: counted and said
            assertThat(analysis.clv(ClvMethod.HISTORICAL, s, ProgressListener.NONE).warnings())
                    .anyMatch(w -> w.startsWith("2 of the 3 imported customers are analysed"));
        }
    }

    @Test
    void aSingleCustomerDatasetGivesAReportWithHistoricalClv() throws Exception {
        try (WorkspaceService ws = workspace("customer,date,amount\nA1,2011-01-01,10\nA1,2011-02-01,12\n"
                + "A1,2011-03-05,9\n")) {
            AnalysisService analysis = new AnalysisService(ws);
            AnalysisSettings s = AnalysisSettings.defaults(TimeUnit.WEEK);
            var data = new ReportService(analysis).gather(ReportRequest.of(s), ProgressListener.NONE);
            assertThat(data.methods().method()).isEqualTo("historical");
            assertThat(data.methods().notes()).anyMatch(w -> w.contains("could not be fitted"));
        }
    }
}
