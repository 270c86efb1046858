package org.valuelens.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
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

/**
 * {@code predict --model bg-cnbd-k / mbg-cnbd-k} on BTYDplus's grocery data (calibration to 2006-12-31, weeks, as
 * in the BTYDplus vignette): the contract's columns and JSON, k reported with the ranges, and figures that hang
 * together (file against JSON, adjacent dated windows against the whole, quartiles in order, the 90-day forecast
 * against what the customers then bought).
 */
class PredictRegularBuyersCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;
    static Path db;
    static long holdoutOrders;

    @BeforeAll
    static void groceryWorkspace() throws Exception {
        Path file = tmp.resolve("groceryElog.csv");
        try (InputStream in = PredictRegularBuyersCommandTest.class
                .getResourceAsStream("/data/grocery/groceryElog.csv")) {
            Files.copy(in, file);
        }
        // purchase days of each customer in the 90 days after the calibration end, counted from the raw log
        holdoutOrders = Files.readAllLines(file).stream().skip(1).map(l -> l.replace("\"", "").split(","))
                .filter(r -> r[1].compareTo("2006-12-31") > 0 && r[1].compareTo("2007-03-31") <= 0)
                .map(r -> r[0] + "|" + r[1]).distinct().count();
        db = tmp.resolve("ws");
        try (WorkspaceService ws = WorkspaceService.open(db)) {
            new ImportService(ws).importFile(new ImportRequest(file, null, true, null, null, null, null,
                    Map.of("customer", "cust", "date", "date")), false, ProgressListener.NONE);
        }
    }

    private static JsonNode predict(String... more) {
        List<String> args = new ArrayList<>(List.of("predict", "--db", db.toString(), "--time-unit", "week",
                "--calibration-end", "2006-12-31", "--json"));
        args.addAll(List.of(more));
        CommandLine cmd = ValueLensCommand.newCommandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        int code = cmd.execute(args.toArray(String[]::new));
        assertThat(code).as(String.join(" ", args) + ": " + err).isZero();
        try {
            return JSON.readTree(out.toString());
        } catch (java.io.IOException e) {
            throw new AssertionError(out.toString(), e);
        }
    }

    @Test
    void everyContractColumnIsFilledAndAgreesWithTheJson() throws Exception {
        Path out = tmp.resolve("grocery.csv");
        JsonNode o = predict("--model", "mbg-cnbd-k", "--out", out.toString());
        assertThat(o.get("model").asText()).isEqualTo("mbg-cnbd-k");
        assertThat(o.get("customers").asInt()).isEqualTo(1_525);
        assertThat(o.get("warnings").toString()).contains("regularity k = 2");
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).replace("\uFEFF", "").split(",", -1));
        int alive = header.indexOf("p_alive");
        int orders = header.indexOf("expected_orders_window");
        int none = header.indexOf("p_no_order_window");
        int from = header.indexOf("next_order_from");
        int date = header.indexOf("next_order_date");
        int to = header.indexOf("next_order_to");
        assertThat(lines).hasSize(1_525 + 1);
        double sum = 0;
        int dated = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] r = line.split(",", -1);
            double p = Double.parseDouble(r[alive]);
            double noOrder = Double.parseDouble(r[none]);
            assertThat(p).isBetween(0.0, 1.0);
            // no order in the window is at least the chance of having left
            assertThat(noOrder).isBetween(1 - p - 1e-9, 1.0);
            sum += Double.parseDouble(r[orders]);
            if (!r[date].isEmpty()) {
                dated++;
                assertThat(r[from].compareTo(r[date])).isLessThanOrEqualTo(0);
                assertThat(r[date].compareTo(r[to])).isLessThanOrEqualTo(0);
                assertThat(r[from].compareTo("2006-12-31")).isGreaterThan(0);
            }
        }
        assertThat(dated).isPositive();
        JsonNode e = o.get("expectedOrders");
        assertThat(e.get("value").asDouble()).isCloseTo(sum, within(1e-6 * sum));
        assertThat(e.get("low").asDouble()).isLessThan(sum);
        assertThat(e.get("high").asDouble()).isGreaterThan(sum);
        // a sanity check against what happened (BTYDplus's vignette shows these models within about 15 % on a year)
        assertThat(sum).isCloseTo(holdoutOrders, within(0.25 * holdoutOrders));
    }

    @Test
    void ordersInTwoAdjacentDatedWindowsAddUpToTheWholeWindow() {
        for (String model : new String[] {"bg-cnbd-k", "mbg-cnbd-k"}) {
            double first = predict("--model", model, "--from", "2007-01-15", "--to", "2007-02-14")
                    .get("expectedOrders").get("value").asDouble();
            double second = predict("--model", model, "--from", "2007-02-15", "--to", "2007-04-30")
                    .get("expectedOrders").get("value").asDouble();
            JsonNode whole = predict("--model", model, "--from", "2007-01-15", "--to", "2007-04-30");
            assertThat(first + second).as(model).isCloseTo(whole.get("expectedOrders").get("value").asDouble(),
                    within(1e-6));
            // fewer customers are certain to order in a later window than in one starting at once
            JsonNode now = predict("--model", model, "--from", "2007-01-01", "--to", "2007-04-30");
            assertThat(whole.get("churnRiskCounts").get("High").asInt())
                    .isGreaterThanOrEqualTo(now.get("churnRiskCounts").get("High").asInt());
        }
    }
}
