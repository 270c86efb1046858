package org.valuelens.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.valuelens.model.validation.ErrorSummary;
import org.valuelens.model.validation.FrequencyBucket;
import org.valuelens.model.validation.HoldoutValidation;
import org.valuelens.model.validation.TrackingPoint;
import org.valuelens.service.AnalysisSettings;
import org.valuelens.service.DiagnosticsService;
import org.valuelens.service.ModelComparison;
import org.valuelens.service.ValidationReport;
import org.valuelens.service.WorkspaceService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code validate}: calibration/holdout check of a purchase model against a naive baseline. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Fit a purchase model on the calibration period and compare its predicted holdout purchases "
                + "with the actual ones, by calibration frequency (0..7+), beside a baseline (each customer's "
                + "historical rate). With --model all, the holdout accuracy of every purchase model side by side "
                + "(models that cannot be fitted are listed with the reason). The output also gives the calibration "
                + "distribution of repeat purchases (actual vs model) and the per-period (incremental) tracking.")
final class ValidateCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    AnalysisOptions options;

    @Mixin
    RefitOption refit;

    @Option(names = "--model", required = true, paramLabel = "MODEL", description = "bg-nbd, mbg-nbd, pareto-nbd, "
            + "bg-cnbd-k, mbg-cnbd-k, or all (every model side by side).")
    String model;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public Integer call() {
        AnalysisSettings settings = options.settings();
        long start = System.nanoTime();
        try (WorkspaceService ws = WorkspaceService.open(options.db)) {
            if ("all".equalsIgnoreCase(model.trim())) {
                return compareAll(ws, settings, start);
            }
            ValidationReport report = refit.analysis(ws).validate(model, settings,
                    new ConsoleProgress(spec, json));
            HoldoutValidation v = report.validation();
            double seconds = (System.nanoTime() - start) / 1e9;
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                Map<String, Object> o = Json.object();
                o.put("model", v.modelId());
                o.put("timeUnit", v.unit().cliName());
                o.put("calibrationEnd", String.valueOf(report.fit().summary().calibrationEnd()));
                o.put("observationEnd", String.valueOf(report.fit().summary().observationEnd()));
                o.put("holdoutLength", v.holdoutLength());
                o.put("customers", v.customers());
                o.put("params", report.fit().fit().parameters());
                o.put("predictedTotal", v.model().totalPredicted());
                o.put("actualTotal", v.model().totalActual());
                o.put("baselineTotal", v.baseline().totalPredicted());
                List<Map<String, Object>> buckets = new ArrayList<>();
                for (FrequencyBucket b : v.buckets()) {
                    Map<String, Object> m = Json.object();
                    m.put("frequency", b.label());
                    m.put("customers", b.customers());
                    m.put("actual", b.meanActual());
                    m.put("predicted", b.meanPredicted());
                    m.put("baseline", b.meanBaseline());
                    buckets.add(m);
                }
                o.put("byFrequency", buckets);
                o.put("modelErrors", errors(v.model()));
                o.put("baselineErrors", errors(v.baseline()));
                List<Map<String, Object>> tracking = new ArrayList<>();
                for (TrackingPoint p : report.tracking().points()) {
                    Map<String, Object> m = Json.object();
                    m.put("period", p.period());
                    m.put("actualCumulative", p.actualCumulative());
                    m.put("predictedCumulative", p.predictedCumulative());
                    tracking.add(m);
                }
                o.put("tracking", tracking);
                o.put("incrementalTracking", DiagnosticsJson.incremental(report.tracking()));
                o.put("repeatDistribution", DiagnosticsJson.repeats(DiagnosticsService.repeats(report.fit())));
                o.put("seconds", seconds);
                out.println(Json.write(o));
            } else {
                out.printf("Holdout validation of %s: calibration to %s, holdout %.2f %ss to %s, %,d customers%n",
                        v.modelId(), report.fit().summary().calibrationEnd(), v.holdoutLength(),
                        v.unit().cliName(), report.fit().summary().observationEnd(), v.customers());
                out.printf("  %-10s %9s %10s %10s %10s%n", "frequency", "customers", "actual", "model",
                        "baseline");
                for (FrequencyBucket b : v.buckets()) {
                    out.printf("  %-10s %9d %10.3f %10.3f %10.3f%n", b.label(), b.customers(), b.meanActual(),
                            b.meanPredicted(), b.meanBaseline());
                }
                out.printf("  total holdout purchases: actual %.0f, model %.1f, baseline %.1f%n",
                        v.model().totalActual(), v.model().totalPredicted(), v.baseline().totalPredicted());
                out.printf("  per customer: model MAE %.3f RMSE %.3f | baseline MAE %.3f RMSE %.3f%n",
                        v.model().mae(), v.model().rmse(), v.baseline().mae(), v.baseline().rmse());
                out.printf("  aggregate error: model %s, baseline %s%n", percent(v.model()), percent(v.baseline()));
                DiagnosticsText.repeats(out, DiagnosticsService.repeats(report.fit()));
            }
            out.flush();
            return 0;
        }
    }

    private int compareAll(WorkspaceService ws, AnalysisSettings settings, long start) {
        ModelComparison c = new DiagnosticsService(refit.analysis(ws)).compare(settings,
                new ConsoleProgress(spec, json));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(DiagnosticsJson.comparison(c, (System.nanoTime() - start) / 1e9)));
        } else {
            DiagnosticsText.comparison(out, c);
        }
        out.flush();
        return 0;
    }

    private static String percent(ErrorSummary e) {
        return e.percentError() == null ? "n/a" : String.format("%+.1f %%", e.percentError());
    }

    private static Map<String, Object> errors(ErrorSummary e) {
        Map<String, Object> m = Json.object();
        m.put("mae", e.mae());
        m.put("rmse", e.rmse());
        m.put("totalPredicted", e.totalPredicted());
        m.put("totalActual", e.totalActual());
        m.put("percentError", e.percentError());
        return m;
    }
}
