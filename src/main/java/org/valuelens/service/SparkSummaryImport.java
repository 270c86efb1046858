package org.valuelens.service;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.valuelens.importer.ImportException;
import org.valuelens.importer.RejectedRow;
import org.valuelens.importer.SparkManifest;
import org.valuelens.importer.SparkSummaryOutput;
import org.valuelens.model.progress.ProgressListener;
import org.valuelens.model.summary.ReturnsPolicy;
import org.valuelens.storage.DatasetInfo;
import org.valuelens.storage.DatasetSummaryFields;
import org.valuelens.storage.SourceCounts;
import org.valuelens.storage.StorageException;
import org.valuelens.storage.SummaryDatasetWriter;

/**
 * Imports the Spark job's summary-mode output (one row per customer) as a summary-only dataset, stored exactly as
 * the database import's summary mode stores one (docs/decisions/0028-summary-only-datasets.md,
 * docs/decisions/0035-spark-summary-import.md): the source counts are the job's, from its manifest; the calibration
 * end, observation end and returns policy are fixed by the job. Atomic: a failure or cancel stores nothing.
 */
final class SparkSummaryImport {

    private SparkSummaryImport() {
    }

    /**
     * @param workspace the open workspace
     * @param manifest  the output folder's manifest (mode summary)
     * @param hash      the dataset's content hash (the manifest's)
     * @param listener  progress and cancel
     * @param start     {@link System#nanoTime()} at the start of the import
     * @return the committed dataset's figures
     * @throws ServiceException when the folder is damaged or cannot be stored (one sentence)
     */
    static ImportOutcome run(WorkspaceService workspace, SparkManifest manifest, String hash,
                             ProgressListener listener, long start) throws ServiceException {
        String name = manifest.name();
        try (SummaryDatasetWriter writer = workspace.workspace().beginSummaryDataset(name, hash)) {
            SparkSummaryOutput.Read read;
            try {
                read = SparkSummaryOutput.read(manifest, t -> {
                    try {
                        writer.customer(t);
                    } catch (StorageException e) {
                        throw new IllegalStateException(e);
                    }
                }, listener);
            } catch (IllegalStateException e) {
                if (e.getCause() instanceof StorageException s) {
                    throw s;
                }
                throw e;
            }
            listener.checkCancelled();
            Map<String, Long> byReason = new TreeMap<>(manifest.rejectedByReason());
            long rejected = byReason.values().stream().mapToLong(Long::longValue).sum();
            boolean amounts = manifest.json().path("hasAmounts").asBoolean(true);
            Map<String, String> mapping = manifest.columns();
            DatasetSummaryFields fields = new DatasetSummaryFields(null, SummaryDatasetWriter.SHAPE, ImportService.json(mapping),
                    manifest.rowsRead(), "UTF-8", ",", amounts);
            SourceCounts counts = new SourceCounts(manifest.rowsAccepted(), rejected,
                    read.totals().returnLines(), manifest.json().path("customers").asInt(), read.firstDay(),
                    read.lastDay());
            DatasetInfo info = writer.commit(read.totals(), fields, counts);
            List<String> warnings = new ArrayList<>(manifest.warnings());
            warnings.add("Summary only: one row per customer from the Spark job (" + manifest.rowsAccepted()
                    + " accepted source rows of " + manifest.input() + " arrived as " + read.customers()
                    + " customer rows), with calibration end " + read.totals().calibrationEnd() + " and returns "
                    + (read.totals().returns() == ReturnsPolicy.NET ? "netted" : "excluded") + "; cohorts, customer"
                    + " timelines, migration and the other analyses that need purchases by day need the aggregated"
                    + " mode.");
            if (!amounts) {
                warnings.add("No amount column: purchase counts only.");
            }
            listener.progress(1, 1, "Imported " + name);
            return new ImportOutcome(info.id(), name, hash, info.shape(), info.rowsRead(), info.rowsImported(),
                    info.rowsRejected(), byReason, info.returns(), info.customers(), info.firstTs(), info.lastTs(),
                    "UTF-8", ",", List.of(), mapping, "yyyy-MM-dd", warnings, (System.nanoTime() - start) / 1e9,
                    examples(manifest), amounts);
        } catch (ImportException e) {
            throw new ServiceException(e.getMessage(), e);
        } catch (IOException e) {
            throw new ServiceException("Cannot read " + name + ": " + e.getMessage(), e);
        } catch (StorageException e) {
            throw new ServiceException("Cannot store " + name + " in the workspace: " + e.getMessage(), e);
        }
    }

    private static Map<String, List<RejectedRowView>> examples(SparkManifest manifest) {
        Map<String, List<RejectedRowView>> out = new TreeMap<>();
        for (RejectedRow r : manifest.examples()) {
            List<RejectedRowView> some = out.computeIfAbsent(r.reason().code(), k -> new ArrayList<>());
            if (some.size() < ImportOutcome.EXAMPLES_PER_REASON) {
                some.add(new RejectedRowView(r.sourceRow(), r.sheet(), r.reason().code(), r.column(), r.message(),
                        r.rawText()));
            }
        }
        return out;
    }
}
