package org.valuelens.service;

import java.nio.file.Path;
import java.util.List;

/**
 * The result of a benchmark run.
 *
 * @param transactions rows generated
 * @param customers    customers generated
 * @param stages       timed stages in run order
 * @param peakHeapMb   peak heap used over the whole run, MiB
 * @param dataFile     the generated data file (deleted unless kept)
 */
public record BenchReport(long transactions, long customers, List<BenchStage> stages, double peakHeapMb,
                          Path dataFile) {
    /** Copies the list. */
    public BenchReport {
        stages = List.copyOf(stages);
    }
}
