package org.valuelens.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.valuelens.model.segment.SegmentExportRow;
import org.valuelens.report.export.TableExport;
import org.valuelens.report.export.TableExport.Column;
import org.valuelens.report.export.TableExport.Format;
import org.valuelens.service.AnalysisSettings;
import org.valuelens.service.ClvMethod;
import org.valuelens.service.SegmentReport;
import org.valuelens.service.SegmentRow;
import org.valuelens.service.SegmentService;
import org.valuelens.service.WorkspaceService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code segment}: value tiers, RFM, k-means or the gold/meteor/stream/burden quadrant. */
@Command(name = "segment", mixinStandardHelpOptions = true,
        description = {"Segment every customer: value tiers (by CLV), RFM scores and named segments, k-means "
                + "clusters, the gold/meteor/stream/burden quadrant, or churn-risk bands; with suggested actions.",
            "churn: P(alive) from --churn-model in bands (below the low cut-off high risk, above the high one "
                + "active, between watch), each band with how many customers the model-free hiatus rule flags "
                + "(days since the last purchase > 2 x the customer's mean days between purchases; one-time buyers "
                + "compared with the median of repeat buyers)."})
final class SegmentCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    AnalysisOptions options;

    @Mixin
    RefitOption refit;

    @Option(names = "--scheme", required = true, paramLabel = "SCHEME",
            description = "tiers, rfm, kmeans, quadrant or churn.")
    String scheme;

    @Option(names = "--k", paramLabel = "N", description = "k-means clusters (default: suggested by silhouette).")
    Integer k;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42",
            description = "k-means seed (default: ${DEFAULT-VALUE}); same seed, same result.")
    long seed;

    @Option(names = "--method", paramLabel = "METHOD", defaultValue = "historical",
            description = "CLV method behind value tiers (default: ${DEFAULT-VALUE}).")
    String method;

    @Option(names = "--x-threshold", paramLabel = "N",
            description = "Quadrant: repeat purchases dividing few from many (default: median).")
    Double xThreshold;

    @Option(names = "--y-threshold", paramLabel = "AMOUNT",
            description = "Quadrant: profit per purchase dividing low from high (default: median).")
    Double yThreshold;

    @Option(names = "--churn-model", paramLabel = "MODEL", defaultValue = "pareto-nbd",
            description = "Churn bands: model giving P(alive), pareto-nbd, mbg-nbd or bg-nbd "
                    + "(default: ${DEFAULT-VALUE}; BG/NBD gives every one-time buyer P(alive) = 1).")
    String churnModel;

    @Option(names = "--churn-cutoffs", paramLabel = "LOW,HIGH", split = ",", defaultValue = "0.3,0.7",
            description = "Churn bands: P(alive) cut-offs (default: ${DEFAULT-VALUE}).")
    double[] churnCutoffs;

    @Option(names = "--out", paramLabel = "FILE.csv",
            description = "Write one row per customer with its segment and scores (.csv, or .xlsx).")
    Path out;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public Integer call() {
        AnalysisSettings settings = options.settings();
        SegmentService.Options opts = SegmentService.Options.defaults().withClvMethod(ClvMethod.parse(method))
                .withKMeans(k, seed).withThresholds(xThreshold, yThreshold);
        if (churnCutoffs.length != 2) {
            throw new IllegalArgumentException("--churn-cutoffs takes two numbers, LOW,HIGH (e.g. 0.3,0.7).");
        }
        opts = opts.withChurn(churnModel, churnCutoffs[0], churnCutoffs[1]);
        long start = System.nanoTime();
        try (WorkspaceService ws = WorkspaceService.open(options.db)) {
            SegmentReport report = new SegmentService(refit.analysis(ws)).segment(scheme, opts, settings,
                    new ConsoleProgress(spec, json));
            if (out != null) {
                write(report, out);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            PrintWriter pw = spec.commandLine().getOut();
            if (json) {
                Map<String, Object> o = Json.object();
                o.put("scheme", report.scheme());
                List<Map<String, Object>> segs = new ArrayList<>();
                for (SegmentRow r : report.segments()) {
                    Map<String, Object> m = Json.object();
                    m.put("name", r.name());
                    m.put("customers", r.customers());
                    m.put("customerShare", r.customerShare());
                    m.put("revenue", r.revenue());
                    m.put("revenueShare", r.revenueShare());
                    m.putAll(r.figures());
                    m.put("action", r.action());
                    segs.add(m);
                }
                o.put("segments", segs);
                o.put("thresholds", report.thresholds());
                o.put("customers", report.rows().size());
                o.put("warnings", report.warnings());
                o.put("out", out == null ? null : out.toString());
                o.put("seconds", seconds);
                pw.println(Json.write(o));
            } else {
                pw.printf("Segmentation '%s' of %,d customers%n", report.scheme(), report.rows().size());
                pw.printf("  %-22s %9s %8s %14s %8s  %s%n", "segment", "customers", "share", "revenue", "rev.%",
                        "suggested action");
                for (SegmentRow r : report.segments()) {
                    pw.printf("  %-22s %9d %7.1f%% %14.2f %7.1f%%  %s%n", r.name(), r.customers(),
                            r.customerShare() * 100, r.revenue(), r.revenueShare() * 100, r.action());
                }
                report.thresholds().forEach((key, v) -> pw.println("  " + key + ": " + v));
                report.warnings().forEach(w -> pw.println("  Note: " + w));
            }
            pw.flush();
            return 0;
        }
    }

    static void write(SegmentReport report, Path file) {
        List<Column> columns = List.of(new Column("customer_id", Format.GENERAL),
                new Column("segment", Format.GENERAL), new Column("clv", Format.CURRENCY),
                new Column("value_tier", Format.GENERAL), new Column("clv_rank", Format.INTEGER),
                new Column("recency_days", Format.DECIMAL), new Column("frequency", Format.INTEGER),
                new Column("monetary", Format.CURRENCY), new Column("rfm", Format.GENERAL),
                new Column("rfm_segment", Format.GENERAL), new Column("cluster", Format.GENERAL),
                new Column("quadrant", Format.GENERAL), new Column("p_alive", Format.DECIMAL),
                new Column("churn_band", Format.GENERAL), new Column("hiatus_at_risk", Format.GENERAL));
        List<List<?>> rows = new ArrayList<>();
        for (SegmentExportRow r : report.rows()) {
            String segment = switch (report.scheme()) {
                case "tiers" -> r.valueTier();
                case "rfm" -> r.rfmSegment();
                case "kmeans" -> r.cluster();
                case "churn" -> r.churnBand();
                default -> r.quadrant();
            };
            rows.add(Arrays.asList(r.customerId(), segment, r.clv(), r.valueTier(), r.clvRank(), r.recencyDays(),
                    r.frequency(), r.monetary(), r.rfmCode(), r.rfmSegment(), r.cluster(), r.quadrant(), r.pAlive(),
                    r.churnBand(), r.hiatusAtRisk()));
        }
        try {
            if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")) {
                TableExport.writeXlsx(file, report.scheme(), "", columns, rows);
            } else {
                TableExport.writeCsv(file, columns, rows);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": could not be written (" + e.getMessage() + ").", e);
        }
    }
}
