package org.valuelens.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.valuelens.model.CustomerRecord;
import org.valuelens.model.CustomerSummary;
import org.valuelens.model.Transaction;
import org.valuelens.model.btyd.BgNbdFitter;
import org.valuelens.model.btyd.CalibrationData;
import org.valuelens.model.btyd.FitException;
import org.valuelens.model.btyd.FitResult;
import org.valuelens.model.btyd.GammaGammaFitter;
import org.valuelens.model.btyd.GammaGammaModel;
import org.valuelens.model.btyd.ParetoNbdFitter;
import org.valuelens.model.btyd.PurchaseModel;
import org.valuelens.model.btyd.SpendModel;
import org.valuelens.model.clv.ClvFormulas;
import org.valuelens.model.clv.ClvResult;
import org.valuelens.model.clv.PredictiveClv;
import org.valuelens.model.clv.RetentionEstimate;
import org.valuelens.model.clv.RetentionEstimator;
import org.valuelens.model.clv.ValueBasis;
import org.valuelens.model.progress.ProgressListener;
import org.valuelens.model.summary.LineColumns;
import org.valuelens.model.summary.SummaryBuilder;
import org.valuelens.model.summary.SummaryResult;
import org.valuelens.model.summary.SummarySettings;
import org.valuelens.model.validation.CumulativeTracking;
import org.valuelens.model.validation.HoldoutValidation;
import org.valuelens.model.validation.HoldoutValidator;
import org.valuelens.storage.DatasetInfo;
import org.valuelens.storage.StorageException;
import org.valuelens.storage.TransactionRepository;
import org.valuelens.storage.Workspace;

/**
 * CLV use cases over one workspace: customer summaries, model fits, holdout validation, CLV by every method.
 * Synchronous; slow steps report to a {@link ProgressListener} and stop when it cancels. Thread-confined: use one
 * instance per thread (the GUI runs all work on its single background executor).
 */
public final class AnalysisService {
    /** Model ids accepted by {@link #fit}. */
    public static final List<String> MODELS = List.of("bg-nbd", "mbg-nbd", "pareto-nbd", "bg-cnbd-k", "mbg-cnbd-k",
            "gamma-gamma");

    private final Workspace workspace;
    private final FitStore fits;
    private final SavedSummaries savedSummaries;
    private SummaryKey cachedKey;
    private SummaryResult cachedSummary;
    /** Fits of the cached summary by model id (fitted models are immutable; the CLV page, explainer and
     *  customer panel ask for the same fit again and again). */
    private final Map<String, FitReport> cachedFits = new java.util.HashMap<>();
    private SummaryKey cachedFitKey;

    /**
     * @param workspace the open workspace ({@code null} not permitted; not closed by this service)
     */
    public AnalysisService(WorkspaceService workspace) {
        this(workspace, SavedSummaries.DEFAULT_MIN_LINES);
    }

    /** @param savedSummaryMinLines lines from which a dataset's summaries are saved in the workspace for reuse */
    AnalysisService(WorkspaceService workspace, long savedSummaryMinLines) {
        this.workspace = Objects.requireNonNull(workspace, "workspace").workspace();
        this.fits = new FitStore(this.workspace);
        this.savedSummaries = new SavedSummaries(this.workspace, savedSummaryMinLines);
    }

    /** @return the open workspace's storage (for {@link ProductService}, which reads the same dataset's lines) */
    Workspace storage() {
        return workspace;
    }

    /** @return the summaries saved in the workspace that {@link #summarize} reuses */
    SavedSummaries savedSummaries() {
        return savedSummaries;
    }

    /** @return the saved fits that {@link #fit} reuses ({@link FitStore#refitAll()} forces new fits) */
    public FitStore fits() {
        return fits;
    }

    private record SummaryKey(int datasetId, SummarySettings settings) {
    }

    /**
     * @param datasetId a dataset id, or {@code null} for the most recently imported one
     * @return that dataset
     * @throws ServiceException when the workspace is empty or the id is unknown
     */
    public DatasetInfo dataset(Integer datasetId) {
        try {
            if (datasetId != null) {
                return workspace.datasets().find(datasetId).orElseThrow(() -> new ServiceException(
                        "There is no dataset " + datasetId + " in the workspace " + workspace.directory() + "."));
            }
            List<DatasetInfo> all = workspace.datasets().list();
            if (all.isEmpty()) {
                throw new ServiceException("The workspace " + workspace.directory()
                        + " has no data yet: import a file first.");
            }
            return all.stream().max((a, b) -> Integer.compare(a.id(), b.id())).orElseThrow();
        } catch (StorageException e) {
            throw new ServiceException("The workspace could not be read: " + e.getMessage(), e);
        }
    }

