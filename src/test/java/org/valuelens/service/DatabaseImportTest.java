package org.valuelens.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuelens.model.TimeUnit;
import org.valuelens.model.progress.ProgressListener;
import org.valuelens.model.summary.SummaryResult;
import org.valuelens.testing.SameAnalysis;
import org.valuelens.testing.SourceDatabase;

/**
 * Database import against a real PostgreSQL server: the CDNOW sample and the Online Retail extract, loaded raw into
 * typed tables, imported by JDBC in both modes, give the same customers, fits and CLV totals as the file import of the
 * same data (1e-9 relative), with far fewer rows transferred than the database read.
 */
class DatabaseImportTest {

    private static final LocalDate CDNOW_SPLIT = LocalDate.of(1997, 9, 30);
    private static final LocalDate RETAIL_SPLIT = LocalDate.of(2011, 6, 30);

    @TempDir
    static Path dir;
    static SourceDatabase db;
    static WorkspaceService workspace;
    static AnalysisService analysis;

    @BeforeAll
    static void start() throws IOException, SQLException {
        db = SourceDatabase.start();
        workspace = WorkspaceService.open(dir.resolve("ws"));
        analysis = new AnalysisService(workspace);
    }

    @AfterAll
    static void stop() throws IOException {
        workspace.close();
        db.close();
    }

    private static Path copy(String resource, String name) throws IOException {
        Path file = dir.resolve(name);
        if (!Files.exists(file)) {
            try (InputStream in = DatabaseImportTest.class.getResourceAsStream(resource)) {
                Files.copy(in, file);
            }
        }
        return file;
    }

    private static DatabaseImportOutcome importDb(String table, DatabaseImportRequest.Mode mode, LocalDate cal,
                                                  Map<String, String> columns) {
        DatabaseImportRequest r = new DatabaseImportRequest(db.url(), SourceDatabase.USER, SourceDatabase.PASSWORD,
                table, null, mode, cal, null, columns);
        return new DatabaseImportService(workspace).importDatabase(r, ProgressListener.NONE);
    }

    private static Map<String, String> cdnowColumns() {
        return SourceDatabase.cdnowColumns();
    }

    private static Map<String, String> retailColumns() {
        return SourceDatabase.retailColumns();
    }

    private static int importCdnowFile() throws IOException {
        Path file = copy("/data/cdnow/CDNOW_sample.txt", "CDNOW_sample.txt");
        ImportRequest request = new ImportRequest(file, null, false, null, null, null, null,
                Map.of("customer", "2", "date", "3", "quantity", "4", "amount", "5"));
        return new ImportService(workspace).importFile(request, true, ProgressListener.NONE).datasetId();
    }

    private static ImportOutcome importRetailFile() throws IOException {
        Path file = copy("/data/online_retail/online_retail_40k.xlsx", "online_retail_40k.xlsx");
        ImportRequest request = new ImportRequest(file, null, null, null, null, null, null,
                Map.of("customer", "CustomerID", "date", "InvoiceDate", "quantity", "Quantity", "price", "UnitPrice",
                        "invoice", "InvoiceNo", "channel", "Country"));
        return new ImportService(workspace).importFile(request, true, ProgressListener.NONE);
    }

