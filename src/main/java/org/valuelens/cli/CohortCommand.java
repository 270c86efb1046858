package org.valuelens.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.valuelens.model.cohort.AcquisitionCosts;
import org.valuelens.model.cohort.Cohort;
import org.valuelens.model.cohort.CohortPeriod;
import org.valuelens.model.cohort.CohortResult;
import org.valuelens.report.export.TableExport;
import org.valuelens.report.export.TableExport.Column;
import org.valuelens.report.export.TableExport.Format;
import org.valuelens.service.AnalysisService;
import org.valuelens.service.SegmentService;
import org.valuelens.service.WorkspaceService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cohort}: the acquisition-cohort × period table. */
@Command(name = "cohort", mixinStandardHelpOptions = true,
        description = {"Cohorts by acquisition month or quarter: retention %%, revenue or margin per acquired "
                + "customer (cumulative) per period since acquisition, and their average over cohorts weighted by "
                + "cohort size.",
            "When the data ends before the last period's end, that period is partial: its cells are marked * "
                + "(--json: \"complete\": false, \"partialFrom\") and left out of the average.",
            "--metric ltv-days: N-day revenue, margin and orders per acquired customer (orders on days [first order "
                + "day, first order day + N)) by --by month|quarter|year|channel|first-product; a cohort whose "
                + "window runs past the data end is marked incomplete and left out of the average.",
            "With --metric ltv-days and a known CAC (the channel costs of the Channels page with --by channel, the "
                + "dataset's CAC by period), --json gives each group's paybackDays: the first day since the first "
                + "purchase on which its cumulative margin per customer (revenue without a cost column) reaches the "
                + "CAC; null when not yet."})
