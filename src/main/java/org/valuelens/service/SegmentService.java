package org.valuelens.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.valuelens.model.CustomerSummary;
import org.valuelens.model.btyd.PurchaseModel;
import org.valuelens.model.cohort.AcquisitionCosts;
import org.valuelens.model.cohort.ChannelSummary;
import org.valuelens.model.cohort.CohortAnalyzer;
import org.valuelens.model.cohort.CohortPeriod;
import org.valuelens.model.cohort.CohortResult;
import org.valuelens.model.cohort.SummaryChannels;
import org.valuelens.model.progress.ProgressListener;
import org.valuelens.model.segment.ChurnResult;
import org.valuelens.model.segment.ChurnRiskClassifier;
import org.valuelens.model.segment.ClusterProfile;
import org.valuelens.model.segment.KMeansResult;
import org.valuelens.model.segment.KMeansSegmenter;
import org.valuelens.model.segment.Quadrant;
import org.valuelens.model.segment.QuadrantResult;
import org.valuelens.model.segment.QuadrantSegmenter;
import org.valuelens.model.segment.RfmResult;
import org.valuelens.model.segment.RfmScorer;
import org.valuelens.model.segment.RfmSegment;
import org.valuelens.model.segment.SegmentExport;
import org.valuelens.model.segment.SegmentSummary;
import org.valuelens.model.segment.TierSummary;
import org.valuelens.model.segment.ValueTierResult;
import org.valuelens.model.segment.ValueTierSegmenter;
import org.valuelens.model.summary.SummaryResult;

/**
 * Segmentation, churn risk, cohort and channel use cases, over the summaries and CLV of {@link AnalysisService}.
 * Synchronous; thread-confined like the analysis service it uses.
 */
public final class SegmentService {
    /** The segmentations of every customer that need no model fit (the report deck and the bench run these). */
    public static final List<String> SCHEMES = List.of("tiers", "rfm", "kmeans", "quadrant");
    /** Every scheme accepted by {@link #segment}: {@link #SCHEMES} and the churn-risk bands (a model fit). */
    public static final List<String> ALL_SCHEMES = List.of("tiers", "rfm", "kmeans", "quadrant", "churn");
    /** The schemes that need spend, with what a count-only dataset cannot give (docs/decisions/0018-…). */
    private static final Map<String, String> SPEND_SCHEMES = Map.of("tiers", "value tiers (by CLV)",
            "rfm", "RFM scores (M is spend)", "kmeans", "k-means segments (on spend and value)",
            "quadrant", "the quadrant's value axis");

    private final AnalysisService analysis;

    /** @param analysis the analysis service of the same workspace ({@code null} not permitted) */
    public SegmentService(AnalysisService analysis) {
        this.analysis = Objects.requireNonNull(analysis, "analysis");
    }

