package org.valuelens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ValueLensCommandTest {

    @Test
    void helpListsTheCommandAndExitsZero() {
        CommandLine cmd = ValueLensCommand.newCommandLine();
        StringWriter out = new StringWriter();
        cmd.setOut(new PrintWriter(out));
        int code = cmd.execute("--help");
        assertThat(code).isZero();
        assertThat(out.toString()).contains("Usage: valuelens");
    }
}
