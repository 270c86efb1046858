package org.valuelens.service;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.valuelens.model.CustomerSummary;
import org.valuelens.model.btyd.CalibrationData;
import org.valuelens.model.btyd.GammaGammaModel;
import org.valuelens.model.btyd.ParameterCovariance;
import org.valuelens.model.btyd.PurchasePredictor;
import org.valuelens.model.btyd.SpendModel;
import org.valuelens.model.predict.ChurnBands;
import org.valuelens.model.predict.CustomerPredictions;
import org.valuelens.model.predict.Forecaster;
import org.valuelens.model.predict.PredictionSettings;
import org.valuelens.model.progress.ProgressListener;
import org.valuelens.model.summary.SummaryResult;

/**
 * Per-customer predictions over a window (the {@code predict} command, the Customers page, the outlook slide):
 * fits (or reuses) the purchase model and Gamma-Gamma through {@link AnalysisService}, checks the minimum data,
 * and runs the model's {@link Forecaster} with delta-method ranges. Synchronous; thread-confined like the analysis
 * service it uses.
 */
public final class PredictionService {

    /** The purchase models that predict (every {@link org.valuelens.model.btyd.PurchasePredictor} the app fits). */
    public static final List<String> MODELS = List.of("bg-nbd", "mbg-nbd", "pareto-nbd", "bg-cnbd-k", "mbg-cnbd-k");

    private final WorkspaceService workspace;
    private final AnalysisService analysis;

    /**
     * @param workspace the open workspace (its per-dataset churn cut-offs; {@code null} not permitted)
     * @param analysis  the analysis service of that workspace ({@code null} not permitted)
     */
    public PredictionService(WorkspaceService workspace, AnalysisService analysis) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        this.analysis = Objects.requireNonNull(analysis, "analysis");
    }

    /**
     * Without the workspace: requests must carry their churn cut-offs (else the defaults apply).
     *
     * @param analysis the analysis service ({@code null} not permitted)
     */
    PredictionService(AnalysisService analysis) {
        this.workspace = null;
        this.analysis = Objects.requireNonNull(analysis, "analysis");
    }

    /**
     * Saves churn-risk cut-offs with a dataset (the app and later {@code predict} runs use them).
     *
     * @param datasetId the dataset, {@code null} for the newest
     * @param bands     the cut-offs ({@code null} not permitted)
     */
    public void saveChurnCutoffs(Integer datasetId, ChurnBands bands) {
        Objects.requireNonNull(bands, "bands");
        if (workspace == null) {
            throw new IllegalStateException("no workspace to save the cut-offs in");
        }
        int id = analysis.dataset(datasetId).id();
        workspace.saveDatasetSettings(id, workspace.datasetSettings(id).withChurnCutoffs(bands.mediumFrom(),
                bands.highFrom()));
    }

    /**
     * @param request  model, window, bands and levels ({@code null} not permitted)
     * @param settings analysis settings: dataset, time unit, calibration end, horizon, discount rate, margin
     * @param listener progress and cancel
     * @return the report
     * @throws ServiceException for too little data, a bad window or a model that cannot be fitted (one sentence)
     */
    public PredictionReport predict(PredictionRequest request, AnalysisSettings settings, ProgressListener listener) {
        String modelId = request.modelId().trim().toLowerCase(java.util.Locale.ROOT);
        if (!MODELS.contains(modelId)) {
            throw new ServiceException("Predictions need a purchase model (" + String.join(", ", MODELS) + "), not "
                    + request.modelId() + ".");
        }
        SummaryResult summary = analysis.summarize(settings, listener);
        List<CustomerSummary> customers = summary.customers();
        LocalDate end = summary.calibrationEnd();
        double unitDays = settings.timeUnit().days();
        double from;
        double to;
        LocalDate first;
        LocalDate last;
        if (request.from() != null) {
            if (!request.from().isAfter(end)) {
                throw new ServiceException("The window must start after the end of the data the model sees ("
                        + end + "); --from was " + request.from() + ".");
            }
            from = (ChronoUnit.DAYS.between(end, request.from()) - 1) / unitDays;
            to = ChronoUnit.DAYS.between(end, request.to()) / unitDays;
            first = request.from();
            last = request.to();
        } else {
            from = 0;
            to = request.window() != null ? request.window() : PredictionRequest.DEFAULT_WINDOW_DAYS / unitDays;
            first = end.plusDays(1);
            last = end.plusDays(Math.max(1, Math.round(to * unitDays)));
        }
        LocalDate start = customers.stream().map(CustomerSummary::firstPurchase).min(LocalDate::compareTo)
                .orElse(end);
        List<String> warnings = new ArrayList<>(MinimumData.check(customers, ChronoUnit.DAYS.between(start, end),
                (to - from) * unitDays));
        warnings.addAll(analysis.coverage(summary, settings));
        FitReport fit = analysis.fit(modelId, settings, listener);
        warnings.addAll(fit.fit().warnings());
        PurchasePredictor model = (PurchasePredictor) fit.fit().model();
        double[][] purchaseCov = ParameterCovariance.purchase(model, CalibrationData.of(customers));
        if (model instanceof org.valuelens.model.btyd.CnbdkModel m && purchaseCov != null) {
            warnings.add("The ranges take the regularity k = " + m.k() + " as known: k is chosen from a grid by "
                    + "likelihood, so its own uncertainty is not in them.");
        }
        if (purchaseCov == null) {
            warnings.add("The purchase model's parameter covariance could not be estimated (singular Hessian): no "
                    + "ranges are given.");
        }
        boolean amounts = analysis.hasAmounts(settings.datasetId());
        SpendModel spend = null;
        double[][] spendCov = null;
        double[] margins = new double[customers.size()];
        double[] historic = new double[customers.size()];
        Arrays.fill(historic, Double.NaN);
        if (amounts) {
            spend = analysis.spendModel(settings, summary, warnings, new java.util.LinkedHashMap<>());
            if (spend instanceof GammaGammaModel gg) {
                spendCov = ParameterCovariance.spend(customers, new double[] {gg.p(), gg.q(), gg.gamma()});
            }
            for (int i = 0; i < margins.length; i++) {
                margins[i] = AnalysisService.effectiveMargin(customers.get(i), settings);
                historic[i] = customers.get(i).historicalMargin(settings.margin());
            }
        } else {
            warnings.add(NoAmounts.sentence("CLV and revenue"));
        }
        ChurnBands bands = request.bands() != null ? request.bands() : workspace == null ? ChurnBands.DEFAULT
                : workspace.datasetSettings(analysis.dataset(settings.datasetId()).id()).churnBands();
        PredictionSettings ps;
        try {
            ps = new PredictionSettings(settings.timeUnit(), from, to, settings.horizon(),
                    settings.annualDiscountRate(), request.level(), request.unlikelyBelow(),
                    PredictionSettings.DEFAULT_UNLIKELY_WITHIN_DAYS / unitDays);
        } catch (IllegalArgumentException e) {
            throw new ServiceException(e.getMessage(), e);
        }
        CustomerPredictions predictions = new Forecaster(model, purchaseCov, spend, spendCov, ps)
                .predict(customers, margins, listener);
        return new PredictionReport(modelId, settings.timeUnit(), end, first, last, settings.horizon(),
                bands, request.level(), customers, predictions, historic, amounts, warnings, fit);
    }

}
