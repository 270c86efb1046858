package org.valuelens.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code valuelens import} of a summary-mode output folder of the Spark job (written here as docs/spark.md
 * describes it, without Spark), and the analyses a summary-only dataset serves from the command line: channels
 * (customers and margin by first channel), value tiers, RFM and the quadrant; cohorts refuse in one sentence.
 */
class SparkSummaryOutputCommandTest {
    private static final String HEADER = "customer_id,first_purchase,last_purchase,channel,frequency,recency_days,"
            + "age_days,monetary_value,repeat_spend,revenue,cost,transactions,holdout_frequency,holdout_revenue";
    /** id, channel, revenue to the calibration end: eight customers of two channels and one without. */
    private static final List<String> ROWS = List.of(
            "A,2020-01-05,2020-06-01,Web,3,148.0,177.0,20.0,60.0,85.0,,5,1,20.0",
            "B,2020-01-10,2020-01-10,Web,0,0.0,172.0,0.0,0.0,15.0,,1,0,0.0",
            "C,2020-02-01,2020-05-20,Shop,2,109.0,150.0,30.0,60.0,100.0,,3,2,70.0",
            "D,2020-02-15,2020-06-20,Shop,5,126.0,136.0,12.0,60.0,72.0,,6,3,36.0",
            "E,2020-03-01,2020-03-01,,0,0.0,121.0,0.0,0.0,9.5,,1,0,0.0",
            "F,2020-03-10,2020-06-25,Web,4,107.0,112.0,25.0,100.0,130.0,,6,2,50.0",
            "G,2020-04-01,2020-05-01,Shop,1,30.0,90.0,40.0,40.0,80.0,,2,0,0.0",
            "H,2020-04-20,2020-04-20,\"Web\",0,0.0,71.0,0.0,0.0,22.0,,1,1,22.0");

    @TempDir
    Path tmp;
    Path out;
    Path ws;
    private final StringWriter text = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void writeOutputFolder() throws Exception {
        out = tmp.resolve("orders-summary");
        ws = tmp.resolve("ws");
        Files.createDirectories(out);
        Files.write(out.resolve("part-00000-x-c000.csv"), List.of(HEADER, ROWS.get(0), ROWS.get(1), ROWS.get(2)));
        Files.write(out.resolve("part-00001-x-c000.csv"), java.util.stream.Stream.concat(java.util.stream.Stream.of(
                HEADER), ROWS.subList(3, ROWS.size()).stream()).toList());
        Files.writeString(out.resolve("_SUCCESS"), "");
        Files.writeString(out.resolve("_valuelens-manifest.json"), """
                {"format": "valuelens-spark-output", "version": 1, "mode": "summary",
                 "input": "s3a://lake/orders/", "inputFormat": "parquet", "outputFormat": "csv",
                 "columns": {"amount": "total", "channel": "shop", "customer-id": "client", "date": "day"},
                 "datePattern": null, "hasAmounts": true, "rowsRead": 40, "rowsAccepted": 38,
                 "rowsRejected": 2, "rejected": {"missing-date": 2},
                 "rejectedExamples": {"missing-date": ["X\\t\\t5.0\\tWeb", "Y\\t\\t1.0\\tShop"]},
                 "returns": 0, "rowsWritten": 8, "customers": 9, "firstDate": "2020-01-05",
                 "lastDate": "2020-12-31", "calibrationEnd": "2020-06-30", "returnsPolicy": "net",
                 "observationEnd": "2020-12-31", "customersAfterCalibration": 1, "customersWithoutPurchase": 0,
                 "repeatsByDay": {"2020-02-01": 1, "2020-05-20": 2, "2020-07-01": 3},
                 "warnings": [], "seconds": 1.5}
                """, StandardCharsets.UTF_8);
    }

    private int run(String... args) {
        CommandLine cmd = ValueLensCommand.newCommandLine();
        cmd.setOut(new PrintWriter(text));
        cmd.setErr(new PrintWriter(err));
        return cmd.execute(args);
    }

    private JsonNode json(String... args) throws Exception {
        text.getBuffer().setLength(0);
        assertThat(run(args)).as(err.toString()).isZero();
        return new ObjectMapper().readTree(text.toString());
    }

