package org.valuelens.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.valuelens.model.product.LtvCohort;
import org.valuelens.model.product.LtvCohortTable;
import org.valuelens.model.product.LtvGrouping;
import org.valuelens.model.product.ValueCurve;
import org.valuelens.model.product.ValueCurves;
import org.valuelens.model.product.ValueMetric;
import org.valuelens.model.progress.ProgressListener;
import org.valuelens.service.AnalysisSettings;
import org.valuelens.service.DatasetReports;
import org.valuelens.service.ProductData;
import org.valuelens.service.WorkspaceSession;

/** {@code cohort --metric ltv-days}: N-day revenue, margin and orders per acquired customer by cohort (issue 17). */
final class LtvDaysOutput {
    private LtvDaysOutput() {
    }

    static int run(PrintWriter pw, AnalysisOptions options, LtvGrouping grouping, List<Integer> days,
                   int minCustomers, boolean json, ProgressListener progress) {
        try (WorkspaceSession session = WorkspaceSession.open(options.db)) {
            AnalysisSettings settings = options.settings().withDataset(DatasetReports.resolve(session.analysis(),
                    options.dataset));
            ProductData data = session.products().load(settings, progress);
            LtvCohortTable t = session.products().ltvByCohort(data, grouping, days, minCustomers);
            ValueCurves curves = grouping == LtvGrouping.FIRST_PRODUCT ? null
                    : session.products().valueCurves(data, grouping);
            Map<String, Double> cac = cac(session, settings, grouping, t, progress);
            if (json) {
                Map<String, Object> o = Json.object();
                o.put("metric", "ltv-days");
                o.put("by", grouping.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
                o.put("days", t.days());
                List<Map<String, Object>> cohorts = new ArrayList<>();
                for (LtvCohort c : t.cohorts()) {
                    cohorts.add(withCurve(json(c, t.days(), "cohort"), curves == null ? null
                            : curves.group(c.label()), curves, cac.get(c.label())));
                }
                o.put("cohorts", cohorts);
                o.put("average", withCurve(json(t.average(), t.days(), "cohort"), curves == null ? null
                        : curves.all(), curves, null));
                if (curves != null) {
                    o.put("paybackBasis", curves.paybackMetric().name().toLowerCase(java.util.Locale.ROOT));
                }
                o.put("observationEnd", t.observationEnd() == null ? null : t.observationEnd().toString());
                o.put("hidden", t.hidden());
                pw.println(Json.write(o));
            } else {
                text(pw, t);
            }
            pw.flush();
            return 0;
        }
    }

    /**
     * CAC per customer by group: per channel as the Channels page has it, otherwise the dataset's one CAC for every
     * cohort; empty when unknown.
     */
    private static Map<String, Double> cac(WorkspaceSession session, AnalysisSettings settings, LtvGrouping grouping,
                                           LtvCohortTable t, ProgressListener progress) {
        if (grouping == LtvGrouping.CHANNEL) {
            return DatasetReports.channelCac(session.workspace(), session.segments(), settings, progress);
        }
        Double one = session.workspace().datasetSettings(settings.datasetId()).cac();
        Map<String, Double> m = new java.util.HashMap<>();
        if (one != null && grouping != LtvGrouping.FIRST_PRODUCT) {
            t.cohorts().forEach(c -> m.put(c.label(), one));
        }
        return m;
    }

    /** Adds the value to date and, when the group's CAC is known, {@code cac} and {@code paybackDays}. */
    private static Map<String, Object> withCurve(Map<String, Object> m, ValueCurve curve, ValueCurves curves,
                                                 Double cac) {
        if (curve == null) {
            return m;
        }
        Map<String, Object> toDate = Json.object();
        for (ValueMetric metric : ValueMetric.values()) {
            toDate.put(metric.name().toLowerCase(java.util.Locale.ROOT), curve.toDate(metric));
        }
        m.put("toDate", toDate);
        m.put("cac", cac);
        m.put("paybackDays", cac == null ? null : curve.paybackDay(curves.paybackMetric(), cac));
        return m;
    }

    private static Map<String, Object> json(LtvCohort c, List<Integer> days, String key) {
        Map<String, Object> m = Json.object();
        m.put(key, c.label());
        m.put("customers", c.customers());
        m.put("complete", ProductCli.byDays(days, c.complete()));
        m.put("windowCustomers", ProductCli.byDays(days, c.windowCustomers()));
        m.put("revenue", ProductCli.byDays(days, c.revenue()));
        m.put("margin", ProductCli.byDays(days, c.margin()));
        m.put("orders", ProductCli.byDays(days, c.orders()));
        return m;
    }

    private static void text(PrintWriter pw, LtvCohortTable t) {
        pw.printf("N-day revenue per acquired customer by %s (orders on days [first, first + N))%n",
                t.grouping().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
        StringBuilder head = new StringBuilder(String.format("  %-30s %9s", "cohort", "customers"));
        for (int d : t.days()) {
            head.append(String.format(" %9s ", d + "d"));
        }
        pw.println(head);
        boolean anyIncomplete = false;
        List<LtvCohort> rows = new ArrayList<>(t.cohorts());
        rows.add(t.average());
        for (LtvCohort c : rows) {
            StringBuilder line = new StringBuilder(String.format("  %-30s %9d", c.label().length() > 30
                    ? c.label().substring(0, 29) + "…" : c.label(), c.customers()));
            for (int k = 0; k < t.days().size(); k++) {
                boolean complete = c.complete().get(k);
                anyIncomplete |= !complete;
                line.append(String.format(" %9s", ProductCli.money(c.revenue().get(k)))).append(complete ? " " : "*");
            }
            pw.println(line);
        }
        if (anyIncomplete) {
            pw.printf("  * incomplete: some customers' window runs past the data end (%s); only customers whose "
                    + "window is over enter the value, and incomplete cohorts are left out of \"all\".%n",
                    t.observationEnd());
        }
    }
}
