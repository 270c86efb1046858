package org.valuelens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.valuelens.model.TimeUnit;
import org.valuelens.model.progress.ProgressListener;
import org.valuelens.service.AnalysisService;
import org.valuelens.service.AnalysisSettings;
import org.valuelens.service.ClvMethod;
import org.valuelens.service.WorkspaceService;
import picocli.CommandLine;

/**
 * The real-data matrix: every CLI command on every real dataset in the test resources, with the invariants
 * rows read = imported + rejected, customers analysed + customers left out = customers imported, CLV table rows =
 * customers analysed, customers in segments = customers analysed, and the explained CLV = the CLV row, for every
 * method (service level). The Online Retail extracts are fitted on the full period and on a half-year calibration.
 * Grocery has no spend column: its count-based commands run, its spend commands say so.
 * Commands and datasets covered are listed in docs/real-data.md.
 */
class RealDataMatrixTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> MODELS = List.of("bg-nbd", "mbg-nbd", "pareto-nbd", "gamma-gamma");
    private static final List<String> SCHEMES = List.of("tiers", "rfm", "kmeans", "quadrant");
    private static Path tmp;

    /**
     * One real dataset: resource, import options, and a calibration end for the holdout check (and, for Online
     * Retail, the half-year fit).
     */
    record Dataset(String name, String resource, List<String> importArgs, LocalDate holdoutEnd) {
    }

    static List<Dataset> datasets() {
        return List.of(
                new Dataset("cdnow", "/data/cdnow/CDNOW_sample.txt", List.of("--no-header", "--customer", "2",
                        "--date", "3", "--quantity", "4", "--amount", "5"), LocalDate.of(1997, 9, 30)),
                new Dataset("online-retail-40k", "/data/online_retail/online_retail_40k.xlsx", List.of(),
                        LocalDate.of(2011, 5, 31)),
                new Dataset("online-retail-II-both-sheets", "/data/online_retail/online_retail_II_nonuk.xlsx",
                        List.of("--sheet", "all"), LocalDate.of(2010, 5, 31)),
                new Dataset("apparel", "/data/apparel/apparelTrans.csv", List.of(), LocalDate.of(2007, 12, 31)));
    }

    @AfterAll
    static void cleanUp() throws Exception {
        if (tmp != null) {
            try (Stream<Path> walk = Files.walk(tmp)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Result of one command: exit code, standard output and error. */
    record Run(int code, String out, String err) {
        JsonNode json() throws Exception {
            return JSON.readTree(out);
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = ValueLensCommand.newCommandLine();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        int code = cmd.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private static Run ok(String... args) {
        Run r = run(args);
        assertThat(r.code()).as(String.join(" ", args) + "\n" + r.err() + r.out()).isZero();
        return r;
    }

    @TestFactory
    Stream<DynamicNode> everyCommandOnEveryRealDataset() throws Exception {
        tmp = Files.createTempDirectory("real-data-matrix");
        return datasets().stream().map(d -> DynamicContainer.dynamicContainer(d.name(), commands(d)));
    }

    private static Stream<DynamicNode> commands(Dataset d) {
        Path db = tmp.resolve(d.name());
        long[] analysed = {-1};
        List<DynamicNode> tests = new ArrayList<>();
        tests.add(DynamicTest.dynamicTest("import", () -> {
            Path file = tmp.resolve(d.name() + "-" + Path.of(d.resource()).getFileName());
            try (InputStream in = RealDataMatrixTest.class.getResourceAsStream(d.resource())) {
                Files.copy(in, file);
            }
            List<String> args = new ArrayList<>(List.of("import", file.toString(), "--db", db.toString(), "--json"));
            args.addAll(d.importArgs());
            JsonNode j = ok(args.toArray(String[]::new)).json();
            assertThat(j.get("rowsRead").asLong())
                    .isEqualTo(j.get("rowsImported").asLong() + j.get("rowsRejected").asLong());
            long imported = j.get("customers").asLong();
            // customers analysed + left out (with the reason said) = customers imported
            JsonNode clv = ok("clv", "--db", db.toString(), "--method", "historical", "--json").json();
            analysed[0] = clv.get("customers").asLong();
            if (analysed[0] < imported) {
                assertThat(clv.get("warnings").toString()).contains(String.format(java.util.Locale.ROOT,
                        "%,d of the %,d imported customers are analysed", analysed[0], imported));
            } else {
                assertThat(analysed[0]).isEqualTo(imported);
            }
        }));
        for (String model : MODELS) {
            tests.add(DynamicTest.dynamicTest("fit " + model, () -> {
                JsonNode j = ok("fit", "--db", db.toString(), "--model", model, "--json").json();
                assertThat(j.get("logLikelihood").asDouble()).isFinite();
                j.get("params").forEach(p -> assertThat(p.asDouble()).isFinite().isPositive());
            }));
        }
        if (d.name().startsWith("online-retail")) {
            for (String model : MODELS.subList(0, 3)) {
                tests.add(DynamicTest.dynamicTest("half-year fit " + model, () -> {
                    JsonNode j = ok("fit", "--db", db.toString(), "--model", model, "--calibration-end",
                            d.holdoutEnd().toString(), "--json").json();
                    assertThat(j.get("converged").asBoolean()).as(j.toString()).isTrue();
                    if (j.get("atBoundary").asBoolean()) {
                        assertThat(j.get("warnings").toString()).contains("In plain words");
                    }
                }));
            }
        }
        tests.add(DynamicTest.dynamicTest("validate", () -> {
            for (String model : MODELS.subList(0, 3)) {
                ok("validate", "--db", db.toString(), "--model", model, "--calibration-end",
                        d.holdoutEnd().toString(), "--json");
            }
        }));
        for (ClvMethod method : ClvMethod.values()) {
            tests.add(DynamicTest.dynamicTest("clv " + method.cliName(), () -> {
                Path out = tmp.resolve(d.name() + "-clv-" + method.cliName() + ".csv");
                JsonNode j = ok("clv", "--db", db.toString(), "--method", method.cliName(), "--out",
                        out.toString(), "--json").json();
                assertThat(j.get("customers").asLong()).isEqualTo(analysed[0]);
                List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
                assertThat(lines.stream().skip(1).filter(l -> !l.isBlank()).count()).isEqualTo(analysed[0]);
                explainedEqualsShown(db, method, lines);
            }));
        }
        for (String scheme : SCHEMES) {
            tests.add(DynamicTest.dynamicTest("segment " + scheme, () -> {
                JsonNode j = ok("segment", "--db", db.toString(), "--scheme", scheme, "--json").json();
                long sum = 0;
                for (JsonNode s : j.get("segments")) {
                    sum += s.get("customers").asLong();
                }
                assertThat(sum).isEqualTo(analysed[0]);
            }));
        }
        tests.add(DynamicTest.dynamicTest("cohort", () -> {
            for (String metric : List.of("retention", "revenue", "margin")) {
                ok("cohort", "--db", db.toString(), "--metric", metric, "--json");
            }
        }));
        tests.add(DynamicTest.dynamicTest("channels", () -> ok("channels", "--db", db.toString(), "--json")));
        tests.add(DynamicTest.dynamicTest("report", () -> {
            Path out = tmp.resolve(d.name() + "-report");
            ok("report", "--db", db.toString(), "--out", out.toString());
            assertThat(out.resolve("valuelens-report.pptx")).isNotEmptyFile();
            assertThat(out.resolve("valuelens-report.xlsx")).isNotEmptyFile();
        }));
        return tests.stream();
    }

    /** The "How is this computed?" figure equals the CLV table's figure (CLI output) for the top customer. */
    private static void explainedEqualsShown(Path db, ClvMethod method, List<String> csv) {
        List<String> header = List.of(csv.get(0).replace("\uFEFF", "").split(","));
        int idColumn = header.indexOf("customer_id");
        int clvColumn = header.indexOf("clv");
        String[] top = csv.stream().skip(1).filter(l -> !l.isBlank()).map(l -> l.split(","))
                .max(java.util.Comparator.comparingDouble(r -> Double.parseDouble(r[clvColumn]))).orElseThrow();
        double shown = Double.parseDouble(top[clvColumn]);
        try (WorkspaceService ws = WorkspaceService.open(db)) {
            AnalysisService analysis = new AnalysisService(ws);
            AnalysisSettings settings = AnalysisSettings.defaults(TimeUnit.WEEK);
            double explained = analysis.explain(top[idColumn], method, settings, ProgressListener.NONE).value();
            assertThat(explained).as(method + " customer " + top[idColumn])
                    .isCloseTo(shown, org.assertj.core.api.Assertions.within(1e-9 * Math.max(1, Math.abs(shown))));
            if (method == ClvMethod.BG_NBD) {
                // the Customers page's detail (P(alive) over time) for the top and the newest customer
                String newest = csv.stream().skip(1).filter(l -> !l.isBlank()).map(l -> l.split(","))
                        .max(java.util.Comparator.comparing(r -> r[header.indexOf("first_purchase")]))
                        .orElseThrow()[idColumn];
                org.valuelens.service.InsightService insight = new org.valuelens.service.InsightService(analysis);
                for (String id : List.of(top[idColumn], newest)) {
                    assertThat(insight.customer(id, settings, ProgressListener.NONE)).as(id).isNotNull();
                }
            }
        }
    }

    /** The sentence every spend analysis gives on a count-only dataset (docs/decisions/0018-count-only-datasets.md). */
    /** The rows of a clv --out CSV by customer id (plain CSV without quoted commas). */
    private static java.util.Map<String, String[]> byCustomer(Path csv) throws Exception {
        java.util.Map<String, String[]> rows = new java.util.HashMap<>();
        for (String line : Files.readAllLines(csv).subList(1, Files.readAllLines(csv).size())) {
            String[] cells = line.replace("\"", "").split(",", -1);
            rows.put(cells[0], cells);
        }
        return rows;
    }

    private static final String NO_AMOUNTS = "This dataset has no amounts (its file had no amount column)";

    /**
     * Grocery (BTYDplus groceryElog: customer and date only). The count-based commands succeed with their
     * invariants and every customer analysed; the spend commands exit with the no-amounts sentence.
     */
    @TestFactory
    Stream<DynamicNode> groceryWithoutSpendColumnRunsTheCountCommandsAndTheSpendOnesSaySo() throws Exception {
        Path dir = Files.createTempDirectory("grocery");
        Path db = dir.resolve("ws");
        Path file = dir.resolve("groceryElog.csv");
        try (InputStream in = RealDataMatrixTest.class.getResourceAsStream("/data/grocery/groceryElog.csv")) {
            Files.copy(in, file);
        }
        List<String> lines = Files.readAllLines(file).stream().skip(1).filter(l -> !l.isBlank()).toList();
        long customersInFile = lines.stream().map(l -> l.split(",")[0]).distinct().count();
        List<DynamicNode> tests = new ArrayList<>();
        tests.add(DynamicTest.dynamicTest("import", () -> {
            JsonNode j = ok("import", file.toString(), "--db", db.toString(), "--json").json();
            assertThat(j.get("rowsRead").asLong()).isEqualTo(lines.size())
                    .isEqualTo(j.get("rowsImported").asLong() + j.get("rowsRejected").asLong());
            assertThat(j.get("hasAmounts").asBoolean()).isFalse();
            assertThat(j.get("customers").asLong()).isEqualTo(customersInFile);
            assertThat(j.get("warnings").toString()).contains("No amount column: purchase counts only");
        }));
        for (String model : MODELS.subList(0, 3)) {
            tests.add(DynamicTest.dynamicTest("fit " + model, () -> {
                JsonNode j = ok("fit", "--db", db.toString(), "--model", model, "--json").json();
                assertThat(j.get("customers").asLong()).as("every customer analysed").isEqualTo(customersInFile);
                assertThat(j.get("logLikelihood").asDouble()).isFinite();
                j.get("params").forEach(p -> assertThat(p.asDouble()).isFinite().isPositive());
            }));
        }
        tests.add(DynamicTest.dynamicTest("validate", () -> {
            for (String model : MODELS.subList(0, 3)) {
                JsonNode j = ok("validate", "--db", db.toString(), "--model", model, "--calibration-end",
                        "2006-12-31", "--json").json();
                assertThat(j.get("customers").asLong()).isPositive().isLessThanOrEqualTo(customersInFile);
            }
        }));
        tests.add(DynamicTest.dynamicTest("segment churn", () -> {
            JsonNode j = ok("segment", "--db", db.toString(), "--scheme", "churn", "--json").json();
            long sum = 0;
            for (JsonNode s : j.get("segments")) {
                sum += s.get("customers").asLong();
            }
            assertThat(sum).isEqualTo(customersInFile);
            assertThat(j.get("warnings").toString()).contains("the revenue columns are 0 and carry no information");
        }));
        tests.add(DynamicTest.dynamicTest("cohort retention", () -> {
            JsonNode j = ok("cohort", "--db", db.toString(), "--metric", "retention", "--json").json();
            assertThat(j.get("customers").asLong()).isEqualTo(customersInFile);
            long sizes = 0;
            for (JsonNode c : j.get("cohorts")) {
                sizes += c.get("size").asLong();
            }
            assertThat(sizes).isEqualTo(customersInFile);
        }));
        // the purchase models' part of a CLV without money: the same P(alive) and expected purchases as the CLV
        // table of the same lines imported as a normal file with amount 1 per line (computed there by PredictiveClv)
        Path withAmounts = dir.resolve("grocery-amount-1.csv");
        List<String> priced = new ArrayList<>();
        priced.add("cust,date,amount");
        lines.forEach(l -> priced.add(l.replace("\"", "") + ",1"));
        Files.write(withAmounts, priced);
        Path pricedDb = dir.resolve("ws-priced");
        for (String model : MODELS.subList(0, 3)) {
            tests.add(DynamicTest.dynamicTest("clv " + model + " gives P(alive) and expected purchases", () -> {
                if (!Files.exists(pricedDb)) {
                    ok("import", withAmounts.toString(), "--db", pricedDb.toString(), "--json");
                }
                Path countCsv = dir.resolve("count-" + model + ".csv");
                Path pricedCsv = dir.resolve("priced-" + model + ".csv");
                JsonNode j = ok("clv", "--db", db.toString(), "--method", model, "--out", countCsv.toString(),
                        "--json").json();
                assertThat(j.get("customers").asLong()).isEqualTo(customersInFile);
                assertThat(j.get("hasAmounts").asBoolean()).isFalse();
                assertThat(j.get("total").isNull()).isTrue();
                assertThat(j.get("warnings").toString()).contains(NO_AMOUNTS);
                ok("clv", "--db", pricedDb.toString(), "--method", model, "--out", pricedCsv.toString());
                java.util.Map<String, String[]> count = byCustomer(countCsv);
                java.util.Map<String, String[]> price = byCustomer(pricedCsv);
                assertThat(count).hasSize((int) customersInFile);
                assertThat(count.keySet()).isEqualTo(price.keySet());
                double sum = 0;
                for (var e : count.entrySet()) {
                    String[] c = e.getValue();
                    String[] p = price.get(e.getKey());
                    double pAlive = Double.parseDouble(c[5]);
                    double expected = Double.parseDouble(c[6]);
                    assertThat(pAlive).as(e.getKey()).isCloseTo(Double.parseDouble(p[9]),
                            org.assertj.core.data.Offset.offset(1e-9));
                    assertThat(expected).as(e.getKey()).isCloseTo(Double.parseDouble(p[10]),
                            org.assertj.core.data.Offset.offset(1e-9 * Math.max(1, expected)));
                    sum += expected;
                }
                assertThat(j.get("expectedPurchases").asDouble()).isCloseTo(sum,
                        org.assertj.core.data.Offset.offset(1e-6 * sum));
            }));
        }
        List<List<String>> spend = new ArrayList<>();
        spend.add(List.of("fit", "--model", "gamma-gamma"));
        for (ClvMethod method : ClvMethod.values()) {
            if (!method.probabilistic()) {
                spend.add(List.of("clv", "--method", method.cliName()));
            }
        }
        for (String scheme : SCHEMES) {
            spend.add(List.of("segment", "--scheme", scheme));
        }
        spend.add(List.of("cohort", "--metric", "revenue"));
        spend.add(List.of("cohort", "--metric", "margin"));
        spend.add(List.of("channels"));
        spend.add(List.of("report", "--out", dir.resolve("report").toString()));
        for (List<String> command : spend) {
            tests.add(DynamicTest.dynamicTest(String.join(" ", command) + " says there are no amounts", () -> {
                List<String> args = new ArrayList<>(command);
                args.addAll(List.of("--db", db.toString()));
                Run r = run(args.toArray(String[]::new));
                assertThat(r.code()).as(r.out()).isNotZero();
                assertThat(r.err()).contains(NO_AMOUNTS).doesNotContain("Exception");
            }));
        }
        return Stream.of(DynamicContainer.dynamicContainer("grocery", tests.stream()));
    }
}
