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
 * @param cpuSeconds    CPU seconds of the whole process during the stage (all threads: the stage's parallel
 *                      workers, also GC and the JIT compiler), a figure less disturbed than {@code seconds} by other
 *                      programs on a busy machine; {@code NaN} when skipped or not measurable
 * @param loadAverage   the system load average (last minute) when the stage started, {@code NaN} when unknown
 */
public record BenchStage(String name, double seconds, long rows, double rowsPerSecond, double peakHeapMb,
                         String note, double cpuSeconds, double loadAverage) {

    /** A stage without CPU time and load figures. */
    public BenchStage(String name, double seconds, long rows, double rowsPerSecond, double peakHeapMb,
                      String note) {
        this(name, seconds, rows, rowsPerSecond, peakHeapMb, note, Double.NaN, Double.NaN);
    }
}
