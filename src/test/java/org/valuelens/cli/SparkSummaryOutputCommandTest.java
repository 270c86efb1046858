package org.valuelens.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuelens.testing.SparkSummaryFolder;
import picocli.CommandLine;

/**
 * {@code valuelens import} of a summary-mode output folder of the Spark job (written here as docs/spark.md
 * describes it, without Spark), and the analyses a summary-only dataset serves from the command line: channels
 * (customers and margin by first channel), value tiers, RFM and the quadrant; cohorts refuse in one sentence.
 */
class SparkSummaryOutputCommandTest {
    @TempDir
    Path tmp;
    Path out;
    Path ws;
    private final StringWriter text = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void writeOutputFolder() throws Exception {
        out = SparkSummaryFolder.write(tmp.resolve("orders-summary"));
        ws = tmp.resolve("ws");
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
        assertThat(j.path("rowsTransferred").asLong()).isEqualTo(SparkSummaryFolder.ROWS.size());
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
        for (String row : SparkSummaryFolder.ROWS) {
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
        Files.write(out.resolve("part-00001-x-c000.csv"), List.of(SparkSummaryFolder.HEADER, "D,2020-02-15,2020-06-20,Shop,five"));
        err.getBuffer().setLength(0);
        assertThat(run("import", out.toString(), "--db", ws.toString())).isEqualTo(1);
        assertThat(err.toString()).startsWith("orders-summary: a customer row of the Spark output is damaged");
        JsonNode datasets = json("datasets", "--db", ws.toString(), "--json");
        assertThat(datasets.toString()).doesNotContain("orders-summary");
    }
}
