package org.valuelens.cli;

import java.util.List;
import org.valuelens.service.WorkspaceService;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Root of the command line: {@code valuelens <command> [options]}. Without a command the desktop app opens. */
@Command(name = "valuelens", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = ValueLensCommand.DESCRIPTION,
        subcommands = {ImportCommand.class, FitCommand.class, FitsCommand.class, ValidateCommand.class,
            ClvCommand.class, SegmentCommand.class, MigrationCommand.class, SubscriptionCommand.class,
            BgBbCommand.class, CohortCommand.class, ChannelsCommand.class, ReportCommand.class, DatasetsCommand.class,
            BenchCommand.class, ProductsCommand.class, RepeatCommand.class, PredictCommand.class,
            DiagnosticsCommand.class,
            CommandLine.HelpCommand.class})
public final class ValueLensCommand implements Runnable {

    /** The one-line description of the whole command line. */
    static final String DESCRIPTION =
            "Customer-lifetime-value analysis: import data, fit CLV models, segment customers.";

    /** The subcommands, in the order of the usage help. */
    static final List<Class<?>> COMMANDS = List.of(ValueLensCommand.class.getAnnotation(Command.class).subcommands());

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
        Class<?> named = named(args);
        if (named != null && named != SubscriptionCommand.class && !asksForHelp(args)) {
            // every other command opens a workspace (subscription takes its figures as options): start the
            // database engine while picocli parses
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
        return configure(new CommandLine(new ValueLensCommand()));
    }

    /**
     * @param args the arguments the command line will run
     * @return the configured command line; when the first argument names a subcommand other than {@code help},
     *         it holds only that subcommand: picocli reflects over every option of every subcommand it is given,
     *         about 0.3 s of CPU for all of them in a fresh process (docs/decisions/0032-cli-speed.md)
     */
    static CommandLine newCommandLine(String... args) {
        Class<?> named = named(args);
        if (named == null) {
            return newCommandLine();
        }
        CommandLine cmd = new CommandLine(new SingleCommandRoot());
        cmd.addSubcommand(named);
        return configure(cmd);
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

    private static CommandLine configure(CommandLine cmd) {
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

    /** The root for a call that names its subcommand: as {@link ValueLensCommand}, without the other commands. */
    @Command(name = "valuelens", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = ValueLensCommand.DESCRIPTION)
    static final class SingleCommandRoot implements Runnable {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            spec.commandLine().usage(spec.commandLine().getOut());
        }
    }
}
