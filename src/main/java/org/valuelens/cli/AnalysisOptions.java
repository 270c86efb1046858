package org.valuelens.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import org.valuelens.model.TimeUnit;
import org.valuelens.model.summary.ReturnsPolicy;
import org.valuelens.service.AnalysisSettings;
import org.valuelens.service.WorkspaceService;
import picocli.CommandLine.Option;

/** Options shared by the analysis commands (picocli mixin). */
final class AnalysisOptions {
    @Option(names = "--db", paramLabel = "DIR",
            description = "Workspace folder (default: ${DEFAULT-VALUE}).")
    Path db = WorkspaceService.defaultDirectory();

    @Option(names = "--dataset", paramLabel = "ID",
            description = "Dataset id (default: the most recently imported).")
    Integer dataset;

    @Option(names = "--time-unit", paramLabel = "UNIT", defaultValue = "week",
            description = "day, week or month: the unit of recency, age, horizon and per-period rates "
                    + "(default: ${DEFAULT-VALUE}).")
    String timeUnit;

    @Option(names = "--calibration-end", paramLabel = "YYYY-MM-DD",
            description = "Last day of the calibration period, inclusive (default: last transaction date).")
    LocalDate calibrationEnd;

    @Option(names = "--observation-end", paramLabel = "YYYY-MM-DD",
            description = "Last day of the holdout period, inclusive (default: last transaction date).")
    LocalDate observationEnd;

    @Option(names = "--margin", paramLabel = "M", defaultValue = "0.3",
            description = "Gross margin as a fraction of revenue when the data has no cost (default: ${DEFAULT-VALUE}).")
    double margin;

    @Option(names = "--returns", paramLabel = "POLICY", defaultValue = "net",
            description = "net (returns reduce revenue) or exclude (returns ignored) (default: ${DEFAULT-VALUE}).")
    String returns;

    AnalysisSettings settings() {
        TimeUnit unit = TimeUnit.parse(timeUnit);
        ReturnsPolicy policy = switch (returns.toLowerCase(java.util.Locale.ROOT)) {
            case "net" -> ReturnsPolicy.NET;
            case "exclude" -> ReturnsPolicy.EXCLUDE;
            default -> throw new IllegalArgumentException("--returns must be net or exclude, not '" + returns + "'.");
        };
        return AnalysisSettings.defaults(unit).withDataset(dataset).withPeriod(calibrationEnd, observationEnd)
                .withMargin(margin).withReturns(policy);
    }
}