final class CohortCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    AnalysisOptions options;

    @Option(names = "--period", paramLabel = "PERIOD", defaultValue = "month",
            description = "month or quarter (default: ${DEFAULT-VALUE}).")
    String period;

    @Option(names = "--metric", paramLabel = "METRIC", defaultValue = "retention",
            description = "retention (share of the cohort buying in the period), revenue or margin (cumulative per "
                    + "acquired customer), or ltv-days (N-day value) (default: ${DEFAULT-VALUE}).")
    String metric;

    @Option(names = "--days", paramLabel = "N,N,...", defaultValue = "30,60,90,180,365",
            description = "With --metric ltv-days: the N-day windows (default: ${DEFAULT-VALUE}).")
    String days;

    @Option(names = "--by", paramLabel = "GROUP",
            description = "With --metric ltv-days: month, quarter, year, channel or first-product (default: the "
                    + "--period).")
    String by;

    @Option(names = "--min-customers", paramLabel = "N", defaultValue = "5",
            description = "With --by first-product: leave out products with fewer customers (default: "
                    + "${DEFAULT-VALUE}).")
    int minCustomers;

    @Option(names = "--out", paramLabel = "FILE.csv", description = "Write the cohort × period table (.csv/.xlsx).")
    Path out;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public Integer call() {
        if (metric.equalsIgnoreCase("ltv-days")) {
            return LtvDaysOutput.run(spec.commandLine().getOut(), options,
                    ProductCli.grouping(by == null ? period : by), ProductCli.days(days), minCustomers, json,
                    new ConsoleProgress(spec, json));
        }
        CohortPeriod p = switch (period.toLowerCase(Locale.ROOT)) {
            case "month" -> CohortPeriod.MONTH;
            case "quarter" -> CohortPeriod.QUARTER;
            default -> throw new IllegalArgumentException("--period must be month or quarter, not '" + period + "'.");
        };
        String m = metric.toLowerCase(Locale.ROOT);
        if (!List.of("retention", "revenue", "margin").contains(m)) {
            throw new IllegalArgumentException("--metric must be retention, revenue, margin or ltv-days, not '"
                    + metric + "'.");
        }
        long start = System.nanoTime();
        try (WorkspaceService ws = WorkspaceService.open(options.db)) {
            AnalysisService analysis = new AnalysisService(ws);
            if (!m.equals("retention")) {
                analysis.requireAmounts(options.settings(), "cohort " + m);
            }
            CohortResult result = new SegmentService(analysis).cohorts(p, options.settings(),
                    AcquisitionCosts.none(), null, new ConsoleProgress(spec, json));
            int periods = result.cohorts().stream().mapToInt(Cohort::periods).max().orElse(0);
            List<List<Double>> table = new ArrayList<>();
            for (Cohort c : result.cohorts()) {
                table.add(values(c, m));
            }
            if (out != null) {
                write(result, table, periods, m, out);
            }
            PrintWriter pw = spec.commandLine().getOut();
            if (json) {
                Map<String, Object> o = Json.object();
                o.put("period", p.name().toLowerCase(Locale.ROOT));
                o.put("metric", m);
                o.put("customers", result.customers());
                List<Map<String, Object>> cohorts = new ArrayList<>();
                for (int i = 0; i < result.cohorts().size(); i++) {
                    Cohort c = result.cohorts().get(i);
                    Map<String, Object> row = Json.object();
                    row.put("cohort", c.label());
                    row.put("size", c.size());
                    row.put("values", table.get(i));
                    List<Boolean> complete = new ArrayList<>();
                    for (int k = 0; k < c.periods(); k++) {
                        complete.add(c.complete(k));
                    }
                    row.put("complete", complete);
                    row.put("partialFrom", c.completePeriods() < c.periods() ? c.completePeriods() : null);
                    row.put("cac", c.cac());
                    row.put("paybackPeriod", c.paybackPeriod());
                    cohorts.add(row);
                }
                o.put("cohorts", cohorts);
                o.put("observationEnd", result.observationEnd() == null ? null : result.observationEnd().toString());
                o.put("average", average(result, m));
                o.put("seconds", (System.nanoTime() - start) / 1e9);
                pw.println(Json.write(o));
            } else {
                pw.printf("Cohorts by acquisition %s, %s per period since acquisition (%,d customers)%n",
                        p.name().toLowerCase(Locale.ROOT), m, result.customers());
                StringBuilder head = new StringBuilder(String.format("  %-9s %6s", "cohort", "size"));
                for (int i = 0; i < periods; i++) {
                    head.append(String.format(" %7s ", i));
                }
                pw.println(head);
                for (int i = 0; i < result.cohorts().size(); i++) {
                    Cohort c = result.cohorts().get(i);
                    StringBuilder line = new StringBuilder(String.format("  %-9s %6d", c.label(), c.size()));
                    List<Double> values = table.get(i);
                    for (int k = 0; k < values.size(); k++) {
                        line.append(cell(values.get(k), m)).append(c.complete(k) ? " " : "*");
                    }
                    pw.println(line);
                }
                StringBuilder avg = new StringBuilder(String.format("  %-9s %6s", "average", ""));
                for (Double v : average(result, m)) {
                    avg.append(cell(v, m)).append(' ');
                }
                pw.println(avg);
                if (result.lastPeriodPartial()) {
                    pw.printf("  * partial: the data ends on %s, before the end of %s; these cells are left out of "
                            + "the average.%n", result.observationEnd(), result.lastPeriod());
                }
            }
            pw.flush();
            return 0;
        }
    }

    private static String cell(double v, String metric) {
        return metric.equals("retention") ? String.format(" %6.1f%%", v * 100) : String.format(" %7.2f", v);
    }

    /** Size-weighted average over cohorts of the metric, complete cells only. */
    static List<Double> average(CohortResult r, String metric) {
        return switch (metric) {
            case "retention" -> r.averageRetention();
            case "revenue" -> r.averageCumulativeRevenuePerCustomer();
            default -> r.averageCumulativeMarginPerCustomer();
        };
    }

    static List<Double> values(Cohort c, String metric) {
        return switch (metric) {
            case "retention" -> c.retention();
            case "revenue" -> c.cumulativeRevenuePerCustomer();
            default -> c.cumulativeMarginPerCustomer();
        };
    }

    private static void write(CohortResult result, List<List<Double>> table, int periods, String metric, Path file) {
        List<Column> columns = new ArrayList<>();
        columns.add(new Column("cohort", Format.GENERAL));
        columns.add(new Column("size", Format.INTEGER));
        for (int i = 0; i < periods; i++) {
            columns.add(new Column("period_" + i, metric.equals("retention") ? Format.PERCENT : Format.CURRENCY));
        }
        List<List<?>> rows = new ArrayList<>();
        for (int i = 0; i < result.cohorts().size(); i++) {
            List<Object> row = new ArrayList<>();
            row.add(result.cohorts().get(i).label());
            row.add(result.cohorts().get(i).size());
            row.addAll(table.get(i));
            rows.add(row);
        }
        try {
            if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
                TableExport.writeXlsx(file, "cohorts " + metric, "", columns, rows);
            } else {
                TableExport.writeCsv(file, columns, rows);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": could not be written (" + e.getMessage() + ").", e);
        }
    }
}
