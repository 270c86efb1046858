package org.valuelens.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.valuelens.model.btyd.FitResult;
import org.valuelens.service.AnalysisService;
import org.valuelens.service.AnalysisSettings;
import org.valuelens.service.FitReport;
import org.valuelens.service.RegularBuyers;
import org.valuelens.service.WorkspaceService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code fit}: fits a buy-till-you-die or spend model by maximum likelihood on the calibration period. */
@Command(name = "fit", mixinStandardHelpOptions = true,
        description = "Fit a BG/NBD, MBG/NBD, Pareto/NBD, BG/CNBD-k, MBG/CNBD-k or Gamma-Gamma model (maximum "
                + "likelihood) on the calibration period; prints parameters, standard errors, log-likelihood, AIC, "
                + "BIC, and for purchase models the purchase regularity of the data (Wheat & Morrison). For the "
                + "CNBD-k models the regularity k (Erlang-k inter-purchase times) is chosen by likelihood over 1..10. "
                + "The fit is saved in the workspace (see 'fits') and reused by validate, segment, report and the "
                + "app.")
final class FitCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    AnalysisOptions options;

    @Option(names = "--model", required = true, paramLabel = "MODEL",
            description = "bg-nbd, mbg-nbd, pareto-nbd, bg-cnbd-k, mbg-cnbd-k or gamma-gamma.")
    String model;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public Integer call() {
        AnalysisSettings settings = options.settings();
        long start = System.nanoTime();
        try (WorkspaceService ws = WorkspaceService.open(options.db)) {
            AnalysisService analysis = new AnalysisService(ws);
            analysis.fits().refitAll(); // an explicit fit is always a new one; it replaces the saved one
            FitReport report = analysis.fit(model, settings, new ConsoleProgress(spec, json));
            double seconds = (System.nanoTime() - start) / 1e9;
            FitResult<?> fit = report.fit();
            boolean purchaseModel = !"gamma-gamma".equals(fit.modelId());
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                Map<String, Object> o = Json.object();
                Json.putFit(o, fit);
                o.put("seconds", seconds);
                o.put("fitSeconds", report.seconds());
                o.put("timeUnit", settings.timeUnit().cliName());
                o.put("calibrationEnd", String.valueOf(report.summary().calibrationEnd()));
                o.put("datasetId", report.datasetId());
                if (purchaseModel) {
                    o.put("regularity", finiteOrNull(RegularBuyers.regularity(report.summary())));
                }
                List<String> notes = new ArrayList<>(new AnalysisService(ws).coverage(report.summary(), settings));
                notes.addAll(fit.warnings());
                o.put("warnings", notes);
                out.println(Json.write(o));
            } else {
                out.printf("Model %s fitted on %,d customers (time unit: %s, calibration end %s)%n", fit.modelId(),
                        fit.customers(), settings.timeUnit().cliName(), report.summary().calibrationEnd());
                out.printf("  %-8s %12s %12s%n", "param", "estimate", "std. error");
                fit.parameters().forEach((k, v) -> out.printf("  %-8s %12.4f %12.4f%n", k, v,
                        fit.standardErrors().get(k)));
                out.printf("  log-likelihood %.2f   AIC %.2f   BIC %.2f   converged: %s   %.2f s%n",
                        fit.logLikelihood(), fit.aic(), fit.bic(),
                        (fit.converged() ? "yes" : "NO") + (fit.atBoundary() ? " (at a boundary, see the notes)" : ""),
                        seconds);
                if (purchaseModel) {
                    out.println("  " + RegularBuyers.regularityNote(report.summary()));
                }
                new AnalysisService(ws).coverage(report.summary(), settings)
                        .forEach(w -> out.println("  Note: " + w));
                fit.warnings().forEach(w -> out.println("  Note: " + w));
            }
            out.flush();
            return 0;
        }
    }

    private static Object finiteOrNull(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
