package org.valuelens.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuelens.model.TimeUnit;
import org.valuelens.model.cohort.AcquisitionCosts;
import org.valuelens.model.progress.ProgressListener;
import org.valuelens.model.segment.QuadrantResult;
import org.valuelens.report.deck.ReportData;

/** Per-dataset analysis choices: stored apart per dataset, kept over a reopen, and used by the report. */
class DatasetSettingsTest {

    @TempDir
    Path tmp;

    /** Imports customers c1..cN, the first {@code web} of them on channel "web", the rest "store". */
    private int importShop(WorkspaceService ws, String name, int customers, int web) throws Exception {
        List<String> lines = new ArrayList<>(List.of("customer,date,amount,channel"));
        for (int i = 1; i <= customers; i++) {
            for (int p = 0; p <= i % 4; p++) {
                lines.add("c" + i + "," + LocalDate.of(2021, 1, 1).plusDays(i * 3L + p * 40L) + "," + (10 + i * p)
                        + "," + (i <= web ? "web" : "store"));
            }
        }
        Path file = Files.write(tmp.resolve(name), lines, StandardCharsets.UTF_8);
        return new ImportService(ws).importFile(new ImportRequest(file, null, true, null, null, null, null,
                Map.of("customer", "customer", "date", "date", "amount", "amount", "channel", "channel")), false,
                ProgressListener.NONE).datasetId();
    }

    @Test
    void eachDatasetKeepsItsOwnChoicesAcrossAReopen() throws Exception {
        Path dir = tmp.resolve("ws");
        int a;
        int b;
        DatasetSettings chosen = DatasetSettings.NONE.withClvMethod(ClvMethod.PARETO_NBD)
                .withCalibrationEnd(LocalDate.of(2021, 3, 1)).withQuadrantThresholds(2.0, 15.5).withCac(12.0)
                .withLifespanYears(4.0).withChannelCac("web", 8.0).withKMeans(4, 7L);
        try (WorkspaceService ws = WorkspaceService.open(dir)) {
            a = importShop(ws, "a.csv", 12, 5);
            b = importShop(ws, "b.csv", 30, 10);
            ws.saveDatasetSettings(a, chosen);
        }
        try (WorkspaceService ws = WorkspaceService.open(dir)) {
            assertThat(ws.datasetSettings(a)).isEqualTo(chosen);
            assertThat(ws.datasetSettings(b)).isEqualTo(DatasetSettings.NONE);
            ws.saveDatasetSettings(b, DatasetSettings.NONE.withCac(3.0));
            assertThat(ws.datasetSettings(a).cac()).isEqualTo(12.0);
            assertThat(ws.datasetSettings(b).cac()).isEqualTo(3.0);
        }
    }

    @Test
    void theActiveDatasetIsTheLastOneChosenElseTheNewestAndForgottenWhenDeleted() throws Exception {
        try (WorkspaceService ws = WorkspaceService.open(tmp.resolve("ws"))) {
            assertThat(ws.activeDataset()).isEmpty();
            int a = importShop(ws, "a.csv", 12, 5);
            int b = importShop(ws, "b.csv", 30, 10);
            assertThat(ws.activeDataset().orElseThrow().id()).isEqualTo(b);
            ws.setActiveDataset(a);
            assertThat(ws.activeDataset().orElseThrow().id()).isEqualTo(a);
            ws.deleteDataset(a);
            assertThat(ws.activeDataset().orElseThrow().id()).isEqualTo(b);
        }
    }

    @Test
    void renameChecksTheDatasetAndTheLength() throws Exception {
        try (WorkspaceService ws = WorkspaceService.open(tmp.resolve("ws"))) {
            int a = importShop(ws, "a.csv", 12, 5);
            assertThat(ws.renameDataset(a, "Spring shop").name()).isEqualTo("Spring shop");
            assertThat(ws.listDatasets().get(0).name()).isEqualTo("Spring shop");
            assertThatThrownBy(() -> ws.renameDataset(a, "x".repeat(WorkspaceService.MAX_NAME + 1)))
                    .isInstanceOf(ServiceException.class).hasMessageContaining("at most " + WorkspaceService.MAX_NAME);
            assertThatThrownBy(() -> ws.renameDataset(a + 5, "y")).hasMessageContaining("no dataset " + (a + 5));
        }
    }

