package org.valuelens.gui.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.Locale;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuelens.gui.segments.CdnowSample;
import org.valuelens.service.ClvMethod;
import org.valuelens.service.WorkspaceSession;

/** The "Model checks" tab after a CLV run on the CDNOW sample, and the side-by-side comparison on request. */
class ModelChecksViewModelTest {

    @TempDir
    static Path dir;
    private static WorkspaceSession session;

    @BeforeAll
    static void importSample() throws Exception {
        session = CdnowSample.open(dir);
    }

    @AfterAll
    static void close() {
        session.close();
    }

    private ClvViewModel model(Locale locale) {
        return ClvRunTest.model(session, dir, locale);
    }

    @Test
    void aRunShowsTheFourChartsAndTheRepeatBarsHoldThePublishedCounts() {
        ClvViewModel clv = model(Locale.ENGLISH);
        clv.calibrationEndProperty().set("1997-09-30");
        clv.run();
        ModelChecksViewModel checks = clv.checks();
        assertThat(checks.availableProperty().get()).isTrue();
        assertThat(checks.incrementalProperty().get()).isNotNull();
        assertThat(checks.expectedGridProperty().get()).isNotNull();
        assertThat(checks.aliveGridProperty().get().getTitle().getText()).contains("alive");
        CategoryDataset bars = ((CategoryPlot) checks.repeatsProperty().get().getPlot()).getDataset();
        long[] published = {1411, 439, 214, 100, 62, 38, 29, 64}; // PUBLISHED.md, CDNOW calibration
        double expected = 0;
        for (int x = 0; x < 8; x++) {
            assertThat(bars.getValue(0, x).longValue()).isEqualTo(published[x]);
            expected += bars.getValue(1, x).doubleValue();
        }
        assertThat(expected).isCloseTo(2357, within(1e-6));
        assertThat(checks.comparison()).isEmpty();
    }

    @Test
    void compareFillsOneRowPerModelAndTheBaseline() {
        ClvViewModel clv = model(Locale.SIMPLIFIED_CHINESE);
        clv.calibrationEndProperty().set("1997-09-30");
        clv.run();
        clv.checks().compare();
        assertThat(clv.checks().comparison()).extracting(ModelChecksViewModel.ComparisonRow::model)
                .containsExactly("BG/NBD", "MBG/NBD", "Pareto/NBD", "BG/CNBD-k", "MBG/CNBD-k", "基线");
        double actual = clv.accuracyRows().get(0).actual();
        for (ModelChecksViewModel.ComparisonRow r : clv.checks().comparison()) {
            assertThat(r.actual()).isEqualTo(actual);
            assertThat(r.mae()).isPositive();
        }
        assertThat(clv.checks().comparison().get(0).mae()).isCloseTo(clv.accuracyRows().get(0).mae(),
                within(1e-9));
        assertThat(clv.checks().comparisonNoteProperty().get()).contains("1997-09-30");
    }

    @Test
    void aDeterministicMethodClearsTheChecks() {
        ClvViewModel clv = model(Locale.ENGLISH);
        clv.calibrationEndProperty().set("1997-09-30");
        clv.run();
        clv.methodProperty().set(ClvMethod.HISTORICAL);
        clv.run();
        assertThat(clv.checks().availableProperty().get()).isFalse();
        assertThat(clv.checks().repeatsProperty().get()).isNull();
    }
}
