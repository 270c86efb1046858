package org.valuelens.service;

/**
 * One timed stage of a benchmark run.
 *
 * @param name          stage name, e.g. "generate", "store", "import-csv"
 * @param seconds       wall-clock seconds, {@code NaN} when skipped
 * @param rows          rows processed, 0 when skipped
 * @param rowsPerSecond rows / seconds, {@code NaN} when skipped
 * @param peakHeapMb    peak heap used during the stage in MiB (sum of heap pools' peaks)
 * @param note          why the stage was skipped, or a remark; {@code null} when none
 */
public record BenchStage(String name, double seconds, long rows, double rowsPerSecond, double peakHeapMb,
                         String note) {
}
