package org.valuelens.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.valuelens.model.btyd.FitResult;
import org.valuelens.service.FitStore;
import org.valuelens.service.SavedFitInfo;
import org.valuelens.service.WorkspaceService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code fits}: lists the model fits saved in a workspace. */
@Command(name = "fits", mixinStandardHelpOptions = true,
        description = "List the model fits saved in the workspace (made by fit, clv, validate, segment, report or "
                + "the app, and reused while the dataset and settings are the same): dataset, model, parameters, "
                + "log-likelihood, when, settings.")
final class FitsCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--db", paramLabel = "DIR", description = "Workspace folder (default: ${DEFAULT-VALUE}).")
    Path db = WorkspaceService.defaultDirectory();

    @Option(names = "--json", description = "Print one JSON object: {\"fits\": [...]}.")
    boolean json;

    @Override
    public Integer call() {
        try (WorkspaceService ws = WorkspaceService.open(db)) {
            List<SavedFitInfo> fits = new FitStore(ws).list();
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                List<Object> rows = new ArrayList<>();
                fits.forEach(f -> rows.add(toJson(f)));
                Map<String, Object> o = Json.object();
                o.put("fits", rows);
                out.println(Json.write(o));
            } else if (fits.isEmpty()) {
                out.println("No saved fits in " + db + ": run fit, clv, validate, segment or report first.");
            } else {
                fits.forEach(f -> print(out, f));
            }
            out.flush();
            return 0;
        }
    }

    private static Map<String, Object> toJson(SavedFitInfo f) {
        FitResult<?> fit = f.fit();
        Map<String, Object> o = Json.object();
        o.put("id", f.id());
        o.put("datasetId", f.datasetId());
        o.put("dataset", f.datasetFile());
        Json.putFit(o, fit);
        o.put("atBoundary", f.atBoundary());
        o.put("fittedAt", f.fittedAt().toString());
        o.put("fitSeconds", f.fitSeconds());
        Map<String, Object> settings = Json.object();
        settings.put("timeUnit", f.timeUnit());
        settings.put("calibrationEnd", f.calibrationEnd() == null ? null : f.calibrationEnd().toString());
        settings.put("observationEnd", f.observationEnd() == null ? null : f.observationEnd().toString());
        settings.put("returns", f.returnsPolicy());
        settings.put("fittedThrough", f.fittedThrough().toString());
        o.put("settings", settings);
        o.put("warnings", fit.warnings());
        return o;
    }

    private static void print(PrintWriter out, SavedFitInfo f) {
        FitResult<?> fit = f.fit();
        out.printf("#%d  dataset %d (%s)  %s  fitted %s%n", f.id(), f.datasetId(), f.datasetFile(), fit.modelId(),
                f.fittedAt());
        out.printf("    time unit %s, calibration end %s (data through %s), observation end %s, returns %s%n",
                f.timeUnit(), f.calibrationEnd() == null ? "last transaction" : f.calibrationEnd(),
                f.fittedThrough(), f.observationEnd() == null ? "last transaction" : f.observationEnd(),
                f.returnsPolicy());
        StringBuilder params = new StringBuilder();
        fit.parameters().forEach((k, v) -> params.append(String.format(" %s=%.4f", k, v)));
        out.printf("   %s   log-likelihood %.2f   converged: %s%s   %,d customers%n", params, fit.logLikelihood(),
                fit.converged() ? "yes" : "NO", f.atBoundary() ? " (boundary)" : "", fit.customers());
    }
}
