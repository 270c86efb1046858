package org.valuelens.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuelens.gui.common.SessionHolder;
import org.valuelens.model.TimeUnit;
import org.valuelens.model.progress.ProgressListener;
import org.valuelens.service.AnalysisSettings;
import org.valuelens.service.ClvMethod;
import org.valuelens.service.ReportRequest;

class SessionWorkspaceActionsTest {

    @TempDir
    Path dir;

    private final SessionHolder sessions = new SessionHolder();

    @AfterEach
    void close() {
        sessions.close();
    }

    private SessionWorkspaceActions actions() {
        return new SessionWorkspaceActions(sessions, dir.resolve("ws"), dir.resolve("samples"));
    }

    @Test
    void openSampleImportsTheBundledSampleWithItsPublishedCustomerCount() throws Exception {
        OpenedWorkspace opened = actions().openSample(ProgressListener.NONE);

        assertThat(opened.datasetName()).isEqualTo("CDNOW_sample.txt");
        assertThat(opened.workspace()).isEqualTo(dir.resolve("ws"));
        // PUBLISHED.md: the CDNOW 1/10 sample has 2,357 customers
        assertThat(sessions.require().workspace().dataset(sessions.datasetId()).orElseThrow().customers())
                .isEqualTo(2357);
    }

    @Test
    void exportWritesTheReportDeckWorkbookAndChartsOfTheOpenDataset() throws Exception {
        SessionWorkspaceActions actions = actions();
        actions.openSample(ProgressListener.NONE);
        ReportRequest request = new ReportRequest(AnalysisSettings.defaults(TimeUnit.WEEK), ClvMethod.HISTORICAL,
                Locale.SIMPLIFIED_CHINESE, "¥", null);

        Path deck = actions.export(dir.resolve("report"), request, ProgressListener.NONE);

        assertThat(deck).isEqualTo(dir.resolve("report").resolve("valuelens-report.pptx"));
        try (XMLSlideShow show = new XMLSlideShow(Files.newInputStream(deck))) {
            assertThat(show.getSlides()).hasSize(11);
            // the title slide names the open dataset
            assertThat(show.getSlides().get(0).getShapes().stream()
                    .filter(XSLFTextShape.class::isInstance).map(sh -> ((XSLFTextShape) sh).getText()))
                    .anyMatch(t -> t.contains("CDNOW_sample.txt"));
        }
        assertThat(dir.resolve("report").resolve("valuelens-report.xlsx")).isNotEmptyFile();
        try (var pngs = Files.list(dir.resolve("report").resolve("charts"))) {
            assertThat(pngs.filter(p -> p.toString().endsWith(".png"))).isNotEmpty();
        }
    }

    @Test
    void openingTheSampleAgainReopensTheExistingDataset() throws Exception {
        SessionWorkspaceActions actions = actions();
        actions.openSample(ProgressListener.NONE);
        Integer first = sessions.datasetId();

        actions.openSample(ProgressListener.NONE);

        assertThat(sessions.datasetId()).isEqualTo(first);
        assertThat(sessions.require().workspace().listDatasets()).hasSize(1);
    }

    @Test
    void openWorkspaceSelectsItsLatestDataset() throws Exception {
        actions().openSample(ProgressListener.NONE);
        sessions.close();

        OpenedWorkspace opened = actions().openWorkspace(dir.resolve("ws"), ProgressListener.NONE);

        assertThat(opened.datasetName()).isEqualTo("CDNOW_sample.txt");
        assertThat(sessions.datasetId()).isEqualTo(1);
    }

    @Test
    void exportUsesTheQuadrantThresholdsSavedForTheOpenDataset() throws Exception {
        SessionWorkspaceActions actions = actions();
        OpenedWorkspace opened = actions.openSample(ProgressListener.NONE);
        actions.saveDatasetSettings(opened.datasetId(), org.valuelens.service.DatasetSettings.NONE
                .withQuadrantThresholds(3.0, 25.0).withClvMethod(ClvMethod.HISTORICAL));
        ReportRequest request = new ReportRequest(AnalysisSettings.defaults(TimeUnit.WEEK), ClvMethod.BG_NBD,
                Locale.ENGLISH, "$", null);

        Path deck = actions.export(dir.resolve("report"), request, ProgressListener.NONE);

        java.util.ResourceBundle en = java.util.ResourceBundle.getBundle("i18n.report", Locale.ROOT);
        java.util.Map<String, Double> kpis = new java.util.HashMap<>();
        try (var in = Files.newInputStream(deck.resolveSibling("valuelens-report.xlsx"));
             var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            for (var row : wb.getSheet(en.getString("sheet.kpis"))) {
                if (row.getCell(1) != null && row.getCell(1).getCellType()
                        == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                    kpis.put(row.getCell(0).getStringCellValue(), row.getCell(1).getNumericCellValue());
                }
            }
        }
        assertThat(kpis).containsEntry(en.getString("kpi.thresholdX"), 3.0)
                .containsEntry(en.getString("kpi.thresholdY"), 25.0);
    }
}
