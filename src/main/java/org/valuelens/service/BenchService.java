package org.valuelens.service;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.valuelens.importer.DataShape;
import org.valuelens.importer.ImportResult;
import org.valuelens.model.CustomerSummary;
import org.valuelens.model.TimeUnit;
import org.valuelens.model.btyd.PurchaseModel;
import org.valuelens.model.btyd.SpendModel;
import org.valuelens.model.clv.PredictiveClv;
import org.valuelens.model.progress.ProgressListener;

/**
 * Times the pipeline on seeded synthetic data, or on the user's own file ({@link Settings#input()}). Each stage is a
 * {@link Step} in {@code steps(Settings)}: to benchmark a new stage (summary, fitting, segmentation), add a step
 * that uses the {@link Context} (the generated data, the workspace and the imported dataset id) and returns the
 * rows it processed.
 */
public final class BenchService {

    /**
     * Benchmark settings.
     *
     * @param transactions rows to generate ({@code >= 1}; ignored with {@code input})
     * @param customers    customers ({@code 1..transactions}; ignored with {@code input})
     * @param seed         random seed
     * @param keepDir      folder to keep the data and workspaces in, {@code null} = a temp folder deleted after
     * @param xlsx         also write an Online-Retail-like .xlsx of the same rows and time its import
     * @param stages       names of the stages to run (see {@link #stageNames(Settings)}), {@code null} or empty =
     *                     all; the analysis stages need "store" or "import-csv" (which need "generate")
     * @param input        the user's own file to import and analyse instead of generated data ({@code null} =
     *                     generate); then the stages are the file's import ("import-csv", or "import-xlsx" for
     *                     .xlsx/.xls) and the analysis stages
     * @param timeUnit     time unit of the analysis stages ({@code null} = week)
     * @param horizon      CLV horizon in periods of the time unit ({@code null} = 52 weeks, or one year of the
     *                     given unit: 365 days, 12 months)
     */
    public record Settings(int transactions, int customers, long seed, Path keepDir, boolean xlsx,
                           Set<String> stages, ImportRequest input, TimeUnit timeUnit, Integer horizon) {
        /** Copies the stage set and checks the horizon. */
        public Settings {
            stages = stages == null ? Set.of() : Set.copyOf(stages);
            if (horizon != null && horizon < 1) {
                throw new IllegalArgumentException("The CLV horizon must be at least 1 period, not " + horizon + ".");
            }
        }

        /** Generated data, weekly analysis over 52 weeks. */
        public Settings(int transactions, int customers, long seed, Path keepDir, boolean xlsx, Set<String> stages) {
            this(transactions, customers, seed, keepDir, xlsx, stages, null, null, null);
        }

        /** All stages. */
        public Settings(int transactions, int customers, long seed, Path keepDir, boolean xlsx) {
            this(transactions, customers, seed, keepDir, xlsx, null);
        }

        /**
         * @param file the user's file and how to read it ({@code null} = generate)
         * @return a copy that imports and analyses that file
         */
        public Settings withInput(ImportRequest file) {
            return new Settings(transactions, customers, seed, keepDir, xlsx, stages, file, timeUnit, horizon);
        }

        /**
         * @param unit    time unit of the analysis stages ({@code null} = week)
         * @param periods CLV horizon in periods of that unit ({@code null} = one year)
         * @return a copy
         */
        public Settings withHorizon(TimeUnit unit, Integer periods) {
            return new Settings(transactions, customers, seed, keepDir, xlsx, stages, input, unit, periods);
        }

        /** @return the analysis time unit */
        TimeUnit unit() {
            return timeUnit == null ? TimeUnit.WEEK : timeUnit;
        }

        /** @return the CLV horizon in periods of {@link #unit()} */
        int periods() {
            return horizon != null ? horizon : (int) Math.round(unit().periodsPerYear());
        }
    }

    /** What the stages share. Mutable; stages run in order on one thread. */
    public static final class Context {
        final Settings settings;
        final Path dir;
        SyntheticTransactions data;
        Path csv;
        Path xlsx;
        Integer datasetId;
        Path workspace;
        WorkspaceSession session;
        FitReport purchaseFit;
        FitReport spendFit;
        long inputRows;
        long inputCustomers;
        ProductData products;

        Context(Settings settings, Path dir) {
            this.settings = settings;
            this.dir = dir;
        }
    }

