package org.valuelens.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.valuelens.model.cohort.AcquisitionCosts;
import org.valuelens.report.deck.ReportFiles;
import org.valuelens.service.AnalysisService;
import org.valuelens.service.AnalysisSettings;
import org.valuelens.service.ClvMethod;
import org.valuelens.service.DatasetReports;
import org.valuelens.service.Language;
import org.valuelens.service.ReportRequest;
import org.valuelens.service.ReportService;
import org.valuelens.service.WorkspaceService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code report}: the presentation deck, its workbook and the chart pictures. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write a 16:9 PowerPoint deck (valuelens-report.pptx: key figures, CLV distribution, quadrant, "
                + "RFM, cohorts, channels, method and holdout accuracy, with speaker notes), a workbook with every "
                + "table behind it (valuelens-report.xlsx) and the charts (charts/*.png) into the --out folder. "
                + "The quadrant thresholds, holdout calibration end, CAC and channel costs saved for the dataset in "
                + "the app apply.")
final class ReportCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    AnalysisOptions options;

    @Mixin
    RefitOption refit;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "Output folder (created when missing; report files in it are replaced).")
    Path out;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en",
            description = "Language of the deck and workbook: en, zh-CN, zh-TW or ru (default: ${DEFAULT-VALUE}).")
    String lang;

    @Option(names = "--method", paramLabel = "METHOD", defaultValue = "bg-nbd",
            description = "CLV method: simple, retention, dcf, historical, bg-nbd, mbg-nbd or pareto-nbd "
                    + "(default: the method chosen for the dataset in the app, else ${DEFAULT-VALUE}).")
    String method;

    @Option(names = "--horizon", paramLabel = "N",
            description = "CLV horizon in periods of --time-unit (default: one year's worth).")
    Integer horizon;

    @Option(names = "--annual-discount-rate", paramLabel = "R", defaultValue = "0.10",
            description = "Discount rate per year as a fraction (default: ${DEFAULT-VALUE}).")
    double annualDiscountRate;

    @Option(names = "--currency", paramLabel = "SYMBOL", defaultValue = "$",
            description = "Currency symbol put before money amounts (default: ${DEFAULT-VALUE}).")
    String currency;

    @Option(names = "--channel-spend", paramLabel = "NAME=AMOUNT",
            description = "Acquisition spend of a channel, for CAC, LTV:CAC and payback (repeatable).")
    Map<String, Double> channelSpend = new LinkedHashMap<>();

    @Option(names = "--json", description = "Print one JSON object with the files written and the slide count.")
    boolean json;

    @Override
    public Integer call() {
        Language language = Language.fromTag(lang);
        if (!language.tag().equalsIgnoreCase(lang.trim().replace('_', '-'))) {
            throw new IllegalArgumentException("--lang must be en, zh-CN, zh-TW or ru, not '" + lang + "'.");
        }
        Locale locale = language.locale();
        ClvMethod m = ClvMethod.parse(method);
        AnalysisSettings settings = options.settings();
        settings = settings.withDiscountAndHorizon(annualDiscountRate,
                horizon == null ? settings.horizon() : horizon);
        long start = System.nanoTime();
        try (WorkspaceService ws = WorkspaceService.open(options.db)) {
            AnalysisService analysis = refit.analysis(ws);
            ConsoleProgress progress = new ConsoleProgress(spec, json);
            // the dataset's choices made in the app (quadrant thresholds, calibration end, CAC, channel costs)
            ReportRequest request = DatasetReports.request(ws, analysis, new ReportRequest(settings, m, locale,
                    currency, AcquisitionCosts.perChannel(channelSpend)),
                    spec.commandLine().getParseResult().hasMatchedOption("--method"), progress);
            ReportFiles files = new ReportService(analysis).write(request, out, progress);
            PrintWriter pw = spec.commandLine().getOut();
            double seconds = (System.nanoTime() - start) / 1e9;
            if (json) {
                Map<String, Object> o = Json.object();
                o.put("deck", files.deck().toString());
                o.put("workbook", files.workbook().toString());
                List<String> charts = new ArrayList<>();
                files.charts().forEach(p -> charts.add(p.toString()));
                o.put("charts", charts);
                o.put("slides", files.slides());
                o.put("seconds", seconds);
                pw.println(Json.write(o));
            } else {
                pw.printf("Wrote %s (%d slides), %s and %d charts in %s (%.1f s)%n", files.deck().getFileName(),
                        files.slides(), files.workbook().getFileName(), files.charts().size(),
                        out.resolve("charts"), seconds);
            }
            pw.flush();
            return 0;
        }
    }
}