    /**
     * Options of a segmentation.
     *
     * @param clvMethod  CLV method behind value tiers (and the CLV column of exports)
     * @param k          k-means clusters; {@code null} = suggest by silhouette
     * @param seed       k-means seed
     * @param xThreshold quadrant repeat-purchase threshold; {@code null} = median
     * @param yThreshold quadrant profit-per-purchase threshold; {@code null} = median
     * @param highShare  share of customers in the high tier (0..1)
     * @param mediumShare share in the medium tier (0..1, high + medium &lt;= 1)
     * @param churnModel  churn bands: model giving P(alive) (bg-nbd, mbg-nbd or pareto-nbd)
     * @param churnLow    churn bands: P(alive) below this is high risk (0..1)
     * @param churnHigh   churn bands: P(alive) above this is active (churnLow..1)
     */
    public record Options(ClvMethod clvMethod, Integer k, long seed, Double xThreshold, Double yThreshold,
                          double highShare, double mediumShare, String churnModel, double churnLow,
                          double churnHigh) {
        /**
         * @return defaults: historical CLV, suggested k, seed 42, median thresholds, 20 % / 30 % tiers, churn bands
         *         from Pareto/NBD at 0.3 / 0.7 (BG/NBD gives every one-time buyer P(alive) = 1)
         */
        public static Options defaults() {
            return new Options(ClvMethod.HISTORICAL, null, 42L, null, null, 0.2, 0.3, "pareto-nbd", 0.3, 0.7);
        }

        /**
         * @param model bg-nbd, mbg-nbd or pareto-nbd
         * @param low   P(alive) below this is high risk
         * @param high  P(alive) above this is active
         * @return a copy
         */
        public Options withChurn(String model, double low, double high) {
            return new Options(clvMethod, k, seed, xThreshold, yThreshold, highShare, mediumShare, model, low, high);
        }

        /** @param method CLV method @return a copy */
        public Options withClvMethod(ClvMethod method) {
            return new Options(method, k, seed, xThreshold, yThreshold, highShare, mediumShare, churnModel, churnLow,
                    churnHigh);
        }

        /** @param clusters k or null @param s seed @return a copy */
        public Options withKMeans(Integer clusters, long s) {
            return new Options(clvMethod, clusters, s, xThreshold, yThreshold, highShare, mediumShare, churnModel,
                    churnLow, churnHigh);
        }

        /** @param x purchases threshold or null @param y profit threshold or null @return a copy */
        public Options withThresholds(Double x, Double y) {
            return new Options(clvMethod, k, seed, x, y, highShare, mediumShare, churnModel, churnLow, churnHigh);
        }
    }