    /** A timed stage. */
    @FunctionalInterface
    interface Step {
        /**
         * @return rows processed
         * @throws Exception anything; {@link UnsupportedOperationException} marks the stage skipped
         */
        long run(Context context, ProgressListener listener) throws Exception;
    }

    private record Named(String name, Step step) {
    }

    private static List<Named> steps(Settings settings) {
        List<Named> steps = new ArrayList<>();
        if (settings.input() != null) {
            steps.add(new Named(inputStage(settings.input()), BenchService::importInput));
            addAnalysisSteps(steps, settings);
            return steps;
        }
        steps.add(new Named("generate", (c, l) -> {
            c.data = new SyntheticTransactions(c.settings.transactions(), c.settings.customers(),
                    new Random(c.settings.seed()));
            c.csv = c.dir.resolve("transactions.csv");
            c.data.writeCsv(c.csv);
            return c.data.size();
        }));
        steps.add(new Named("store", (c, l) -> {
            requireGenerated(c);
            // the storage write path alone: the generated rows fed straight to ImportService (no parsing)
            try (WorkspaceService ws = WorkspaceService.open(c.dir.resolve("workspace-store"))) {
                RowSource replay = (options, sink, listener) -> {
                    c.data.forEach(sink::transaction);
                    return new ImportResult(c.data.size(), c.data.size(), 0, Map.of(), 0, null, null,
                            DataShape.TRANSACTIONS, "UTF-8", ",", List.of(), List.of(), Map.of(), null, List.of());
                };
                ImportOutcome o = new ImportService(ws, replay).importFile(ImportRequest.of(c.csv), true, l);
                // the analysis stages use this dataset unless "import-csv" runs too
                c.datasetId = o.datasetId();
                c.workspace = c.dir.resolve("workspace-store");
                return o.rowsImported();
            }
        }));
        steps.add(new Named("import-csv", (c, l) -> {
            requireGenerated(c);
            try (WorkspaceService ws = WorkspaceService.open(c.dir.resolve("workspace"))) {
                ImportOutcome o = new ImportService(ws).importFile(ImportRequest.of(c.csv), true, l);
                c.datasetId = o.datasetId();
                c.workspace = c.dir.resolve("workspace");
                return o.rowsRead();
            }
        }));
        addAnalysisSteps(steps, settings);
        steps.add(new Named("generate-xlsx", (c, l) -> {
            if (!c.settings.xlsx()) {
                throw new UnsupportedOperationException("not requested (--xlsx)");
            }
            c.xlsx = c.dir.resolve("online_retail_like.xlsx");
            c.data.writeXlsx(c.xlsx, c.settings.seed());
            return c.data.size();
        }));
        steps.add(new Named("import-xlsx", (c, l) -> {
            if (c.xlsx == null) {
                throw new UnsupportedOperationException("not requested (--xlsx)");
            }
            try (WorkspaceService ws = WorkspaceService.open(c.dir.resolve("workspace-xlsx"))) {
                return new ImportService(ws).importFile(ImportRequest.of(c.xlsx), true, l).rowsRead();
            }
        }));
        return steps;
    }

