package org.valuelens.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code validate --model all}, the new {@code validate --json} keys and {@code diagnostics} on the CDNOW sample
 * (published figures in data/reference/PUBLISHED.md) and the Online Retail 40k extract.
 */
class DiagnosticsCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;
    private static Path cdnow;
    private static Path retail;

    @BeforeAll
    static void workspaces() throws Exception {
        cdnow = importInto("cdnow", "/data/cdnow/CDNOW_sample.txt", "CDNOW_sample.txt", "--no-header",
                "--customer", "2", "--date", "3", "--quantity", "4", "--amount", "5");
        retail = importInto("retail", "/data/online_retail/online_retail_40k.xlsx", "online_retail_40k.xlsx");
    }

    private static Path importInto(String name, String resource, String fileName, String... options)
            throws Exception {
        Path file = tmp.resolve(fileName);
        try (InputStream in = DiagnosticsCommandTest.class.getResourceAsStream(resource)) {
            Files.copy(in, file);
        }
        Path db = tmp.resolve(name);
        List<String> args = new ArrayList<>(List.of("import", "--db", db.toString(), file.toString()));
        args.addAll(List.of(options));
        run(args.toArray(String[]::new));
        return db;
    }

    private static String run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = ValueLensCommand.newCommandLine();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        int code = cmd.execute(args);
        assertThat(code).as(String.join(" ", args) + ": " + err).isZero();
        return out.toString();
    }

    private static JsonNode validate(Path db, String model, String calibrationEnd) throws Exception {
        return JSON.readTree(run("validate", "--db", db.toString(), "--model", model, "--time-unit", "week",
                "--calibration-end", calibrationEnd, "--json"));
    }

    @Test
    void allModelsSideBySideOnCdnowAgreeWithTheSingleModelValidation() throws Exception {
        JsonNode all = validate(cdnow, "all", "1997-09-30");
        assertThat(all.get("customers").asInt()).isEqualTo(2357);
        JsonNode rows = all.get("models");
        List<String> ids = new ArrayList<>();
        rows.forEach(r -> ids.add(r.get("model").asText()));
        assertThat(ids).containsExactly("bg-nbd", "mbg-nbd", "pareto-nbd", "bg-cnbd-k", "mbg-cnbd-k", "baseline");
        JsonNode single = validate(cdnow, "bg-nbd", "1997-09-30");
        JsonNode bg = rows.get(0);
        assertThat(bg.get("fitted").asBoolean()).isTrue();
        assertThat(bg.get("params").get("r").asDouble()).isCloseTo(0.2426, offset(0.002));
        assertThat(bg.get("mae").asDouble()).isCloseTo(single.get("modelErrors").get("mae").asDouble(), offset(1e-9));
        assertThat(bg.get("predictedTotal").asDouble()).isCloseTo(single.get("predictedTotal").asDouble(),
                offset(1e-6));
        assertThat(rows.get(5).get("mae").asDouble()).isCloseTo(single.get("baselineErrors").get("mae").asDouble(),
                offset(1e-9));
        for (JsonNode r : rows) {
            assertThat(r.get("actualTotal").asDouble()).isEqualTo(single.get("actualTotal").asDouble());
            assertThat(r.get("correlation").asDouble()).isBetween(0.3, 1.0);
        }
        String text = run("validate", "--db", cdnow.toString(), "--model", "all", "--time-unit", "week",
                "--calibration-end", "1997-09-30");
        assertThat(text).contains("Holdout accuracy of every purchase model").contains("pareto-nbd")
                .contains("baseline");
    }

    @Test
    void validateJsonGainsTheRepeatDistributionAndTheIncrementalTracking() throws Exception {
        JsonNode o = validate(cdnow, "pareto-nbd", "1997-09-30");
        long[] published = {1411, 439, 214, 100, 62, 38, 29, 64};
        JsonNode rd = o.get("repeatDistribution");
        assertThat(rd).hasSize(8);
        double expected = 0;
        for (int x = 0; x < 8; x++) {
            assertThat(rd.get(x).get("actual").asLong()).isEqualTo(published[x]);
            expected += rd.get(x).get("expected").asDouble();
        }
        assertThat(expected).isCloseTo(2357, offset(1e-6));
        assertThat(rd.get(7).get("repeatPurchases").asText()).isEqualTo("7+");
        JsonNode inc = o.get("incrementalTracking");
        JsonNode cum = o.get("tracking");
        assertThat(inc).hasSize(cum.size());
        double a = 0;
        double p = 0;
        for (int i = 0; i < inc.size(); i++) {
            a += inc.get(i).get("actual").asDouble();
            p += inc.get(i).get("predicted").asDouble();
            assertThat(a).isEqualTo(cum.get(i).get("actualCumulative").asDouble());
            assertThat(p).isCloseTo(cum.get(i).get("predictedCumulative").asDouble(), offset(1e-6));
        }
        assertThat(o.has("byFrequency")).isTrue(); // the existing keys stay
    }

    @Test
    void diagnosticsGivesTheGridsOfPAliveAndExpectedPurchases() throws Exception {
        JsonNode o = JSON.readTree(run("diagnostics", "--db", cdnow.toString(), "--model", "bg-nbd", "--time-unit",
                "week", "--calibration-end", "1997-09-30", "--grid-window", "39", "--json"));
        JsonNode g = o.get("grid");
        assertThat(g.get("horizon").asDouble()).isEqualTo(39.0);
        double age = g.get("age").asDouble();
        assertThat(age).isCloseTo(38.86, offset(0.01)); // oldest CDNOW customer: first purchase 1997-01-01
        JsonNode params = o.get("params");
        double r = params.get("r").asDouble();
        double alpha = params.get("alpha").asDouble();
        double a = params.get("a").asDouble();
        double b = params.get("b").asDouble();
        int row = 5;
        int col = 10;
        int x = g.get("frequencies").get(row).asInt();
        double tx = g.get("recencies").get(col).asDouble();
        // P(alive) of BG/NBD (FHL 2005 eq. 13), written out here
        double alive = 1 / (1 + a / (b + x - 1) * Math.pow((alpha + age) / (alpha + tx), r + x));
        assertThat(g.get("probabilityAlive").get(row).get(col).asDouble()).isCloseTo(alive, offset(1e-9));
        assertThat(g.get("expectedPurchases").get(0).get(3).isNull()).isTrue();
        assertThat(o.get("repeatDistribution")).hasSize(8);

        String text = run("diagnostics", "--db", cdnow.toString(), "--model", "mbg-nbd", "--time-unit", "week",
                "--calibration-end", "1997-09-30");
        assertThat(text).contains("P(alive) by repeat purchases").contains("expected purchases in the next 12.9");
    }

    @Test
    void thinDataGivesAReasonPerModelInsteadOfAnError() throws Exception {
        // four customers, no repeat purchase before the calibration end: no model can be fitted on this
        Path file = tmp.resolve("thin.csv");
        Files.writeString(file, "customer,date,amount\nA,2024-01-05,10\nB,2024-01-09,12\nC,2024-02-01,9\n"
                + "D,2024-03-20,5\nB,2024-06-20,7\nA,2024-06-01,3\n");
        Path db = tmp.resolve("thin");
        run("import", "--db", db.toString(), file.toString());
        JsonNode all = validate(db, "all", "2024-04-30");
        JsonNode rows = all.get("models");
        assertThat(rows).hasSize(6);
        int failed = 0;
        for (JsonNode r : rows) {
            if (!r.get("fitted").asBoolean()) {
                failed++;
                assertThat(r.get("reason").asText()).contains("repeat customer");
                assertThat(r.get("mae").isNull()).isTrue();
            }
        }
        assertThat(failed).isEqualTo(5);
        assertThat(rows.get(5).get("actualTotal").asDouble()).isEqualTo(2.0);
        assertThat(rows.get(5).get("fitted").asBoolean()).isTrue(); // the baseline needs no fit
        String text = run("validate", "--db", db.toString(), "--model", "all", "--time-unit", "week",
                "--calibration-end", "2024-04-30");
        assertThat(text).contains("not fitted: ");
    }

    @Test
    void onlineRetailListsEveryModelFittedOrWithItsReason() throws Exception {
        JsonNode all = validate(retail, "all", "2011-05-31");
        JsonNode rows = all.get("models");
        assertThat(rows).hasSize(6);
        for (JsonNode r : rows) {
            if (r.get("fitted").asBoolean()) {
                assertThat(r.get("mae").asDouble()).isPositive();
                assertThat(r.get("predictedTotal").asDouble()).isPositive();
            } else {
                assertThat(r.get("reason").asText()).endsWith(".");
            }
        }
        assertThat(rows.get(0).get("fitted").asBoolean()).isTrue();
        JsonNode d = JSON.readTree(run("diagnostics", "--db", retail.toString(), "--model", "pareto-nbd",
                "--time-unit", "week", "--calibration-end", "2011-05-31", "--json"));
        double sum = 0;
        for (JsonNode b : d.get("repeatDistribution")) {
            sum += b.get("expected").asDouble();
        }
        assertThat(sum).isCloseTo(d.get("customers").asDouble(), offset(1e-6));
    }
}
