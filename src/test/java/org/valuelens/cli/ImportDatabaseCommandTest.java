package org.valuelens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuelens.testing.SourceDatabase;
import picocli.CommandLine;

/**
 * {@code valuelens import --jdbc URL ...} against a real PostgreSQL server: the JSON has the file import's keys plus
 * {@code mode} and {@code rowsTransferred}; misuse and failures are one sentence on stderr, without the password
 * (passed as the surefire environment variable VALUELENS_TEST_DB_PASSWORD, as users pass it).
 */
class ImportDatabaseCommandTest {

    @TempDir
    static Path tmp;
    static SourceDatabase db;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void start() throws IOException, SQLException {
        db = SourceDatabase.start();
    }

    @AfterAll
    static void stop() throws IOException {
        db.close();
    }

    private int run(String... args) {
        CommandLine cmd = ValueLensCommand.newCommandLine();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        return cmd.execute(args);
    }

    private static List<String> keys(JsonNode n) {
        List<String> k = new ArrayList<>();
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            k.add(it.next());
        }
        return k;
    }

    @Test
    void aggregatedAndSummaryImportsPrintTheFileImportKeysPlusModeAndRowsTransferred() throws Exception {
        Path ws = tmp.resolve("ws1");
        Path file = tmp.resolve("s.csv");
        java.nio.file.Files.writeString(file, "customer,date,amount\nA,2022-01-05,10\n");
        assertThat(run("import", file.toString(), "--db", tmp.resolve("files").toString(), "--json")).isZero();
        List<String> fileKeys = keys(new ObjectMapper().readTree(out.toString()));
        out.getBuffer().setLength(0);

        assertThat(run("import", "--jdbc", db.url(), "--user", SourceDatabase.USER, "--password-env",
                "VALUELENS_TEST_DB_PASSWORD", "--table", "cdnow", "--customer", "customer_id", "--date",
                "purchase_date", "--quantity", "cds", "--amount", "dollars", "--db", ws.toString(), "--json"))
                .as(err.toString()).isZero();
        JsonNode agg = new ObjectMapper().readTree(out.toString());
        List<String> expected = new ArrayList<>(fileKeys);
        expected.addAll(List.of("mode", "rowsTransferred"));
        assertThat(keys(agg)).containsExactlyElementsOf(expected);
        assertThat(agg.get("mode").asText()).isEqualTo("aggregated");
        assertThat(agg.get("rowsRead").asLong()).isEqualTo(6_919);
        assertThat(agg.get("customers").asInt()).isEqualTo(2_357);
        assertThat(agg.get("rowsTransferred").asLong()).isLessThan(6_919);
        assertThat(agg.get("file").asText()).isEqualTo("cdnow @ " + db.url());

        out.getBuffer().setLength(0);
        assertThat(run("import", "--jdbc", db.url(), "--user", SourceDatabase.USER, "--query",
                "SELECT customer_id, purchase_date, dollars FROM cdnow", "--customer", "customer_id", "--date",
                "purchase_date", "--amount", "dollars", "--mode", "summary", "--calibration-end", "1997-09-30",
                "--db", ws.toString(), "--json")).as(err.toString()).isZero();
        JsonNode sum = new ObjectMapper().readTree(out.toString());
        assertThat(sum.get("mode").asText()).isEqualTo("summary");
        assertThat(sum.get("shape").asText()).isEqualTo("summary");
        assertThat(sum.get("rowsTransferred").asLong()).isLessThan(agg.get("rowsTransferred").asLong());

        // the analyses read the summary-only dataset; those that need purchases by day refuse in one sentence
        out.getBuffer().setLength(0);
        assertThat(run("fit", "--db", ws.toString(), "--model", "bg-nbd", "--time-unit", "week", "--json"))
                .as(err.toString()).isZero();
        assertThat(new ObjectMapper().readTree(out.toString()).toString()).contains("\"r\"");
        err.getBuffer().setLength(0);
        assertThat(run("cohort", "--db", ws.toString())).isNotZero();
        assertThat(err.toString().strip()).startsWith("This dataset keeps one summary row per customer")
                .doesNotContain("\n");
        err.getBuffer().setLength(0);
        assertThat(run("fit", "--db", ws.toString(), "--model", "bg-nbd", "--calibration-end", "1997-06-30"))
                .isNotZero();
        assertThat(err.toString()).contains("its calibration end is fixed at 1997-09-30");
    }

    @Test
    void badConnectionIsOneSentenceWithoutThePassword() throws IOException {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            port = s.getLocalPort();
        }
        int code = run("import", "--jdbc", "jdbc:postgresql://localhost:" + port + "/shop", "--user", "analyst",
                "--password-env", "VALUELENS_TEST_DB_PASSWORD", "--table", "orders", "--db",
                tmp.resolve("ws2").toString());
        assertThat(code).isEqualTo(1);
        assertThat(err.toString().strip()).startsWith("Cannot connect to the database at jdbc:postgresql://localhost:"
                + port + "/shop").doesNotContain("\n").doesNotContain(SourceDatabase.PASSWORD);
        assertThat(out.toString()).doesNotContain(SourceDatabase.PASSWORD);
    }

    @Test
    void fileAndDatabaseOptionsAreNotMixed() {
        assertThat(run("import", "--jdbc", db.url(), "--table", "cdnow", "--sheet", "x")).isEqualTo(2);
        assertThat(err.toString()).contains("--sheet applies to file imports only");
        err.getBuffer().setLength(0);
        assertThat(run("import", "orders.csv", "--table", "cdnow")).isEqualTo(2);
        assertThat(err.toString()).contains("--table applies to database imports (--jdbc URL) only.");
        err.getBuffer().setLength(0);
        assertThat(run("import", "--jdbc", db.url(), "--table", "cdnow", "--password-env", "NO_SUCH_VARIABLE_HERE",
                "--db", tmp.resolve("ws3").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("The environment variable NO_SUCH_VARIABLE_HERE named by --password-env"
                + " is not set.");
    }
}
