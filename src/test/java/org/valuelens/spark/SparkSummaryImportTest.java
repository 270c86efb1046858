package org.valuelens.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuelens.cli.ValueLensCommand;
import org.valuelens.importer.ColumnRole;
import org.valuelens.model.TimeUnit;
import org.valuelens.model.progress.ProgressListener;
import org.valuelens.model.summary.ReturnsPolicy;
import org.valuelens.service.AnalysisService;
import org.valuelens.service.AnalysisSettings;
import org.valuelens.service.DatabaseImportRequest;
import org.valuelens.service.DatabaseImportService;
import org.valuelens.service.ImportOutcome;
import org.valuelens.service.ImportRequest;
import org.valuelens.service.ImportService;
import org.valuelens.service.SegmentRow;
import org.valuelens.service.SegmentService;
import org.valuelens.service.ServiceException;
import org.valuelens.service.WorkspaceService;
import org.valuelens.testing.SameAnalysis;
import org.valuelens.testing.SourceDatabase;

/**
 * Issue 18: the Spark job's summary mode (one row per customer), imported with {@code valuelens import}, gives the
 * same customers, BG/NBD, Pareto/NBD and Gamma-Gamma parameters and CLV totals (1e-9 relative) as the file import
 * and as the database import's summary mode, on CDNOW and on the Online Retail extract under both returns
 * policies; and the job's rule options mean what they mean locally. One Spark session and one PostgreSQL server for
 * the class.
 */
class SparkSummaryImportTest {
    private static final LocalDate CDNOW_SPLIT = LocalDate.of(1997, 9, 30);
    private static final LocalDate RETAIL_SPLIT = LocalDate.of(2011, 6, 30);

    @TempDir
    static Path dir;
    static SparkSession spark;
    static SourceDatabase db;
    static WorkspaceService workspace;
    static AnalysisService analysis;

    @BeforeAll
    static void start() throws IOException, SQLException {
        spark = SparkSession.builder().master("local[2]").appName("SparkSummaryImportTest")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4")
                .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
                .getOrCreate();
        db = SourceDatabase.start();
        workspace = WorkspaceService.open(dir.resolve("ws"));
        analysis = new AnalysisService(workspace);
    }

    @AfterAll
    static void stop() throws IOException {
        workspace.close();
        db.close();
        spark.stop();
    }