    /**
     * Analysis stages on the imported dataset, one session so that the summary is built once (stage "summary"), the
     * fit stages time the fits alone and the CLV stage uses their fits.
     */
    private static void addAnalysisSteps(List<Named> steps, Settings settings) {
        steps.add(new Named("summary", (c, l) -> analysisOf(c).summarize(analysis(c), l).customers().size()));
        for (String model : List.of("bg-nbd", "pareto-nbd", "gamma-gamma", "mbg-nbd", "bg-cnbd-k", "mbg-cnbd-k")) {
            steps.add(new Named("fit-" + model, (c, l) -> {
                FitReport fit = analysisOf(c).fit(model, analysis(c), l);
                if ("bg-nbd".equals(model)) {
                    c.purchaseFit = fit;
                } else if ("gamma-gamma".equals(model)) {
                    c.spendFit = fit;
                }
                return fit.fit().customers();
            }));
        }
        steps.add(new Named(clvStage(settings), BenchService::clvWithFits));
        // issue 16: per purchase model, the predictions after its fit (the fit stages above leave their fits in the
        // session; without them the stage fits first and times that too) and 10,000 next-order quartiles
        for (String model : PredictionService.MODELS) {
            steps.add(new Named("predict-" + model, (c, l) -> PredictionBench.predict(analysisOf(c), analysis(c),
                    model, l)));
        }
        for (String model : PredictionService.MODELS) {
            steps.add(new Named(PredictionBench.INTERVALS_STAGE + model, (c, l) -> PredictionBench.nextOrderIntervals(
                    analysisOf(c), analysis(c), model, l)));
        }
        steps.add(new Named("segment-all-four", (c, l) -> {
            analysisOf(c); // the summary is built here unless the "summary" stage ran before
            SegmentService segments = c.session.segments();
            long n = 0;
            for (String scheme : SegmentService.SCHEMES) {
                n = segments.segment(scheme, SegmentService.Options.defaults(), analysis(c), l).rows().size();
            }
            return n;
        }));
        steps.add(new Named("cohort-month", (c, l) -> {
            analysisOf(c);
            return c.session.segments().cohorts(org.valuelens.model.cohort.CohortPeriod.MONTH, analysis(c),
                    org.valuelens.model.cohort.AcquisitionCosts.none(), null, l).transactions();
        }));
        // issue 17: reading the orders is its own stage; the three analyses run on the orders in memory
        steps.add(new Named("products-load", (c, l) -> {
            analysisOf(c);
            c.products = c.session.products().load(analysis(c), l);
            return c.products.book().orders();
        }));
        steps.add(new Named("products-first", (c, l) -> c.session.products().firstProducts(withProducts(c),
                new org.valuelens.model.product.FirstProductAnalyzer(), null, false).rows().size()));
        steps.add(new Named("products-ltv-days", (c, l) -> c.session.products().ltvByCohort(products(c),
                org.valuelens.model.product.LtvGrouping.MONTH, org.valuelens.model.product.FirstProductAnalyzer
                        .DEFAULT_DAYS, 1).average().customers()));
        steps.add(new Named("products-affinity-200", (c, l) -> c.session.products().affinity(withProducts(c), 200, 3)
                .size()));
    }

    private static ProductData withProducts(Context c) {
        if (!products(c).hasProducts()) {
            throw new UnsupportedOperationException("no product column (only the store stage's rows have one)");
        }
        return c.products;
    }

    private static ProductData products(Context c) {
        if (c.products == null) {
            throw new UnsupportedOperationException("no orders read (stage products-load)");
        }
        return c.products;
    }

    /** @return "clv-bg-nbd-52-weeks" and the like: the CLV stage's name for the settings' unit and horizon */
    static String clvStage(Settings settings) {
        return "clv-bg-nbd-" + settings.periods() + "-" + settings.unit().cliName() + "s";
    }

