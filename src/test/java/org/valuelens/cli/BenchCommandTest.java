package org.valuelens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code bench --input}: the stages timed on the user's own file (the CDNOW sample). */
class BenchCommandTest {

    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Path cdnow;

    @BeforeEach
    void copySample() throws Exception {
        cdnow = tmp.resolve("CDNOW_sample.txt");
        try (InputStream in = BenchCommandTest.class.getResourceAsStream("/data/cdnow/CDNOW_sample.txt")) {
            Files.copy(in, cdnow);
        }
    }

    private int run(String... args) {
        CommandLine cmd = ValueLensCommand.newCommandLine();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        return cmd.execute(args);
    }

    private JsonNode benchCdnow(String... extra) throws Exception {
        List<String> args = new ArrayList<>(List.of("bench", "--input", cdnow.toString(), "--no-header",
                "--customer", "2", "--date", "3", "--quantity", "4", "--amount", "5", "--json"));
        args.addAll(List.of(extra));
        int code = run(args.toArray(String[]::new));
        assertThat(code).as(err.toString()).isZero();
        return new ObjectMapper().readTree(out.toString());
    }

    @Test
    void timesTheImportAndAnalysisStagesOfTheGivenFileOneObjectPerStage() throws Exception {
        JsonNode json = benchCdnow("--stages",
                "import-csv,summary,fit-bg-nbd,fit-pareto-nbd,fit-gamma-gamma,clv-bg-nbd-52-weeks");

        // the CDNOW sample: 6,919 transaction lines of 2,357 customers (SOURCE.txt)
        assertThat(json.get("transactions").asLong()).isEqualTo(6_919);
        assertThat(json.get("customers").asLong()).isEqualTo(2_357);
        List<String> names = new ArrayList<>();
        for (JsonNode stage : json.get("stages")) {
            names.add(stage.get("name").asText());
            assertThat(stage.has("note")).as(stage.toString()).isFalse();
            assertThat(stage.get("seconds").isNumber()).as(stage.toString()).isTrue();
            for (String key : List.of("rowsPerSecond", "rows", "peakHeapMb", "cpuSeconds", "loadAverage")) {
                assertThat(stage.has(key)).as(key).isTrue();
            }
        }
        assertThat(names).containsExactly("import-csv", "summary", "fit-bg-nbd", "fit-pareto-nbd", "fit-gamma-gamma",
                "clv-bg-nbd-52-weeks");
        JsonNode stages = json.get("stages");
        assertThat(stages.get(0).get("rows").asLong()).isEqualTo(6_919);
        for (int i : new int[] {1, 2, 3, 5}) {
            assertThat(stages.get(i).get("rows").asLong()).as(names.get(i)).isEqualTo(2_357);
        }
        // Gamma-Gamma is fitted on the customers with repeat purchase days
        assertThat(stages.get(4).get("rows").asLong()).isEqualTo(repeatBuyers());
    }

    /** @return customers of the sample with purchases on two or more days, counted from the file */
    private long repeatBuyers() throws Exception {
        Map<String, Set<String>> days = new HashMap<>();
        for (String line : Files.readAllLines(cdnow)) {
            String[] f = line.trim().split("\\s+");
            days.computeIfAbsent(f[1], k -> new HashSet<>()).add(f[2]);
        }
        return days.values().stream().filter(d -> d.size() > 1).count();
    }

    @Test
    void theClvStageIsNamedAfterTheUnitAndHorizonAndFitsWhatIsMissing() throws Exception {
        JsonNode json = benchCdnow("--time-unit", "day", "--horizon", "365", "--stages",
                "import-csv,clv-bg-nbd-365-days");

        JsonNode clv = json.get("stages").get(1);
        assertThat(clv.get("name").asText()).isEqualTo("clv-bg-nbd-365-days");
        assertThat(clv.get("rows").asLong()).isEqualTo(2_357);
    }

    @Test
    void needsEitherGeneratedRowsOrAnInputFile() {
        assertThat(run("bench", "--json")).isEqualTo(1);
        assertThat(err.toString()).contains("--transactions").contains("--input");
    }

    @Test
    void aStageThatTheInputRunDoesNotHaveIsRejectedWithTheStageNames() {
        assertThat(run("bench", "--input", cdnow.toString(), "--stages", "generate")).isEqualTo(1);
        assertThat(err.toString()).contains("'generate'").contains("import-csv").contains("clv-bg-nbd-52-weeks");
    }
}
