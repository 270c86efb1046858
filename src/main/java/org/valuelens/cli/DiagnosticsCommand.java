package org.valuelens.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.valuelens.service.AnalysisSettings;
import org.valuelens.service.DiagnosticsService;
import org.valuelens.service.ModelDiagnostics;
import org.valuelens.service.WorkspaceService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code diagnostics}: repeat-purchase distribution and frequency x recency grids of one purchase model. */
@Command(name = "diagnostics", mixinStandardHelpOptions = true,
        description = "Fit a purchase model on the calibration period and show its diagnostics: customers by number "
                + "of repeat purchases (actual vs model), and frequency x recency grids of the expected purchases "
                + "in the next --grid-window time units and of P(alive), for a customer observed as long as the "
                + "oldest customer.")
final class DiagnosticsCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    AnalysisOptions options;

    @Mixin
    RefitOption refit;

    @Option(names = "--model", required = true, paramLabel = "MODEL", description = "bg-nbd, mbg-nbd, pareto-nbd, "
            + "bg-cnbd-k or mbg-cnbd-k.")
    String model;

    @Option(names = "--grid-window", paramLabel = "N",
            description = "Prediction window of the expected-purchases grid, in --time-unit units (default: 90 days"
                    + " in that unit).")
    Double gridWindow;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public Integer call() {
        AnalysisSettings settings = options.settings();
        long start = System.nanoTime();
        try (WorkspaceService ws = WorkspaceService.open(options.db)) {
            ModelDiagnostics d = new DiagnosticsService(refit.analysis(ws)).diagnose(model.trim(), settings,
                    gridWindow, new ConsoleProgress(spec, json));
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                Map<String, Object> o = Json.object();
                o.put("model", d.fit().fit().modelId());
                o.put("timeUnit", settings.timeUnit().cliName());
                o.put("calibrationEnd", String.valueOf(d.fit().summary().calibrationEnd()));
                o.put("customers", d.repeats().customers());
                o.put("params", d.fit().fit().parameters());
                o.put("repeatDistribution", DiagnosticsJson.repeats(d.repeats()));
                o.put("grid", DiagnosticsJson.grid(d.grid()));
                o.put("seconds", (System.nanoTime() - start) / 1e9);
                out.println(Json.write(o));
            } else {
                out.printf("Diagnostics of %s: calibration to %s, %,d customers, time unit %s%n",
                        d.fit().fit().modelId(), d.fit().summary().calibrationEnd(), d.repeats().customers(),
                        settings.timeUnit().cliName());
                DiagnosticsText.repeats(out, d.repeats());
                DiagnosticsText.grid(out, d.grid(), false);
                DiagnosticsText.grid(out, d.grid(), true);
            }
            out.flush();
            return 0;
        }
    }
}
