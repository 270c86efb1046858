package org.valuelens.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.valuelens.service.AnalysisService;
import org.valuelens.service.BgBbReport;
import org.valuelens.service.BgBbService;
import org.valuelens.service.DiscretePeriods;
import org.valuelens.service.WorkspaceService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bgbb}: BG/BB on a recency/frequency table of discrete opportunities, given or built from a dataset. */
@Command(name = "bgbb", mixinStandardHelpOptions = true,
        description = {"BG/BB for discrete-period data (Fader, Hardie & Shang 2010), e.g. yearly donations or "
                + "event attendance: fits alpha, beta (transaction probability) and gamma, delta (drop-out) to a "
                + "recency/frequency table and gives each history's P(alive) and a new customer's expected "
                + "transactions.",
            "The table has one line per history: x (transactions after the first opportunity), t_x (opportunity "
                + "of the last one, 0 when x = 0), n (opportunities observed), customers; comma, semicolon or tab "
                + "separated, a header line allowed.",
            "With --period, each customer's first period with a purchase is opportunity 0, x counts the later "
                + "periods with a purchase, and n runs to the period holding the calibration end (a partial last "
                + "period counts)."})
final class BgBbCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--rf-matrix", paramLabel = "FILE.csv",
            description = "The recency/frequency table (x, t_x, n, customers).")
    Path file;

    @Option(names = "--period", paramLabel = "PERIOD",
            description = "Instead of --rf-matrix: build the table from a workspace dataset (--db, --dataset, "
                    + "--calibration-end), one opportunity per calendar month, quarter or year.")
    String period;

    @picocli.CommandLine.Mixin
    AnalysisOptions options;

    @Option(names = "--horizon", defaultValue = "5", paramLabel = "N",
            description = "Opportunities to project a new customer's transactions over (default: ${DEFAULT-VALUE}).")
    int horizon;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public Integer call() {
        if ((file == null) == (period == null)) {
            throw new IllegalArgumentException("Give either --rf-matrix FILE or --period month|quarter|year "
                    + "(with --db), not both and not neither.");
        }
        List<BgBbService.Line> lines;
        if (file != null) {
            try {
                lines = BgBbService.parse(Files.readString(file, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(file + ": could not be read (" + e.getMessage() + ").", e);
            }
        } else {
            try (WorkspaceService ws = WorkspaceService.open(options.db)) {
                lines = new DiscretePeriods(new AnalysisService(ws)).table(period, options.settings(),
                        new ConsoleProgress(spec, json));
            }
        }
        BgBbReport r = new BgBbService().fit(lines, horizon);
        PrintWriter pw = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> o = Json.object();
            o.put("model", "bg-bb");
            o.put("params", r.fit().parameters());
            o.put("standardErrors", r.fit().standardErrors());
            o.put("logLikelihood", r.fit().logLikelihood());
            o.put("aic", r.fit().aic());
            o.put("bic", r.fit().bic());
            o.put("converged", r.fit().converged());
            o.put("customers", r.customers());
            List<Map<String, Object>> rows = new ArrayList<>();
            for (BgBbReport.Row row : r.rows()) {
                Map<String, Object> m = Json.object();
                m.put("x", row.x());
                m.put("tx", row.tx());
                m.put("n", row.n());
                m.put("customers", row.customers());
                m.put("pAlive", row.pAlive());
                rows.add(m);
            }
            o.put("rows", rows);
            o.put("expectedTransactionsNewCustomer", r.expected());
            o.put("warnings", r.fit().warnings());
            pw.println(Json.write(o));
        } else {
            pw.printf("BG/BB fitted on %,d customers (%d histories)%n", r.customers(), r.rows().size());
            pw.printf("  %-8s %12s %12s%n", "param", "estimate", "std. error");
            r.fit().parameters().forEach((k, v) -> pw.printf("  %-8s %12.4f %12.4f%n", k, v,
                    r.fit().standardErrors().get(k)));
            pw.printf("  log-likelihood %.2f   converged: %s%n", r.fit().logLikelihood(),
                    r.fit().converged() ? "yes" : "NO");
            pw.printf("  %4s %4s %4s %10s %8s%n", "x", "t_x", "n", "customers", "P(alive)");
            for (BgBbReport.Row row : r.rows()) {
                pw.printf("  %4d %4d %4d %10d %8.3f%n", row.x(), row.tx(), row.n(), row.customers(), row.pAlive());
            }
            for (int i = 0; i < r.expected().size(); i++) {
                pw.printf("  new customer, expected transactions in %d opportunities: %.3f%n", i + 1,
                        r.expected().get(i));
            }
            r.fit().warnings().forEach(w -> pw.println("  Note: " + w));
        }
        pw.flush();
        return 0;
    }
}
