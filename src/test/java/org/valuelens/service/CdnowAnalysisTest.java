package org.valuelens.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuelens.model.TimeUnit;
import org.valuelens.model.btyd.FitResult;
import org.valuelens.model.progress.ProgressListener;
import org.valuelens.model.validation.FrequencyBucket;

/**
 * End to end on the real CDNOW sample: import through the real importer into H2, then fit, validate, CLV and segment
 * through the services; numbers compared with the published values in data/reference/PUBLISHED.md.
 */
class CdnowAnalysisTest {
    @TempDir
    static Path dir;
    static WorkspaceService workspace;
    static AnalysisService analysis;
    static final AnalysisSettings WEEKS = AnalysisSettings.defaults(TimeUnit.WEEK)
            .withPeriod(LocalDate.of(1997, 9, 30), LocalDate.of(1998, 6, 30));

    @BeforeAll
    static void importSample() throws IOException {
        Path file = dir.resolve("CDNOW_sample.txt");
        try (InputStream in = CdnowAnalysisTest.class.getResourceAsStream("/data/cdnow/CDNOW_sample.txt")) {
            Files.copy(in, file);
        }
        workspace = WorkspaceService.open(dir.resolve("ws"));
        ImportRequest request = new ImportRequest(file, null, false, null, null, null, null,
                Map.of("customer", "2", "date", "3", "quantity", "4", "amount", "5"));
        ImportOutcome outcome = new ImportService(workspace).importFile(request, false, ProgressListener.NONE);
        assertThat(outcome.rowsRead()).isEqualTo(6_919);
        assertThat(outcome.customers()).isEqualTo(2_357);
        // the 21 exact repeats are same-day repeat purchases: kept (the published spend figures include them),
        // and said so
        assertThat(outcome.rowsImported()).isEqualTo(6_919);
        assertThat(outcome.warnings()).anyMatch(w -> w.startsWith("21 rows repeat an earlier row exactly"));
        analysis = new AnalysisService(workspace);
    }

    @AfterAll
    static void close() {
        workspace.close();
    }

    @Test
    void bgNbdFitFromTheWorkspaceReproducesFaderHardieLee2005() {
        FitResult<?> fit = analysis.fit("bg-nbd", WEEKS, ProgressListener.NONE).fit();
        // published: r 0.2426, alpha 4.4137, a 0.7930, b 2.4262, LL -9582.43 (tolerance 0.5 %, 0.05)
        assertThat(fit.parameter("r")).isCloseTo(0.2426, within(0.2426 * 0.005));
        assertThat(fit.parameter("alpha")).isCloseTo(4.4137, within(4.4137 * 0.005));
        assertThat(fit.parameter("a")).isCloseTo(0.7930, within(0.7930 * 0.005));
        assertThat(fit.parameter("b")).isCloseTo(2.4262, within(2.4262 * 0.005));
        assertThat(fit.logLikelihood()).isCloseTo(-9582.43, within(0.05));
        assertThat(fit.customers()).isEqualTo(2_357);
    }

    @Test
    void paretoNbdFitFromTheWorkspaceReproducesThePublishedParameters() {
        FitResult<?> fit = analysis.fit("pareto-nbd", WEEKS, ProgressListener.NONE).fit();
        assertThat(fit.parameter("r")).isCloseTo(0.5534, within(0.5534 * 0.005));
        assertThat(fit.parameter("alpha")).isCloseTo(10.580, within(10.580 * 0.005));
        assertThat(fit.parameter("s")).isCloseTo(0.6061, within(0.6061 * 0.005));
        assertThat(fit.parameter("beta")).isCloseTo(11.656, within(11.656 * 0.01));
        assertThat(fit.logLikelihood()).isCloseTo(-9594.98, within(0.05));
    }

    @Test
    void gammaGammaFitUsesThe946RepeatCustomers() {
        FitResult<?> fit = analysis.fit("gamma-gamma", WEEKS, ProgressListener.NONE).fit();
        assertThat(fit.parameter("p")).isCloseTo(6.25, within(6.25 * 0.005));
        assertThat(fit.parameter("q")).isCloseTo(3.74, within(3.74 * 0.005));
        assertThat(fit.parameter("gamma")).isCloseTo(15.44, within(15.44 * 0.005));
        assertThat(fit.customers()).isEqualTo(946);
    }

    @Test
    void holdoutByFrequencyMatchesTheBtydWalkthrough() {
        var v = analysis.validate("bg-nbd", WEEKS, ProgressListener.NONE).validation();
        double[] actual = {0.237, 0.697, 1.393, 1.560, 2.532, 2.947, 3.862, 6.359};
        double[] predicted = {0.225, 0.523, 1.044, 1.520, 2.164, 2.654, 3.504, 6.157};
        assertThat(v.buckets()).hasSize(8);
        for (int i = 0; i < 8; i++) {
            FrequencyBucket b = v.buckets().get(i);
            assertThat(b.meanActual()).as("actual %s", b.label()).isCloseTo(actual[i], within(1e-3));
            assertThat(b.meanPredicted()).as("predicted %s", b.label())
                    .isCloseTo(predicted[i], within(Math.max(predicted[i] * 0.01, 1e-3)));
        }
        assertThat(v.holdoutLength()).isCloseTo(39.0, within(1e-9));
    }

    @Test
    void predictiveClvUsesWeeklyPeriodsAndGivesEveryCustomerAFiniteValue() {
        AnalysisSettings s = WEEKS.withPeriod(null, null).withDiscountAndHorizon(0.10, 52);
        ClvReport report = analysis.clv(ClvMethod.BG_NBD, s, ProgressListener.NONE);
        assertThat(report.customers()).hasSize(2_357);
        assertThat(report.customers()).allSatisfy(c -> {
            assertThat(c.clv()).isFinite().isGreaterThanOrEqualTo(0);
            assertThat(c.pAlive()).isBetween(0.0, 1.0);
        });
        // the weekly discount factor is (1.10)^(1/52.18) - 1 per week, not 10 % per week
        assertThat(report.parameters().get("discount rate d (per week)"))
                .isCloseTo(Math.pow(1.10, 7 / 365.25) - 1, within(1e-12));
        assertThat(report.total()).isCloseTo(report.mean() * 2_357, within(1e-6));
    }

    @Test
    void quadrantCountsAddUpToAllCustomersAndMatchAnIndependentCount() {
        SegmentReport report = new SegmentService(analysis).segment("quadrant", SegmentService.Options.defaults(),
                WEEKS.withPeriod(null, null), ProgressListener.NONE);
        int total = report.segments().stream().mapToInt(SegmentRow::customers).sum();
        assertThat(total).isEqualTo(2_357);
        double xThreshold = ((Number) report.thresholds().get("purchases")).doubleValue();
        // independent: the median of repeat purchases over the whole history, from the raw summaries
        int[] x = analysis.summarize(WEEKS.withPeriod(null, null), ProgressListener.NONE).customers().stream()
                .mapToInt(c -> c.frequency()).sorted().toArray();
        double median = x.length % 2 == 1 ? x[x.length / 2] : (x[x.length / 2 - 1] + x[x.length / 2]) / 2.0;
        assertThat(xThreshold).isEqualTo(median);
    }
}