    /**
     * @param datasetId a dataset id, or {@code null} for the most recently imported one
     * @return {@code false} when the dataset is count-only (imported without an amount column)
     * @throws ServiceException when the workspace is empty or the id is unknown
     */
    public boolean hasAmounts(Integer datasetId) {
        int id = dataset(datasetId).id();
        try {
            return workspace.datasets().hasAmounts(id);
        } catch (StorageException e) {
            throw new ServiceException("The workspace could not be read: " + e.getMessage(), e);
        }
    }

    /**
     * @param datasetId a dataset id, or {@code null} for the most recently imported one
     * @return whether the dataset is summary-only (one row per customer, from a summary-mode import)
     * @throws ServiceException when the workspace is empty or the id is unknown
     */
    public boolean isSummaryOnly(Integer datasetId) {
        return isSummaryOnly(dataset(datasetId));
    }

    private static boolean isSummaryOnly(DatasetInfo ds) {
        return SummaryOnlyDatasets.is(ds);
    }

    /**
     * @param settings the settings naming the dataset ({@code null} not permitted)
     * @param what     the spend figure asked for, e.g. "CLV"
     * @throws ServiceException with {@link NoAmounts#sentence} when the dataset is count-only
     */
    public void requireAmounts(AnalysisSettings settings, String what) {
        if (!hasAmounts(settings.datasetId())) {
            throw new ServiceException(NoAmounts.sentence(what));
        }
    }

    /**
     * Builds (or returns the cached) per-customer summary of a dataset.
     *
     * @param settings analysis settings ({@code null} not permitted)
     * @param listener progress and cancel
     * @return the summary
     */
    public SummaryResult summarize(AnalysisSettings settings, ProgressListener listener) {
        DatasetInfo ds = dataset(settings.datasetId());
        SummarySettings ss = settings.summarySettings();
        SummaryKey key = new SummaryKey(ds.id(), ss);
        if (key.equals(cachedKey)) {
            return cachedSummary;
        }
        if (isSummaryOnly(ds)) {
            SummaryResult stored = SummaryOnlyDatasets.summarize(workspace, ds, ss);
            cachedKey = key;
            cachedSummary = stored;
            return stored;
        }
        SummaryResult saved = savedSummaries.find(ds, ss);
        if (saved != null && !saved.customers().isEmpty()) {
            cachedKey = key;
            cachedSummary = saved;
            return saved;
        }
        SummaryBuilder builder;
        try {
            listener.progress(0, 1, "Summarising customers");
            LineColumns columns = workspace.rows().lineColumns(ds.id());
            // the analysis store's columns as they are; customers in key order, i.e. in the order of their first
            // line in the source (the storage's scan order is not the source order): the Spark job's output then
            // gives the very same sums and fits
            builder = columns != null ? SummaryBuilder.of(ss, columns) : rowTableBuilder(ds, ss, listener);
        } catch (StorageException e) {
            throw new ServiceException("The transactions could not be read: " + e.getMessage(), e);
        }
        SummaryResult result = builder.build(listener);
        if (result.customers().isEmpty()) {
            throw new ServiceException("Dataset " + ds.id() + " (" + ds.fileName()
                    + ") has no customers with a purchase on or before the calibration end.");
        }
        savedSummaries.save(ds, ss, result);
        cachedKey = key;
        cachedSummary = result;
        return result;
    }

    /** A builder fed line by line from the row table (datasets whose lines are read from there). */
    private SummaryBuilder rowTableBuilder(DatasetInfo ds, SummarySettings ss, ProgressListener listener)
            throws StorageException {
        SummaryBuilder builder = new SummaryBuilder(ss);
        builder.expectLines(ds.rowsImported());
        // customer keys mapped once to builder codes, in key order
        String[] ids = workspace.rows().customerIdsOf(ds.id());
        int[] codes = new int[ids.length];
        for (int i = 0; i < ids.length; i++) {
            codes[i] = builder.registerCustomer(ids[i]);
        }
        long total = Math.max(1, ds.rowsImported());
        long[] seen = {0};
        workspace.rows().forEachLine(ds.id(), (customerKey, day, amount, cost, channel, isReturn) -> {
            builder.add(codes[customerKey], day, amount, cost, channel, isReturn);
            if (++seen[0] % 50_000 == 0) {
                listener.progress(seen[0], total, "Summarising customers");
                listener.checkCancelled();
            }
        });
        return builder;
    }

    /**
     * The default calibration end of the holdout check, the same on the CLV page and in the report
     * (docs/definitions.md): the middle day of the span from the earliest first purchase to the last transaction
     * (1997-09-30 on CDNOW, the split of Fader, Hardie and Lee).
     *
     * @param summary the whole-history summary ({@code null} not permitted)
     * @return the calibration end, inclusive
     */
    public static LocalDate defaultHoldoutCalibrationEnd(SummaryResult summary) {
        LocalDate start = summary.trackingStart();
        LocalDate end = summary.observationEnd();
        return LocalDate.ofEpochDay((start.toEpochDay() + end.toEpochDay()) / 2);
    }

