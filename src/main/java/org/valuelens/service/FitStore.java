package org.valuelens.service;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.valuelens.model.btyd.FitResult;
import org.valuelens.model.summary.SummaryResult;
import org.valuelens.model.summary.SummarySettings;
import org.valuelens.storage.DatasetInfo;
import org.valuelens.storage.SavedFit;
import org.valuelens.storage.StorageException;
import org.valuelens.storage.Workspace;

/**
 * Saved fits (docs/decisions/0017-saved-fits.md): a fit is stored in the workspace with the fingerprint of the
 * dataset (id, content hash, row count) and of the summary settings, and reused whenever that fingerprint matches,
 * so that {@code clv}, {@code validate}, {@code segment}, {@code report} and the app pages do not refit.
 *
 * <p>{@link #refitAll()} ({@code --refit}) stops this store from reusing fits saved before the call; fits it makes
 * itself are still reused, so a report fits each model once. Thread-confined like {@link AnalysisService}.
 */
public final class FitStore {

    /**
     * Part of every settings key: raise it when a fitter or the customer summary changes what it computes, so that
     * fits saved by an older version are no longer reused.
     */
    static final int FITTER_VERSION = 2;

    private final Workspace workspace;
    private final Set<Long> savedHere = new HashSet<>();
    private boolean refit;
    private int fitsMade;
    private int fitsReused;

    /**
     * @param workspace the open workspace ({@code null} not permitted; not closed here)
     */
    public FitStore(WorkspaceService workspace) {
        this(Objects.requireNonNull(workspace, "workspace").workspace());
    }

    FitStore(Workspace workspace) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
    }

    /** From now on fits saved before this call are not reused: every model is fitted afresh once. */
    public void refitAll() {
        refit = true;
    }

    /** @return how many fits this store has made (fitter runs) */
    public int fitsMade() {
        return fitsMade;
    }

    /** @return how many times this store returned a saved fit instead of fitting */
    public int fitsReused() {
        return fitsReused;
    }

    /**
     * @param settings summary settings ({@code null} not permitted)
     * @return the canonical text that two fits share exactly when their summaries and fitters are the same
     */
    static String settingsKey(SummarySettings settings) {
        return "fitter=" + FITTER_VERSION + "; " + settings;
    }

    /**
     * Returns the saved fit with this fingerprint, or fits, saves and returns a new one.
     *
     * @param modelId the model id
     * @param dataset the dataset
     * @param summary its summary (whose settings are part of the fingerprint)
     * @param fitter  makes the fit (may throw {@link org.valuelens.model.btyd.FitException})
     * @return the fit
     */
    FitReport fitOrReuse(String modelId, DatasetInfo dataset, SummaryResult summary, Supplier<FitResult<?>> fitter) {
        SummarySettings settings = summary.settings();
        String key = settingsKey(settings);
        try {
            Optional<SavedFit> saved = workspace.fits().find(dataset.id(), dataset.contentHash(),
                    dataset.rowsImported(), modelId, key);
            if (saved.isPresent() && (!refit || savedHere.contains(saved.get().id()))) {
                fitsReused++;
                return new FitReport(dataset.id(), saved.get().fit(), summary, saved.get().fitSeconds());
            }
            long start = System.nanoTime();
            FitResult<?> fit = fitter.get();
            double seconds = (System.nanoTime() - start) / 1e9;
            fitsMade++;
            SavedFit row = workspace.fits().save(new SavedFit(0, dataset.id(), dataset.contentHash(),
                    dataset.rowsImported(), key, settings.timeUnit().cliName(), settings.calibrationEnd(),
                    settings.observationEnd(), settings.returns().name().toLowerCase(Locale.ROOT),
                    summary.calibrationEnd(), fit, fit.atBoundary(), seconds, Instant.now()));
            savedHere.add(row.id());
            return new FitReport(dataset.id(), fit, summary, seconds);
        } catch (StorageException e) {
            throw new ServiceException("The saved " + modelId + " fit of dataset " + dataset.id() + " ("
                    + dataset.fileName() + ") could not be read or written: " + e.getMessage(), e);
        }
    }

    /**
     * @param modelId the model id
     * @param dataset the dataset
     * @param summary its summary (whose settings are part of the fingerprint)
     * @return whether {@link #fitOrReuse} would return a saved fit without fitting
     */
    boolean isSaved(String modelId, DatasetInfo dataset, SummaryResult summary) {
        try {
            Optional<SavedFit> saved = workspace.fits().find(dataset.id(), dataset.contentHash(),
                    dataset.rowsImported(), modelId, settingsKey(summary.settings()));
            return saved.isPresent() && (!refit || savedHere.contains(saved.get().id()));
        } catch (StorageException e) {
            throw new ServiceException("The saved " + modelId + " fit of dataset " + dataset.id() + " ("
                    + dataset.fileName() + ") could not be read: " + e.getMessage(), e);
        }
    }

    /**
     * @return every saved fit of the workspace, by dataset, model and age
     * @throws ServiceException on a database error
     */
    public List<SavedFitInfo> list() {
        try {
            Map<Integer, String> files = new HashMap<>();
            for (DatasetInfo d : workspace.datasets().list()) {
                files.put(d.id(), d.fileName());
            }
            return workspace.fits().list().stream().map(f -> new SavedFitInfo(f.id(), f.datasetId(),
                    files.get(f.datasetId()), f.fit(), f.atBoundary(), f.timeUnit(), f.calibrationEnd(),
                    f.observationEnd(), f.returnsPolicy(), f.fittedThrough(), f.fittedAt(), f.fitSeconds()))
                    .toList();
        } catch (StorageException e) {
            throw new ServiceException("The saved fits could not be read: " + e.getMessage(), e);
        }
    }
}
