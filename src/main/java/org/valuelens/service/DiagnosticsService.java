package org.valuelens.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.valuelens.model.CustomerSummary;
import org.valuelens.model.btyd.PurchaseModel;
import org.valuelens.model.diagnostics.AccuracyRow;
import org.valuelens.model.diagnostics.FrequencyRecencyGrid;
import org.valuelens.model.diagnostics.FrequencyRecencyGrids;
import org.valuelens.model.diagnostics.HoldoutAccuracy;
import org.valuelens.model.diagnostics.RepeatCountPmf;
import org.valuelens.model.diagnostics.RepeatDistribution;
import org.valuelens.model.diagnostics.RepeatDistributions;
import org.valuelens.model.progress.CancelledException;
import org.valuelens.model.progress.ProgressListener;
import org.valuelens.model.summary.SummaryResult;

/**
 * Model diagnostics (issue 16, item 2; docs/decisions/0033-model-diagnostics.md): the repeat-purchase distribution
 * and frequency x recency grids of one model, and the holdout accuracy of every purchase model side by side.
 * Synchronous; fits come from (and are saved through) the given {@link AnalysisService}.
 */
public final class DiagnosticsService {

    /** The purchase models compared, in table order. */
    public static final List<String> COMPARED = List.of("bg-nbd", "mbg-nbd", "pareto-nbd", "bg-cnbd-k",
            "mbg-cnbd-k");
    /** The grids' default prediction window: the {@code predict} window, 90 days. */
    public static final double DEFAULT_GRID_DAYS = 90;

    private final AnalysisService analysis;

    /** @param analysis the analysis of an open workspace ({@code null} not permitted) */
    public DiagnosticsService(AnalysisService analysis) {
        this.analysis = java.util.Objects.requireNonNull(analysis, "analysis");
    }

    /**
     * @param modelId     one of {@link #COMPARED}
     * @param settings    analysis settings (the calibration end, if any, ends the period diagnosed)
     * @param gridHorizon window of the grid's expected purchases in the settings' unit ({@code null}: 90 days)
     * @param listener    progress and cancel
     * @return the diagnostics
     * @throws ServiceException when the model cannot be fitted (plain sentence)
     */
    public ModelDiagnostics diagnose(String modelId, AnalysisSettings settings, Double gridHorizon,
                                     ProgressListener listener) {
        requirePurchaseModel(modelId);
        FitReport fit = analysis.fit(modelId, settings, listener);
        PurchaseModel model = (PurchaseModel) fit.fit().model();
        List<CustomerSummary> customers = fit.summary().customers();
        double horizon = gridHorizon != null ? gridHorizon : settings.timeUnit().fromDays(DEFAULT_GRID_DAYS);
        if (!(horizon >= 0) || Double.isInfinite(horizon)) {
            throw new ServiceException("The grid's prediction window must be a number of " + settings.timeUnit()
                    .cliName() + "s of 0 or more (it was " + horizon + ").");
        }
        listener.checkCancelled();
        try {
            RepeatDistribution repeats = repeats(fit);
            FrequencyRecencyGrid grid = FrequencyRecencyGrids.forData(model, customers, horizon);
            return new ModelDiagnostics(fit, repeats, grid);
        } catch (IllegalArgumentException | IllegalStateException | ArithmeticException e) {
            throw new ServiceException("The diagnostics of " + modelId + " could not be computed: "
                    + e.getMessage(), e);
        }
    }

    /**
     * @param fit a purchase-model fit ({@code null} not permitted)
     * @return its calibration repeat-purchase distribution (0 .. 6, 7+), actual against the model
     */
    public static RepeatDistribution repeats(FitReport fit) {
        PurchaseModel model = (PurchaseModel) fit.fit().model();
        if (!RepeatCountPmf.supports(model)) {
            throw new ServiceException("The model " + model.id() + " has no distribution of repeat purchases.");
        }
        return RepeatDistributions.of(model, fit.summary().customers(), RepeatDistributions.DEFAULT_BUCKETS);
    }

    /**
     * Fits every model of {@link #COMPARED} on the calibration period and compares its holdout predictions with
     * what happened. A model that cannot be fitted gets a row with the one-sentence reason; nothing else fails.
     *
     * @param settings settings with a calibration end before the observation end
     * @param listener progress and cancel
     * @return one row per model and the baseline
     * @throws ServiceException without a calibration end or with an empty holdout period
     */
    public ModelComparison compare(AnalysisSettings settings, ProgressListener listener) {
        if (settings.calibrationEnd() == null) {
            throw new ServiceException("Validation needs a calibration end date (--calibration-end) before the last "
                    + "transaction, so that there is a holdout period to compare with.");
        }
        SummaryResult summary = analysis.summarize(settings, listener);
        if (!(summary.holdoutLength() > 0)) {
            throw new ServiceException("The holdout period is empty: the calibration end " + summary.calibrationEnd()
                    + " is not before the observation end " + summary.observationEnd() + ".");
        }
        List<CustomerSummary> customers = summary.customers();
        double holdout = summary.holdoutLength();
        double actual = HoldoutAccuracy.totalActual(customers);
        List<AccuracyRow> rows = new ArrayList<>();
        Map<String, Map<String, Double>> parameters = new LinkedHashMap<>();
        for (int i = 0; i < COMPARED.size(); i++) {
            String id = COMPARED.get(i);
            listener.progress(i, COMPARED.size(), "Checking " + id + " on a holdout period");
            listener.checkCancelled();
            try {
                FitReport fit = analysis.fit(id, settings, listener);
                rows.add(HoldoutAccuracy.of((PurchaseModel) fit.fit().model(), customers, holdout));
                parameters.put(id, fit.fit().parameters());
            } catch (CancelledException e) {
                throw e;
            } catch (ServiceException | IllegalArgumentException | IllegalStateException | ArithmeticException e) {
                rows.add(AccuracyRow.failed(id, reason(id, e), actual));
            }
        }
        rows.add(HoldoutAccuracy.baseline(customers, holdout));
        return new ModelComparison(summary.calibrationEnd(), summary.observationEnd(), settings.timeUnit(), holdout,
                customers.size(), rows, parameters);
    }

    private static String reason(String id, RuntimeException e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            return "The model " + id + " could not be fitted on this data.";
        }
        return e instanceof ServiceException ? m : "The model " + id + " could not be fitted on this data: " + m;
    }

    private static void requirePurchaseModel(String modelId) {
        if (!COMPARED.contains(modelId)) {
            throw new ServiceException("Unknown purchase model '" + modelId + "': use one of "
                    + String.join(", ", COMPARED) + ".");
        }
    }
}
