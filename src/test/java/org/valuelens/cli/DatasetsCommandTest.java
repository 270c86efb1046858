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
import picocli.CommandLine;

/** {@code datasets}: list, rename and delete, over two small imported files. */
class DatasetsCommandTest {

    @TempDir
    Path tmp;

    private StringWriter out;
    private StringWriter err;

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine cmd = ValueLensCommand.newCommandLine();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        return cmd.execute(args);
    }

    private void importFile(String name, String... rows) throws Exception {
        Path file = Files.write(tmp.resolve(name), List.of(("customer,date,amount\n" + String.join("\n", rows))
                .split("\n")), StandardCharsets.UTF_8);
        assertThat(run("import", file.toString(), "--db", tmp.resolve("ws").toString())).isZero();
    }

    @Test
    void listsRenamesAndDeletesDatasets() throws Exception {
        importFile("a.csv", "A,2022-01-05,10", "B,2022-02-01,5", "A,2022-03-01,4");
        importFile("b.csv", "X,2021-06-01,1");
        String db = tmp.resolve("ws").toString();

        assertThat(run("datasets", "--db", db, "--json")).isZero();
        JsonNode list = new ObjectMapper().readTree(out.toString()).get("datasets");
        assertThat(list).hasSize(2);
        assertThat(list.get(0).get("name").asText()).isEqualTo("a.csv");
        assertThat(list.get(0).get("rows").asInt()).isEqualTo(3);
        assertThat(list.get(0).get("customers").asInt()).isEqualTo(2);
        assertThat(list.get(0).get("firstDate").asText()).isEqualTo("2022-01-05");
        assertThat(list.get(0).get("lastDate").asText()).isEqualTo("2022-03-01");
        int first = list.get(0).get("id").asInt();
        int second = list.get(1).get("id").asInt();

        assertThat(run("datasets", "--db", db, "--rename", Integer.toString(first), "Spring shop")).isZero();
        assertThat(out.toString()).contains("Spring shop");
        assertThat(run("datasets", "--db", db, "--delete", Integer.toString(second), "--json")).isZero();
        JsonNode after = new ObjectMapper().readTree(out.toString()).get("datasets");
        assertThat(after).hasSize(1);
        assertThat(after.get(0).get("name").asText()).isEqualTo("Spring shop");
        assertThat(after.get(0).get("file").asText()).isEqualTo("a.csv");
    }

    @Test
    void unknownDatasetIsOneSentenceAndExitCodeOne() throws Exception {
        importFile("a.csv", "A,2022-01-05,10");

        assertThat(run("datasets", "--db", tmp.resolve("ws").toString(), "--delete", "99")).isEqualTo(1);
        assertThat(err.toString().trim()).isEqualTo("There is no dataset 99 in " + tmp.resolve("ws") + ".");
        assertThat(run("datasets", "--db", tmp.resolve("ws").toString(), "--rename", "x", "y")).isEqualTo(1);
        assertThat(err.toString()).contains("not 'x'");
    }
}
