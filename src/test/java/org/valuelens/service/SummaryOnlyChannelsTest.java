package org.valuelens.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuelens.model.CustomerSummary;
import org.valuelens.model.TimeUnit;
import org.valuelens.model.cohort.AcquisitionCosts;
import org.valuelens.model.cohort.ChannelSummary;
import org.valuelens.model.progress.ProgressListener;
import org.valuelens.model.summary.SummaryResult;
import org.valuelens.testing.SameAnalysis;

/**
 * Channels on a summary-only dataset (issue 18): the Online Retail extract's customer summaries at the last day,
 * imported as a Spark summary-mode output folder, give the file import's channel table (customers, average CLV,
 * historical margin per customer, CAC and LTV:CAC per country of the first purchase), without payback.
 */
class SummaryOnlyChannelsTest {

    @TempDir
    Path dir;

    @Test
    void aSummaryOnlyDatasetGivesTheFilesChannelTableWithoutPayback() throws IOException {
        Path file = dir.resolve("online_retail_40k.xlsx");
        try (InputStream in = getClass().getResourceAsStream("/data/online_retail/online_retail_40k.xlsx")) {
            Files.copy(in, file);
        }
        try (WorkspaceService ws = WorkspaceService.open(dir.resolve("ws"))) {
            ImportOutcome local = new ImportService(ws).importFile(new ImportRequest(file, null, null, null, null,
                    null, null, Map.of("customer", "CustomerID", "date", "InvoiceDate", "quantity", "Quantity",
                    "price", "UnitPrice", "invoice", "InvoiceNo", "channel", "Country")), false,
                    ProgressListener.NONE);
            AnalysisService analysis = new AnalysisService(ws);
            LocalDate last = local.lastDate().toLocalDate();
            AnalysisSettings days = AnalysisSettings.defaults(TimeUnit.DAY).withPeriod(last, last)
                    .withDataset(local.datasetId());
            SummaryResult summary = analysis.summarize(days, ProgressListener.NONE);
            Path out = writeSummaryOutput(summary, local);
            ImportOutcome fromSummary = new ImportService(ws).importFile(new ImportRequest(out, null, null, null,
                    null, null, null, Map.of()), false, ProgressListener.NONE);
            assertThat(fromSummary.shape()).isEqualTo("SUMMARY");

            // a CLV per customer and a spend per channel, the same for both datasets
            Map<String, Double> clv = new HashMap<>();
            summary.customers().forEach(c -> clv.put(c.customerId(), 2 * c.revenue() + c.frequency()));
            Map<String, Double> spend = Map.of("United Kingdom", 5_000.0, "Germany", 800.0);
            SegmentService segments = new SegmentService(analysis);
            AnalysisSettings weeks = AnalysisSettings.defaults(TimeUnit.WEEK).withMargin(0.25);
            List<ChannelSummary> expected = segments.channels(weeks.withDataset(local.datasetId()),
                    AcquisitionCosts.perChannel(spend), clv, ProgressListener.NONE).channels();
            List<ChannelSummary> actual = segments.channels(weeks.withDataset(fromSummary.datasetId()),
                    AcquisitionCosts.perChannel(spend), clv, ProgressListener.NONE).channels();
            assertThat(expected).hasSizeGreaterThan(5);
            assertThat(actual).extracting(ChannelSummary::channel)
                    .containsExactlyElementsOf(expected.stream().map(ChannelSummary::channel).toList());
            for (int i = 0; i < expected.size(); i++) {
                ChannelSummary e = expected.get(i);
                ChannelSummary a = actual.get(i);
                assertThat(a.customers()).as(e.channel()).isEqualTo(e.customers());
                SameAnalysis.assertRelative(e.channel() + " margin", a.historicalMarginPerCustomer(),
                        e.historicalMarginPerCustomer());
                SameAnalysis.assertRelative(e.channel() + " CLV", a.averageClv(), e.averageClv());
                assertThat(a.cac() == null).as(e.channel()).isEqualTo(e.cac() == null);
                if (e.cac() != null) {
                    SameAnalysis.assertRelative(e.channel() + " CAC", a.cac(), e.cac());
                    SameAnalysis.assertRelative(e.channel() + " LTV:CAC", a.ltvToCac(), e.ltvToCac());
                }
                assertThat(a.paybackPeriod()).isNull();
                assertThat(a.cumulativeMarginPerCustomer()).isEmpty();
            }
            assertThat(expected.stream().filter(c -> c.paybackPeriod() != null)).isNotEmpty();
        }
    }

    /** The customer summaries in days as the Spark job's summary mode writes them (docs/spark.md). */
    private Path writeSummaryOutput(SummaryResult s, ImportOutcome local) throws IOException {
        Path out = dir.resolve("retail-summary");
        Files.createDirectories(out);
        List<String> rows = new ArrayList<>();
        rows.add("customer_id,first_purchase,last_purchase,channel,frequency,recency_days,age_days,monetary_value,"
                + "repeat_spend,revenue,cost,transactions,holdout_frequency,holdout_revenue");
        for (CustomerSummary c : s.customers()) {
            rows.add(String.join(",", c.customerId(), c.firstPurchase().toString(), c.lastPurchase().toString(),
                    c.channel() == null ? "" : "\"" + c.channel() + "\"", Integer.toString(c.frequency()),
                    Double.toString(c.recency()), Double.toString(c.age()), Double.toString(c.monetaryValue()),
                    Double.toString(c.monetaryValue() * c.frequency()), Double.toString(c.revenue()),
                    c.cost() == null ? "" : c.cost().toString(), Long.toString(c.transactions()),
                    Integer.toString(c.holdoutFrequency()), Double.toString(c.holdoutRevenue())));
        }
        Files.write(out.resolve("part-00000-r-c000.csv"), rows, StandardCharsets.UTF_8);
        Files.writeString(out.resolve("_valuelens-manifest.json"), String.format(Locale.ROOT, """
                {"format": "valuelens-spark-output", "version": 1, "mode": "summary", "input": "retail.csv",
                 "inputFormat": "csv", "outputFormat": "csv", "columns": {}, "hasAmounts": true,
                 "rowsRead": %d, "rowsAccepted": %d, "rejected": {}, "rejectedExamples": {}, "returns": %d,
                 "rowsWritten": %d, "customers": %d, "firstDate": "%s", "lastDate": "%s",
                 "calibrationEnd": "%s", "returnsPolicy": "net", "observationEnd": "%s",
                 "customersAfterCalibration": 0, "customersWithoutPurchase": %d, "repeatsByDay": {},
                 "warnings": []}
                """, local.rowsRead(), local.rowsImported(), local.returns(), s.customers().size(),
                local.customers(), local.firstDate().toLocalDate(), local.lastDate().toLocalDate(),
                s.calibrationEnd(), s.observationEnd(), s.customersWithoutPurchase()), StandardCharsets.UTF_8);
        return out;
    }
}
