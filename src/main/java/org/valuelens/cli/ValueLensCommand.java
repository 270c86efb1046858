package org.valuelens.cli;

import java.util.List;
import org.valuelens.service.WorkspaceService;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Root of the command line: {@code valuelens <command> [options]}. Without a command the desktop app opens. */
@Command(name = "valuelens", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Customer-lifetime-value analysis: import data, fit CLV models, segment customers.")
public final class ValueLensCommand implements Runnable {

    /**
     * The subcommands in the order of the usage help. Not in the {@code @Command} annotation: picocli would then
     * build every one of them (reflection over all their options) for each call; {@link #run} builds only the one
     * asked for (docs/decisions/0032-cli-speed.md).
     */
    static final List<Class<?>> COMMANDS = List.of(ImportCommand.class, FitCommand.class, FitsCommand.class,
            ValidateCommand.class, ClvCommand.class, SegmentCommand.class, MigrationCommand.class,
            SubscriptionCommand.class, BgBbCommand.class, CohortCommand.class, ChannelsCommand.class,
            ReportCommand.class, DatasetsCommand.class, BenchCommand.class, ProductsCommand.class,
            RepeatCommand.class, PredictCommand.class, CommandLine.HelpCommand.class);

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
        if (named(args) != null && !asksForHelp(args)) {
            // every command but help opens a workspace: start the database engine while picocli parses
            WorkspaceService.warmUpInBackground();
        }
        return newCommandLine(args).execute(args);
    }

    private static boolean asksForHelp(String... args) {
        for (String a : args) {
            if ("-h".equals(a) || "--help".equals(a) || "-V".equals(a) || "--version".equals(a)) {
                return true;
            }
        }
        return false;
    }

    /** @return the configured picocli command line with every subcommand (used by tests to capture output) */
    public static CommandLine newCommandLine() {
        return configure(COMMANDS);
    }

    /**
     * @param args the arguments the command line will run
     * @return the configured command line; when the first argument names a subcommand other than {@code help},
     *         it holds only that subcommand (the others do not take part in parsing or running it)
     */
    static CommandLine newCommandLine(String... args) {
        Class<?> named = named(args);
        return configure(named == null ? COMMANDS : List.of(named));
    }

    /** @return the subcommand (other than help) that the first argument names, or {@code null} */
    private static Class<?> named(String... args) {
        if (args.length > 0) {
            for (Class<?> c : COMMANDS) {
                if (c != CommandLine.HelpCommand.class && c.getAnnotation(Command.class).name().equals(args[0])) {
                    return c;
                }
            }
        }
        return null;
    }

    private static CommandLine configure(List<Class<?>> commands) {
        CommandLine cmd = new CommandLine(new ValueLensCommand());
        for (Class<?> c : commands) {
            cmd.addSubcommand(c);
        }
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
