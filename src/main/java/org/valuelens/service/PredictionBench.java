package org.valuelens.service;

import java.util.List;
import org.valuelens.model.CustomerSummary;
import org.valuelens.model.btyd.CalibrationData;
import org.valuelens.model.btyd.GammaGammaModel;
import org.valuelens.model.btyd.ParameterCovariance;
import org.valuelens.model.btyd.PurchasePredictor;
import org.valuelens.model.predict.Forecaster;
import org.valuelens.model.predict.PredictionSettings;
import org.valuelens.model.progress.ProgressListener;

/**
 * The prediction stages of {@link BenchService}, one of each per purchase model: "predict-MODEL" (every customer's
 * 90-day window figures, next-order quartiles and CLV with delta-method ranges, covariances included, after the
 * fits) and "next-order-intervals-10k-MODEL" (the 25/50/75 % next-order times of 10,000 customers, not collapsed by
 * history, so that every customer pays for its own root finding; a smaller input's customers are taken again in
 * turn).
 */
final class PredictionBench {

    /** Customers of the next-order stage. */
    static final int INTERVALS = 10_000;
    /** Name of the next-order stage without its model. */
    static final String INTERVALS_STAGE = "next-order-intervals-10k-";

    private PredictionBench() {
    }

    static long predict(AnalysisService analysis, AnalysisSettings settings, String modelId, ProgressListener l) {
        FitReport purchases = analysis.fit(modelId, settings, l);
        // a dataset without amounts (e.g. --input of a purchase log) is predicted without money, as predict does
        GammaGammaModel gg = analysis.hasAmounts(settings.datasetId())
                ? (GammaGammaModel) analysis.fit("gamma-gamma", settings, l).fit().model() : null;
        List<CustomerSummary> customers = analysis.summarize(settings, l).customers();
        PurchasePredictor model = (PurchasePredictor) purchases.fit().model();
        double[][] cov = ParameterCovariance.purchase(model, CalibrationData.of(customers));
        double[][] spendCov = gg == null ? null
                : ParameterCovariance.spend(customers, new double[] {gg.p(), gg.q(), gg.gamma()});
        double[] margins = new double[customers.size()];
        for (int i = 0; i < margins.length; i++) {
            margins[i] = AnalysisService.effectiveMargin(customers.get(i), settings);
        }
        PredictionSettings ps = new PredictionSettings(settings.timeUnit(), 0,
                PredictionRequest.DEFAULT_WINDOW_DAYS / settings.timeUnit().days(), settings.horizon(),
                settings.annualDiscountRate(), PredictionSettings.DEFAULT_LEVEL,
                PredictionSettings.DEFAULT_UNLIKELY_BELOW,
                PredictionSettings.DEFAULT_UNLIKELY_WITHIN_DAYS / settings.timeUnit().days());
        return new Forecaster(model, cov, gg, spendCov, ps).predict(customers, margins, l).size();
    }

    static long nextOrderIntervals(AnalysisService analysis, AnalysisSettings settings, String modelId,
                                   ProgressListener l) {
        List<CustomerSummary> customers = analysis.summarize(settings, l).customers();
        PurchasePredictor model = (PurchasePredictor) analysis.fit(modelId, settings, l).fit().model();
        int size = customers.size();
        double[] sink = new double[INTERVALS];
        // with fewer than 10,000 customers (e.g. --input on a small file) they are taken again in turn
        java.util.stream.IntStream.range(0, size == 0 ? 0 : INTERVALS).parallel().forEach(i -> {
            CustomerSummary c = customers.get(i % size);
            double[] q = model.nextPurchaseQuantiles(new double[] {0.25, 0.5, 0.75}, c.frequency(), c.recency(),
                    c.age());
            sink[i] = q[0] + q[1] + q[2];
        });
        return sink.length;
    }
}
