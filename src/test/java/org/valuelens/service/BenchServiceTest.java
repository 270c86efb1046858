package org.valuelens.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuelens.model.progress.ProgressListener;

class BenchServiceTest {

    @TempDir
    Path tmp;

    @Test
    void runsTheGenerateAndStoreStagesOnTheRequestedRows() throws Exception {
        BenchReport report = new BenchService().run(new BenchService.Settings(2_000, 200, 1, tmp.resolve("keep"),
                false),
                ProgressListener.NONE);
        assertThat(report.stages()).extracting(BenchStage::name).startsWith("generate", "store");
        assertThat(report.stages().get(0).rows()).isEqualTo(2_000);
        assertThat(report.stages().get(1).rows()).isEqualTo(2_000);
        assertThat(report.dataFile()).exists();
        assertThat(report.peakHeapMb()).isPositive();
    }
}
