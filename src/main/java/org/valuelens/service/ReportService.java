package org.valuelens.service;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.valuelens.model.CustomerSummary;
import org.valuelens.model.btyd.FitResult;
import org.valuelens.model.cohort.CohortPeriod;
import org.valuelens.model.cohort.CohortResult;
import org.valuelens.model.progress.ProgressListener;
import org.valuelens.model.segment.QuadrantResult;
import org.valuelens.model.segment.RfmResult;
import org.valuelens.model.segment.SegmentExportRow;
import org.valuelens.report.deck.ReportData;
import org.valuelens.report.deck.ReportDeck;
import org.valuelens.report.deck.ReportFiles;
import org.valuelens.storage.DatasetInfo;

/**
 * The report use case: gathers the overview, CLV, every segmentation, cohorts, channels and the holdout check of
 * one dataset into a {@link ReportData}, and writes the deck, workbook and chart PNGs with {@link ReportDeck}.
 * Synchronous and thread-confined like the {@link AnalysisService} it uses.
 */
public final class ReportService {
    private final AnalysisService analysis;
    private final SegmentService segments;
    private final InsightService insight;

    /** @param analysis the open workspace's analysis service ({@code null} not permitted) */
    public ReportService(AnalysisService analysis) {
        this.analysis = Objects.requireNonNull(analysis, "analysis");
        this.segments = new SegmentService(analysis);
        this.insight = new InsightService(analysis);
    }

