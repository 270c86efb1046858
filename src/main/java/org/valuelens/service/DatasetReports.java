package org.valuelens.service;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.valuelens.model.cohort.AcquisitionCosts;
import org.valuelens.model.cohort.ChannelSummary;
import org.valuelens.model.progress.ProgressListener;
import org.valuelens.storage.DatasetInfo;

/**
 * Applies a dataset's saved choices ({@link DatasetSettings}) to analyses outside its pages: the report of File ▸
 * Export report and of the CLI {@code report} use the same CLV method, quadrant thresholds, holdout calibration
 * end, CAC and channel costs as the app's pages. Synchronous; use from the session's worker thread.
 */
public final class DatasetReports {

    private DatasetReports() {
    }

    /**
     * The report request a dataset's pages describe.
     *
     * @param workspace   the open workspace ({@code null} not permitted)
     * @param analysis    its analysis service ({@code null} not permitted)
     * @param base        what the caller asks for; its dataset {@code null} = the most recent one
     * @param methodGiven {@code true}: keep {@code base.method()}; {@code false}: use the dataset's saved method
     * @param listener    progress and cancel
     * @return the request with the dataset resolved and its saved choices applied; channel spend given in
     *         {@code base} wins over the saved per-customer channel CAC
     * @throws ServiceException when the dataset does not exist
     */
    public static ReportRequest request(WorkspaceService workspace, AnalysisService analysis, ReportRequest base,
                                        boolean methodGiven, ProgressListener listener) {
        Objects.requireNonNull(workspace, "workspace");
        DatasetInfo ds = analysis.dataset(base.settings().datasetId());
        DatasetSettings saved = workspace.datasetSettings(ds.id());
        AnalysisSettings settings = base.settings().withDataset(ds.id());
        if (saved.cac() != null || saved.lifespanYears() != null) {
            settings = settings.withSimpleInputs(saved.cac() != null ? saved.cac() : settings.acquisitionCost(),
                    saved.lifespanYears() != null ? saved.lifespanYears() : settings.lifespanYears());
        }
        AcquisitionCosts costs = base.costs();
        if (costs.perChannel().isEmpty() && !saved.channelCac().isEmpty()) {
            costs = new AcquisitionCosts(costs.perCohort(), channelSpend(new SegmentService(analysis),
                    saved.channelCac(), settings, listener));
        }
        return new ReportRequest(settings, methodGiven ? base.method() : saved.clvMethodOrDefault(), base.locale(),
                base.currency(), costs, saved);
    }

    /**
     * @param analysis  the open workspace's analysis service
     * @param datasetId a dataset id, {@code null} = the most recently imported
     * @return the dataset's id
     * @throws ServiceException when the workspace is empty or the id is unknown
     */
    public static int resolve(AnalysisService analysis, Integer datasetId) {
        return analysis.dataset(datasetId).id();
    }

    /**
     * Turns per-customer acquisition costs typed per channel into the channel spend the cohort analysis takes:
     * cost × the channel's customers in this dataset (so a cost never depends on another dataset's counts).
     *
     * @param segments    the open workspace's segment service
     * @param perCustomer channel → cost per customer
     * @param settings    the dataset and analysis settings
     * @param listener    progress and cancel
     * @return channel → total spend, only channels present in the dataset
     */
    public static Map<String, Double> channelSpend(SegmentService segments, Map<String, Double> perCustomer,
                                                   AnalysisSettings settings, ProgressListener listener) {
        Map<String, Double> spend = new HashMap<>();
        if (perCustomer.isEmpty()) {
            return spend;
        }
        for (ChannelSummary c : segments.channels(settings, AcquisitionCosts.none(), null, listener).channels()) {
            Double cac = perCustomer.get(c.channel());
            if (cac != null) {
                spend.put(c.channel(), cac * c.customers());
            }
        }
        return spend;
    }

    /**
     * The acquisition cost per customer of each channel as the Channels page shows it: the per-customer costs typed
     * there for this dataset, or the mean cost of the customer table when it has one.
     *
     * @param workspace the open workspace ({@code null} not permitted)
     * @param segments  its segment service ({@code null} not permitted)
     * @param settings  the dataset and analysis settings
     * @param listener  progress and cancel
     * @return channel → cost per customer, only channels with a known cost
     */
    public static Map<String, Double> channelCac(WorkspaceService workspace, SegmentService segments,
                                                 AnalysisSettings settings, ProgressListener listener) {
        Map<String, Double> spend = channelSpend(segments, workspace.datasetSettings(settings.datasetId())
                .channelCac(), settings, listener);
        Map<String, Double> cac = new java.util.LinkedHashMap<>();
        for (ChannelSummary c : segments.channels(settings, AcquisitionCosts.perChannel(spend), null, listener)
                .channels()) {
            if (c.cac() != null) {
                cac.put(c.channel(), c.cac());
            }
        }
        return cac;
    }
}
