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
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuelens.model.progress.ProgressListener;
import org.valuelens.service.ImportRequest;
import org.valuelens.service.ImportService;
import org.valuelens.service.WorkspaceService;
import picocli.CommandLine;

/** {@code predict} on the CDNOW sample: the file and JSON contract of issue 16, dated windows and thin data. */
class PredictCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] CONTRACT = {"customer_id", "p_alive", "expected_orders_window",
        "p_no_order_window", "churn_risk", "next_order_date", "next_order_from", "next_order_to",
        "avg_days_between_orders", "historic_clv", "predicted_clv", "predicted_clv_low", "predicted_clv_high",
        "total_clv"};

    @TempDir
    static Path tmp;
    static Path db;

    @BeforeAll
    static void cdnowWorkspace() throws Exception {
        Path file = tmp.resolve("CDNOW_sample.txt");
        try (InputStream in = PredictCommandTest.class.getResourceAsStream("/data/cdnow/CDNOW_sample.txt")) {
            Files.copy(in, file);
        }
        db = tmp.resolve("ws");
        try (WorkspaceService ws = WorkspaceService.open(db)) {
            new ImportService(ws).importFile(new ImportRequest(file, null, false, null, null, null, null,
                    Map.of("customer", "2", "date", "3", "quantity", "4", "amount", "5")), false,
                    ProgressListener.NONE);
        }
    }

    private static int run(StringWriter out, StringWriter err, String... args) {
        CommandLine cmd = ValueLensCommand.newCommandLine();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        return cmd.execute(args);
    }

    private static JsonNode predict(String... more) throws Exception {
        List<String> args = new ArrayList<>(List.of("predict", "--db", db.toString(), "--time-unit", "week",
                "--calibration-end", "1997-09-30", "--json"));
        args.addAll(List.of(more));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = run(out, err, args.toArray(String[]::new));
        assertThat(code).as(String.join(" ", args) + ": " + err).isZero();
        return JSON.readTree(out.toString());
    }

    private static List<String[]> csv(Path file) throws Exception {
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            rows.add(line.replace("\uFEFF", "").split(",", -1));
        }
        return rows;
    }

    @Test
    void theFileHasTheContractColumnsAndTheJsonItsKeys() throws Exception {
        Path out = tmp.resolve("p.csv");
        JsonNode o = predict("--model", "pareto-nbd", "--out", out.toString());
        List<String[]> rows = csv(out);
        assertThat(List.of(rows.get(0)).subList(0, CONTRACT.length)).containsExactly(CONTRACT);
        assertThat(rows).hasSize(2_357 + 1);
        for (String key : new String[] {"customers", "expectedOrders", "expectedRevenue", "churnRiskCounts",
            "seconds"}) {
            assertThat(o.has(key)).as(key).isTrue();
        }
        assertThat(o.get("customers").asInt()).isEqualTo(2_357);
        double orders = 0;
        int[] bands = new int[3];
        for (String[] r : rows.subList(1, rows.size())) {
            orders += Double.parseDouble(r[2]);
            double p = Double.parseDouble(r[3]);
            bands[p >= 0.8 ? 2 : p >= 0.5 ? 1 : 0]++;
            assertThat(r[4]).isEqualTo(p >= 0.8 ? "High" : p >= 0.5 ? "Medium" : "Low");
            // total = historic + predicted; the range holds the estimate
            assertThat(Double.parseDouble(r[13])).isCloseTo(Double.parseDouble(r[9]) + Double.parseDouble(r[10]),
                    within(1e-6));
            assertThat(Double.parseDouble(r[11])).isLessThanOrEqualTo(Double.parseDouble(r[10]));
            assertThat(Double.parseDouble(r[12])).isGreaterThanOrEqualTo(Double.parseDouble(r[10]));
        }
        JsonNode e = o.get("expectedOrders");
        assertThat(e.get("value").asDouble()).isCloseTo(orders, within(1e-6 * orders));
        assertThat(e.get("low").asDouble()).isLessThan(orders);
        assertThat(e.get("high").asDouble()).isGreaterThan(orders);
        assertThat(o.get("expectedRevenue").get("low").asDouble())
                .isLessThan(o.get("expectedRevenue").get("value").asDouble());
        JsonNode counts = o.get("churnRiskCounts");
        assertThat(new int[] {counts.get("Low").asInt(), counts.get("Medium").asInt(), counts.get("High").asInt()})
                .containsExactly(bands);
    }

    @Test
    void ordersInTwoAdjacentDatedWindowsAddUpToTheWholeWindow() throws Exception {
        double first = predict("--model", "bg-nbd", "--from", "1997-10-01", "--to", "1997-10-30")
                .get("expectedOrders").get("value").asDouble();
        double second = predict("--model", "bg-nbd", "--from", "1997-10-31", "--to", "1997-12-29")
                .get("expectedOrders").get("value").asDouble();
        JsonNode whole = predict("--model", "bg-nbd", "--from", "1997-10-01", "--to", "1997-12-29");
        assertThat(first + second).isCloseTo(whole.get("expectedOrders").get("value").asDouble(), within(1e-6));
        // the default window is the 90 days after the data: the same days
        JsonNode byLength = predict("--model", "bg-nbd");
        assertThat(byLength.get("windowEnd").asText()).isEqualTo("1997-12-29");
        assertThat(byLength.get("expectedOrders").get("value").asDouble())
                .isCloseTo(whole.get("expectedOrders").get("value").asDouble(), within(1e-6));
    }

    @Test
    void theXlsxExportHasTheSameColumns() throws Exception {
        Path out = tmp.resolve("p.xlsx");
        predict("--model", "mbg-nbd", "--out", out.toString());
        try (Workbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            Row header = wb.getSheetAt(0).getRow(0);
            for (int i = 0; i < CONTRACT.length; i++) {
                assertThat(header.getCell(i).getStringCellValue()).isEqualTo(CONTRACT[i]);
            }
            assertThat(wb.getSheetAt(0).getLastRowNum()).isEqualTo(2_357);
        }
    }

    @Test
    void thinDataAreRefusedWithWhatIsMissingAndWhatToUseInstead() throws Exception {
        Path file = tmp.resolve("tiny.csv");
        StringBuilder sb = new StringBuilder("customer,date,amount\n");
        for (int c = 0; c < 40; c++) {
            sb.append("k").append(c).append(",2024-01-0").append(1 + c % 5).append(",10\n");
            if (c < 5) {
                sb.append("k").append(c).append(",2024-03-1").append(c).append(",12\n");
            }
        }
        Files.writeString(file, sb.toString());
        Path tiny = tmp.resolve("tiny-ws");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertThat(run(out, err, "import", file.toString(), "--db", tiny.toString())).isZero();
        int code = run(out, err, "predict", "--db", tiny.toString(), "--model", "bg-nbd", "--time-unit", "day");
        assertThat(code).isNotZero();
        assertThat(err.toString()).contains("Only 5 of 40 customers bought on more than one day")
                .contains("clv --method historical");
    }
}
