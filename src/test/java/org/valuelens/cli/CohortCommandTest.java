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
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code cohort}: partial last periods are marked and left out of the average row. */
class CohortCommandTest {

    @TempDir
    Path tmp;

    private StringWriter out;

    private int run(String... args) {
        out = new StringWriter();
        CommandLine cmd = ValueLensCommand.newCommandLine();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(new StringWriter()));
        return cmd.execute(args);
    }

    /** Data from 2021-01-05 to 2021-03-15: March is partial. */
    private String importHandBuilt() throws Exception {
        Path file = Files.write(tmp.resolve("shop.csv"), List.of("customer,date,amount", "a,2021-01-05,10",
                "a,2021-02-10,20", "a,2021-03-15,5", "b,2021-01-20,30", "b,2021-03-02,10", "c,2021-02-03,40",
                "c,2021-03-10,8", "d,2021-02-25,15", "e,2021-03-05,12"), StandardCharsets.UTF_8);
        String db = tmp.resolve("ws").toString();
        assertThat(run("import", file.toString(), "--db", db)).isZero();
        return db;
    }

    @Test
    void jsonMarksThePartialCellsAndAveragesTheCompleteOnes() throws Exception {
        String db = importHandBuilt();
        assertThat(run("cohort", "--db", db, "--json")).isZero();
        JsonNode o = new ObjectMapper().readTree(out.toString());
        assertThat(o.get("observationEnd").asText()).isEqualTo("2021-03-15");
        JsonNode jan = o.get("cohorts").get(0);
        assertThat(jan.get("cohort").asText()).isEqualTo("2021-01");
        assertThat(jan.get("complete").toString()).isEqualTo("[true,true,false]");
        assertThat(jan.get("partialFrom").asInt()).isEqualTo(2);
        assertThat(o.get("cohorts").get(2).get("partialFrom").asInt()).isZero();
        // by hand: period 1 only from January (a of a, b bought in February); February's March is partial
        JsonNode avg = o.get("average");
        assertThat(avg).hasSize(2);
        assertThat(avg.get(1).asDouble()).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void textMarksPartialCellsWithAStarAndAFootnote() throws Exception {
        String db = importHandBuilt();
        assertThat(run("cohort", "--db", db)).isZero();
        String text = out.toString();
        assertThat(text).contains("  2021-01        2  100.0%    50.0%   100.0%*");
        assertThat(text).contains("  2021-02        2  100.0%    50.0%*");
        assertThat(text).contains("  2021-03        1  100.0%*");
        assertThat(text).contains("  average           100.0%    50.0% \n");
        assertThat(text).contains("* partial: the data ends on 2021-03-15, before the end of 2021-03");
    }

    @Test
    void dataEndingOnAMonthEndHasNoMarks() throws Exception {
        Path file = Files.write(tmp.resolve("full.csv"), List.of("customer,date,amount", "a,2021-01-05,10",
                "a,2021-02-28,20", "b,2021-02-03,40"), StandardCharsets.UTF_8);
        String db = tmp.resolve("ws2").toString();
        assertThat(run("import", file.toString(), "--db", db)).isZero();
        assertThat(run("cohort", "--db", db)).isZero();
        assertThat(out.toString()).doesNotContain("*");
        assertThat(run("cohort", "--db", db, "--json")).isZero();
        JsonNode o = new ObjectMapper().readTree(out.toString());
        assertThat(o.get("cohorts").get(0).get("partialFrom").isNull()).isTrue();
        assertThat(o.get("average")).hasSize(2);
    }
}
