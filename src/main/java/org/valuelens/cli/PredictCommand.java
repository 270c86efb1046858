package org.valuelens.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.valuelens.model.predict.ChurnBands;
import org.valuelens.model.predict.ChurnRisk;
import org.valuelens.model.predict.PredictionSettings;
import org.valuelens.model.predict.Range;
import org.valuelens.service.AnalysisService;
import org.valuelens.service.AnalysisSettings;
import org.valuelens.service.PredictionExport;
import org.valuelens.service.PredictionReport;
import org.valuelens.service.PredictionRequest;
import org.valuelens.service.PredictionService;
import org.valuelens.service.ServiceException;
import org.valuelens.service.WorkspaceService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code predict}: every customer's expected orders, churn risk, next order date and CLV with ranges. */
@Command(name = "predict", mixinStandardHelpOptions = true,
        description = "Predict every customer's orders in a future window (default: the 90 days after the data), "
                + "the probability of no order there (churn risk, Low/Medium/High), P(alive), the date of the next "
                + "order with its 25-75 %% range, and historic, predicted and total CLV with a 90 %% delta-method "
                + "range. See docs/predictions.md.")
final class PredictCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    AnalysisOptions options;

    @Mixin
    RefitOption refit;

    @Option(names = "--model", required = true, paramLabel = "MODEL",
            description = "bg-nbd, mbg-nbd, pareto-nbd, bg-cnbd-k or mbg-cnbd-k (regular buyers: Erlang-k times "
                    + "between orders, k chosen by likelihood; ranges hold that k fixed).")
    String model;

    @Option(names = "--window", paramLabel = "N",
            description = "Window length in periods of --time-unit after the end of the data (default: 90 days).")
    Double window;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day of a window between two dates.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day of that window.")
    LocalDate to;

    @Option(names = "--horizon", paramLabel = "N",
            description = "CLV horizon in periods of --time-unit (default: one year's worth).")
    Integer horizon;

    @Option(names = "--annual-discount-rate", paramLabel = "R", defaultValue = "0.10",
            description = "Discount rate per year as a fraction (default: ${DEFAULT-VALUE}).")
    double annualDiscountRate;

    @Option(names = "--churn-cutoffs", paramLabel = "MEDIUM,HIGH", split = ",",
            description = "P(no order in the window) from which a customer is Medium and High risk (default: those "
                    + "saved with the dataset, else 0.5,0.8).")
    List<Double> cutoffs;

    @Option(names = "--save-cutoffs", description = "Save --churn-cutoffs with the dataset (the app uses them too).")
    boolean saveCutoffs;

    @Option(names = "--out", paramLabel = "FILE.csv|.xlsx", description = "Write one row per customer.")
    Path out;

    @Option(names = "--at-risk-out", paramLabel = "FILE.csv|.xlsx",
            description = "Write the High-risk customers, most valuable first (a campaign list).")
    Path atRiskOut;

    @Option(names = "--json", description = "Print one JSON object with the summary.")
    boolean json;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        AnalysisSettings base = options.settings();
        AnalysisSettings settings = base.withDiscountAndHorizon(annualDiscountRate,
                horizon != null ? horizon : base.horizon());
        try (WorkspaceService ws = WorkspaceService.open(options.db)) {
            AnalysisService analysis = refit.analysis(ws);
            ChurnBands bands = bands();
            PredictionService predictions = new PredictionService(ws, analysis);
            if (saveCutoffs) {
                if (bands == null) {
                    throw new ServiceException("--save-cutoffs needs --churn-cutoffs MEDIUM,HIGH.");
                }
                predictions.saveChurnCutoffs(settings.datasetId(), bands);
            }
            PredictionRequest request = new PredictionRequest(model, window, from, to, bands,
                    PredictionSettings.DEFAULT_LEVEL, PredictionSettings.DEFAULT_UNLIKELY_BELOW);
            PredictionReport report = predictions.predict(request, settings,
                    new ConsoleProgress(spec, json));
            if (out != null) {
                PredictionExport.write(report.rows(), out, "");
            }
            if (atRiskOut != null) {
                PredictionExport.write(report.atRisk(), atRiskOut, "");
            }
            print(report, (System.nanoTime() - start) / 1e9);
            return 0;
        }
    }

    private ChurnBands bands() {
        if (cutoffs == null) {
            return null;
        }
        if (cutoffs.size() != 2) {
            throw new ServiceException("--churn-cutoffs takes two probabilities, MEDIUM,HIGH (e.g. 0.5,0.8).");
        }
        try {
            return new ChurnBands(cutoffs.get(0), cutoffs.get(1));
        } catch (IllegalArgumentException e) {
            throw new ServiceException(e.getMessage(), e);
        }
    }

    private void print(PredictionReport report, double seconds) {
        PrintWriter pw = spec.commandLine().getOut();
        Map<ChurnRisk, Long> counts = report.churnRiskCounts();
        if (json) {
            Map<String, Object> o = Json.object();
            o.put("model", report.modelId());
            o.put("timeUnit", report.unit().cliName());
            o.put("dataEnd", report.dataEnd().toString());
            o.put("windowStart", report.windowStart().toString());
            o.put("windowEnd", report.windowEnd().toString());
            o.put("horizon", report.horizon());
            o.put("customers", report.size());
            o.put("expectedOrders", range(report.expectedOrders()));
            o.put("expectedRevenue", report.hasAmounts() ? range(report.expectedRevenue()) : null);
            o.put("predictedClv", report.hasAmounts() ? range(report.predictedClv()) : null);
            o.put("rangeLevel", report.level());
            o.put("rangeMethod", "delta method");
            Map<String, Object> c = new LinkedHashMap<>();
            counts.forEach((k, v) -> c.put(k.label(), v));
            o.put("churnRiskCounts", c);
            o.put("churnCutoffs", Map.of("medium", report.bands().mediumFrom(), "high", report.bands().highFrom()));
            o.put("warnings", report.warnings());
            o.put("out", out == null ? null : out.toString());
            o.put("seconds", seconds);
            pw.println(Json.write(o));
        } else {
            pw.printf("Predictions by %s for %,d customers, window %s to %s (data end %s)%n", report.modelId(),
                    report.size(), report.windowStart(), report.windowEnd(), report.dataEnd());
            pw.println("  expected orders " + text(report.expectedOrders(), 1));
            if (report.hasAmounts()) {
                pw.println("  expected revenue " + text(report.expectedRevenue(), 2));
                pw.printf("  predicted CLV over %d %ss %s%n", report.horizon(), report.unit().cliName(),
                        text(report.predictedClv(), 2));
            }
            pw.printf("  churn risk (P(no order) from %.2f Medium, from %.2f High): Low %,d  Medium %,d  High %,d%n",
                    report.bands().mediumFrom(), report.bands().highFrom(), counts.get(ChurnRisk.LOW),
                    counts.get(ChurnRisk.MEDIUM), counts.get(ChurnRisk.HIGH));
            report.warnings().forEach(w -> pw.println("  Note: " + w));
            if (out != null) {
                pw.println("  Written to " + out);
            }
            if (atRiskOut != null) {
                pw.println("  At-risk list written to " + atRiskOut);
            }
        }
        pw.flush();
    }

    /** @return "12.3 (90 % range 10.1 to 14.5)", or "12.3 (no range)" when the covariance is unknown */
    private static String text(Range r, int decimals) {
        String f = "%." + decimals + "f";
        String v = String.format(java.util.Locale.ROOT, f, r.estimate());
        if (Double.isNaN(r.low())) {
            return v + " (no range)";
        }
        return v + String.format(java.util.Locale.ROOT, " (90 %% range " + f + " to " + f + ")", r.low(), r.high());
    }

    private static Map<String, Object> range(Range r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("value", r.estimate());
        m.put("low", r.low());
        m.put("high", r.high());
        return m;
    }
}
