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

    @Test
    void everyCommandPrintsItsHelpWithoutWarnings() {
        java.io.PrintStream originalErr = System.err;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            CommandLine root = ValueLensCommand.newCommandLine();
            assertThat(root.getSubcommands().keySet()).contains("import", "fit", "fits", "validate", "clv", "segment",
                    "cohort", "channels", "bench");
            for (String name : root.getSubcommands().keySet()) {
                CommandLine cmd = ValueLensCommand.newCommandLine();
                StringWriter out = new StringWriter();
                StringWriter err = new StringWriter();
                cmd.setOut(new PrintWriter(out));
                cmd.setErr(new PrintWriter(err));
                assertThat(cmd.execute(name, "--help")).as(name).isZero();
                assertThat(out.toString()).as(name).contains("Usage: valuelens " + name);
                assertThat(err.toString()).as(name).isEmpty();
            }
        } finally {
            System.setErr(originalErr);
        }
        assertThat(captured.toString(java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("WARN");
    }

    @Test
    void aCallBuildsOnlyTheSubcommandItNamesAndItsHelpIsTheSame() {
        CommandLine full = ValueLensCommand.newCommandLine();
        for (String name : full.getSubcommands().keySet()) {
            CommandLine lazy = ValueLensCommand.newCommandLine(name, "--help");
            if ("help".equals(name)) {
                // 'help COMMAND' needs every command to describe
                assertThat(lazy.getSubcommands().keySet()).as(name).isEqualTo(full.getSubcommands().keySet());
                continue;
            }
            assertThat(lazy.getSubcommands().keySet()).as(name).containsExactly(name);
            assertThat(lazy.getSubcommands().get(name).getUsageMessage()).as(name)
                    .isEqualTo(full.getSubcommands().get(name).getUsageMessage());
        }
    }

    @Test
    void optionsOrUnknownNamesFirstBuildEveryCommand() {
        int all = ValueLensCommand.newCommandLine().getSubcommands().size();
        assertThat(ValueLensCommand.newCommandLine("--help").getSubcommands()).hasSize(all);
        assertThat(ValueLensCommand.newCommandLine("fitt", "--model", "bg-nbd").getSubcommands()).hasSize(all);
        assertThat(ValueLensCommand.newCommandLine().getSubcommands()).hasSize(ValueLensCommand.COMMANDS.size());
    }
}