    /**
     * Segments every customer by one scheme.
     *
     * @param scheme   tiers, rfm, kmeans, quadrant or churn
     * @param options  scheme options
     * @param settings analysis settings (the calibration end is the analysis date)
     * @param listener progress and cancel
     * @return the segmentation
     */
    public SegmentReport segment(String scheme, Options options, AnalysisSettings settings,
                                 ProgressListener listener) {
        String s = scheme.toLowerCase(Locale.ROOT);
        if (SPEND_SCHEMES.containsKey(s)) {
            analysis.requireAmounts(settings, SPEND_SCHEMES.get(s));
        }
        SummaryResult summary = analysis.summarize(settings, listener);
        List<CustomerSummary> customers = summary.customers();
        LocalDate date = summary.calibrationEnd();
        Map<String, Object> thresholds = new LinkedHashMap<>();
        List<SegmentRow> rows = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        listener.progress(0, -1, "Segmenting customers (" + s + ")");
        switch (s) {
            case "tiers" -> {
                ClvReport clv = analysis.clv(options.clvMethod(), settings, listener);
                warnings.addAll(clv.warnings());
                double[] values = clv.customers().stream().mapToDouble(CustomerClv::clv).toArray();
                ValueTierResult r = ValueTierSegmenter.defaults()
                        .withShares(options.highShare(), options.mediumShare()).segment(customers, values);
                thresholds.put("clvMethod", options.clvMethod().cliName());
                thresholds.put("highShare", options.highShare());
                thresholds.put("mediumShare", options.mediumShare());
                for (TierSummary t : r.tiers()) {
                    Map<String, Double> f = new LinkedHashMap<>();
                    f.put("clv", t.clvSum());
                    f.put("clvShare", t.clvShare());
                    if (t.customers() > 0) { // an empty tier has no lowest CLV (not "NaN")
                        f.put("minClv", t.minClv());
                        thresholds.put(t.name() + " minimum CLV", t.minClv());
                    }
                    rows.add(new SegmentRow(t.name(), t.customers(), t.customerShare(), t.revenue(),
                            t.revenueShare(), f, t.action()));
                }
                return new SegmentReport(s, rows, thresholds, warnings,
                        SegmentExport.rows(customers, r, null, null, null, null), r);
            }
            case "rfm" -> {
                RfmResult r = RfmScorer.at(date).score(customers);
                warnings.addAll(analysis.coverage(summary, settings));
                warnings.addAll(r.warnings());
                thresholds.put("analysisDate", date.toString());
                thresholds.put("monetary", r.monetaryRule().name());
                for (RfmSegment seg : RfmSegment.values()) {
                    SegmentSummary sum = r.segment(seg);
                    rows.add(new SegmentRow(sum.name(), sum.customers(), sum.customerShare(), sum.revenue(),
                            sum.revenueShare(), Map.of(), sum.action()));
                }
                return new SegmentReport(s, rows, thresholds, warnings,
                        SegmentExport.rows(customers, null, r, null, null, null), r);
            }
            case "kmeans" -> {
                KMeansSegmenter seg = KMeansSegmenter.at(date, options.seed());
                if (options.k() != null) {
                    seg = seg.withK(options.k());
                }
                KMeansResult r = seg.segment(customers);
                warnings.addAll(analysis.coverage(summary, settings));
                thresholds.put("k", r.k());
                thresholds.put("kSuggested", r.kSuggested());
                thresholds.put("seed", r.seed());
                for (ClusterProfile c : r.clusters()) {
                    Map<String, Double> f = new LinkedHashMap<>();
                    f.put("meanRecencyDays", c.meanRecencyDays());
                    f.put("meanFrequency", c.meanFrequency());
                    f.put("meanMonetary", c.meanMonetary());
                    rows.add(new SegmentRow(c.name(), c.customers(), c.customerShare(), c.revenue(),
                            c.revenueShare(), f, c.action()));
                }
                return new SegmentReport(s, rows, thresholds, warnings,
                        SegmentExport.rows(customers, null, null, r, null, null), r);
            }
            case "quadrant" -> {
                QuadrantResult r = quadrant(options, settings, customers);
                warnings.addAll(analysis.coverage(summary, settings));
                thresholds.put("purchases", r.xThreshold());
                thresholds.put("profitPerPurchase", r.yThreshold());
                thresholds.put("margin", r.margin());
                for (Quadrant q : Quadrant.values()) {
                    QuadrantResult.Summary sum = r.quadrant(q);
                    Map<String, Double> f = new LinkedHashMap<>();
                    f.put("profit", sum.profit());
                    f.put("profitShare", sum.profitShare());
                    rows.add(new SegmentRow(q.label(), sum.customers(), sum.customerShare(), sum.revenue(),
                            sum.revenueShare(), f, sum.action()));
                }
                return new SegmentReport(s, rows, thresholds, warnings,
                        SegmentExport.rows(customers, null, null, null, r, null), r);
            }
            case "churn" -> {
                ChurnResult r = churn(options.churnModel(), options.churnLow(), options.churnHigh(), settings,
                        listener);
                SegmentReport report = ChurnSegments.report(options.churnModel(), r, customers);
                if (analysis.hasAmounts(settings.datasetId())) {
                    return report;
                }
                List<String> notes = new ArrayList<>(report.warnings());
                notes.add(NoAmounts.COUNT_ONLY_REVENUE);
                return new SegmentReport(report.scheme(), report.segments(), report.thresholds(), notes,
                        report.rows(), report.detail());
            }
            default -> throw new ServiceException("Unknown segmentation scheme '" + scheme + "': use one of "
                    + String.join(", ", ALL_SCHEMES) + ".");
        }
    }

    private static QuadrantResult quadrant(Options options, AnalysisSettings settings,
                                           List<CustomerSummary> customers) {
        QuadrantSegmenter seg = QuadrantSegmenter.defaults().withMargin(settings.margin())
                .withThresholds(options.xThreshold(), options.yThreshold());
        return seg.segment(customers);
    }

    /**
     * Churn risk: P(alive) bands from a fitted model beside the model-free hiatus rule.
     *
     * @param modelId  bg-nbd, mbg-nbd or pareto-nbd
     * @param settings analysis settings
     * @param listener progress and cancel
     * @return the comparison
     */
    public ChurnResult churn(String modelId, AnalysisSettings settings, ProgressListener listener) {
        return churn(modelId, 0.3, 0.7, settings, listener);
    }