    /**
     * @param summary a summary of the dataset of {@code settings} ({@code null} not permitted)
     * @param settings the settings naming the dataset
     * @return the sentence on imported customers not analysed ({@link Coverage}); empty when none is left out
     */
    public List<String> coverage(SummaryResult summary, AnalysisSettings settings) {
        return Coverage.notes(summary, dataset(settings.datasetId()).customers());
    }

    /**
     * @param modelId  a purchase or spend model id
     * @param settings the analysis settings
     * @param listener progress and cancel (for the summary)
     * @return whether {@link #fit} would return this model without fitting (fitted in this session or saved)
     */
    public boolean hasFit(String modelId, AnalysisSettings settings, ProgressListener listener) {
        SummaryResult summary = summarize(settings, listener);
        if (java.util.Objects.equals(cachedFitKey, cachedKey) && cachedFits.containsKey(modelId)) {
            return true;
        }
        return fits.isSaved(modelId, dataset(settings.datasetId()), summary);
    }

    /**
     * Fits a model on the calibration period, or returns the saved fit whose fingerprint matches (see
     * {@link FitStore}).
     *
     * @param modelId  one of {@link #MODELS}
     * @param settings analysis settings
     * @param listener progress and cancel
     * @return the fit with its summary and timing
     * @throws ServiceException for an unknown model or a fit that fails (plain message)
     */
    public FitReport fit(String modelId, AnalysisSettings settings, ProgressListener listener) {
        if (!MODELS.contains(modelId)) {
            throw new ServiceException("Unknown model '" + modelId + "': use one of " + String.join(", ", MODELS)
                    + ".");
        }
        if ("gamma-gamma".equals(modelId)) {
            requireAmounts(settings, "the Gamma-Gamma spend model");
        }
        SummaryResult summary = summarize(settings, listener);
        if (!java.util.Objects.equals(cachedFitKey, cachedKey)) {
            cachedFits.clear();
            cachedFitKey = cachedKey;
        }
        FitReport known = cachedFits.get(modelId);
        if (known != null) {
            return known;
        }
        listener.progress(0, -1, "Fitting " + modelId);
        listener.checkCancelled();
        try {
            FitReport report = fits.fitOrReuse(modelId, dataset(settings.datasetId()), summary,
                    () -> switch (modelId) {
                case "bg-nbd" -> BgNbdFitter.bgNbd().fit(CalibrationData.of(summary.customers()));
                case "mbg-nbd" -> BgNbdFitter.mbgNbd().fit(CalibrationData.of(summary.customers()));
                case "pareto-nbd" -> new ParetoNbdFitter().fit(CalibrationData.of(summary.customers()));
                case "bg-cnbd-k", "mbg-cnbd-k" -> RegularBuyers.fit(modelId, summary);
                default -> new GammaGammaFitter().fit(summary.customers());
            });
            cachedFits.put(modelId, report);
            return report;
        } catch (FitException e) {
            throw new ServiceException(e.getMessage(), e);
        }
    }

    /**
     * Fits a purchase model on the calibration period and compares its holdout predictions with what happened.
     *
     * @param modelId  bg-nbd, mbg-nbd, pareto-nbd, bg-cnbd-k or mbg-cnbd-k
     * @param settings settings with a calibration end before the observation end
     * @param listener progress and cancel
     * @return the validation
     */
    public ValidationReport validate(String modelId, AnalysisSettings settings, ProgressListener listener) {
        if ("gamma-gamma".equals(modelId)) {
            throw new ServiceException("Gamma-Gamma models spend, not purchases: validate bg-nbd, mbg-nbd, "
                    + "pareto-nbd, bg-cnbd-k or mbg-cnbd-k.");
        }
        if (settings.calibrationEnd() == null) {
            throw new ServiceException("Validation needs a calibration end date (--calibration-end) before the last "
                    + "transaction, so that there is a holdout period to compare with.");
        }
        FitReport report = fit(modelId, settings, listener);
        SummaryResult summary = report.summary();
        if (!(summary.holdoutLength() > 0)) {
            throw new ServiceException("The holdout period is empty: the calibration end " + summary.calibrationEnd()
                    + " is not before the observation end " + summary.observationEnd() + ".");
        }
        PurchaseModel model = (PurchaseModel) report.fit().model();
        HoldoutValidation validation = HoldoutValidator.validate(model, summary.customers(),
                summary.holdoutLength(), settings.timeUnit());
        CumulativeTracking tracking = HoldoutValidator.track(model, summary.firstPurchaseOffsets(),
                summary.repeatPurchasesPerPeriod(), settings.timeUnit());
        return new ValidationReport(report, validation, tracking);
    }

