package org.valuelens.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuelens.model.progress.ProgressListener;
import org.valuelens.service.ImportRequest;
import org.valuelens.service.ImportService;
import org.valuelens.service.WorkspaceService;
import picocli.CommandLine;

/** The commands that reach churn bands, segment migration, sBG and BG/BB: JSON keys, published figures, errors. */
class ReachableModelsCommandTest {
    @TempDir
    static Path tmp;
    private static Path db;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void cdnowWorkspace() throws Exception {
        Path file = tmp.resolve("CDNOW_sample.txt");
        try (InputStream in = ReachableModelsCommandTest.class.getResourceAsStream("/data/cdnow/CDNOW_sample.txt")) {
            Files.copy(in, file);
        }
        db = tmp.resolve("ws");
        try (WorkspaceService ws = WorkspaceService.open(db)) {
            new ImportService(ws).importFile(new ImportRequest(file, null, false, null, null, null, null,
                    Map.of("customer", "2", "date", "3", "quantity", "4", "amount", "5")), false,
                    ProgressListener.NONE);
        }
    }

    private int run(String... args) {
        CommandLine cmd = ValueLensCommand.newCommandLine();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        return cmd.execute(args);
    }

    private JsonNode json() throws Exception {
        return new ObjectMapper().readTree(out.toString());
    }

    @Test
    void subscriptionFitsThePublishedRegularSegment() throws Exception {
        // Fader & Hardie (2007), regular segment, years 0..7: alpha 0.704, beta 1.182
        Path chart = tmp.resolve("sbg.png");
        int code = run("subscription", "--active", "1000,631,468,382,326,289,262,241", "--horizon", "5",
                "--discount-rate", "0.1", "--value-per-period", "100", "--chart", chart.toString(), "--json");
        assertThat(code).as(err.toString()).isZero();
        JsonNode j = json();
        assertThat(j.get("params").get("alpha").asDouble()).isCloseTo(0.704, offset(0.005 * 0.704));
        assertThat(j.get("params").get("beta").asDouble()).isCloseTo(1.182, offset(0.005 * 1.182));
        assertThat(j.get("periods")).hasSize(8 + 5);
        assertThat(j.get("periods").get(7).get("observedActive").asLong()).isEqualTo(241);
        assertThat(j.get("periods").get(8).get("projected").asBoolean()).isTrue();
        assertThat(j.get("residualValue").asDouble())
                .isCloseTo(241 * j.get("derl").asDouble() * 100, within(1e-6));
        assertThat(j.get("lifetimeValue").asDouble()).isCloseTo(j.get("del").asDouble() * 100, within(1e-9));
        assertThat(j.get("cohortSize").asLong()).isEqualTo(1000);
        assertThat(chart).isNotEmptyFile();
    }

    @Test
    void subscriptionRefusesAGrowingCohortInOneSentence() {
        int code = run("subscription", "--active", "1000,631,700");
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("Period 2 has 700").doesNotContain("Exception");
    }

    @Test
    void bgbbOnTheDonationsTableGivesThePublishedFit() throws Exception {
        Path file = tmp.resolve("donations.csv");
        try (InputStream in = getClass().getResourceAsStream("/data/btyd/donationsSummary_rf.matrix.csv")) {
            Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        int code = run("bgbb", "--rf-matrix", file.toString(), "--horizon", "5", "--json");
        assertThat(code).as(err.toString()).isZero();
        JsonNode j = json();
        JsonNode p = j.get("params");
        assertThat(p.get("alpha").asDouble()).isCloseTo(1.204, offset(0.005 * 1.204));
        assertThat(p.get("beta").asDouble()).isCloseTo(0.750, offset(0.005 * 0.750));
        assertThat(p.get("gamma").asDouble()).isCloseTo(0.657, offset(0.005 * 0.657));
        assertThat(p.get("delta").asDouble()).isCloseTo(2.783, offset(0.005 * 2.783));
        assertThat(j.get("logLikelihood").asDouble()).isCloseTo(-33225.58, within(0.05));
        assertThat(j.get("customers").asLong()).isEqualTo(11_104);
        assertThat(j.get("rows")).hasSize(22);
        assertThat(j.get("rows").get(0).has("pAlive")).isTrue();
        assertThat(j.get("expectedTransactionsNewCustomer")).hasSize(5);
    }

    @Test
    void migrationPrintsAMatrixWhoseRowsAddUpToTheFirstPeriod() throws Exception {
        Path chart = tmp.resolve("migration.png");
        int code = run("migration", "--db", db.toString(), "--scheme", "quadrant", "--split", "1997-10-01",
                "--chart", chart.toString(), "--json");
        assertThat(code).as(err.toString()).isZero();
        JsonNode j = json();
        assertThat(j.get("split").asText()).isEqualTo("1997-10-01");
        assertThat(j.get("from").get(j.get("from").size() - 1).asText()).isEqualTo("new");
        assertThat(j.get("to").get(j.get("to").size() - 1).asText()).isEqualTo("gone");
        int rows = 0;
        JsonNode counts = j.get("counts");
        for (int i = 0; i < counts.size() - 1; i++) {
            for (JsonNode v : counts.get(i)) {
                rows += v.asInt();
            }
        }
        assertThat(rows).isEqualTo(j.get("customersBefore").asInt());
        assertThat(j.get("thresholds").has("purchases")).isTrue();
        assertThat(chart).isNotEmptyFile();
    }

    @Test
    void segmentChurnListsTheThreeBandsWithTheHiatusRule() throws Exception {
        int code = run("segment", "--db", db.toString(), "--scheme", "churn", "--churn-cutoffs", "0.2,0.8",
                "--json");
        assertThat(code).as(err.toString()).isZero();
        JsonNode j = json();
        List<String> names = new ArrayList<>();
        int customers = 0;
        for (JsonNode s : j.get("segments")) {
            names.add(s.get("name").asText());
            customers += s.get("customers").asInt();
            assertThat(s.has("hiatusAtRisk")).isTrue();
            assertThat(s.has("meanPAlive")).isTrue();
        }
        assertThat(names).containsExactly("High risk", "Watch", "Active");
        assertThat(customers).isEqualTo(j.get("customers").asInt()).isEqualTo(2357);
        assertThat(j.get("thresholds").get("lowCutoff").asDouble()).isEqualTo(0.2);
        assertThat(j.get("thresholds").get("model").asText()).isEqualTo("pareto-nbd");
    }

    @Test
    void segmentChurnWithAFormulaMethodSaysWhichModelsWork() {
        int code = run("segment", "--db", db.toString(), "--scheme", "churn", "--churn-model", "historical");
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("bg-nbd, mbg-nbd or pareto-nbd");
    }

    @Test
    void bgbbBuildsItsTableFromAWorkspaceDataset() throws Exception {
        int code = run("bgbb", "--db", db.toString(), "--period", "month", "--horizon", "12", "--json");
        assertThat(code).as(err.toString()).isZero();
        JsonNode j = json();
        assertThat(j.get("customers").asLong()).isEqualTo(2357);
        long sum = 0;
        for (JsonNode row : j.get("rows")) {
            sum += row.get("customers").asLong();
            // every CDNOW customer is observed up to June 1998 from a first month in January to March 1997
            assertThat(row.get("n").asInt()).isBetween(15, 17);
        }
        assertThat(sum).isEqualTo(2357);
        assertThat(j.get("expectedTransactionsNewCustomer")).hasSize(12);
    }

    @Test
    void bgbbWithoutATableOrAPeriodSaysWhatItNeeds() {
        int code = run("bgbb");
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("--rf-matrix").contains("--period");
    }
}
