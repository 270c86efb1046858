package org.valuelens.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.valuelens.service.FakeCsvSource;
import picocli.CommandLine;

class ImportCommandTest {

    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                if (cls == ImportCommand.class) {
                    return cls.cast(new ImportCommand(new FakeCsvSource()));
                }
                return CommandLine.defaultFactory().create(cls);
            }
        };
        CommandLine cmd = new CommandLine(new ValueLensCommand(), factory);
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        return cmd.execute(args);
    }

    private Path sample() throws Exception {
        return Files.write(tmp.resolve("s.csv"), List.of("customer,date,amount", "A,2022-01-05,10", "B,2022-02-01,5",
                "A,2022-03-01,-4", "C,2022-13-01,3"), StandardCharsets.UTF_8);
    }

    @Test
    void importHelpDescribesTheOptionsAndExitsZero() {
        int code = run("import", "--help");
        assertThat(code).isZero();
        assertThat(out.toString()).contains("Usage: valuelens import").contains("--db").contains("--force")
                .contains("--rejected-out").contains("--json");
    }

    @Test
    void benchHelpExitsZero() {
        assertThat(run("bench", "--help")).isZero();
        assertThat(out.toString()).contains("--transactions").contains("--seed");
    }

    @Test
    void jsonOutputIsOneObjectWithTheContractKeys() throws Exception {
        int code = run("import", sample().toString(), "--db", tmp.resolve("ws").toString(), "--json");
        assertThat(code).as(err.toString()).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.isObject()).isTrue();
        assertThat(json.fieldNames()).toIterable().contains("rowsRead", "rowsImported", "rowsRejected",
                "rejectedByReason", "returns", "customers", "firstDate", "lastDate", "encoding", "delimiter",
                "sheets", "seconds", "datasetId", "warnings");
        assertThat(json.get("rowsRead").asLong()).isEqualTo(4);
        assertThat(json.get("rowsImported").asLong()).isEqualTo(3);
        assertThat(json.get("rowsRejected").asLong()).isEqualTo(1);
        assertThat(json.get("rejectedByReason").get("bad-date").asLong()).isEqualTo(1);
        assertThat(json.get("returns").asLong()).isEqualTo(1);
        assertThat(json.get("customers").asInt()).isEqualTo(2);
        assertThat(json.get("firstDate").asText()).isEqualTo("2022-01-05");
        assertThat(json.get("lastDate").asText()).isEqualTo("2022-03-01");
    }

    @Test
    void duplicateImportExitsOneWithOneSentenceOnStderr() throws Exception {
        Path file = sample();
        String db = tmp.resolve("ws").toString();
        assertThat(run("import", file.toString(), "--db", db)).isZero();
        int code = run("import", file.toString(), "--db", db);
        assertThat(code).isEqualTo(1);
        assertThat(err.toString().strip()).contains("s.csv").contains("already been imported")
                .doesNotContain("Exception").doesNotContain("\n");
        assertThat(run("import", file.toString(), "--db", db, "--force")).isZero();
    }

    @Test
    void missingFileExitsOneNamingTheFile() {
        Path missing = tmp.resolve("missing.csv");
        int code = run("import", missing.toString(), "--db", tmp.resolve("ws").toString(), "--json");
        assertThat(code).isEqualTo(1);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString().strip()).contains("missing.csv").doesNotContain("\tat ");
    }

    @Test
    void rejectedOutWritesTheRejectedRows() throws Exception {
        Path rejected = tmp.resolve("rej.csv");
        int code = run("import", sample().toString(), "--db", tmp.resolve("ws").toString(), "--rejected-out",
                rejected.toString());
        assertThat(code).isZero();
        assertThat(Files.readAllLines(rejected)).hasSize(2).last().asString().startsWith("5,,bad-date,date,");
        assertThat(out.toString()).contains("1 rejected");
    }
}
