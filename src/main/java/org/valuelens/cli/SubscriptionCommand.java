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
import org.valuelens.report.chart.ChartText;
import org.valuelens.report.chart.RetentionCharts;
import org.valuelens.report.export.ChartImages;
import org.valuelens.service.SubscriptionReport;
import org.valuelens.service.SubscriptionService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code subscription}: sBG on one subscription cohort, projection and residual value. Needs no workspace. */
@Command(name = "subscription", mixinStandardHelpOptions = true,
        description = {"Subscription (contractual) retention: fits the shifted-beta-geometric model (Fader & Hardie "
                + "2007) to one cohort's customers still active after each period, projects the curve, and values "
                + "the customers still active: DEL = discounted expected lifetime of a new customer, DERL = "
                + "discounted expected residual lifetime of a customer active after the last period (the pending "
                + "renewal undiscounted), in periods, times --value-per-period.",
            "Example: valuelens subscription --active 1000,631,468,382,326 --horizon 8 --discount-rate 0.1"})
final class SubscriptionCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--active", required = true, paramLabel = "N0,N1,...",
            description = "Customers still active after periods 0, 1, 2, ... (period 0 = the cohort at sign-up). "
                    + "Numbers with decimals are read as percentages of the first, on --cohort-size customers.")
    String active;

    @Option(names = "--cohort-size", defaultValue = "1000", paramLabel = "N",
            description = "Cohort size for percentages (default: ${DEFAULT-VALUE}).")
    long cohortSize;

    @Option(names = "--horizon", defaultValue = "10", paramLabel = "N",
            description = "Periods to project after the last one given (default: ${DEFAULT-VALUE}).")
    int horizon;

    @Option(names = "--discount-rate", defaultValue = "0.1", paramLabel = "D",
            description = "Discount rate per period, 0.1 = 10 %% (default: ${DEFAULT-VALUE}).")
    double discountRate;

    @Option(names = "--value-per-period", defaultValue = "1", paramLabel = "AMOUNT",
            description = "Margin a customer brings per period; 1 gives lifetimes in periods "
                    + "(default: ${DEFAULT-VALUE}).")
    double valuePerPeriod;

    @Option(names = "--chart", paramLabel = "FILE.png", description = "Also draw the curve as a PNG chart.")
    Path chart;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public Integer call() {
        SubscriptionReport r = new SubscriptionService().fit(SubscriptionService.parseActive(active), cohortSize,
                horizon, discountRate, valuePerPeriod);
        if (chart != null) {
            write(r, chart);
        }
        PrintWriter pw = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> o = Json.object();
            o.put("model", "sbg");
            o.put("params", r.fit().parameters());
            o.put("standardErrors", r.fit().standardErrors());
            o.put("logLikelihood", r.fit().logLikelihood());
            o.put("converged", r.fit().converged());
            o.put("cohortSize", r.active()[0]);
            o.put("observedPeriods", r.observedPeriods());
            o.put("asPercent", r.asPercent());
            List<Map<String, Object>> periods = new ArrayList<>();
            for (SubscriptionReport.Period p : r.periods()) {
                Map<String, Object> m = Json.object();
                m.put("period", p.period());
                m.put("observedActive", p.observedActive());
                m.put("observedShare", p.observedShare());
                m.put("fittedShare", p.fittedShare());
                m.put("expectedActive", p.expectedActive());
                m.put("retentionRate", p.retentionRate());
                m.put("projected", p.projected());
                periods.add(m);
            }
            o.put("periods", periods);
            o.put("discountRate", r.discountRate());
            o.put("valuePerPeriod", r.valuePerPeriod());
            o.put("del", r.lifetime());
            o.put("lifetimeValue", r.lifetimeValue());
            o.put("derl", r.residualLifetime());
            o.put("residualValue", r.residualValue());
            o.put("warnings", r.fit().warnings());
            o.put("chart", chart == null ? null : chart.toString());
            pw.println(Json.write(o));
        } else {
            pw.printf("sBG fitted on a cohort of %,d over %d periods: alpha %.4f, beta %.4f (log-likelihood %.2f)%n",
                    r.active()[0], r.observedPeriods(), r.fit().parameter("alpha"), r.fit().parameter("beta"),
                    r.fit().logLikelihood());
            pw.printf("  %6s %10s %10s %10s %10s%n", "period", "observed", "fitted", "expected", "retention");
            for (SubscriptionReport.Period p : r.periods()) {
                pw.printf("  %6d %10s %9.1f%% %10.1f %10s%n", p.period(),
                        p.observedActive() == null ? "-" : String.valueOf(p.observedActive()), p.fittedShare() * 100,
                        p.expectedActive(), Double.isNaN(p.retentionRate()) ? "-"
                                : String.format(Locale.ROOT, "%.1f%%", p.retentionRate() * 100));
            }
            pw.printf("  DEL of a new customer: %.3f periods (value %.2f)%n", r.lifetime(), r.lifetimeValue());
            pw.printf("  DERL of a customer active after period %d: %.3f periods; the %,d still active are worth "
                    + "%.2f%n", r.observedPeriods(), r.residualLifetime(), r.active()[r.observedPeriods()],
                    r.residualValue());
            r.fit().warnings().forEach(w -> pw.println("  Note: " + w));
        }
        pw.flush();
        return 0;
    }

    private static void write(SubscriptionReport r, Path file) {
        int k = r.periods().size();
        double[] observed = new double[k];
        double[] fitted = new double[k];
        for (int i = 0; i < k; i++) {
            SubscriptionReport.Period p = r.periods().get(i);
            observed[i] = p.observedShare() == null ? Double.NaN : p.observedShare();
            fitted[i] = p.fittedShare();
        }
        try {
            ChartImages.writePng(RetentionCharts.survival(observed, fitted, r.observedPeriods(),
                    ChartText.of(Locale.ENGLISH)), file, 1000, 600, 1);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": could not be written (" + e.getMessage() + ").", e);
        }
    }
}
