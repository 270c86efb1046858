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

    @Test
    void selectedStagesRunAloneAndAnalyseTheStoredDataset() throws Exception {
        BenchReport report = new BenchService().run(new BenchService.Settings(2_000, 200, 1, null, false,
                java.util.Set.of("cohort-month", "store", "generate")), ProgressListener.NONE);
        assertThat(report.stages()).extracting(BenchStage::name).containsExactly("generate", "store", "cohort-month");
        assertThat(report.stages().get(2).rows()).isEqualTo(2_000);
        assertThat(report.stages().get(2).note()).isNull();
        // measured (process CPU ticks every 10 ms on Linux: a stage this small may take none)
        assertThat(report.stages().get(2).cpuSeconds()).isNotNaN().isGreaterThanOrEqualTo(0.0);
    }

    @Test
    void anUnknownStageIsRejectedWithTheStageNames() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new BenchService().run(
                new BenchService.Settings(100, 10, 1, null, false, java.util.Set.of("cohorts")),
                ProgressListener.NONE)).isInstanceOf(ServiceException.class).hasMessageContaining("cohort-month");
    }

    @Test
    void anInputRunImportsTheFileByItsKindAndNamesTheClvStageAfterUnitAndHorizon() {
        BenchService.Settings generated = new BenchService.Settings(100, 10, 1, null, false);
        BenchService.Settings xlsx = generated.withInput(ImportRequest.of(Path.of("shop.XLSX")))
                .withHorizon(org.valuelens.model.TimeUnit.MONTH, 60);
        BenchService.Settings csv = generated.withInput(ImportRequest.of(Path.of("log.txt")))
                .withHorizon(org.valuelens.model.TimeUnit.DAY, null);

        assertThat(BenchService.stageNames(xlsx)).startsWith("import-xlsx", "summary").contains("clv-bg-nbd-60-months")
                .doesNotContain("generate", "store", "import-csv");
        assertThat(BenchService.stageNames(csv)).startsWith("import-csv").contains("clv-bg-nbd-365-days");
        assertThat(BenchService.STAGES).contains("clv-bg-nbd-52-weeks", "generate", "import-xlsx");
    }
}
