package org.valuelens.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Root of the command line: {@code valuelens <command> [options]}. Without a command the desktop app opens. */
@Command(name = "valuelens", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Customer-lifetime-value analysis: import data, fit CLV models, segment customers.",
        subcommands = {ImportCommand.class, FitCommand.class, FitsCommand.class, ValidateCommand.class,
            ClvCommand.class, SegmentCommand.class, MigrationCommand.class, SubscriptionCommand.class,
            BgBbCommand.class, CohortCommand.class, ChannelsCommand.class, ReportCommand.class, DatasetsCommand.class,
            BenchCommand.class, ProductsCommand.class, RepeatCommand.class, PredictCommand.class,
            DiagnosticsCommand.class,
            CommandLine.HelpCommand.class})
public final class ValueLensCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * Runs the command line.
     *
     * @param args arguments
     * @return the process exit code (0 success, 1 bad input, 2 usage error)
     */
    public static int run(String... args) {
        return newCommandLine().execute(args);
    }

    /** @return the configured picocli command line (used by tests to capture output) */
    public static CommandLine newCommandLine() {
        CommandLine cmd = new CommandLine(new ValueLensCommand());
        cmd.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println(plainMessage(ex));
            commandLine.getErr().flush();
            return 1;
        });
        return cmd;
    }

    /** One plain sentence for users: the message of our own exceptions, a short description of others. */
    static String plainMessage(Throwable ex) {
        String message = ex.getMessage();
        if (message == null || message.isBlank()) {
            message = ex.getClass().getSimpleName();
        }
        return message;
    }
}
