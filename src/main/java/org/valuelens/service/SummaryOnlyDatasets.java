package org.valuelens.service;

import org.valuelens.model.summary.SummaryResult;
import org.valuelens.model.summary.SummarySettings;
import org.valuelens.model.summary.SummaryTotals;
import org.valuelens.model.summary.TotalsSummary;
import org.valuelens.storage.DatasetInfo;
import org.valuelens.storage.StorageException;
import org.valuelens.storage.SummaryDatasetWriter;
import org.valuelens.storage.Workspace;

/** How the analyses treat summary-only datasets (docs/decisions/0028-summary-only-datasets.md). */
final class SummaryOnlyDatasets {

    /** What a summary-only dataset cannot give: everything that reads the purchases by day. */
    static final String NEEDS_LINES = "cohorts, channel payback, customer timelines, migration, BG/BB periods and"
            + " the report";

    private SummaryOnlyDatasets() {
    }

    static boolean is(DatasetInfo ds) {
        return SummaryDatasetWriter.SHAPE.equals(ds.shape());
    }

    /** @throws ServiceException with {@link SummaryOnly#sentence} when the dataset is summary-only */
    static void requireLines(DatasetInfo ds) {
        if (is(ds)) {
            throw new ServiceException(SummaryOnly.sentence(NEEDS_LINES));
        }
    }

    /**
     * @return the stored summary in the requested time unit
     * @throws ServiceException when the settings ask for another calibration end, observation end or returns policy
     */
    static SummaryResult summarize(Workspace workspace, DatasetInfo ds, SummarySettings settings) {
        SummaryTotals totals;
        try {
            totals = workspace.summaries().load(ds.id()).orElseThrow(() -> new ServiceException("Dataset "
                    + ds.id() + " (" + ds.name() + ") has lost its summary rows; import it again."));
        } catch (StorageException e) {
            throw new ServiceException("The summary could not be read: " + e.getMessage(), e);
        }
        String why = TotalsSummary.mismatch(settings, totals);
        if (why != null) {
            throw new ServiceException(SummaryOnly.settings(why));
        }
        SummaryResult result = TotalsSummary.toResult(settings, totals);
        if (result.customers().isEmpty()) {
            throw new ServiceException("Dataset " + ds.id() + " (" + ds.fileName()
                    + ") has no customers with a purchase on or before the calibration end.");
        }
        return result;
    }
}
