package org.valuelens.service;

import java.util.Locale;
import java.util.Objects;
import org.valuelens.model.cohort.AcquisitionCosts;

/**
 * What to put in a report.
 *
 * @param settings analysis settings (dataset, time unit, margin, discount rate, horizon; {@code null} not
 *                 permitted). When {@code settings.calibrationEnd()} is {@code null} the CLV uses the whole history
 *                 and the holdout check splits the date range in the middle.
 * @param method   the CLV method ({@code null} not permitted)
 * @param locale   language of the deck and workbook ({@code null} not permitted; English and Simplified Chinese
 *                 have bundles, others fall back to English)
 * @param currency currency symbol put before money amounts ({@code null} → "$")
 * @param costs    acquisition spend per cohort or channel ({@code null} → none known)
 * @param dataset  the dataset's saved choices the pages use: quadrant thresholds and the holdout check's
 *                 calibration end ({@code null} → {@link DatasetSettings#NONE}); see {@link DatasetReports}
 */
public record ReportRequest(AnalysisSettings settings, ClvMethod method, Locale locale, String currency,
                            AcquisitionCosts costs, DatasetSettings dataset) {
    /** Checks and fills defaults. */
    public ReportRequest {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(locale, "locale");
        currency = currency == null ? "$" : currency;
        costs = costs == null ? AcquisitionCosts.none() : costs;
        dataset = dataset == null ? DatasetSettings.NONE : dataset;
    }

    /**
     * A request without saved dataset choices (median quadrant thresholds, default holdout split).
     *
     * @param settings analysis settings
     * @param method   the CLV method
     * @param locale   language
     * @param currency currency symbol ({@code null} → "$")
     * @param costs    acquisition spend ({@code null} → none)
     */
    public ReportRequest(AnalysisSettings settings, ClvMethod method, Locale locale, String currency,
                         AcquisitionCosts costs) {
        this(settings, method, locale, currency, costs, null);
    }

    /**
     * @param settings analysis settings
     * @return a request for BG/NBD CLV, English, dollars, no acquisition costs
     */
    public static ReportRequest of(AnalysisSettings settings) {
        return new ReportRequest(settings, ClvMethod.BG_NBD, Locale.ENGLISH, "$", AcquisitionCosts.none());
    }
}
