package org.valuelens.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.valuelens.model.summary.ReturnsPolicy;
import org.valuelens.service.DatabaseImportOutcome;
import org.valuelens.service.DatabaseImportRequest;
import org.valuelens.service.DatabaseImportService;
import org.valuelens.service.ImportOutcome;
import org.valuelens.service.ServiceException;
import org.valuelens.service.WorkspaceService;
import picocli.CommandLine.Option;

/** The {@code import --jdbc URL ...} options (picocli mixin of {@link ImportCommand}); the password never. */
final class DatabaseImportOptions {

    @Option(names = "--jdbc", paramLabel = "URL", description = "Import from a database instead of a file, e.g."
            + " jdbc:postgresql://host:5432/shop (PostgreSQL's driver is bundled; other drivers on the class path"
            + " work the same way).")
    String url;

    @Option(names = "--user", paramLabel = "NAME", description = "Database user (with --jdbc).")
    String user;

    @Option(names = "--password-env", paramLabel = "VAR", description = "Name of the environment variable holding"
            + " the database password (with --jdbc; the password itself is never stored or shown).")
    String passwordEnv;

    @Option(names = "--table", paramLabel = "NAME", description = "Table or view to read (with --jdbc; schema.name"
            + " permitted).")
    String table;

    @Option(names = "--query", paramLabel = "SQL", description = "One read-only SELECT query to read instead of a"
            + " table (with --jdbc).")
    String query;

    @Option(names = "--mode", paramLabel = "aggregated|summary", description = "With --jdbc: aggregated (default: one"
            + " row per customer per day crosses the network) or summary (one row per customer at the calibration"
            + " end; cohorts and timelines then need the aggregated mode).")
    String mode;

    @Option(names = "--calibration-end", paramLabel = "YYYY-MM-DD", description = "With --mode summary: the"
            + " calibration end the summary is computed at (default: the last purchase day).")
    String calibrationEnd;

    @Option(names = "--returns", paramLabel = "net|exclude", description = "With --mode summary: returns netted"
            + " (default) or excluded, fixed at import.")
    String returns;

    boolean active() {
        return url != null;
    }

    /** @return the first option given that only applies to --jdbc imports, or null */
    String databaseOnlyOption() {
        if (user != null) {
            return "--user";
        }
        if (passwordEnv != null) {
            return "--password-env";
        }
        if (table != null) {
            return "--table";
        }
        if (query != null) {
            return "--query";
        }
        if (mode != null) {
            return "--mode";
        }
        if (calibrationEnd != null) {
            return "--calibration-end";
        }
        return returns != null ? "--returns" : null;
    }

    DatabaseImportRequest request(ImportFileOptions columns) {
        if ((table == null) == (query == null)) {
            throw new ServiceException("Give either --table or --query with --jdbc.");
        }
        DatabaseImportRequest.Mode m = mode == null ? DatabaseImportRequest.Mode.AGGREGATED
                : DatabaseImportRequest.Mode.parse(mode);
        LocalDate cal = null;
        if (calibrationEnd != null) {
            if (m != DatabaseImportRequest.Mode.SUMMARY) {
                throw new ServiceException("--calibration-end applies to --mode summary only (the aggregated mode"
                        + " keeps every day; choose the calibration end when analysing).");
            }
            try {
                cal = LocalDate.parse(calibrationEnd.strip());
            } catch (DateTimeParseException e) {
                throw new ServiceException("--calibration-end must be a date like 1997-09-30, not \""
                        + calibrationEnd + "\".", e);
            }
        }
        ReturnsPolicy policy = null;
        if (returns != null) {
            policy = switch (returns.strip().toLowerCase(Locale.ROOT)) {
                case "net" -> ReturnsPolicy.NET;
                case "exclude" -> ReturnsPolicy.EXCLUDE;
                default -> throw new ServiceException("--returns must be net or exclude, not \"" + returns + "\".");
            };
        }
        String password = null;
        if (passwordEnv != null) {
            password = System.getenv(passwordEnv);
            if (password == null) {
                throw new ServiceException("The environment variable " + passwordEnv + " named by --password-env is"
                        + " not set.");
            }
        }
        Map<String, String> map = new LinkedHashMap<>(columns.request(Path.of(".")).columns());
        return new DatabaseImportRequest(url, user, password, table, query, m, cal, policy, map);
    }

    /** Runs the import and prints it; returns the exit code. */
    int run(PrintWriter out, Path dir, ImportFileOptions columns, boolean json) {
        DatabaseImportRequest request = request(columns);
        try (WorkspaceService workspace = WorkspaceService.open(dir)) {
            DatabaseImportOutcome o = new DatabaseImportService(workspace).importDatabase(request,
                    org.valuelens.model.progress.ProgressListener.NONE);
            if (json) {
                out.println(ImportCommand.toJson(o.outcome(), dir, null, null, Map.of("mode", o.mode().cliName(),
                        "rowsTransferred", o.rowsTransferred())));
            } else {
                ImportOutcome i = o.outcome();
                ImportCommand.printSummary(out, i, dir, null, null);
                out.printf(Locale.ROOT, "Mode: %s; %d rows transferred for %d rows the database read.%n",
                        o.mode().cliName(), o.rowsTransferred(), i.rowsRead());
            }
            out.flush();
            return 0;
        }
    }
}