    private ChurnResult churn(String modelId, double low, double high, AnalysisSettings settings,
                              ProgressListener listener) {
        ClvMethod method = ClvMethod.parse(modelId);
        if (!method.probabilistic()) {
            throw new ServiceException("Churn bands need a model that gives P(alive): bg-nbd, mbg-nbd or "
                    + "pareto-nbd, not '" + modelId + "'.");
        }
        if (!(low >= 0 && low <= high && high <= 1)) {
            throw new ServiceException("The churn cut-offs must satisfy 0 <= low <= high <= 1 (e.g. 0.3 and 0.7), "
                    + "not " + low + " and " + high + ".");
        }
        // P(alive) needs only the purchase model (not the spend model): data without amounts still gets bands
        FitReport fit = analysis.fit(method.cliName(), settings, listener);
        PurchaseModel model = (PurchaseModel) fit.fit().model();
        SummaryResult summary = fit.summary();
        double[] pAlive = new double[summary.customers().size()];
        for (int i = 0; i < pAlive.length; i++) {
            CustomerSummary c = summary.customers().get(i);
            pAlive[i] = Math.min(1, Math.max(0, model.probabilityAlive(c.frequency(), c.recency(), c.age())));
        }
        return ChurnRiskClassifier.at(summary.calibrationEnd()).withCutoffs(low, high)
                .classify(summary.customers(), pAlive);
    }

    /**
     * The channel table: of the monthly cohorts ({@link #cohorts}), or, for a summary-only dataset, from its customer
     * summaries ({@link SummaryChannels}: no payback period or margin curve, no cohorts).
     *
     * @param settings analysis settings (dataset, margin)
     * @param costs    acquisition spend per channel; {@link AcquisitionCosts#none()} when unknown
     * @param clvById  CLV per customer for channel LTV, or {@code null} to use historical margin
     * @param listener progress and cancel
     * @return the channels (and, unless summary-only, the monthly cohorts they come from)
     */
    public CohortResult channels(AnalysisSettings settings, AcquisitionCosts costs, Map<String, Double> clvById,
                                 ProgressListener listener) {
        if (!analysis.isSummaryOnly(settings.datasetId())) {
            return cohorts(CohortPeriod.MONTH, settings, costs, clvById, listener);
        }
        SummaryResult summary = analysis.summarize(settings, listener);
        List<ChannelSummary> channels = SummaryChannels.of(summary.customers(), settings.margin(),
                costs.perChannel(), clvById);
        return new CohortResult(CohortPeriod.MONTH, List.of(), channels, summary.customers().size(), 0, null, null);
    }

    /**
     * Cohorts by acquisition month or quarter, with channel figures.
     *
     * @param period   month or quarter
     * @param settings analysis settings (dataset, margin)
     * @param costs    acquisition spend per cohort or channel; {@link AcquisitionCosts#none()} when unknown
     * @param clvById  CLV per customer for channel LTV, or {@code null} to use historical margin
     * @param listener progress and cancel
     * @return the cohort table
     */
    public CohortResult cohorts(CohortPeriod period, AnalysisSettings settings, AcquisitionCosts costs,
                                Map<String, Double> clvById, ProgressListener listener) {
        CohortAnalyzer analyzer = new CohortAnalyzer(period, settings.margin());
        // the fast path: primitives straight from the scan, the dataset's dense customer keys as the analyzer's
        // codes; the ids are read only when customer records or a CLV map need them
        int customers = analysis.dataset(settings.datasetId()).customers();
        String[] ids = customers > 0 ? null : analysis.customerIds(settings); // no count recorded: read them
        int first = analyzer.reserveCustomerCodes(ids == null ? customers : ids.length);
        if (ids != null) {
            analyzer.nameCustomers(first, ids);
        }
        analysis.forEachTimedLine(settings, (key, day, second, amount, cost, channel, isReturn) ->
                analyzer.add(first + key, day, second, amount, cost, channel, isReturn), listener);
        boolean[] named = {ids != null};
        Runnable name = () -> {
            if (!named[0]) {
                analyzer.nameCustomers(first, analysis.customerIds(settings));
                named[0] = true;
            }
        };
        analysis.forEachCustomerInput(settings, r -> {
            name.run();
            analyzer.addCustomer(r);
        });
        if (clvById != null) {
            name.run();
        }
        return clvById == null ? analyzer.result(costs) : analyzer.result(costs, clvById);
    }
}
