package org.valuelens.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuelens.importer.ColumnRole;
import org.valuelens.importer.ImportException;
import org.valuelens.model.CustomerSummary;
import org.valuelens.model.TimeUnit;
import org.valuelens.model.progress.ProgressListener;
import org.valuelens.model.summary.ReturnsPolicy;
import org.valuelens.model.summary.SummaryResult;
import org.valuelens.service.AnalysisService;
import org.valuelens.service.AnalysisSettings;
import org.valuelens.service.ClvMethod;
import org.valuelens.service.ImportOutcome;
import org.valuelens.service.ImportRequest;
import org.valuelens.service.ImportService;
import org.valuelens.service.WorkspaceService;

/**
 * The Spark job in local mode (one session for the class) against a local import of the same file: the same
 * customers and summaries, BG/NBD, Pareto/NBD and Gamma-Gamma parameters and CLV totals (1e-9 relative), and the
 * same read and rejected counts, on the CDNOW sample and a CSV of the Online Retail extract.
 */
class SummaryJobTest {
    private static final double REL = 1e-9;
    @TempDir
    static Path dir;
    static SparkSession spark;

    @BeforeAll
    static void startSpark() {
        spark = SparkSession.builder().master("local[2]").appName("SummaryJobTest")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4")
                .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
                .getOrCreate();
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    @Test
    void cdnowGivesTheSameCustomersFitsAndClvAsALocalImport() throws Exception {
        Path file = copy("/data/cdnow/CDNOW_sample.txt", "CDNOW_sample.txt");
        Map<String, String> columns = Map.of("customer", "2", "date", "3", "quantity", "4", "amount", "5");
        Compared c = compare(file, columns, "cdnow");
        assertThat(c.local.rowsRead()).isEqualTo(6_919);
        assertThat(c.local.customers()).isEqualTo(2_357);
        // same-day lines merged: fewer rows cross to the desktop than the source has
        assertThat(c.spark.rowsImported()).isLessThan(c.local.rowsImported());
        sameAnalyses(c, AnalysisSettings.defaults(TimeUnit.WEEK)
                .withPeriod(LocalDate.of(1997, 9, 30), LocalDate.of(1998, 6, 30)));
    }

    @Test
    void onlineRetailWithReturnsAndMissingCustomersGivesTheSameResultsUnderBothReturnPolicies() throws Exception {
        Path file = OnlineRetailCsv.write(dir.resolve("online_retail_40k.csv"));
        Map<String, String> columns = Map.of("customer", "CustomerID", "date", "InvoiceDate", "quantity",
                "Quantity", "price", "UnitPrice", "invoice", "InvoiceNo", "channel", "Country");
        Compared c = compare(file, columns, "retail");
        assertThat(c.local.rowsRejected()).as("rows without a customer id").isPositive();
        assertThat(c.local.returns()).isPositive();
        AnalysisSettings base = AnalysisSettings.defaults(TimeUnit.WEEK)
                .withPeriod(LocalDate.of(2011, 6, 30), null);
        sameAnalyses(c, base);
        sameAnalyses(c, base.withReturns(ReturnsPolicy.EXCLUDE));
    }

    @Test
    void summaryModeWritesTheDesktopsOwnCustomerSummaries() throws Exception {
        Path file = copy("/data/cdnow/CDNOW_sample.txt", "CDNOW_summary.txt");
        LocalDate cal = LocalDate.of(1997, 9, 30);
        Path out = dir.resolve("cdnow-summary");
        Manifest m = SummaryJob.run(spark, new JobOptions(file.toString(), "csv", Map.of(ColumnRole.CUSTOMER_ID,
                "2", ColumnRole.DATE, "3", ColumnRole.QUANTITY, "4", ColumnRole.AMOUNT, "5"), null, null,
                "summary", out.toString(), "parquet", cal, "net"));
        assertThat(m.rowsWritten()).isEqualTo(2_357);
        try (WorkspaceService ws = WorkspaceService.open(dir.resolve("ws-summary"))) {
            new ImportService(ws).importFile(new ImportRequest(file, null, false, null, null, null, null,
                    Map.of("customer", "2", "date", "3", "quantity", "4", "amount", "5")), false,
                    ProgressListener.NONE);
            SummaryResult local = new AnalysisService(ws).summarize(AnalysisSettings.defaults(TimeUnit.DAY)
                    .withPeriod(cal, LocalDate.parse(m.lastDate())), ProgressListener.NONE);
            Map<String, Row> rows = new HashMap<>();
            for (Row r : spark.read().parquet(out.toString()).collectAsList()) {
                rows.put(r.getString(0), r);
            }
            assertThat(rows).hasSize(local.customers().size());
            assertThat(m.summaryCounts().customersAfterCalibration()).isEqualTo(local.customersAfterCalibration());
            long repeats = m.summaryCounts().repeatsByDay().values().stream().mapToLong(Long::longValue).sum();
            assertThat(repeats).isEqualTo(java.util.Arrays.stream(local.repeatPurchasesPerPeriod()).sum());
            for (CustomerSummary s : local.customers()) {
                Row r = rows.get(s.customerId());
                assertThat(r.<java.sql.Date>getAs("first_purchase").toLocalDate()).isEqualTo(s.firstPurchase());
                assertThat(r.<Integer>getAs("frequency")).as("x of %s", s.customerId()).isEqualTo(s.frequency());
                assertThat(r.<Double>getAs("recency_days")).isEqualTo(s.recency());
                assertThat(r.<Double>getAs("age_days")).isEqualTo(s.age());
                assertClose(r.getAs("monetary_value"), s.monetaryValue(), "monetary value of " + s.customerId());
                assertClose(r.getAs("revenue"), s.revenue(), "revenue of " + s.customerId());
                assertThat(r.<Long>getAs("transactions")).isEqualTo(s.transactions());
                assertThat(r.<Integer>getAs("holdout_frequency")).isEqualTo(s.holdoutFrequency());
                assertClose(r.getAs("holdout_revenue"), s.holdoutRevenue(), "holdout revenue of " + s.customerId());
            }
        }
    }

    @Test
    void badRowsAreRejectedForTheSameReasonsAsLocally() throws Exception {
        Path file = dir.resolve("messy.csv");
        Files.writeString(file, String.join("\n", "order;client;day;total;shop",
                "1;A;03.01.2020;10,50;Web", "2;A;03.01.2020;4,25;", "3;A;31.01.2020;-2,00;Web",
                "4;;04.01.2020;5,00;Web", "5;B;32.01.2020;5,00;Shop", "6;B;05.01.2020;abc;Shop",
                "7;B;05.01.2020;;Shop", "8;C;06.01.2020;7,00;Shop;extra", "", "9;\"C;D\";07.01.2020;8,00;Shop",
                "10;C;08.01.2020;1.234,50;Shop", "11;B;09.02.2020;3,00;Web") + "\n");
        Compared c = compare(file, Map.of("customer", "client", "date", "day", "amount", "total", "channel", "shop"),
                "messy");
        assertThat(c.local.rowsRead()).isEqualTo(11);
        assertThat(c.local.rejectedByReason()).containsOnlyKeys("missing-customer-id", "bad-date", "bad-number",
                "missing-amount", "wrong-column-count");
        assertThat(c.spark.rejectedExamples().get("bad-date")).extracting(r -> r.rawText())
                .containsExactly("5;B;32.01.2020;5,00;Shop");
    }

    @Test
    void aMissingColumnIsOneSentenceNamingTheColumns() throws IOException {
        Path file = dir.resolve("orders.csv");
        Files.writeString(file, "client,day,total\nA,2020-01-01,5\n");
        JobOptions options = new JobOptions(file.toString(), "csv", Map.of(ColumnRole.CUSTOMER_ID, "client",
                ColumnRole.DATE, "when"), null, null, "aggregated", dir.resolve("none").toString(), "csv", null,
                "net");
        assertThatThrownBy(() -> SummaryJob.run(spark, options)).isInstanceOf(ImportException.class)
                .hasMessageContaining("when").hasMessageContaining("client, day, total");
        assertThat(dir.resolve("none")).doesNotExist();
    }

    /** The local and the Spark import of one file, each in its own workspace. */
    private record Compared(ImportOutcome local, ImportOutcome spark, WorkspaceService localWs,
                            WorkspaceService sparkWs) {
    }

    private static Compared compare(Path file, Map<String, String> columns, String name) throws Exception {
        Map<ColumnRole, String> roles = new EnumMap<>(ColumnRole.class);
        Map<String, ColumnRole> names = Map.of("customer", ColumnRole.CUSTOMER_ID, "date", ColumnRole.DATE,
                "amount", ColumnRole.AMOUNT, "quantity", ColumnRole.QUANTITY, "price", ColumnRole.UNIT_PRICE,
                "invoice", ColumnRole.INVOICE, "channel", ColumnRole.CHANNEL);
        columns.forEach((k, v) -> roles.put(names.get(k), v));
        Path out = dir.resolve(name + "-out");
        Manifest m = SummaryJob.run(spark, new JobOptions(file.toString(), "csv", roles, null, null, "aggregated",
                out.toString(), "csv", null, "net"));
        WorkspaceService localWs = WorkspaceService.open(dir.resolve(name + "-local"));
        WorkspaceService sparkWs = WorkspaceService.open(dir.resolve(name + "-spark"));
        ImportOutcome local = new ImportService(localWs).importFile(new ImportRequest(file, null, null, null, null,
                null, null, columns), false, ProgressListener.NONE);
        ImportOutcome fromSpark = new ImportService(sparkWs).importFile(new ImportRequest(out, null, null, null,
                null, null, null, Map.of()), false, ProgressListener.NONE);
        assertThat(m.rowsRead()).isEqualTo(local.rowsRead());
        assertThat(fromSpark.rowsRead()).isEqualTo(local.rowsRead());
        assertThat(fromSpark.rowsRejected()).isEqualTo(local.rowsRejected());
        assertThat(fromSpark.rejectedByReason()).isEqualTo(local.rejectedByReason());
        assertThat(fromSpark.customers()).isEqualTo(local.customers());
        // each customer-day row is stored as a purchase line, a return line, or both
        assertThat(fromSpark.rowsImported()).isBetween(m.rowsWritten(), 2 * m.rowsWritten());
        return new Compared(local, fromSpark, localWs, sparkWs);
    }

    private static void sameAnalyses(Compared c, AnalysisSettings settings) {
        AnalysisService local = new AnalysisService(c.localWs);
        AnalysisService fromSpark = new AnalysisService(c.sparkWs);
        SummaryResult a = local.summarize(settings, ProgressListener.NONE);
        SummaryResult b = fromSpark.summarize(settings, ProgressListener.NONE);
        // the same customers in the same order (their first line in the source), so the fits add up alike
        assertThat(b.customers()).extracting(CustomerSummary::customerId)
                .containsExactlyElementsOf(a.customers().stream().map(CustomerSummary::customerId).toList());
        Map<String, CustomerSummary> byId = new HashMap<>();
        b.customers().forEach(s -> byId.put(s.customerId(), s));
        for (CustomerSummary s : a.customers()) {
            CustomerSummary t = byId.get(s.customerId());
            assertThat(t).as("customer %s", s.customerId()).isNotNull();
            assertThat(t.frequency()).isEqualTo(s.frequency());
            assertThat(t.recency()).isEqualTo(s.recency());
            assertThat(t.age()).isEqualTo(s.age());
            assertThat(t.channel()).as("channel of %s", s.customerId()).isEqualTo(s.channel());
            assertThat(t.holdoutFrequency()).isEqualTo(s.holdoutFrequency());
            assertClose(t.monetaryValue(), s.monetaryValue(), "monetary value of " + s.customerId());
            assertClose(t.revenue(), s.revenue(), "revenue of " + s.customerId());
            assertClose(t.holdoutRevenue(), s.holdoutRevenue(), "holdout revenue of " + s.customerId());
        }
        for (String model : List.of("bg-nbd", "pareto-nbd", "gamma-gamma")) {
            Map<String, Double> p = local.fit(model, settings, ProgressListener.NONE).fit().parameters();
            Map<String, Double> q = fromSpark.fit(model, settings, ProgressListener.NONE).fit().parameters();
            assertThat(q.keySet()).isEqualTo(p.keySet());
            p.forEach((k, v) -> assertClose(q.get(k), v, model + " " + k));
        }
        AnalysisSettings clv = settings.withDiscountAndHorizon(0.10, 52);
        for (ClvMethod method : List.of(ClvMethod.BG_NBD, ClvMethod.PARETO_NBD)) {
            assertClose(fromSpark.clv(method, clv, ProgressListener.NONE).total(),
                    local.clv(method, clv, ProgressListener.NONE).total(), "CLV total " + method);
            }
    }

    private static void assertClose(double actual, double expected, String what) {
        assertThat(Math.abs(actual - expected)).as(what + ": " + actual + " vs " + expected)
                .isLessThanOrEqualTo(REL * Math.max(1.0, Math.abs(expected)));
    }

    private static Path copy(String resource, String name) throws IOException {
        Path file = dir.resolve(name);
        try (InputStream in = SummaryJobTest.class.getResourceAsStream(resource)) {
            Files.copy(in, file);
        }
        return file;
    }
}
