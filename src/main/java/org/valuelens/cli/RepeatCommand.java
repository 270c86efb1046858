package org.valuelens.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.valuelens.model.product.LtvGrouping;
import org.valuelens.model.product.RepeatAnalyzer;
import org.valuelens.model.product.RepeatResult;
import org.valuelens.model.product.RepeatStep;
import org.valuelens.service.AnalysisSettings;
import org.valuelens.service.DatasetReports;
import org.valuelens.service.ProductData;
import org.valuelens.service.WorkspaceSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code repeat}: time between orders, 1st → 2nd, 2nd → 3rd, 3rd → 4th (issue 17). */
@Command(name = "repeat", mixinStandardHelpOptions = true,
        description = {"Time between orders: days from the 1st to the 2nd order, 2nd to 3rd and 3rd to 4th (median, "
                + "quartiles, histogram), the share of customers who ordered again within 30, 60, 90, 180 and 365 "
                + "days (counting only customers who had that many days before the data end), and the share who "
                + "ordered twice at all; overall and by cohort, channel or first product (--by).",
            "An order is an invoice (a customer's day when there is no invoice); returns are never orders."})
final class RepeatCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    AnalysisOptions options;

    @Option(names = "--by", paramLabel = "GROUP",
            description = "Also per group: month, quarter, year (of the first order), channel or first-product.")
    String by;

    @Option(names = "--min-customers", paramLabel = "N", defaultValue = "5",
            description = "Leave out groups with fewer customers (default: ${DEFAULT-VALUE}).")
    int minCustomers;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public Integer call() {
        LtvGrouping grouping = by == null ? null : ProductCli.grouping(by);
        try (WorkspaceSession session = WorkspaceSession.open(options.db)) {
            AnalysisSettings settings = options.settings().withDataset(DatasetReports.resolve(session.analysis(),
                    options.dataset));
            ProductData data = session.products().load(settings, new ConsoleProgress(spec, json));
            RepeatResult all = session.products().repeat(data, null, 1).get(0);
            List<RepeatResult> groups = grouping == null ? List.of()
                    : session.products().repeat(data, grouping, minCustomers);
            PrintWriter pw = spec.commandLine().getOut();
            if (json) {
                Map<String, Object> o = json(all);
                o.put("observationEnd", java.time.LocalDate.ofEpochDay(data.book().endDay()).toString());
                o.put("binEdges", RepeatAnalyzer.BIN_EDGES);
                if (grouping != null) {
                    o.put("by", by);
                    List<Map<String, Object>> list = new ArrayList<>();
                    for (RepeatResult g : groups) {
                        Map<String, Object> m = Json.object();
                        m.put("group", g.label());
                        m.putAll(json(g));
                        list.add(m);
                    }
                    o.put("groups", list);
                }
                pw.println(Json.write(o));
            } else {
                text(pw, all);
                for (RepeatResult g : groups) {
                    text(pw, g);
                }
            }
            pw.flush();
            return 0;
        }
    }

    private static Map<String, Object> json(RepeatResult r) {
        Map<String, Object> o = Json.object();
        List<Map<String, Object>> steps = new ArrayList<>();
        for (RepeatStep s : r.steps()) {
            Map<String, Object> m = Json.object();
            m.put("from", s.from());
            m.put("to", s.to());
            m.put("customers", s.customers());
            m.put("eligible", s.eligible());
            m.put("medianDays", s.medianDays());
            m.put("p25Days", s.p25Days());
            m.put("p75Days", s.p75Days());
            m.put("shareWithin", ProductCli.byDays(s.within(), s.shareWithin()));
            m.put("histogram", s.histogram());
            steps.add(m);
        }
        o.put("steps", steps);
        o.put("repeatShare", r.repeatShare());
        o.put("customers", r.customers());
        return o;
    }

    private static void text(PrintWriter pw, RepeatResult r) {
        pw.printf("%s: %,d customers, %.1f%% ordered again%n", r.label(), r.customers(), 100 * r.repeatShare());
        for (RepeatStep s : r.steps()) {
            StringBuilder within = new StringBuilder();
            for (int k = 0; k < s.within().size(); k++) {
                Double v = s.shareWithin().get(k);
                within.append(String.format("  ≤%dd %s", s.within().get(k),
                        v == null ? "-" : String.format("%.1f%%", 100 * v)));
            }
            pw.printf("  %d → %d: %,7d customers  median %s days (quartiles %s–%s)%s%n", s.from(), s.to(),
                    s.customers(), days(s.medianDays()), days(s.p25Days()), days(s.p75Days()), within);
        }
    }

    private static String days(Double d) {
        return d == null ? "-" : String.format("%.0f", d);
    }
}
