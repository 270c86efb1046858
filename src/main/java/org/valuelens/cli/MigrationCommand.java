package org.valuelens.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.valuelens.model.segment.MigrationMatrix;
import org.valuelens.report.chart.ChartText;
import org.valuelens.report.chart.MigrationChart;
import org.valuelens.report.export.ChartImages;
import org.valuelens.service.AnalysisService;
import org.valuelens.service.AnalysisSettings;
import org.valuelens.service.MigrationReport;
import org.valuelens.service.MigrationService;
import org.valuelens.service.SegmentService;
import org.valuelens.service.WorkspaceService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code migration}: how customers moved between segments from one period to the next. */
@Command(name = "migration", mixinStandardHelpOptions = true,
        description = {"Segment migration: the data is cut at --split into two periods (first transaction day to "
                + "the day before the split, the split to the last day), every customer is segmented on each "
                + "period's purchases alone, and the customers are counted per (segment before, segment after). "
                + "'new' = bought only after the split, 'gone' = bought only before it.",
            "Quadrant thresholds are the first period's medians (or --x-threshold/--y-threshold), applied to both "
                + "periods; RFM scores are quintiles within each period."})
final class MigrationCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    AnalysisOptions options;

    @Option(names = "--scheme", defaultValue = "quadrant", paramLabel = "SCHEME",
            description = "quadrant or rfm (default: ${DEFAULT-VALUE}).")
    String scheme;

    @Option(names = "--split", paramLabel = "YYYY-MM-DD",
            description = "First day of the second period (default: the middle of the data).")
    LocalDate split;

    @Option(names = "--x-threshold", paramLabel = "N",
            description = "Quadrant: repeat purchases dividing few from many (default: first period's median).")
    Double xThreshold;

    @Option(names = "--y-threshold", paramLabel = "AMOUNT",
            description = "Quadrant: profit per purchase dividing low from high (default: first period's median).")
    Double yThreshold;

    @Option(names = "--chart", paramLabel = "FILE.png", description = "Also draw the flows as a PNG chart.")
    Path chart;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public Integer call() {
        AnalysisSettings settings = options.settings();
        SegmentService.Options opts = SegmentService.Options.defaults().withThresholds(xThreshold, yThreshold);
        try (WorkspaceService ws = WorkspaceService.open(options.db)) {
            MigrationReport r = new MigrationService(new AnalysisService(ws)).migration(scheme, split, opts,
                    settings, new ConsoleProgress(spec, json));
            if (chart != null) {
                try {
                    ChartImages.writePng(MigrationChart.sankey(r.matrix(), r.firstStart(), r.split(), r.secondEnd(),
                            ChartText.of(Locale.ENGLISH)), chart, 1200, 700, 1);
                } catch (IOException e) {
                    throw new UncheckedIOException(chart + ": could not be written (" + e.getMessage() + ").", e);
                }
            }
            PrintWriter pw = spec.commandLine().getOut();
            MigrationMatrix m = r.matrix();
            int[][] c = m.counts();
            if (json) {
                Map<String, Object> o = Json.object();
                o.put("scheme", r.scheme());
                o.put("firstStart", r.firstStart().toString());
                o.put("split", r.split().toString());
                o.put("secondEnd", r.secondEnd().toString());
                o.put("customersBefore", r.customersBefore());
                o.put("customersAfter", r.customersAfter());
                o.put("stayed", r.stayed());
                o.put("from", m.fromLabels());
                o.put("to", m.toLabels());
                List<List<Integer>> rows = new ArrayList<>();
                for (int[] row : c) {
                    rows.add(java.util.Arrays.stream(row).boxed().toList());
                }
                o.put("counts", rows);
                o.put("thresholds", r.thresholds());
                o.put("warnings", r.warnings());
                o.put("chart", chart == null ? null : chart.toString());
                pw.println(Json.write(o));
            } else {
                pw.printf("Segment migration '%s': %s to %s, then %s to %s%n", r.scheme(), r.firstStart(),
                        r.split().minusDays(1), r.split(), r.secondEnd());
                pw.printf("  %d customers before, %d after, %d stayed in their segment%n", r.customersBefore(),
                        r.customersAfter(), r.stayed());
                StringBuilder head = new StringBuilder(String.format("  %-20s", "before \\ after"));
                for (String to : m.toLabels()) {
                    head.append(String.format(" %12s", to));
                }
                pw.println(head);
                for (int i = 0; i < c.length; i++) {
                    StringBuilder line = new StringBuilder(String.format("  %-20s", m.fromLabels().get(i)));
                    for (int v : c[i]) {
                        line.append(String.format(" %12d", v));
                    }
                    pw.println(line);
                }
                r.thresholds().forEach((k, v) -> pw.println("  " + k + ": " + v));
                r.warnings().forEach(w -> pw.println("  Note: " + w));
            }
            pw.flush();
            return 0;
        }
    }
}