    @Test
    void cdnowSummaryOutputImportsLikeTheFileAndTheDatabaseSummary() throws Exception {
        Path file = copy("/data/cdnow/CDNOW_sample.txt", "CDNOW_sample.txt");
        Map<ColumnRole, String> roles = Map.of(ColumnRole.CUSTOMER_ID, "2", ColumnRole.DATE, "3",
                ColumnRole.QUANTITY, "4", ColumnRole.AMOUNT, "5");
        Path out = dir.resolve("cdnow-summary");
        Manifest m = SummaryJob.run(spark, new JobOptions(file.toString(), "csv", roles, null, null, "summary",
                out.toString(), "csv", CDNOW_SPLIT, "net"));
        JsonNode json = importJson(out);
        assertThat(json.path("mode").asText()).isEqualTo("summary");
        assertThat(json.path("shape").asText()).isEqualTo("summary");
        assertThat(json.path("rowsRead").asLong()).isEqualTo(6_919);
        assertThat(json.path("rowsImported").asLong()).isEqualTo(6_919);
        assertThat(json.path("rowsRejected").asLong()).isZero();
        assertThat(json.path("customers").asInt()).isEqualTo(2_357);
        // one row per customer crossed to the desktop
        assertThat(json.path("rowsTransferred").asLong()).isEqualTo(m.rowsWritten()).isEqualTo(2_357);
        int fromSpark = json.path("datasetId").asInt();

        int fromFile = new ImportService(workspace).importFile(new ImportRequest(file, null, false, null, null, null,
                null, Map.of("customer", "2", "date", "3", "quantity", "4", "amount", "5")), true,
                ProgressListener.NONE).datasetId();
        int fromDb = importDb("cdnow", CDNOW_SPLIT, null, cdnowColumns());
        AnalysisSettings weeks = AnalysisSettings.defaults(TimeUnit.WEEK).withPeriod(CDNOW_SPLIT, null);
        SameAnalysis.assertSameAnalysis(analysis, weeks.withDataset(fromFile), weeks.withDataset(fromSpark));
        SameAnalysis.assertSameAnalysis(analysis, weeks.withDataset(fromDb), weeks.withDataset(fromSpark));
        // tiers, RFM, k-means, quadrant and churn segments: the same customers in each segment as the file's
        SegmentService segments = new SegmentService(analysis);
        for (String scheme : SegmentService.ALL_SCHEMES) {
            List<SegmentRow> e = segments.segment(scheme, SegmentService.Options.defaults(),
                    weeks.withDataset(fromFile), ProgressListener.NONE).segments();
            List<SegmentRow> s = segments.segment(scheme, SegmentService.Options.defaults(),
                    weeks.withDataset(fromSpark), ProgressListener.NONE).segments();
            assertThat(s).as(scheme).hasSameSizeAs(e);
            for (int i = 0; i < e.size(); i++) {
                assertThat(s.get(i).name()).as(scheme).isEqualTo(e.get(i).name());
                assertThat(s.get(i).customers()).as(scheme + " " + e.get(i).name()).isEqualTo(e.get(i).customers());
            }
        }
        // the holdout tracking curve is kept too
        AnalysisSettings days = AnalysisSettings.defaults(TimeUnit.DAY).withPeriod(CDNOW_SPLIT, null);
        assertThat(analysis.summarize(days.withDataset(fromSpark), ProgressListener.NONE).repeatPurchasesPerPeriod())
                .containsExactly(analysis.summarize(days.withDataset(fromFile), ProgressListener.NONE)
                        .repeatPurchasesPerPeriod());
    }

    @Test
    void aggregatedOutputReportsItsModeAndTheRowsTransferred() throws Exception {
        Path file = copy("/data/cdnow/CDNOW_sample.txt", "CDNOW_sample.txt");
        Path out = dir.resolve("cdnow-days");
        Manifest m = SummaryJob.run(spark, new JobOptions(file.toString(), "csv", Map.of(ColumnRole.CUSTOMER_ID, "2",
                ColumnRole.DATE, "3", ColumnRole.QUANTITY, "4", ColumnRole.AMOUNT, "5"), null, null, "aggregated",
                out.toString(), "csv", null, "net"));
        JsonNode json = importJson(out);
        assertThat(json.path("mode").asText()).isEqualTo("aggregated");
        assertThat(json.path("shape").asText()).isEqualTo("transactions");
        assertThat(json.path("rowsRead").asLong()).isEqualTo(6_919);
        // one row per customer and day: fewer than the source's lines
        long customerDays = Files.readAllLines(file).stream().map(l -> l.trim().split("\\s+"))
                .map(c -> c[1] + " " + c[2]).distinct().count();
        assertThat(json.path("rowsTransferred").asLong()).isEqualTo(m.rowsWritten()).isEqualTo(customerDays)
                .isLessThan(6_919);
        // a copy missing a part file is refused in one sentence, and nothing is stored
        Path broken = dir.resolve("cdnow-days-broken");
        Files.createDirectories(broken);
        String manifest = org.valuelens.importer.SparkOutput.MANIFEST;
        Files.copy(out.resolve(manifest), broken.resolve(manifest));
        int before = workspace.listDatasets().size();
        assertThatThrownBy(() -> new ImportService(workspace).importFile(new ImportRequest(broken, null, null, null,
                null, null, null, Map.of()), true, ProgressListener.NONE)).isInstanceOf(ServiceException.class)
                .hasMessage("cdnow-days-broken holds 0 rows but the Spark job wrote " + m.rowsWritten()
                        + "; copy the whole output folder again.");
        assertThat(workspace.listDatasets()).hasSize(before);
    }