    @Test
    void cdnowAggregatedModeMatchesTheFileImport() throws IOException, SQLException {
        int file = importCdnowFile();
        DatabaseImportOutcome o = importDb("cdnow", DatabaseImportRequest.Mode.AGGREGATED, null, cdnowColumns());
        assertThat(o.outcome().rowsRead()).isEqualTo(6_919);
        assertThat(o.outcome().rowsImported()).isEqualTo(6_919);
        assertThat(o.outcome().customers()).isEqualTo(2_357);
        long days = db.queryLong("SELECT COUNT(*) FROM (SELECT DISTINCT customer_id, purchase_date FROM cdnow) d");
        // one row per customer and day (CDNOW has no returns), plus the one counts row
        assertThat(o.rowsTransferred()).isEqualTo(days + 1).isLessThan(6_919);
        int aggregated = o.outcome().datasetId();
        AnalysisSettings weeks = AnalysisSettings.defaults(TimeUnit.WEEK).withPeriod(CDNOW_SPLIT, null);
        assertSameAnalysis(weeks.withDataset(file), weeks.withDataset(aggregated), true);
        AnalysisSettings whole = AnalysisSettings.defaults(TimeUnit.DAY);
        assertSameCustomers(analysis.summarize(whole.withDataset(file), ProgressListener.NONE),
                analysis.summarize(whole.withDataset(aggregated), ProgressListener.NONE));
    }

