package org.valuelens.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.valuelens.model.cohort.AcquisitionCosts;
import org.valuelens.model.cohort.ChannelSummary;
import org.valuelens.model.cohort.CohortResult;
import org.valuelens.model.product.LtvGrouping;
import org.valuelens.model.product.ValueCurve;
import org.valuelens.model.product.ValueCurves;
import org.valuelens.service.AnalysisService;
import org.valuelens.service.AnalysisSettings;
import org.valuelens.service.DatasetReports;
import org.valuelens.service.ProductService;
import org.valuelens.service.SegmentService;
import org.valuelens.service.WorkspaceService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code channels}: customers, LTV, CAC, LTV:CAC and payback per acquisition channel. */
@Command(name = "channels", mixinStandardHelpOptions = true,
        description = "Per acquisition channel (channel of the first purchase, or the customer table): customers, "
                + "average value, CAC, LTV:CAC and payback period (months), and the payback day: the first day since "
                + "the first purchase on which the channel's cumulative margin per acquired customer (revenue when "
                + "the data has no cost column) reaches its CAC.")
final class ChannelsCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    AnalysisOptions options;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        try (WorkspaceService ws = WorkspaceService.open(options.db)) {
            AnalysisService analysis = new AnalysisService(ws);
            SegmentService segments = new SegmentService(analysis);
            ConsoleProgress progress = new ConsoleProgress(spec, json);
            AnalysisSettings settings = options.settings().withDataset(DatasetReports.resolve(analysis,
                    options.dataset));
            analysis.requireAmounts(settings, "channel LTV and LTV:CAC");
            // the per-customer channel CAC typed for this dataset in the app
            Map<String, Double> spend = DatasetReports.channelSpend(segments,
                    ws.datasetSettings(settings.datasetId()).channelCac(), settings, progress);
            CohortResult result = segments.channels(settings, AcquisitionCosts.perChannel(spend), null, progress);
            ProductService products = new ProductService(ws, analysis);
            // a summary-only dataset has no daily purchases, so no curve to read a payback day from
            ValueCurves curves = analysis.isSummaryOnly(settings.datasetId()) ? null
                    : products.valueCurves(products.load(settings, progress), LtvGrouping.CHANNEL);
            PrintWriter pw = spec.commandLine().getOut();
            if (json) {
                Map<String, Object> o = Json.object();
                List<Map<String, Object>> rows = new ArrayList<>();
                for (ChannelSummary c : result.channels()) {
                    Map<String, Object> m = Json.object();
                    m.put("channel", c.channel());
                    m.put("customers", c.customers());
                    m.put("averageClv", c.averageClv());
                    m.put("historicalMarginPerCustomer", c.historicalMarginPerCustomer());
                    m.put("cac", c.cac());
                    m.put("ltvToCac", c.ltvToCac());
                    m.put("paybackPeriod", c.paybackPeriod());
                    m.put("paybackDays", paybackDay(curves, c.channel(), c.cac()));
                    rows.add(m);
                }
                o.put("channels", rows);
                o.put("paybackUnit", "months");
                o.put("paybackDaysBasis", curves == null ? null
                        : curves.paybackMetric().name().toLowerCase(java.util.Locale.ROOT));
                o.put("seconds", (System.nanoTime() - start) / 1e9);
                pw.println(Json.write(o));
            } else {
                pw.printf("  %-20s %9s %14s %10s %9s %8s %10s%n", "channel", "customers", "margin/cust.", "CAC",
                        "LTV:CAC", "payback", "payback d");
                for (ChannelSummary c : result.channels()) {
                    Integer days = paybackDay(curves, c.channel(), c.cac());
                    pw.printf("  %-20s %9d %14.2f %10s %9s %8s %10s%n", c.channel(), c.customers(),
                            c.historicalMarginPerCustomer(), c.cac() == null ? "-" : String.format("%.2f", c.cac()),
                            c.ltvToCac() == null ? "-" : String.format("%.2f", c.ltvToCac()),
                            c.paybackPeriod() == null ? "-" : c.paybackPeriod() + " mo",
                            c.cac() == null || curves == null ? "-" : days == null ? "not yet" : days + " d");
                }
                if (curves == null) {
                    pw.println("  payback d: needs the purchases by day (a summary-only dataset has none).");
                } else if (!curves.hasCost()) {
                    pw.println("  payback d: read from revenue, since the data has no cost column.");
                }
            }
            pw.flush();
            return 0;
        }
    }

    /** @return the payback day of the channel's curve, {@code null} when the CAC is unknown or never reached */
    static Integer paybackDay(ValueCurves curves, String channel, Double cac) {
        ValueCurve curve = curves == null ? null : curves.group(channel);
        return cac == null || curve == null ? null : curve.paybackDay(curves.paybackMetric(), cac);
    }
}
