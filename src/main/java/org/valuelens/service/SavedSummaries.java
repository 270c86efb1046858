package org.valuelens.service;

import java.util.Objects;
import org.valuelens.model.summary.SummaryResult;
import org.valuelens.model.summary.SummarySettings;
import org.valuelens.storage.DatasetInfo;
import org.valuelens.storage.StorageException;
import org.valuelens.storage.Workspace;

/**
 * Customer summaries saved in the workspace for the next analysis and the next process
 * (docs/decisions/0042-saved-summaries.md): a large dataset is summarised once per settings, not by every
 * {@code fit}, {@code clv} or page. The key is the saved fits' settings key ({@link FitStore#settingsKey}, which
 * names the summary code's version) plus the dataset's content hash and row count. A summary that cannot be read
 * or saved is simply computed again: this is a cache, never the only copy of anything.
 */
final class SavedSummaries {

    /** Datasets with fewer lines are summarised faster than a saved summary is read and written. */
    static final long DEFAULT_MIN_LINES = 100_000;

    private final Workspace workspace;
    private final long minLines;
    private int read;

    SavedSummaries(Workspace workspace, long minLines) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        this.minLines = minLines;
    }

    /** @return the saved summary, or {@code null} when there is none (or it cannot be read) */
    SummaryResult find(DatasetInfo dataset, SummarySettings settings) {
        if (dataset.rowsImported() < minLines) {
            return null;
        }
        try {
            SummaryResult saved = workspace.savedSummaries().find(dataset.id(), key(dataset, settings), settings)
                    .orElse(null);
            if (saved != null) {
                read++;
            }
            return saved;
        } catch (StorageException | RuntimeException e) {
            return null;
        }
    }

    /** Saves a summary just made, when the dataset is large enough for it to pay; a failure is ignored. */
    void save(DatasetInfo dataset, SummarySettings settings, SummaryResult summary) {
        if (dataset.rowsImported() < minLines) {
            return;
        }
        try {
            workspace.savedSummaries().save(dataset.id(), key(dataset, settings), summary);
        } catch (StorageException | RuntimeException e) {
            // the summary stays in memory for this process; the next one summarises again
        }
    }

    /** @return how many summaries were read instead of made (for tests) */
    int read() {
        return read;
    }

    private static String key(DatasetInfo dataset, SummarySettings settings) {
        return "summary; " + FitStore.settingsKey(settings) + "; content " + dataset.contentHash() + "; rows "
                + dataset.rowsImported();
    }
}