    @Test
    void onlineRetailSummaryOutputMatchesUnderBothReturnsPolicies() throws Exception {
        Path file = OnlineRetailCsv.write(dir.resolve("online_retail_40k.csv"));
        Map<String, String> columns = Map.of("customer", "CustomerID", "date", "InvoiceDate", "quantity",
                "Quantity", "price", "UnitPrice", "invoice", "InvoiceNo", "channel", "Country");
        ImportOutcome local = new ImportService(workspace).importFile(new ImportRequest(file, null, null, null, null,
                null, null, columns), true, ProgressListener.NONE);
        Map<ColumnRole, String> roles = new EnumMap<>(ColumnRole.class);
        columns.forEach((k, v) -> roles.put(DatabaseImportService.ROLES.get(k), v));
        AnalysisSettings weeks = AnalysisSettings.defaults(TimeUnit.WEEK).withPeriod(RETAIL_SPLIT, null);
        for (ReturnsPolicy policy : List.of(ReturnsPolicy.NET, ReturnsPolicy.EXCLUDE)) {
            String name = policy.name().toLowerCase(java.util.Locale.ROOT);
            Path out = dir.resolve("retail-summary-" + name);
            SummaryJob.run(spark, new JobOptions(file.toString(), "csv", roles, null, null, "summary",
                    out.toString(), "csv", RETAIL_SPLIT, name));
            ImportOutcome fromSpark = new ImportService(workspace).importFile(new ImportRequest(out, null, null,
                    null, null, null, null, Map.of()), true, ProgressListener.NONE);
            assertThat(fromSpark.shape()).isEqualTo("SUMMARY");
            assertThat(fromSpark.rowsRead()).isEqualTo(local.rowsRead());
            assertThat(fromSpark.rowsRejected()).isEqualTo(local.rowsRejected());
            assertThat(fromSpark.rejectedByReason()).isEqualTo(local.rejectedByReason());
            assertThat(fromSpark.returns()).isEqualTo(local.returns());
            assertThat(fromSpark.customers()).isEqualTo(local.customers());
            int fromDb = importDb("retail", RETAIL_SPLIT, policy, retailColumns());
            AnalysisSettings s = weeks.withReturns(policy);
            SameAnalysis.assertSameAnalysis(analysis, s.withDataset(local.datasetId()),
                    s.withDataset(fromSpark.datasetId()));
            SameAnalysis.assertSameAnalysis(analysis, s.withDataset(fromDb), s.withDataset(fromSpark.datasetId()));
        }
    }