    @Test
    void churnCutoffsAreSavedWithTheDatasetAndCheckedInOrder() throws Exception {
        try (WorkspaceService ws = WorkspaceService.open(tmp.resolve("ws"))) {
            int a = importShop(ws, "a.csv", 12, 5);
            assertThat(ws.datasetSettings(a).churnBands()).isEqualTo(
                    org.valuelens.model.predict.ChurnBands.DEFAULT);
            ws.saveDatasetSettings(a, ws.datasetSettings(a).withChurnCutoffs(0.6, 0.9));
            assertThat(ws.datasetSettings(a).churnBands().mediumFrom()).isEqualTo(0.6);
            assertThat(ws.datasetSettings(a).churnBands().highFrom()).isEqualTo(0.9);
        }
        assertThatThrownBy(() -> DatasetSettings.NONE.withChurnCutoffs(0.9, 0.6)).isInstanceOf(ServiceException.class)
                .hasMessageContaining("medium 0.9 and high 0.6");
    }

    @Test
    void aClusterCountOutsideTwoToTwelveIsRefused() {
        assertThatThrownBy(() -> DatasetSettings.NONE.withKMeans(13, null)).isInstanceOf(ServiceException.class)
                .hasMessageContaining("between 2 and 12");
    }

    @Test
    void negativeCostsAreRefusedWithASentence() {
        assertThatThrownBy(() -> DatasetSettings.NONE.withChannelCac("web", -1.0))
                .isInstanceOf(ServiceException.class).hasMessageContaining("channel web");
    }

    @Test
    void theReportUsesTheDatasetsSavedMethodThresholdsCalibrationEndAndChannelCosts() throws Exception {
        try (WorkspaceService ws = WorkspaceService.open(tmp.resolve("ws"))) {
            int a = importShop(ws, "a.csv", 12, 5);
            int b = importShop(ws, "b.csv", 30, 10);
            ws.saveDatasetSettings(a, DatasetSettings.NONE.withClvMethod(ClvMethod.HISTORICAL)
                    .withQuadrantThresholds(1.0, 20.0).withCalibrationEnd(LocalDate.of(2021, 2, 15))
                    .withChannelCac("web", 8.0).withKMeans(3, 5L));
            AnalysisService analysis = new AnalysisService(ws);
            ReportRequest base = new ReportRequest(AnalysisSettings.defaults(TimeUnit.WEEK).withDataset(a),
                    ClvMethod.BG_NBD, Locale.ENGLISH, "$", null);

            ReportRequest r = DatasetReports.request(ws, analysis, base, false, ProgressListener.NONE);

            assertThat(r.method()).isEqualTo(ClvMethod.HISTORICAL);
            // 5 customers on "web" in dataset a (not 10 as in dataset b): spend = 8 × 5
            assertThat(r.costs().perChannel()).containsExactly(Map.entry("web", 40.0));
            assertThat(DatasetReports.request(ws, analysis, base, true, ProgressListener.NONE).method())
                    .isEqualTo(ClvMethod.BG_NBD);
            ReportData data = new ReportService(analysis).gather(r, ProgressListener.NONE);
            QuadrantResult quadrant = data.quadrant();
            assertThat(quadrant.xThreshold()).isEqualTo(1.0);
            assertThat(quadrant.yThreshold()).isEqualTo(20.0);
            assertThat(data.header().datasetName()).isEqualTo("a.csv");
            assertThat(data.methods().calibrationEnd()).isEqualTo(LocalDate.of(2021, 2, 15));
            assertThat(data.schemes().stream().filter(sc -> sc.id().equals("kmeans")).findFirst().orElseThrow()
                    .segments()).hasSize(3);
            ws.saveDatasetSettings(b, DatasetSettings.NONE);
            ReportRequest other = DatasetReports.request(ws, analysis, new ReportRequest(
                    AnalysisSettings.defaults(TimeUnit.WEEK).withDataset(b), ClvMethod.BG_NBD, Locale.ENGLISH, "$",
                    AcquisitionCosts.none()), false, ProgressListener.NONE);
            assertThat(other.dataset().quadrantX()).isNull();
            assertThat(other.costs().perChannel()).isEmpty();
        }
    }
}