    /**
     * Gathers and writes the report into a folder: {@value ReportDeck#DECK_FILE}, {@value ReportDeck#WORKBOOK_FILE}
     * and {@value ReportDeck#CHART_DIR}/*.png.
     *
     * @param request what to report ({@code null} not permitted)
     * @param outDir  output folder, created when missing ({@code null} not permitted)
     * @param listener progress and cancel
     * @return the files written and the slide count
     * @throws ServiceException when the data cannot be analysed or a file cannot be written (plain message)
     */
    public ReportFiles write(ReportRequest request, Path outDir, ProgressListener listener) {
        Objects.requireNonNull(outDir, "outDir");
        ReportData data = gather(request, listener);
        listener.progress(0, -1, "Writing the report");
        listener.checkCancelled();
        try {
            return ReportDeck.write(data, request.locale(), outDir);
        } catch (IOException e) {
            throw new ServiceException("The report could not be written to " + outDir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Gathers every figure of the report.
     *
     * @param request what to report ({@code null} not permitted)
     * @param listener progress and cancel
     * @return the data for {@link ReportDeck#write}
     */
    public ReportData gather(ReportRequest request, ProgressListener listener) {
        DatasetInfo ds = analysis.dataset(request.settings().datasetId());
        AnalysisSettings settings = request.settings().withDataset(ds.id());
        analysis.requireAmounts(settings, "the report (its CLV, value and spend slides)");
        ClvMethod method = request.method();
        OverviewReport overview = insight.overview(settings, listener);
        listener.progress(0, -1, "Computing CLV (" + method.cliName() + ")");
        ClvReport clv;
        try {
            clv = analysis.clv(method, settings, listener);
        } catch (ServiceException e) {
            if (!method.probabilistic()) {
                throw e;
            }
            // a model that cannot be fitted on these data (one customer, a single day) must not cost the whole
            // report: historical CLV instead, and the reason on the methods slide
            ClvReport historical = analysis.clv(ClvMethod.HISTORICAL, settings, listener);
            List<String> notes = new ArrayList<>();
            notes.add("The " + method.cliName() + " model could not be fitted (" + e.getMessage()
                    + "); this report shows the historical CLV instead.");
            notes.addAll(historical.warnings());
            method = ClvMethod.HISTORICAL;
            clv = new ClvReport(historical.method(), historical.unit(), historical.horizon(), historical.formula(),
                    historical.parameters(), historical.customers(), historical.total(), historical.mean(),
                    historical.median(), notes, historical.fit());
        }
        double[] values = clv.customers().stream().mapToDouble(CustomerClv::clv).toArray();

        SegmentService.Options options = SegmentService.Options.defaults().withClvMethod(method)
                .withThresholds(request.dataset().quadrantX(), request.dataset().quadrantY())
                .withKMeans(request.dataset().kmeansK(), request.dataset().kmeansSeed() != null
                        ? request.dataset().kmeansSeed() : SegmentService.Options.defaults().seed());
        List<ReportData.Scheme> schemes = new ArrayList<>();
        Map<String, SegmentReport> reports = new LinkedHashMap<>();
        for (String scheme : SegmentService.SCHEMES) {
            listener.checkCancelled();
            SegmentReport r = segments.segment(scheme, options, settings, listener);
            reports.put(scheme, r);
            List<ReportData.SegmentLine> lines = new ArrayList<>();
            for (SegmentRow row : r.segments()) {
                lines.add(new ReportData.SegmentLine(row.name(), row.customers(), row.customerShare(), row.revenue(),
                        row.revenueShare(), row.action()));
            }
            schemes.add(new ReportData.Scheme(scheme, lines));
        }

        Map<String, Double> clvById = new HashMap<>();
        for (CustomerClv c : clv.customers()) {
            clvById.put(c.summary().customerId(), c.clv());
        }
        listener.progress(0, -1, "Building cohorts");
        CohortResult cohorts = segments.cohorts(CohortPeriod.MONTH, settings, request.costs(), clvById, listener);

        List<ReportData.CustomerRow> customers = customerRows(clv, reports);
        ReportData.Kpis kpis = new ReportData.Kpis(overview.customers(), ds.rowsImported(), overview.revenue(),
                overview.orders(), overview.averageOrderValue(), overview.purchaseFrequency(), overview.repeatRate(),
                clv.mean(), clv.median(), clv.total(), overview.topShare(), InsightService.topShare(values, 0.2));
        ReportData.Header header = new ReportData.Header(ds.name(), overview.firstDate(), overview.lastDate(),
                LocalDate.now(), settings.timeUnit(), settings.margin(), settings.annualDiscountRate(),
                settings.horizon(), method.cliName(), request.currency());
        ReportData.Methods methods = methods(clv, settings, request.dataset().calibrationEnd(), overview, listener);
        listener.progress(0, -1, "Products and N-day value");
        Map<String, Double> channelCac = new HashMap<>();
        cohorts.channels().stream().filter(c -> c.cac() != null).forEach(c -> channelCac.put(c.channel(), c.cac()));
        org.valuelens.report.deck.ProductSection products = new ProductService(analysis).reportSection(settings,
                method, channelCac, listener);
        listener.progress(0, -1, "Predicting the next 90 days");
        ReportData.Outlook outlook = OutlookData.of(analysis, method, request, settings, listener);
        return new ReportData(header, kpis, customers, schemes, (QuadrantResult) reports.get("quadrant").detail(),
                (RfmResult) reports.get("rfm").detail(), cohorts, methods, products, outlook);
    }

    private static List<ReportData.CustomerRow> customerRows(ClvReport clv, Map<String, SegmentReport> reports) {
        Map<String, Map<String, SegmentExportRow>> byScheme = new HashMap<>();
        reports.forEach((scheme, r) -> {
            Map<String, SegmentExportRow> m = new HashMap<>();
            for (SegmentExportRow row : r.rows()) {
                m.put(row.customerId(), row);
            }
            byScheme.put(scheme, m);
        });
        List<ReportData.CustomerRow> rows = new ArrayList<>(clv.customers().size());
        for (CustomerClv c : clv.customers()) {
            CustomerSummary s = c.summary();
            String id = s.customerId();
            SegmentExportRow tier = byScheme.get("tiers").get(id);
            SegmentExportRow rfm = byScheme.get("rfm").get(id);
            SegmentExportRow km = byScheme.get("kmeans").get(id);
            SegmentExportRow quad = byScheme.get("quadrant").get(id);
            rows.add(new ReportData.CustomerRow(id, s.firstPurchase(), s.lastPurchase(), s.channel(), s.frequency(),
                    s.recency(), s.age(), s.revenue(), c.historical(), c.clv(), c.pAlive(), c.expectedPurchases(),
                    tier == null ? null : tier.valueTier(), rfm == null ? null : rfm.rfmCode(),
                    rfm == null ? null : rfm.rfmSegment(), km == null ? null : km.cluster(),
                    quad == null ? null : quad.quadrant(), quad == null ? null : quad.profitPerPurchase()));
        }
        return rows;
    }

    /** Parameters of the CLV method and the holdout check of its purchase model (BG/NBD for formula methods). */
    private ReportData.Methods methods(ClvReport clv, AnalysisSettings settings, LocalDate chosenCalibrationEnd,
                                       OverviewReport overview, ProgressListener listener) {
        List<ReportData.Parameter> params = new ArrayList<>();
        FitResult<?> fit = clv.fit() == null ? null : clv.fit().fit();
        Map<String, Double> spendErrors = new HashMap<>();
        if (fit != null) {
            try {
                spendErrors.putAll(analysis.fit("gamma-gamma", settings, listener).fit().standardErrors());
            } catch (ServiceException e) {
                // the CLV already fell back to the mean spend and said so; no standard errors to show
            }
        }
        clv.parameters().forEach((key, value) -> params.add(parameter(key, value, fit, spendErrors)));
        String model = clv.method().probabilistic() ? clv.method().cliName() : "bg-nbd";
        LocalDate calibrationEnd = settings.calibrationEnd() != null ? settings.calibrationEnd()
                : chosenCalibrationEnd != null ? chosenCalibrationEnd
                : AnalysisService.defaultHoldoutCalibrationEnd(analysis.summarize(settings, listener));
        List<String> notes = new ArrayList<>(clv.warnings());
        ValidationReport validation = null;
        AnalysisSettings holdout = settings.withPeriod(calibrationEnd, settings.observationEnd());
        try {
            listener.progress(0, -1, "Checking " + model + " on a holdout period");
            validation = analysis.validate(model, holdout, listener);
        } catch (ServiceException e) {
            notes.add(0, e.getMessage());
        }
        return new ReportData.Methods(clv.method().cliName(), params, fit == null ? Double.NaN : fit.logLikelihood(),
                fit == null ? Double.NaN : fit.aic(), fit == null || fit.converged(), model, calibrationEnd,
                validation == null ? null : validation.validation(),
                validation == null ? null : validation.tracking(), notes, repeats(validation),
                validation == null ? null : comparison(model, holdout, listener));
    }

    /**
     * The side-by-side holdout accuracy of every purchase model, only when the models were compared on this split
     * before (a model other than the checked one has a saved fit, as "validate --model all" and the app's "Compare
     * all models" leave them): then it costs the holdout accuracy, not five fits (docs/decisions/0040).
     *
     * @return the rows, or {@code null} when the models were not compared on this split
     */
    private List<org.valuelens.model.diagnostics.AccuracyRow> comparison(String checked, AnalysisSettings holdout,
                                                                         ProgressListener listener) {
        for (String id : DiagnosticsService.COMPARED) {
            if (!id.equals(checked) && analysis.hasFit(id, holdout, listener)) {
                listener.progress(0, -1, "Comparing the purchase models on the holdout period");
                try {
                    return new DiagnosticsService(analysis).compare(holdout, listener).rows();
                } catch (ServiceException e) {
                    return null;
                }
            }
        }
        return null;
    }

    /** @return the checked model's calibration repeat-purchase distribution, {@code null} when there is none */
    private static org.valuelens.model.diagnostics.RepeatDistribution repeats(ValidationReport validation) {
        if (validation == null) {
            return null;
        }
        try {
            return DiagnosticsService.repeats(validation.fit());
        } catch (ServiceException | IllegalArgumentException | IllegalStateException e) {
            return null; // the sheet is left out; the holdout sheets still show the check
        }
    }

    /** Maps a {@link ClvReport#parameters()} entry to a labelled parameter. */
    private static ReportData.Parameter parameter(String key, double value, FitResult<?> fit,
                                                  Map<String, Double> spendErrors) {
        if (fit != null && fit.parameters().containsKey(key)) {
            return new ReportData.Parameter("purchase", key, value, fit.standardErrors().get(key));
        }
        if (key.startsWith("gamma-gamma ")) {
            String name = key.substring("gamma-gamma ".length());
            return new ReportData.Parameter("spend", name, value, spendErrors.get(name));
        }
        if (key.startsWith("mean spend")) {
            return new ReportData.Parameter("spend", "E[spend]", value, null);
        }
        if (key.startsWith("retention r")) {
            return new ReportData.Parameter("retention", "r", value, null);
        }
        String name = key.startsWith("discount rate d") ? "d" : key.startsWith("horizon H") ? "H"
                : key.startsWith("lifespan L") ? "L" : key.startsWith("acquisition cost") ? "CAC" : key;
        return new ReportData.Parameter("input", name, value, null);
    }
}
