package org.valuelens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuelens.model.progress.ProgressListener;
import org.valuelens.service.ImportRequest;
import org.valuelens.service.ImportService;
import org.valuelens.service.WorkspaceService;
import picocli.CommandLine;

/**
 * {@code products}, {@code repeat} and {@code cohort --metric ltv-days}: the JSON keys of the contract on
 * Online Retail, and the plain sentence on CDNOW, which has no product column.
 */
class ProductCommandsTest {
    @TempDir
    static Path tmp;
    static Path retail;
    static Path cdnow;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void importFiles() throws Exception {
        retail = importFile("/data/online_retail/online_retail_40k.xlsx", "retail.xlsx", Map.of());
        cdnow = importFile("/data/cdnow/CDNOW_sample.txt", "cdnow.txt",
                Map.of("customer", "2", "date", "3", "quantity", "4", "amount", "5"));
    }

    private static Path importFile(String resource, String name, Map<String, String> columns) throws Exception {
        Path file = tmp.resolve(name);
        try (InputStream in = ProductCommandsTest.class.getResourceAsStream(resource)) {
            Files.copy(in, file);
        }
        Path db = tmp.resolve("ws-" + name);
        try (WorkspaceService ws = WorkspaceService.open(db)) {
            new ImportService(ws).importFile(new ImportRequest(file, null, columns.isEmpty() ? null : false, null,
                    null, null, null, columns), false, ProgressListener.NONE);
        }
        return db;
    }

    private JsonNode json(String... args) throws Exception {
        CommandLine cmd = ValueLensCommand.newCommandLine();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        assertThat(cmd.execute(args)).as(err.toString()).isZero();
        return new ObjectMapper().readTree(out.toString());
    }

    @Test
    void productsJsonHasTheContractKeys() throws Exception {
        JsonNode j = json("products", "--db", retail.toString(), "--method", "none", "--json");
        JsonNode first = j.get("products").get(0);
        for (String key : new String[] {"product", "customers", "repeatRate", "repeatRateLow", "repeatRateHigh",
            "ltv", "predictedClv"}) {
            assertThat(first.has(key)).as(key).isTrue();
        }
        assertThat(first.get("ltv").has("90")).isTrue();
        assertThat(first.get("repeatRateLow").asDouble()).isLessThanOrEqualTo(first.get("repeatRate").asDouble());
        assertThat(j.get("affinity").size()).isPositive();
    }

    @Test
    void repeatJsonHasStepsWithQuartilesAndShares() throws Exception {
        JsonNode j = json("repeat", "--db", retail.toString(), "--json");
        JsonNode step = j.get("steps").get(0);
        assertThat(step.get("from").asInt()).isEqualTo(1);
        assertThat(step.get("to").asInt()).isEqualTo(2);
        assertThat(step.get("p25Days").asDouble()).isLessThanOrEqualTo(step.get("medianDays").asDouble());
        assertThat(step.get("medianDays").asDouble()).isLessThanOrEqualTo(step.get("p75Days").asDouble());
        assertThat(step.get("shareWithin").has("30")).isTrue();
        assertThat(step.get("shareWithin").has("90")).isTrue();
        assertThat(j.get("repeatShare").asDouble()).isBetween(0.0, 1.0);
    }

    @Test
    void ltvDaysJsonMarksCohortsWhoseWindowRunsPastTheDataEnd() throws Exception {
        JsonNode j = json("cohort", "--db", retail.toString(), "--metric", "ltv-days", "--json");
        JsonNode cohorts = j.get("cohorts");
        JsonNode first = cohorts.get(0);
        JsonNode last = cohorts.get(cohorts.size() - 1);
        assertThat(first.get("cohort").asText()).isEqualTo("2010-12");
        assertThat(first.get("complete").get("90").asBoolean()).isTrue();
        assertThat(first.get("revenue").has("30")).isTrue();
        assertThat(first.has("margin")).isTrue();
        assertThat(first.has("orders")).isTrue();
        // the data ends on 2011-12-09: December 2011's 90-day window cannot be over
        assertThat(last.get("cohort").asText()).isEqualTo("2011-12");
        assertThat(last.get("complete").get("90").asBoolean()).isFalse();
    }

    @Test
    void productsOnAFileWithoutAProductColumnSaysSoInOneSentence() {
        CommandLine cmd = ValueLensCommand.newCommandLine();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        int code = cmd.execute("products", "--db", cdnow.toString(), "--method", "none");
        assertThat(code).isNotZero();
        assertThat(err.toString()).contains("no product column");
    }
}
