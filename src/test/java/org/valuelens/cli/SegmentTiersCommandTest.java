package org.valuelens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code segment --scheme tiers} on a dataset with one customer: the empty tiers print no "NaN". */
class SegmentTiersCommandTest {

    @TempDir
    Path tmp;

    @Test
    void oneCustomerGivesOneFilledTierAndNoNaN() throws Exception {
        Path file = Files.write(tmp.resolve("one.csv"), List.of("customer,date,amount", "a,2021-01-05,10",
                "a,2021-02-10,20", "a,2021-03-15,5"), StandardCharsets.UTF_8);
        String db = tmp.resolve("ws").toString();
        assertThat(run("import", file.toString(), "--db", db)).isZero();
        StringWriter out = new StringWriter();
        CommandLine cmd = ValueLensCommand.newCommandLine();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(new StringWriter()));
        assertThat(cmd.execute("segment", "--db", db, "--scheme", "tiers", "--method", "historical")).isZero();
        String text = out.toString();
        assertThat(text).doesNotContain("NaN");
        // exactly one tier holds the customer, so exactly one tier has a lowest CLV
        assertThat(text.split("minimum CLV", -1)).hasSize(2);
    }

    private int run(String... args) {
        CommandLine cmd = ValueLensCommand.newCommandLine();
        cmd.setOut(new PrintWriter(new StringWriter()));
        cmd.setErr(new PrintWriter(new StringWriter()));
        return cmd.execute(args);
    }
}
