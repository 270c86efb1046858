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
 * history, so that every customer pays for its own root finding).
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
        FitReport spend = analysis.fit("gamma-gamma", settings, l);
        List<CustomerSummary> customers = analysis.summarize(settings, l).customers();
        PurchasePredictor model = (PurchasePredictor) purchases.fit().model();
        double[][] cov = ParameterCovariance.purchase(model, CalibrationData.of(customers));
        GammaGammaModel gg = (GammaGammaModel) spend.fit().model();
        double[][] spendCov = ParameterCovariance.spend(customers, new double[] {gg.p(), gg.q(), gg.gamma()});
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
        int n = Math.min(INTERVALS, customers.size());
        double[] sink = new double[n];
        java.util.stream.IntStream.range(0, n).parallel().forEach(i -> {
            CustomerSummary c = customers.get(i);
            double[] q = model.nextPurchaseQuantiles(new double[] {0.25, 0.5, 0.75}, c.frequency(), c.recency(),
                    c.age());
            sink[i] = q[0] + q[1] + q[2];
        });
        return sink.length;
    }
}
