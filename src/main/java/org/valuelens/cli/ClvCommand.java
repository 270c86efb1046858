package org.valuelens.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.valuelens.model.CustomerSummary;
import org.valuelens.report.export.TableExport;
import org.valuelens.report.export.TableExport.Column;
import org.valuelens.report.export.TableExport.Format;
import org.valuelens.service.AnalysisService;
import org.valuelens.service.AnalysisSettings;
import org.valuelens.service.ClvMethod;
import org.valuelens.service.ClvReport;
import org.valuelens.service.CustomerClv;
import org.valuelens.service.PurchaseOutlook;
import org.valuelens.service.WorkspaceService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code clv}: CLV of every customer by one method, written to CSV, with a summary. */
@Command(name = "clv", mixinStandardHelpOptions = true,
        description = "Compute every customer's CLV by one method and write one row per customer "
                + "(id, inputs, CLV, P(alive) where the model gives one). On a dataset without amounts, "
                + "bg-nbd, mbg-nbd and pareto-nbd give P(alive) and expected purchases only; other methods refuse.")
final class ClvCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    AnalysisOptions options;

    @Mixin
    RefitOption refit;

    @Option(names = "--method", required = true, paramLabel = "METHOD",
            description = "simple, retention, dcf, historical, bg-nbd, mbg-nbd or pareto-nbd.")
    String method;

    @Option(names = "--horizon", paramLabel = "N",
            description = "Horizon in periods of --time-unit (default: one year's worth).")
    Integer horizon;

    @Option(names = "--annual-discount-rate", paramLabel = "R", defaultValue = "0.10",
            description = "Discount rate per year as a fraction (default: ${DEFAULT-VALUE}); converted to the "
                    + "period of --time-unit.")
    double annualDiscountRate;

    @Option(names = "--cac", paramLabel = "C", defaultValue = "0",
            description = "Acquisition cost per customer for the simple method (default: ${DEFAULT-VALUE}).")
    double cac;

    @Option(names = "--lifespan", paramLabel = "YEARS", defaultValue = "3",
            description = "Expected lifespan in years for the simple method (default: ${DEFAULT-VALUE}).")
    double lifespan;

    @Option(names = "--retention", paramLabel = "R",
            description = "Retention per period for retention/dcf (default: estimated from the data).")
    Double retention;

    @Option(names = "--out", paramLabel = "FILE.csv", description = "Write one row per customer to this CSV.")
    Path out;

    @Option(names = "--json", description = "Print one JSON object with the summary.")
    boolean json;

    @Override
    public Integer call() {
        ClvMethod m = ClvMethod.parse(method);
        AnalysisSettings base = options.settings();
        AnalysisSettings settings = base.withDiscountAndHorizon(annualDiscountRate,
                        horizon != null ? horizon : base.horizon())
                .withSimpleInputs(cac, lifespan).withRetention(retention);
        long start = System.nanoTime();
        try (WorkspaceService ws = WorkspaceService.open(options.db)) {
            AnalysisService analysis = refit.analysis(ws);
            if (m.probabilistic() && !analysis.hasAmounts(settings.datasetId())) {
                // a count-only dataset: no money, but the purchase model's part of the CLV (docs/definitions.md)
                PurchaseOutlook outlook = analysis.purchaseOutlook(m, settings, new ConsoleProgress(spec, json));
                CountOnlyClv.print(outlook, out, json, (System.nanoTime() - start) / 1e9,
                        spec.commandLine().getOut());
                return 0;
            }
            ClvReport report = analysis.clv(m, settings, new ConsoleProgress(spec, json));
            if (out != null) {
                write(report, out);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            PrintWriter pw = spec.commandLine().getOut();
            String unit = settings.timeUnit().cliName();
            if (json) {
                Map<String, Object> o = Json.object();
                o.put("method", m.cliName());
                o.put("timeUnit", unit);
                o.put("horizon", settings.horizon());
                o.put("horizonUnit", unit + "s");
                o.put("annualDiscountRate", settings.annualDiscountRate());
                o.put("periodDiscountRate", settings.timeUnit().periodRate(settings.annualDiscountRate()));
                o.put("margin", settings.margin());
                o.put("customers", report.customers().size());
                o.put("total", report.total());
                o.put("mean", report.mean());
                o.put("median", report.median());
                o.put("formula", report.formula());
                o.put("parameters", report.parameters());
                o.put("warnings", report.warnings());
                o.put("out", out == null ? null : out.toString());
                o.put("seconds", seconds);
                pw.println(Json.write(o));
            } else {
                pw.printf("CLV by %s over %d %ss (discount %.1f %% a year = %.4f %% a %s): %,d customers%n",
                        m.cliName(), settings.horizon(), unit, settings.annualDiscountRate() * 100,
                        settings.timeUnit().periodRate(settings.annualDiscountRate()) * 100, unit,
                        report.customers().size());
                pw.println("  " + report.formula());
                report.parameters().forEach((k, v) -> pw.printf("  %s = %.6g%n", k, v));
                pw.printf("  total %.2f   mean %.2f   median %.2f%n", report.total(), report.mean(),
                        report.median());
                report.warnings().forEach(w -> pw.println("  Note: " + w));
                if (out != null) {
                    pw.println("  Written to " + out);
                }
            }
            pw.flush();
            return 0;
        }
    }

    static void write(ClvReport report, Path file) {
        String u = report.unit().cliName() + "s";
        List<Column> columns = List.of(new Column("customer_id", Format.GENERAL),
                new Column("first_purchase", Format.DATE), new Column("frequency", Format.INTEGER),
                new Column("recency_" + u, Format.DECIMAL), new Column("age_" + u, Format.DECIMAL),
                new Column("mean_repeat_spend", Format.CURRENCY), new Column("revenue", Format.CURRENCY),
                new Column("historical_value", Format.CURRENCY), new Column("clv", Format.CURRENCY),
                new Column("p_alive", Format.PERCENT), new Column("expected_purchases", Format.DECIMAL));
        List<List<?>> rows = new ArrayList<>(report.customers().size());
        for (CustomerClv c : report.customers()) {
            CustomerSummary s = c.summary();
            rows.add(java.util.Arrays.asList(s.customerId(), s.firstPurchase().toString(), s.frequency(),
                    s.recency(), s.age(), s.monetaryValue(), s.revenue(), c.historical(), c.clv(), c.pAlive(),
                    c.expectedPurchases()));
        }
        try {
            TableExport.writeCsv(file, columns, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": could not be written (" + e.getMessage() + ").", e);
        }
    }
}
