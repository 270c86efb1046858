package org.valuelens.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuelens.model.TimeUnit;
import org.valuelens.model.progress.ProgressListener;
import org.valuelens.testing.SourceDatabase;

/**
 * Issue 16 item 4, minimum data: on thin data {@code predict} says what is missing and what to use instead, for
 * every purchase model: one customer, only one-time buyers, a history shorter than the window, and a summary-only
 * dataset (which has no days between purchases, so the CNBD-k models cannot be fitted on it).
 */
class PredictionThinDataTest {

    @TempDir
    static Path dir;
    static WorkspaceService workspace;
    static AnalysisService analysis;
    static PredictionService predictions;

    @BeforeAll
    static void open() {
        workspace = WorkspaceService.open(dir.resolve("ws"));
        analysis = new AnalysisService(workspace);
        predictions = new PredictionService(workspace, analysis);
    }

    @AfterAll
    static void close() {
        workspace.close();
    }

    private static int importCsv(String name, String csv) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, "customer,date,amount\n" + csv);
        return new ImportService(workspace).importFile(ImportRequest.of(file), true, ProgressListener.NONE)
                .datasetId();
    }

    private static PredictionReport predict(int dataset, String model) {
        return predictions.predict(PredictionRequest.defaults(model),
                AnalysisSettings.defaults(TimeUnit.DAY).withDataset(dataset), ProgressListener.NONE);
    }

    @Test
    void oneCustomerIsRefusedForEveryModel() throws IOException {
        int id = importCsv("one.csv", "solo,2024-01-02,10\nsolo,2024-02-03,12\nsolo,2024-03-04,9\n");
        for (String model : PredictionService.MODELS) {
            assertThatThrownBy(() -> predict(id, model)).as(model).isInstanceOf(ServiceException.class)
                    .hasMessageStartingWith("Only 1 customer: predictions from a purchase model need at least 30")
                    .hasMessageContaining("clv --method historical");
        }
    }

    @Test
    void onlyOneTimeBuyersAreRefusedForEveryModel() throws IOException {
        StringBuilder csv = new StringBuilder();
        for (int c = 0; c < 50; c++) {
            csv.append("o").append(c).append(",2024-0").append(1 + c % 9).append("-1").append(c % 10).append(",20\n");
        }
        int id = importCsv("once.csv", csv.toString());
        for (String model : PredictionService.MODELS) {
            assertThatThrownBy(() -> predict(id, model)).as(model).isInstanceOf(ServiceException.class)
                    .hasMessageStartingWith("Only 0 of 50 customers bought on more than one day")
                    .hasMessageContaining("Use a formula method instead");
        }
    }

    @Test
    void aHistoryShorterThanTheWindowIsPredictedWithAWarning() throws IOException {
        // 60 customers over 30 days, 40 of them buying again: enough to fit, too short for a 90-day window
        StringBuilder csv = new StringBuilder();
        LocalDate start = LocalDate.of(2024, 3, 1);
        for (int c = 0; c < 60; c++) {
            csv.append("s").append(c).append(',').append(start.plusDays(c % 10)).append(",15\n");
            if (c < 40) {
                csv.append("s").append(c).append(',').append(start.plusDays(12 + c % 17)).append(",18\n");
            }
            if (c < 15) {
                csv.append("s").append(c).append(',').append(start.plusDays(20 + c % 9)).append(",11\n");
            }
        }
        int id = importCsv("short.csv", csv.toString());
        PredictionReport r = predict(id, "bg-nbd");
        assertThat(r.size()).isEqualTo(60);
        assertThat(r.warnings()).anyMatch(w -> w.startsWith("Only 40 repeat customers"))
                .anyMatch(w -> w.startsWith("The data cover 28 days, less than the 90-day window"));
    }

    @Test
    void aSummaryOnlyDatasetPredictsWithTheExponentialModelsAndSaysWhyNotWithCnbdk() throws IOException,
            SQLException {
        try (SourceDatabase db = SourceDatabase.start()) {
            Map<String, String> columns = new LinkedHashMap<>();
            columns.put("customer", "customer_id");
            columns.put("date", "purchase_date");
            columns.put("quantity", "cds");
            columns.put("amount", "dollars");
            LocalDate split = LocalDate.of(1997, 9, 30);
            int id = new DatabaseImportService(workspace).importDatabase(new DatabaseImportRequest(db.url(),
                    SourceDatabase.USER, SourceDatabase.PASSWORD, "cdnow", null, DatabaseImportRequest.Mode.SUMMARY,
                    split, null, columns), ProgressListener.NONE).outcome().datasetId();
            AnalysisSettings weeks = AnalysisSettings.defaults(TimeUnit.WEEK).withDataset(id).withPeriod(split,
                    null);
            PredictionReport r = predictions.predict(PredictionRequest.defaults("bg-nbd"), weeks,
                    ProgressListener.NONE);
            assertThat(r.size()).isEqualTo(2_357);
            for (String model : new String[] {"bg-cnbd-k", "mbg-cnbd-k"}) {
                assertThatThrownBy(() -> predictions.predict(PredictionRequest.defaults(model), weeks,
                        ProgressListener.NONE)).as(model).isInstanceOf(ServiceException.class)
                        .hasMessageContaining("days between purchases")
                        .hasMessageContaining("use bg-nbd, mbg-nbd or pareto-nbd");
            }
        }
    }
}