    @Test
    void importsAsASummaryOnlyDatasetWithTheJobsCountsModeAndRowsTransferred() throws Exception {
        JsonNode j = json("import", out.toString(), "--db", ws.toString(), "--json");
        assertThat(j.path("shape").asText()).isEqualTo("summary");
        assertThat(j.path("mode").asText()).isEqualTo("summary");
        assertThat(j.path("rowsTransferred").asLong()).isEqualTo(ROWS.size());
        assertThat(j.path("rowsRead").asLong()).isEqualTo(40);
        assertThat(j.path("rowsImported").asLong()).isEqualTo(38);
        assertThat(j.path("rowsRejected").asLong()).isEqualTo(2);
        assertThat(j.path("rejectedByReason").path("missing-date").asLong()).isEqualTo(2);
        assertThat(j.path("rejectedExamples").path("missing-date")).hasSize(2);
        assertThat(j.path("customers").asInt()).isEqualTo(9);
        assertThat(j.path("firstDate").asText()).isEqualTo("2020-01-05");
        assertThat(j.path("columns").path("CUSTOMER_ID").asText()).isEqualTo("client");
        // every key of a file import is there
        for (String key : List.of("datasetId", "file", "workspace", "returns", "hasAmounts", "lastDate", "encoding",
                "delimiter", "sheets", "dateFormat", "contentHash", "seconds", "warnings")) {
            assertThat(j.has(key)).as(key).isTrue();
        }
        // a second import of the same output is refused as a duplicate
        assertThat(run("import", out.toString(), "--db", ws.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("has already been imported");
    }

    @Test
    void channelsTiersRfmAndQuadrantWorkAndCohortsRefuseInOneSentence() throws Exception {
        json("import", out.toString(), "--db", ws.toString(), "--json");
        JsonNode channels = json("channels", "--db", ws.toString(), "--margin", "0.3", "--json").path("channels");
        Map<String, double[]> expected = new HashMap<>(); // customers, revenue
        for (String row : ROWS) {
            String[] f = row.split(",");
            String ch = f[3].isEmpty() ? "(unknown)" : f[3].replace("\"", "");
            double[] e = expected.computeIfAbsent(ch, k -> new double[2]);
            e[0]++;
            e[1] += Double.parseDouble(f[9]);
        }
        assertThat(channels).hasSize(expected.size());
        for (JsonNode c : channels) {
            double[] e = expected.get(c.path("channel").asText());
            assertThat(e).as(c.toString()).isNotNull();
            assertThat(c.path("customers").asInt()).isEqualTo((int) e[0]);
            assertThat(c.path("historicalMarginPerCustomer").asDouble()).isCloseTo(0.3 * e[1] / e[0], within(1e-9));
            assertThat(c.path("paybackPeriod").isNull()).isTrue();
        }
        for (String scheme : List.of("tiers", "rfm", "quadrant")) {
            text.getBuffer().setLength(0);
            assertThat(run("segment", "--db", ws.toString(), "--scheme", scheme)).as(scheme + ": " + err)
                    .isZero();
            assertThat(text.toString()).as(scheme).isNotBlank();
        }
        err.getBuffer().setLength(0);
        assertThat(run("cohort", "--db", ws.toString())).isNotZero();
        assertThat(err.toString().strip()).startsWith("This dataset keeps one summary row per customer (a"
                + " summary-mode import from a database or the Spark job), so cohorts").doesNotContain("\n");
    }

    @Test
    void aDamagedOrIncompleteCopyIsRefusedAndNothingIsStored() throws Exception {
        Files.delete(out.resolve("part-00001-x-c000.csv"));
        assertThat(run("import", out.toString(), "--db", ws.toString())).isEqualTo(1);
        assertThat(err.toString().strip()).isEqualTo("orders-summary holds 3 rows but the Spark job wrote 8; copy"
                + " the whole output folder again.");
        Files.write(out.resolve("part-00001-x-c000.csv"), List.of(HEADER, "D,2020-02-15,2020-06-20,Shop,five"));
        err.getBuffer().setLength(0);
        assertThat(run("import", out.toString(), "--db", ws.toString())).isEqualTo(1);
        assertThat(err.toString()).startsWith("orders-summary: a customer row of the Spark output is damaged");
        JsonNode datasets = json("datasets", "--db", ws.toString(), "--json");
        assertThat(datasets.toString()).doesNotContain("orders-summary");
    }
}