    @Test
    void dropDuplicatesAndTheDelimiterMeanWhatTheyMeanLocally() throws Exception {
        Path file = dir.resolve("orders-with-repeats.csv");
        // semicolons, decimal commas; rows 2 and 3 repeat row 1 exactly, row 6 repeats rejected row 5 (which never
        // counts as an earlier row), row 8 repeats row 7 with a space more (not exact), row 10 repeats a return
        List<String> rows = List.of("client;day;total;shop",
                "A;03.01.2020;10,50;Web", "A;03.01.2020;10,50;Web", "A;03.01.2020;10,50;Web",
                "A;20.02.2020;4,25;Web", ";05.01.2020;5,00;Web", ";05.01.2020;5,00;Web",
                "B;05.01.2020;7,00;Shop", "B;05.01.2020;7,00 ;Shop", "B;09.03.2020;-2,00;Shop",
                "B;09.03.2020;-2,00;Shop", "B;10.04.2020;3,00;Shop", "C;06.01.2020;1,00;Shop");
        Files.write(file, rows);
        long exactRepeats = 3; // rows 2, 3 and 10 (1-based data rows)
        Map<String, String> columns = Map.of("customer", "client", "date", "day", "amount", "total", "channel",
                "shop");
        ImportRequest request = new ImportRequest(file, null, null, null, ";", null, null, columns, true);
        ImportOutcome local = new ImportService(workspace).importFile(request, true, ProgressListener.NONE);
        assertThat(local.rejectedByReason()).containsEntry("duplicate-row", exactRepeats)
                .containsEntry("missing-customer-id", 2L);
        Map<ColumnRole, String> roles = Map.of(ColumnRole.CUSTOMER_ID, "client", ColumnRole.DATE, "day",
                ColumnRole.AMOUNT, "total", ColumnRole.CHANNEL, "shop");
        for (String mode : List.of("aggregated", "summary")) {
            Path out = dir.resolve("repeats-" + mode);
            JobOptions options = JobOptions.parse("--input", file.toString(), "--customer", "client", "--date", "day",
                    "--amount", "total", "--channel", "shop", "--delimiter", ";", "--drop-duplicates", "--mode", mode,
                    "--calibration-end", "2020-03-31", "--out", out.toString());
            assertThat(options.columns()).isEqualTo(roles);
            Manifest m = SummaryJob.run(spark, options);
            assertThat(m.rejected()).isEqualTo(local.rejectedByReason());
            assertThat(m.examples().get("duplicate-row")).containsExactly("A;03.01.2020;10,50;Web",
                    "A;03.01.2020;10,50;Web", "B;09.03.2020;-2,00;Shop");
            ImportOutcome fromSpark = new ImportService(workspace).importFile(new ImportRequest(out, null, null,
                    null, null, null, null, Map.of()), true, ProgressListener.NONE);
            assertThat(fromSpark.rowsRead()).isEqualTo(local.rowsRead());
            assertThat(fromSpark.rejectedByReason()).isEqualTo(local.rejectedByReason());
            assertThat(fromSpark.returns()).isEqualTo(local.returns());
            AnalysisSettings days = AnalysisSettings.defaults(TimeUnit.DAY)
                    .withPeriod(LocalDate.of(2020, 3, 31), null);
            SameAnalysis.assertSameCustomers(analysis.summarize(days.withDataset(local.datasetId()),
                    ProgressListener.NONE), analysis.summarize(days.withDataset(fromSpark.datasetId()),
                    ProgressListener.NONE));
        }
    }

    @Test
    void anEncodingOtherThanUtf8IsRefusedInOneSentence() {
        assertThat(JobOptions.parse("--input", "x", "--customer", "c", "--date", "d", "--out", "o", "--encoding",
                "utf-8").dropDuplicates()).isFalse();
        assertThatThrownBy(() -> JobOptions.parse("--input", "x", "--customer", "c", "--date", "d", "--out", "o",
                "--encoding", "windows-1252")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("The Spark job reads UTF-8 text only, not windows-1252;");
    }

    private static JsonNode importJson(Path out) throws IOException {
        StringWriter text = new StringWriter();
        StringWriter err = new StringWriter();
        picocli.CommandLine cmd = ValueLensCommand.newCommandLine();
        cmd.setOut(new PrintWriter(text));
        cmd.setErr(new PrintWriter(err));
        int code = cmd.execute("import", out.toString(), "--db", dir.resolve("ws").toString(), "--force", "--json");
        assertThat(code).as(err.toString()).isZero();
        return new ObjectMapper().readTree(text.toString());
    }

    private static int importDb(String table, LocalDate cal, ReturnsPolicy returns, Map<String, String> columns) {
        DatabaseImportRequest r = new DatabaseImportRequest(db.url(), SourceDatabase.USER, SourceDatabase.PASSWORD,
                table, null, DatabaseImportRequest.Mode.SUMMARY, cal, returns, columns);
        return new DatabaseImportService(workspace).importDatabase(r, ProgressListener.NONE).outcome().datasetId();
    }

    private static Map<String, String> cdnowColumns() {
        return SourceDatabase.cdnowColumns();
    }

    private static Map<String, String> retailColumns() {
        return SourceDatabase.retailColumns();
    }

    private static Path copy(String resource, String name) throws IOException {
        Path file = dir.resolve(name);
        if (!Files.exists(file)) {
            try (InputStream in = SparkSummaryImportTest.class.getResourceAsStream(resource)) {
                Files.copy(in, file);
            }
        }
        return file;
    }
}