    @Test
    void cdnowSummaryModeMatchesTheFileImport() throws IOException, SQLException {
        int file = importCdnowFile();
        DatabaseImportOutcome o = importDb("cdnow", DatabaseImportRequest.Mode.SUMMARY, CDNOW_SPLIT, cdnowColumns());
        assertThat(o.outcome().shape()).isEqualTo("SUMMARY");
        assertThat(o.outcome().rowsRead()).isEqualTo(6_919);
        assertThat(o.outcome().customers()).isEqualTo(2_357);
        long days = db.queryLong("SELECT COUNT(DISTINCT purchase_date) FROM cdnow");
        // counts row + last day + one row per customer + at most one row per calendar day with repeat purchases
        assertThat(o.rowsTransferred()).isBetween(2L + 2_357, 2L + 2_357 + days);
        AnalysisSettings weeks = AnalysisSettings.defaults(TimeUnit.WEEK).withPeriod(CDNOW_SPLIT, null);
        int summary = o.outcome().datasetId();
        assertSameAnalysis(weeks.withDataset(file), weeks.withDataset(summary), true);
        // the stored days give any time unit; the tracking curve of the holdout check is kept too
        AnalysisSettings days7 = AnalysisSettings.defaults(TimeUnit.DAY).withPeriod(CDNOW_SPLIT, null);
        SummaryResult a = analysis.summarize(days7.withDataset(file), ProgressListener.NONE);
        SummaryResult b = analysis.summarize(days7.withDataset(summary), ProgressListener.NONE);
        assertSameCustomers(a, b);
        assertThat(b.repeatPurchasesPerPeriod()).containsExactly(a.repeatPurchasesPerPeriod());
        assertThat(b.trackingStart()).isEqualTo(a.trackingStart());
        // segments and the holdout check work on the summary-only dataset and equal the file's
        SegmentService segments = new SegmentService(analysis);
        for (String scheme : SegmentService.ALL_SCHEMES) {
            List<SegmentRow> e = segments.segment(scheme, SegmentService.Options.defaults(), weeks.withDataset(file),
                    ProgressListener.NONE).segments();
            List<SegmentRow> s = segments.segment(scheme, SegmentService.Options.defaults(),
                    weeks.withDataset(summary), ProgressListener.NONE).segments();
            assertThat(s).as(scheme).hasSameSizeAs(e);
            for (int i = 0; i < e.size(); i++) {
                assertThat(s.get(i).name()).as(scheme).isEqualTo(e.get(i).name());
                assertThat(s.get(i).customers()).as(scheme + " " + e.get(i).name()).isEqualTo(e.get(i).customers());
            }
        }
        List<org.valuelens.model.validation.TrackingPoint> te = analysis.validate("bg-nbd", weeks.withDataset(file),
                ProgressListener.NONE).tracking().points();
        List<org.valuelens.model.validation.TrackingPoint> ts = analysis.validate("bg-nbd",
                weeks.withDataset(summary), ProgressListener.NONE).tracking().points();
        assertThat(ts).hasSameSizeAs(te);
        for (int i = 0; i < te.size(); i++) {
            assertThat(ts.get(i).actual()).isEqualTo(te.get(i).actual());
            assertRelative("tracking " + i, ts.get(i).predicted(), te.get(i).predicted());
        }
        // what needs the purchases by day refuses in one sentence
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> segments.cohorts(
                org.valuelens.model.cohort.CohortPeriod.MONTH, weeks.withDataset(summary),
                org.valuelens.model.cohort.AcquisitionCosts.none(), null, ProgressListener.NONE))
                .isInstanceOf(ServiceException.class).satisfies(t -> assertThat(SummaryOnly.is(t)).isTrue())
                .hasMessageStartingWith("This dataset keeps one summary row per customer (a summary-mode import"
                        + " from a database or the Spark job), so cohorts");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> analysis.summarize(weeks.withDataset(summary)
                .withPeriod(LocalDate.of(1997, 6, 30), null), ProgressListener.NONE))
                .hasMessageContaining("its calibration end is fixed at 1997-09-30 (asked: 1997-06-30)");
    }

    @Test
    void onlineRetailInBothModesMatchesTheFileImport() throws IOException, SQLException {
        ImportOutcome file = importRetailFile();
        DatabaseImportOutcome agg = importDb("retail", DatabaseImportRequest.Mode.AGGREGATED, null, retailColumns());
        DatabaseImportOutcome sum = importDb("retail", DatabaseImportRequest.Mode.SUMMARY, RETAIL_SPLIT,
                retailColumns());
        long tableRows = db.queryLong("SELECT COUNT(*) FROM retail");
        long missingIds = db.queryLong("SELECT COUNT(*) FROM retail WHERE customer_id IS NULL");
        for (DatabaseImportOutcome o : List.of(agg, sum)) {
            assertThat(o.outcome().rowsRead()).isEqualTo(tableRows).isEqualTo(file.rowsRead());
            assertThat(o.outcome().rejectedByReason()).isEqualTo(Map.of("missing-customer-id", missingIds));
            assertThat(o.outcome().rejectedByReason()).isEqualTo(file.rejectedByReason());
            assertThat(o.outcome().returns()).isEqualTo(file.returns());
            assertThat(o.outcome().customers()).isEqualTo(file.customers());
        }
        // one row per customer, day and return flag (documented rule: invoice "C...", negative quantity or price),
        // plus the counts rows (accepted, and one per reject reason)
        long groups = db.queryLong("SELECT COUNT(*) FROM (SELECT DISTINCT customer_id, CAST(invoice_date AS DATE),"
                + " COALESCE(invoice_no LIKE 'C%' OR quantity < 0 OR unit_price < 0, FALSE) FROM retail"
                + " WHERE customer_id IS NOT NULL) g");
        assertThat(agg.rowsTransferred()).isEqualTo(groups + 1 + file.rejectedByReason().size())
                .isLessThan(tableRows);
        assertThat(sum.rowsTransferred()).isLessThan(agg.rowsTransferred());
        AnalysisSettings weeks = AnalysisSettings.defaults(TimeUnit.WEEK).withPeriod(RETAIL_SPLIT, null);
        assertSameAnalysis(weeks.withDataset(file.datasetId()), weeks.withDataset(agg.outcome().datasetId()), false);
        assertSameAnalysis(weeks.withDataset(file.datasetId()), weeks.withDataset(sum.outcome().datasetId()), false);
    }

    /** Same customers, BG/NBD, Pareto/NBD and Gamma-Gamma parameters and CLV totals. */
    private static void assertSameAnalysis(AnalysisSettings expected, AnalysisSettings actual, boolean channels) {
        SameAnalysis.assertSameAnalysis(analysis, expected, actual);
    }

    private static void assertSameCustomers(SummaryResult expected, SummaryResult actual) {
        SameAnalysis.assertSameCustomers(expected, actual);
    }

    private static void assertRelative(String what, double actual, double expected) {
        SameAnalysis.assertRelative(what, actual, expected);
    }
}