    private static String inputStage(ImportRequest input) {
        String name = input.file().getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".xlsx") || name.endsWith(".xls") ? "import-xlsx" : "import-csv";
    }

    private static long importInput(Context c, ProgressListener l) {
        c.workspace = c.dir.resolve("workspace");
        try (WorkspaceService ws = WorkspaceService.open(c.workspace)) {
            ImportOutcome o = new ImportService(ws).importFile(c.settings.input(), true, l);
            c.datasetId = o.datasetId();
            c.inputRows = o.rowsImported();
            c.inputCustomers = o.customers();
            return o.rowsRead();
        }
    }

    /**
     * The BG/NBD + Gamma-Gamma CLV of every customer from the fits of the stages fit-bg-nbd and fit-gamma-gamma
     * (a missing one is fitted here, inside the timing).
     */
    private static long clvWithFits(Context c, ProgressListener l) {
        AnalysisService analysis = analysisOf(c);
        AnalysisSettings settings = analysis(c);
        FitReport purchases = c.purchaseFit != null ? c.purchaseFit : analysis.fit("bg-nbd", settings, l);
        FitReport spend = c.spendFit != null ? c.spendFit : analysis.fit("gamma-gamma", settings, l);
        List<CustomerSummary> customers = analysis.summarize(settings, l).customers();
        double[] margins = new double[customers.size()];
        for (int i = 0; i < margins.length; i++) {
            margins[i] = AnalysisService.effectiveMargin(customers.get(i), settings);
        }
        return new PredictiveClv((PurchaseModel) purchases.fit().model(), (SpendModel) spend.fit().model(),
                settings.timeUnit(), settings.horizon(), settings.annualDiscountRate())
                .compute(customers, margins, l).clv().length;
    }

    /** Stage names in run order, on generated data with the default (weekly, 52-week) analysis. */
    public static final List<String> STAGES = stageNames(new Settings(1, 1, 0, null, false));

    /**
     * @param settings the run's settings ({@code null} not permitted)
     * @return the names of the stages such a run offers, in run order
     */
    public static List<String> stageNames(Settings settings) {
        return steps(settings).stream().map(Named::name).toList();
    }

    private static void requireGenerated(Context c) {
        if (c.data == null) {
            throw new UnsupportedOperationException("no generated data (stage generate)");
        }
    }

    private static AnalysisService analysisOf(Context c) {
        if (c.datasetId == null) {
            throw new UnsupportedOperationException("no imported dataset (stage store or import-csv)");
        }
        if (c.session == null) {
            c.session = WorkspaceSession.open(c.workspace);
        }
        return c.session.analysis();
    }

    private static AnalysisSettings analysis(Context c) {
        return AnalysisSettings.defaults(c.settings.unit()).withDataset(c.datasetId)
                .withDiscountAndHorizon(0.10, c.settings.periods());
    }

    /**
     * Runs the selected stages (all by default) in their fixed order.
     *
     * @param settings what to generate ({@code null} not permitted)
     * @param listener progress and cancel
     * @return the timings
     * @throws ServiceException when a stage fails (other than being unavailable)
     */
    public BenchReport run(Settings settings, ProgressListener listener) throws ServiceException {
        List<String> names = stageNames(settings);
        for (String name : settings.stages()) {
            if (!names.contains(name)) {
                throw new ServiceException("Unknown benchmark stage '" + name + "': use some of "
                        + String.join(", ", names) + ".");
            }
        }
        Path dir;
        try {
            dir = settings.keepDir() != null ? Files.createDirectories(settings.keepDir())
                    : Files.createTempDirectory("valuelens-bench");
        } catch (IOException e) {
            throw new ServiceException("Cannot create the benchmark folder: " + e.getMessage(), e);
        }
        Context context = new Context(settings, dir);
        List<BenchStage> stages = new ArrayList<>();
        List<Named> selected = steps(settings).stream()
                .filter(n -> settings.stages().isEmpty() || settings.stages().contains(n.name())).toList();
        double runPeak = 0;
        try {
            for (Named named : selected) {
                listener.checkCancelled();
                listener.progress(stages.size(), selected.size(), named.name());
                System.gc();
                resetPeaks();
                double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
                load = load < 0 ? Double.NaN : load;
                long cpu0 = processCpuNanos();
                long t0 = System.nanoTime();
                try {
                    long rows = named.step().run(context, listener);
                    double s = (System.nanoTime() - t0) / 1e9;
                    long cpu1 = processCpuNanos();
                    double cpu = cpu0 < 0 || cpu1 < 0 ? Double.NaN : (cpu1 - cpu0) / 1e9;
                    double peak = peakHeapMb();
                    runPeak = Math.max(runPeak, peak);
                    stages.add(new BenchStage(named.name(), s, rows, rows / s, peak, null, cpu, load));
                } catch (UnsupportedOperationException e) {
                    stages.add(new BenchStage(named.name(), Double.NaN, 0, Double.NaN, peakHeapMb(),
                            "skipped: " + e.getMessage(), Double.NaN, load));
                } catch (ServiceException e) {
                    throw e;
                } catch (Exception e) {
                    throw new ServiceException("Benchmark stage " + named.name() + " failed: " + e.getMessage(), e);
                }
            }
        } finally {
            if (context.session != null) {
                context.session.close();
            }
            if (settings.keepDir() == null) {
                deleteTree(dir);
            }
        }
        boolean own = settings.input() != null;
        return new BenchReport(own ? context.inputRows : settings.transactions(),
                own ? context.inputCustomers : settings.customers(), stages, runPeak,
                settings.keepDir() == null ? null : context.csv);
    }

    /**
     * @return CPU nanoseconds of the whole process (all threads: parallel stages use both cores), or -1 when the JVM
     *         cannot tell
     */
    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : -1;
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static double peakHeapMb() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes / (1024.0 * 1024.0);
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp folder left behind is harmless
        }
    }
}
