package org.valuelens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code import}'s summary: per reject reason, the count and the first three rows with their raw text. */
class ImportSummaryCommandTest {

    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();

    private int run(String... args) {
        CommandLine cmd = new CommandLine(new ValueLensCommand());
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(new StringWriter()));
        return cmd.execute(args);
    }

    /** Ten rows; rows 2, 4, 6, 8 (0-based) have impossible months, row 5 no customer. */
    private Path file(List<String> lines) throws Exception {
        lines.add("customer,date,amount");
        for (int i = 0; i < 10; i++) {
            lines.add((i == 5 ? "" : "K" + i) + "," + (i % 2 == 0 && i > 0 ? "2023-14-0" : "2023-04-0") + (i + 1)
                    + "," + (i + 1) * 3);
        }
        return Files.write(tmp.resolve("orders.csv"), lines, StandardCharsets.UTF_8);
    }

    @Test
    void jsonAddsTheFirstThreeRowsOfEachReasonAndKeepsTheExistingKeys() throws Exception {
        List<String> lines = new ArrayList<>();
        Path file = file(lines);
        assertThat(run("import", file.toString(), "--db", tmp.resolve("ws").toString(), "--json")).isZero();

        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("rejectedByReason").get("bad-date").asLong()).isEqualTo(4);
        JsonNode dates = json.get("rejectedExamples").get("bad-date");
        assertThat(dates).hasSize(3);
        for (int k = 0; k < 3; k++) {
            int dataRow = 2 + 2 * k;
            assertThat(dates.get(k).get("row").asLong()).isEqualTo(dataRow + 2L);
            assertThat(dates.get(k).get("rawText").asText()).isEqualTo(lines.get(dataRow + 1));
            assertThat(dates.get(k).get("column").asText()).isEqualTo("date");
            assertThat(dates.get(k).get("message").asText()).isNotBlank();
        }
        JsonNode missing = json.get("rejectedExamples").get("missing-customer-id");
        assertThat(missing).hasSize(1);
        assertThat(missing.get(0).get("rawText").asText()).isEqualTo(lines.get(6));
    }

    @Test
    void textSummaryShowsEachReasonWithItsExampleRows() throws Exception {
        List<String> lines = new ArrayList<>();
        Path file = file(lines);
        assertThat(run("import", file.toString(), "--db", tmp.resolve("ws").toString())).isZero();

        String text = out.toString();
        assertThat(text).contains("bad-date (4), for example:").contains("missing-customer-id (1), for example:")
                .contains("Row 4: ").contains("Row 6: ").contains("Row 8: ").doesNotContain("Row 10: ")
                .contains(lines.get(3)).contains(lines.get(5)).contains(lines.get(7)).contains(lines.get(6));
    }
}
