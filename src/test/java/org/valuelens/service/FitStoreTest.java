package org.valuelens.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuelens.model.TimeUnit;
import org.valuelens.model.btyd.FitResult;
import org.valuelens.model.progress.ProgressListener;

/**
 * Saved fits through the services on the real CDNOW sample: each "session" is a fresh {@link AnalysisService} over
 * the same workspace (as each CLI command or app start is), and the store's fitter-run counter proves whether a
 * model was fitted or reused.
 */
class FitStoreTest {
    private static final AnalysisSettings WEEKS = AnalysisSettings.defaults(TimeUnit.WEEK)
            .withPeriod(LocalDate.of(1997, 9, 30), null);

    @TempDir
    Path dir;
    private WorkspaceService workspace;
    private int datasetId;

    @BeforeEach
    void importSample() throws Exception {
        Path file = dir.resolve("CDNOW_sample.txt");
        try (InputStream in = getClass().getResourceAsStream("/data/cdnow/CDNOW_sample.txt")) {
            Files.copy(in, file);
        }
        workspace = WorkspaceService.open(dir.resolve("ws"));
        datasetId = new ImportService(workspace).importFile(new ImportRequest(file, null, false, null, null, null,
                null, Map.of("customer", "2", "date", "3", "quantity", "4", "amount", "5")), false,
                ProgressListener.NONE).datasetId();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private double[] clv(AnalysisService analysis, AnalysisSettings settings) {
        return analysis.clv(ClvMethod.BG_NBD, settings, ProgressListener.NONE).customers().stream()
                .mapToDouble(CustomerClv::clv).toArray();
    }

    @Test
    void aLaterSessionReusesTheSavedFitsAndComputesTheSameClv() {
        AnalysisService first = new AnalysisService(workspace);
        FitResult<?> fitted = first.fit("bg-nbd", WEEKS, ProgressListener.NONE).fit();
        double[] firstClv = clv(first, WEEKS);
        assertThat(first.fits().fitsMade()).as("bg-nbd, then gamma-gamma for the CLV").isEqualTo(2);

        AnalysisService second = new AnalysisService(workspace);
        FitResult<?> reused = second.fit("bg-nbd", WEEKS, ProgressListener.NONE).fit();
        double[] secondClv = clv(second, WEEKS);

        assertThat(second.fits().fitsMade()).isZero();
        // bg-nbd and gamma-gamma read from the store once each; the CLV's second request for bg-nbd is answered
        // by the service's in-memory cache of the same summary
        assertThat(second.fits().fitsReused()).isEqualTo(2);
        assertThat(reused.parameters()).isEqualTo(fitted.parameters());
        assertThat(reused.model()).isEqualTo(fitted.model());
        assertThat(secondClv).containsExactly(firstClv);
    }

    @Test
    void validateAndSegmentReuseTheFitsToo() {
        new AnalysisService(workspace).clv(ClvMethod.BG_NBD, WEEKS, ProgressListener.NONE);

        AnalysisService later = new AnalysisService(workspace);
        later.validate("bg-nbd", WEEKS, ProgressListener.NONE);
        new SegmentService(later).segment("tiers", SegmentService.Options.defaults(), WEEKS, ProgressListener.NONE);

        assertThat(later.fits().fitsMade()).isZero();
        assertThat(later.fits().fitsReused()).isPositive();
    }

    @Test
    void refitFitsEveryModelOnceAndThenReusesItsOwnFits() {
        AnalysisService first = new AnalysisService(workspace);
        double[] before = clv(first, WEEKS);
        long[] oldIds = new FitStore(workspace).list().stream().mapToLong(SavedFitInfo::id).sorted().toArray();

        AnalysisService refit = new AnalysisService(workspace);
        refit.fits().refitAll();
        double[] after = clv(refit, WEEKS);
        double[] again = clv(refit, WEEKS);

        assertThat(refit.fits().fitsMade()).isEqualTo(2);
        // the second CLV uses the fits this service just made (held in memory), not the store and not a new fit
        assertThat(refit.fits().fitsReused()).isZero();
        assertThat(again).containsExactly(after);
        List<SavedFitInfo> saved = new FitStore(workspace).list();
        assertThat(saved).hasSize(2);
        assertThat(saved).extracting(SavedFitInfo::id).doesNotContain(oldIds[0], oldIds[1]);
        // the fitters are deterministic, so a refit on the same data gives the same CLV
        assertThat(after).containsExactly(before);
    }

    @Test
    void aChangedTimeUnitCalibrationEndOrReturnsPolicyFitsAgain() {
        new AnalysisService(workspace).fit("bg-nbd", WEEKS, ProgressListener.NONE);
        List<AnalysisSettings> changed = List.of(WEEKS.withTimeUnit(TimeUnit.DAY),
                WEEKS.withPeriod(LocalDate.of(1997, 12, 31), null),
                WEEKS.withReturns(org.valuelens.model.summary.ReturnsPolicy.EXCLUDE));

        for (AnalysisSettings settings : changed) {
            AnalysisService next = new AnalysisService(workspace);
            next.fit("bg-nbd", settings, ProgressListener.NONE);
            assertThat(next.fits().fitsMade()).as(settings.toString()).isEqualTo(1);
        }
        List<SavedFitInfo> saved = new FitStore(workspace).list();
        assertThat(saved).hasSize(4);
        assertThat(saved).extracting(SavedFitInfo::timeUnit).containsExactlyInAnyOrder("week", "day", "week",
                "week");
        assertThat(saved).extracting(SavedFitInfo::returnsPolicy).containsOnly("net", "exclude");
        AnalysisService again = new AnalysisService(workspace);
        for (AnalysisSettings settings : changed) {
            again.fit("bg-nbd", settings, ProgressListener.NONE);
        }
        assertThat(again.fits().fitsMade()).isZero();
    }

    @Test
    void aDeletedDatasetsFitsGoAway() {
        new AnalysisService(workspace).clv(ClvMethod.BG_NBD, WEEKS, ProgressListener.NONE);
        assertThat(new FitStore(workspace).list()).extracting(SavedFitInfo::datasetId).containsOnly(datasetId);

        assertThat(workspace.deleteDataset(datasetId)).isTrue();

        assertThat(new FitStore(workspace).list()).isEmpty();
    }
}
