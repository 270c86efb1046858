package org.valuelens.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.valuelens.model.TimeUnit;
import org.valuelens.model.progress.ProgressListener;
import org.valuelens.service.BenchReport;
import org.valuelens.service.BenchService;
import org.valuelens.service.BenchStage;
import org.valuelens.service.ServiceException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code valuelens bench --transactions N ...}: times the pipeline on seeded synthetic data;
 * {@code valuelens bench --input FILE ...} on the user's own file.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Generate a seeded synthetic transaction log and time each stage: generate, store, CSV import, "
                + "summary, BG/NBD, Pareto/NBD and Gamma-Gamma fits, CLV, the four segmentations, cohorts (and xlsx).",
            "With --input FILE (and the column options of import), time the same stages on your own file instead: "
                + "import-csv (import-xlsx for .xlsx/.xls), summary, the fits, CLV, segmentations and cohorts."})
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--transactions", paramLabel = "N", description = "Rows to generate (needed unless --input).")
    Integer transactions;

    @Option(names = "--input", paramLabel = "FILE",
            description = "Time the stages on this CSV/TXT/XLSX/XLS file instead of generated data.")
    Path input;

    @Mixin
    ImportFileOptions fileOptions;

    @Option(names = "--time-unit", paramLabel = "UNIT", defaultValue = "week",
            description = "day, week or month: the unit of the analysis stages (default: ${DEFAULT-VALUE}).")
    String timeUnit;

    @Option(names = "--horizon", paramLabel = "N",
            description = "CLV horizon in periods of --time-unit (default: one year, e.g. 52 weeks, 365 days); "
                    + "the CLV stage is named after it, e.g. clv-bg-nbd-365-days.")
    Integer horizon;

    @Option(names = "--customers", paramLabel = "M", description = "Customers (default: N / 10).")
    Integer customers;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "Random seed (default: 42).")
    long seed;

    @Option(names = "--keep", paramLabel = "DIR", description = "Keep the data and workspaces in this folder.")
    Path keep;

    @Option(names = "--xlsx", description = "Also write an Online-Retail-like .xlsx of the rows and time its import.")
    boolean xlsx;

    @Option(names = "--stages", paramLabel = "NAME", split = ",",
            description = "Run only these stages, comma-separated, in their fixed order (default: all): generate, "
                    + "store, import-csv, summary, fit-bg-nbd, fit-pareto-nbd, fit-gamma-gamma, fit-mbg-nbd, "
                    + "fit-bg-cnbd-k, fit-mbg-cnbd-k, clv-bg-nbd-52-weeks, predict-MODEL and then "
                    + "next-order-intervals-10k-MODEL for each MODEL of bg-nbd, mbg-nbd, pareto-nbd, bg-cnbd-k, "
                    + "mbg-cnbd-k, segment-all-four, cohort-month, products-load, products-first, products-ltv-days, "
                    + "products-affinity-200, generate-xlsx, import-xlsx. store and import-csv need generate; "
                    + "the products-* stages need products-load (generated rows carry a product in store only); "
                    + "the analysis stages need store or import-csv (the latter's dataset when both run); "
                    + "segment-all-four includes building the summary unless summary runs before it; the CLV stage "
                    + "(named after --horizon and --time-unit) uses the fits of fit-bg-nbd and fit-gamma-gamma and "
                    + "fits what they did not; predict-MODEL and next-order-intervals-10k-MODEL use the fit of "
                    + "fit-MODEL (and fit-gamma-gamma) when it ran, else fit first and time that too. With --input: import-csv or import-xlsx, then the analysis stages. "
                    + "Example: --stages generate,store,summary,cohort-month,segment-all-four")
    List<String> stages;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if ((transactions == null) == (input == null)) {
            err.println("Give either --transactions N (generated data) or --input FILE (your own file).");
            err.flush();
            return 1;
        }
        int n = transactions == null ? 1 : transactions;
        int m = customers != null ? customers : Math.max(1, n / 10);
        if (input == null && (n < 1 || m < 1 || m > n)) {
            err.println("--transactions must be at least 1 and --customers between 1 and --transactions.");
            err.flush();
            return 1;
        }
        try {
            BenchService.Settings settings = new BenchService.Settings(n, m, seed, keep, xlsx,
                    stages == null ? null : new LinkedHashSet<>(stages))
                    .withInput(input == null ? null : fileOptions.request(input))
                    .withHorizon(TimeUnit.parse(timeUnit), horizon);
            BenchReport report = new BenchService().run(settings, ProgressListener.NONE);
            if (json) {
                out.println(toJson(report));
            } else {
                out.printf(Locale.ROOT, "%d transactions, %d customers%n", report.transactions(),
                        report.customers());
                for (BenchStage s : report.stages()) {
                    if (s.note() != null && Double.isNaN(s.seconds())) {
                        out.printf(Locale.ROOT, "  %-20s %s%n", s.name(), s.note());
                    } else {
                        out.printf(Locale.ROOT, "  %-20s %8.2f s (cpu %7.2f s, load %5.2f) %12.0f rows/s  peak heap"
                                + " %6.0f MB%n", s.name(), s.seconds(), s.cpuSeconds(), s.loadAverage(),
                                s.rowsPerSecond(), s.peakHeapMb());
                    }
                }
                out.printf(Locale.ROOT, "Peak heap: %.0f MB%n", report.peakHeapMb());
            }
            out.flush();
            return 0;
        } catch (ServiceException | IllegalArgumentException e) {
            err.println(e.getMessage());
            err.flush();
            return 1;
        }
    }

    private static String toJson(BenchReport report) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("transactions", report.transactions());
        m.put("customers", report.customers());
        List<Map<String, Object>> stages = new ArrayList<>();
        for (BenchStage s : report.stages()) {
            Map<String, Object> st = new LinkedHashMap<>();
            st.put("name", s.name());
            st.put("seconds", finite(s.seconds(), 1000));
            st.put("rowsPerSecond", finite(s.rowsPerSecond(), 1));
            st.put("rows", s.rows());
            st.put("peakHeapMb", finite(s.peakHeapMb(), 10));
            st.put("cpuSeconds", finite(s.cpuSeconds(), 1000));
            st.put("loadAverage", finite(s.loadAverage(), 100));
            if (s.note() != null) {
                st.put("note", s.note());
            }
            stages.add(st);
        }
        m.put("stages", stages);
        m.put("peakHeapMb", finite(report.peakHeapMb(), 10));
        if (report.dataFile() != null) {
            m.put("dataFile", report.dataFile().toAbsolutePath().toString());
        }
        try {
            return new ObjectMapper().writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Double finite(double v, double scale) {
        return Double.isFinite(v) ? Math.round(v * scale) / scale : null;
    }
}