    /**
     * CLV of every customer by one method.
     *
     * @param method   the method
     * @param settings settings (horizon, discount rate, margin, CAC, lifespan, retention)
     * @param listener progress and cancel
     * @return one row per customer and the totals
     */
    public ClvReport clv(ClvMethod method, AnalysisSettings settings, ProgressListener listener) {
        requireAmounts(settings, "CLV");
        SummaryResult summary = summarize(settings, listener);
        List<CustomerSummary> customers = summary.customers();
        List<String> warnings = new ArrayList<>(coverage(summary, settings));
        Map<String, Double> parameters = new LinkedHashMap<>();
        double periodRate = settings.timeUnit().periodRate(settings.annualDiscountRate());
        double[] values = new double[customers.size()];
        double[] pAlive = new double[customers.size()];
        double[] expected = new double[customers.size()];
        Arrays.fill(pAlive, Double.NaN);
        Arrays.fill(expected, Double.NaN);
        FitReport fit = null;
        String formula;
        switch (method) {
            case SIMPLE -> {
                formula = "CLV = AOV × F × L × m − CAC";
                parameters.put("lifespan L (years)", settings.lifespanYears());
                parameters.put("margin m (fraction of revenue, when the data has no cost)", settings.margin());
                parameters.put("acquisition cost CAC (currency)", settings.acquisitionCost());
                for (int i = 0; i < values.length; i++) {
                    values[i] = formula(method, customers.get(i), settings, Double.NaN, periodRate).value();
                }
            }
            case RETENTION -> {
                double r = retention(settings, summary, parameters, warnings);
                formula = "CLV = m × r / (1 + d − r)";
                parameters.put("discount rate d (per " + settings.timeUnit().cliName() + ")", periodRate);
                for (int i = 0; i < values.length; i++) {
                    values[i] = formula(method, customers.get(i), settings, r, periodRate).value();
                }
            }
            case DCF -> {
                double r = retention(settings, summary, parameters, warnings);
                formula = "CLV = Σ_{t=1..H} (revenue_t − cost_t) × r^t / (1 + d)^t";
                parameters.put("discount rate d (per " + settings.timeUnit().cliName() + ")", periodRate);
                parameters.put("horizon H (" + settings.timeUnit().cliName() + "s)", (double) settings.horizon());
                for (int i = 0; i < values.length; i++) {
                    values[i] = formula(method, customers.get(i), settings, r, periodRate).value();
                }
            }
            case HISTORICAL -> {
                formula = "CLV = margin realised to date";
                for (int i = 0; i < values.length; i++) {
                    values[i] = customers.get(i).historicalMargin(settings.margin());
                }
            }
            default -> {
                fit = fit(method.cliName(), settings, listener);
                PurchaseModel purchases = (PurchaseModel) fit.fit().model();
                fit.fit().parameters().forEach((k, v) -> parameters.put(k, v));
                warnings.addAll(fit.fit().warnings());
                SpendModel spend = spendModel(settings, summary, warnings, parameters);
                formula = "CLV = Σ_{k=1..H} (E[Y(k)] − E[Y(k−1)]) × E[spend] × m / (1 + d)^k";
                parameters.put("discount rate d (per " + settings.timeUnit().cliName() + ")", periodRate);
                parameters.put("horizon H (" + settings.timeUnit().cliName() + "s)", (double) settings.horizon());
                double[] margins = new double[values.length];
                for (int i = 0; i < margins.length; i++) {
                    margins[i] = effectiveMargin(customers.get(i), settings);
                }
                PredictiveClv.Values v = new PredictiveClv(purchases, spend, settings.timeUnit(), settings.horizon(),
                        settings.annualDiscountRate()).compute(customers, margins, listener);
                System.arraycopy(v.clv(), 0, values, 0, values.length);
                System.arraycopy(v.probabilityAlive(), 0, pAlive, 0, values.length);
                System.arraycopy(v.expectedPurchases(), 0, expected, 0, values.length);
            }
        }
        List<CustomerClv> rows = new ArrayList<>(values.length);
        double total = 0;
        for (int i = 0; i < values.length; i++) {
            rows.add(new CustomerClv(customers.get(i), values[i], customers.get(i).historicalMargin(settings.margin()),
                    pAlive[i],
                    expected[i]));
            total += values[i];
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double median = sorted.length == 0 ? 0 : sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
        return new ClvReport(method, settings.timeUnit(), settings.horizon(), formula, parameters, rows, total,
                values.length == 0 ? 0 : total / values.length, median, warnings, fit);
    }

    /**
     * P(alive) and expected purchases over the horizon of every customer by a purchase model, without spend: what a
     * count-only dataset supports of a model CLV ({@code clv} refuses money on such a dataset).
     *
     * @param method   bg-nbd, mbg-nbd or pareto-nbd
     * @param settings settings (time unit, horizon, calibration)
     * @param listener progress and cancel
     * @return one row per customer analysed
     * @throws ServiceException for a formula method or a fit that fails
     */
    public PurchaseOutlook purchaseOutlook(ClvMethod method, AnalysisSettings settings, ProgressListener listener) {
        if (!method.probabilistic()) {
            throw new ServiceException("Expected purchases need a purchase model (bg-nbd, mbg-nbd or pareto-nbd), not "
                    + method.cliName() + ".");
        }
        SummaryResult summary = summarize(settings, listener);
        FitReport fit = fit(method.cliName(), settings, listener);
        PurchaseModel model = (PurchaseModel) fit.fit().model();
        List<PurchaseOutlook.Row> rows = new ArrayList<>(summary.customers().size());
        for (CustomerSummary c : summary.customers()) {
            rows.add(new PurchaseOutlook.Row(c, model.probabilityAlive(c.frequency(), c.recency(), c.age()),
                    model.expectedPurchases(settings.horizon(), c.frequency(), c.recency(), c.age())));
        }
        List<String> warnings = new ArrayList<>(coverage(summary, settings));
        warnings.addAll(fit.fit().warnings());
        return new PurchaseOutlook(method, settings.timeUnit(), settings.horizon(), rows, warnings, fit);
    }

    /**
     * The explained CLV of one customer (formula, inputs, steps) for the "How is this computed?" panel.
     *
     * @param customerId the customer ({@code null} not permitted)
     * @param method     the method
     * @param settings   the settings
     * @param listener   progress and cancel
     * @return the explained result
     */
    public ClvResult explain(String customerId, ClvMethod method, AnalysisSettings settings,
                             ProgressListener listener) {
        requireAmounts(settings, "CLV");
        SummaryResult summary = summarize(settings, listener);
        CustomerSummary c = summary.customers().stream().filter(s -> s.customerId().equals(customerId)).findFirst()
                .orElseThrow(() -> new ServiceException("There is no customer '" + customerId + "' in the summary."));
        double periodRate = settings.timeUnit().periodRate(settings.annualDiscountRate());
        return switch (method) {
            case SIMPLE -> formula(method, c, settings, Double.NaN, periodRate);
            case RETENTION, DCF -> formula(method, c, settings,
                    retention(settings, summary, new LinkedHashMap<>(), new ArrayList<>()), periodRate);
            case HISTORICAL -> ClvFormulas.historical(c, ValueBasis.MARGIN, settings.margin());
            default -> {
                FitReport fit = fit(method.cliName(), settings, listener);
                SpendModel spend = spendModel(settings, summary, new ArrayList<>(), new LinkedHashMap<>());
                yield ClvFormulas.predictive((PurchaseModel) fit.fit().model(), spend, c, settings.timeUnit(),
                        settings.horizon(), effectiveMargin(c, settings), settings.annualDiscountRate());
            }
        };
    }

    /**
     * Streams the dataset's transactions (storage order).
     *
     * @param settings settings naming the dataset
     * @param consumer receives each transaction
     * @param listener progress and cancel (checked every 50,000 rows)
     * @return the number of transactions
     */
    public long forEachTransaction(AnalysisSettings settings, java.util.function.Consumer<Transaction> consumer,
                                   ProgressListener listener) {
        DatasetInfo ds = dataset(settings.datasetId());
        SummaryOnlyDatasets.requireLines(ds);
        long total = Math.max(1, ds.rowsImported());
        long[] seen = {0};
        try {
            return workspace.rows().forEachTransaction(ds.id(), false, t -> {
                consumer.accept(t);
                if (++seen[0] % 50_000 == 0) {
                    listener.progress(seen[0], total, "Reading transactions");
                    listener.checkCancelled();
                }
            });
        } catch (StorageException e) {
            throw new ServiceException("The transactions could not be read: " + e.getMessage(), e);
        }
    }

    /**
     * @param settings settings naming the dataset
     * @return the dataset's customer ids indexed by the customer keys of {@link #forEachTimedLine}
     */
    String[] customerIds(AnalysisSettings settings) {
        DatasetInfo ds = dataset(settings.datasetId());
        try {
            return workspace.rows().customerIdsOf(ds.id());
        } catch (StorageException e) {
            throw new ServiceException("The customers could not be read: " + e.getMessage(), e);
        }
    }

    /**
     * Streams the dataset's lines as primitives with their time of day (storage order, the same order as
     * {@link #forEachTransaction}): the fast path for cohorts.
     *
     * @param settings settings naming the dataset
     * @param visitor  receives each line; customer keys index {@link #customerIds}
     * @param listener progress and cancel (checked every 50,000 rows)
     * @return the number of lines
     */
    long forEachTimedLine(AnalysisSettings settings, TransactionRepository.TimedLineVisitor visitor,
                          ProgressListener listener) {
        DatasetInfo ds = dataset(settings.datasetId());
        SummaryOnlyDatasets.requireLines(ds);
        long total = Math.max(1, ds.rowsImported());
        long[] seen = {0};
        try {
            return workspace.rows().forEachTimedLine(ds.id(), (key, day, second, amount, cost, channel, ret) -> {
                visitor.line(key, day, second, amount, cost, channel, ret);
                if (++seen[0] % 50_000 == 0) {
                    listener.progress(seen[0], total, "Reading transactions");
                    listener.checkCancelled();
                }
            });
        } catch (StorageException e) {
            throw new ServiceException("The transactions could not be read: " + e.getMessage(), e);
        }
    }

    /**
     * Streams the dataset's customer-table rows (none for a transaction log).
     *
     * @param settings settings naming the dataset
     * @param consumer receives each row
     * @return the number of rows
     */
    public long forEachCustomerInput(AnalysisSettings settings, java.util.function.Consumer<CustomerRecord> consumer) {
        DatasetInfo ds = dataset(settings.datasetId());
        try {
            return workspace.rows().forEachCustomerInput(ds.id(), consumer);
        } catch (StorageException e) {
            throw new ServiceException("The customer table could not be read: " + e.getMessage(), e);
        }
    }

    SpendModel spendModel(AnalysisSettings settings, SummaryResult summary, List<String> warnings,
                                  Map<String, Double> parameters) {
        try {
            FitResult<?> gg = fit("gamma-gamma", settings, ProgressListener.NONE).fit();
            warnings.addAll(gg.warnings());
            gg.parameters().forEach((k, v) -> parameters.put("gamma-gamma " + k, v));
            return (GammaGammaModel) gg.model();
        } catch (ServiceException fitFailed) {
            if (!(fitFailed.getCause() instanceof FitException e)) {
                throw fitFailed;
            }
            double revenue = 0;
            long days = 0;
            for (CustomerSummary c : summary.customers()) {
                revenue += c.revenue();
                days += c.purchaseDays();
            }
            double mean = days == 0 ? 0 : revenue / days;
            warnings.add("The Gamma-Gamma spend model could not be fitted (" + e.getMessage()
                    + "); every customer's spend per purchase is taken as the overall mean, " + mean + ".");
            parameters.put("mean spend per purchase (currency)", mean);
            return (x, m) -> mean;
        }
    }

    private double retention(AnalysisSettings settings, SummaryResult summary, Map<String, Double> parameters,
                             List<String> warnings) {
        String unit = settings.timeUnit().cliName();
        if (settings.retentionRate() != null) {
            parameters.put("retention r (per " + unit + ", given)", settings.retentionRate());
            RetentionWindow.plausibility(settings.retentionRate(), settings.timeUnit()).ifPresent(warnings::add);
            return settings.retentionRate();
        }
        LocalDate start = summary.customers().stream().map(CustomerSummary::firstPurchase).min(LocalDate::compareTo)
                .orElseThrow();
        LocalDate end = summary.calibrationEnd();
        RetentionWindow window = RetentionWindow.choose(start, end);
        if (window == null) {
            throw new ServiceException("Retention cannot be estimated from less than two complete weeks of data:"
                    + " give a retention rate instead.");
        }
        RetentionEstimator estimator = new RetentionEstimator(start, end, window.days());
        forEachTransaction(settings, t -> {
            if (!t.isReturn()) {
                estimator.add(t.customerId(), t.timestamp().toLocalDate());
            }
        }, ProgressListener.NONE);
        RetentionEstimate est = estimator.estimate();
        double r = window.toUnit(est.rate(), settings.timeUnit());
        parameters.put("retention r (per " + unit + ", estimated)", r);
        warnings.add(String.format(java.util.Locale.ROOT, "Retention r = %.4f per %s, from %.4f per %s: the share"
                + " of customers who bought in one %s and bought again in the next (%d of %d), estimated on %ss"
                + " whatever the time unit, so that days, weeks and months give comparable CLVs.", r, unit,
                est.rate(), window.label(), window.label(), est.retainedCustomerPeriods(),
                est.activeCustomerPeriods(), window.label()));
        RetentionWindow.plausibility(r, settings.timeUnit()).ifPresent(warnings::add);
        return r;
    }

    /** Margin fraction for a customer: its own (revenue − cost)/revenue when cost is known, else the setting. */
    static double effectiveMargin(CustomerSummary c, AnalysisSettings settings) {
        if (c.cost() != null && c.revenue() > 0) {
            return Math.max(-1, Math.min(1, (c.revenue() - c.cost()) / c.revenue()));
        }
        return settings.margin();
    }

    /**
     * One customer's CLV by a formula method, explained; the one place {@link #clv} and {@link #explain} build the
     * formula inputs from a summary.
     *
     * @param method     SIMPLE, RETENTION or DCF
     * @param c          the customer
     * @param settings   the settings
     * @param r          retention per period (ignored by SIMPLE)
     * @param periodRate discount rate per period of the time unit
     * @return the explained result
     */
    private static ClvResult formula(ClvMethod method, CustomerSummary c, AnalysisSettings settings, double r,
                                     double periodRate) {
        // margin and revenue per period, over the customer's observed time (at least one month)
        double periods = ClvFormulas.observedPeriods(c, settings.timeUnit());
        double marginPerPeriod = c.historicalMargin(settings.margin()) / periods;
        return switch (method) {
            case SIMPLE -> ClvFormulas.simple(c, settings.timeUnit(), settings.lifespanYears(),
                    effectiveMargin(c, settings), settings.acquisitionCost());
            case RETENTION -> ClvFormulas.retention(marginPerPeriod, r, periodRate);
            case DCF -> {
                double revenue = c.revenue() / periods;
                double[] rev = new double[settings.horizon()];
                double[] cst = new double[settings.horizon()];
                Arrays.fill(rev, revenue);
                Arrays.fill(cst, revenue - marginPerPeriod);
                yield ClvFormulas.discountedCashFlow(rev, cst, r, periodRate, settings.timeUnit().cliName());
            }
            default -> throw new IllegalArgumentException(method + " is not a formula method");
        };
    }

    // ------------------------------------------------------------------ explanations for groups (teaching panel)

    /**
     * Explains the CLV of one customer or the mean CLV of a group of customers, with the method-level parameters
     * (fitted model parameters, retention, discount rate per period) behind it.
     *
     * <p>One customer: {@link #explain}'s result. Several: the formula is applied to the mean of the customers'
     * inputs. For the simple, retention, DCF and historical methods the formula is linear in those inputs, so the
     * result equals the group's mean CLV (for the simple method the AOV is weighted by purchase frequency, so that
     * AOV × F is the mean revenue per year). For model-based methods the result is the CLV of an "average customer"
     * (rounded mean x, mean t_x, T, spend and margin) and {@link ClvExplanation#meanClv()} gives the actual mean.
     *
     * @param customerIds the customers; {@code null} = every customer of the summary
     * @param method      the method ({@code null} not permitted)
     * @param settings    the settings ({@code null} not permitted)
     * @param listener    progress and cancel
     * @return the explanation
     * @throws ServiceException when none of the customers is in the summary
     */
    public ClvExplanation explainGroup(java.util.Collection<String> customerIds, ClvMethod method,
                                       AnalysisSettings settings, ProgressListener listener) {
        Objects.requireNonNull(method, "method");
        requireAmounts(settings, "CLV");
        SummaryResult summary = summarize(settings, listener);
        List<CustomerSummary> group = new ArrayList<>();
        java.util.Set<String> wanted = customerIds == null ? null : new java.util.HashSet<>(customerIds);
        for (CustomerSummary c : summary.customers()) {
            if (wanted == null || wanted.contains(c.customerId())) {
                group.add(c);
            }
        }
        if (group.isEmpty()) {
            throw new ServiceException("None of the " + (wanted == null ? 0 : wanted.size())
                    + " customers is in the summary.");
        }
        int n = group.size();
        Map<String, Double> parameters = new LinkedHashMap<>();
        double periodRate = settings.timeUnit().periodRate(settings.annualDiscountRate());
        String unit = settings.timeUnit().cliName();
        double[] values = new double[n];
        ClvResult result;
        boolean exact = true;
        switch (method) {
            case SIMPLE -> {
                parameters.put("lifespan L (years)", settings.lifespanYears());
                parameters.put("acquisition cost CAC (currency)", settings.acquisitionCost());
                double sumF = 0;
                double sumRevenuePerYear = 0;
                double sumMarginPerYear = 0;
                for (int i = 0; i < n; i++) {
                    CustomerSummary c = group.get(i);
                    values[i] = formula(method, c, settings, Double.NaN, periodRate).value();
                    double years = ClvFormulas.observedPeriods(c, settings.timeUnit())
                            / settings.timeUnit().periodsPerYear();
                    sumF += c.purchaseDays() / years;
                    sumRevenuePerYear += c.revenue() / years;
                    sumMarginPerYear += c.revenue() / years * effectiveMargin(c, settings);
                }
                double f = sumF / n;
                double aov = f == 0 ? 0 : sumRevenuePerYear / n / f;
                // the margin weighted by revenue per year keeps AOV × F × L × m equal to the group's mean
                double m = sumRevenuePerYear == 0 ? settings.margin() : sumMarginPerYear / sumRevenuePerYear;
                result = n == 1 ? formula(method, group.get(0), settings, Double.NaN, periodRate)
                        : ClvFormulas.simpleWithMargin(aov, f, settings.lifespanYears(), m, settings.acquisitionCost());
            }
            case RETENTION, DCF -> {
                double r = retention(settings, summary, parameters, new ArrayList<>());
                parameters.put("discount rate d (per " + unit + ")", periodRate);
                double margin = 0;
                double revenue = 0;
                for (int i = 0; i < n; i++) {
                    CustomerSummary c = group.get(i);
                    values[i] = formula(method, c, settings, r, periodRate).value();
                    double periods = ClvFormulas.observedPeriods(c, settings.timeUnit());
                    margin += c.historicalMargin(settings.margin()) / periods;
                    revenue += c.revenue() / periods;
                }
                margin /= n;
                revenue /= n;
                if (n == 1) {
                    result = formula(method, group.get(0), settings, r, periodRate);
                } else if (method == ClvMethod.RETENTION) {
                    result = ClvFormulas.retention(margin, r, periodRate);
                } else {
                    double[] rev = new double[settings.horizon()];
                    double[] cst = new double[settings.horizon()];
                    Arrays.fill(rev, revenue);
                    Arrays.fill(cst, revenue - margin);
                    result = ClvFormulas.discountedCashFlow(rev, cst, r, periodRate, unit);
                }
            }
            case HISTORICAL -> {
                for (int i = 0; i < n; i++) {
                    values[i] = group.get(i).historicalMargin(settings.margin());
                }
                result = ClvFormulas.historical(n == 1 ? group.get(0) : averageCustomer(group, settings, n),
                        ValueBasis.MARGIN, settings.margin());
            }
            default -> {
                FitReport fit = fit(method.cliName(), settings, listener);
                PurchaseModel purchases = (PurchaseModel) fit.fit().model();
                fit.fit().parameters().forEach(parameters::put);
                SpendModel spend = spendModel(settings, summary, new ArrayList<>(), parameters);
                parameters.put("discount rate d (per " + unit + ")", periodRate);
                double margin = 0;
                double[] margins = new double[n];
                for (int i = 0; i < n; i++) {
                    margins[i] = effectiveMargin(group.get(i), settings);
                    margin += margins[i];
                }
                System.arraycopy(new PredictiveClv(purchases, spend, settings.timeUnit(), settings.horizon(),
                        settings.annualDiscountRate()).compute(group, margins, listener).clv(), 0, values, 0, n);
                CustomerSummary typical = n == 1 ? group.get(0) : averageCustomer(group, settings, n);
                result = ClvFormulas.predictive(purchases, spend, typical, settings.timeUnit(), settings.horizon(),
                        n == 1 ? effectiveMargin(typical, settings) : margin / n, settings.annualDiscountRate());
                exact = n == 1;
            }
        }
        double mean = 0;
        for (double v : values) {
            mean += v;
        }
        return new ClvExplanation(result, parameters, n, mean / n, exact);
    }

    /**
     * @return a customer whose inputs are the group's means: x rounded, t_x, T, repeat spend (over customers with
     *         repeat purchases), revenue and cost (revenue − historical margin, {@code null} when no customer has a
     *         cost)
     */
    private static CustomerSummary averageCustomer(List<CustomerSummary> group, AnalysisSettings settings, int n) {
        double x = 0;
        double tx = 0;
        double age = 0;
        double spend = 0;
        int repeaters = 0;
        double revenue = 0;
        double cost = 0;
        boolean anyCost = false;
        LocalDate first = group.get(0).firstPurchase();
        LocalDate last = group.get(0).lastPurchase();
        for (CustomerSummary c : group) {
            x += c.frequency();
            tx += c.recency();
            age += c.age();
            if (c.frequency() > 0) {
                spend += c.monetaryValue();
                repeaters++;
            }
            revenue += c.revenue();
            cost += c.revenue() - c.historicalMargin(settings.margin());
            anyCost |= c.cost() != null;
            first = c.firstPurchase().isBefore(first) ? c.firstPurchase() : first;
            last = c.lastPurchase().isAfter(last) ? c.lastPurchase() : last;
        }
        int meanX = (int) Math.round(x / n);
        double meanAge = age / n;
        double meanTx = meanX == 0 ? 0 : Math.min(tx / n, meanAge);
        return new CustomerSummary("mean of " + n + " customers", first, last, null, meanX, meanTx, meanAge,
                meanX == 0 || repeaters == 0 ? 0 : spend / repeaters, revenue / n, anyCost ? cost / n : null, 0, 0,
                0);
    }
}
