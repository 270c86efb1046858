package org.valuelens.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuelens.model.CustomerSummary;
import org.valuelens.model.TimeUnit;
import org.valuelens.model.clv.ClvResult;
import org.valuelens.model.progress.ProgressListener;

/** Formula methods on the real CDNOW sample: margin in the simple method, retention comparable across units. */
class FormulaMethodsTest {
    @TempDir
    static Path dir;
    static WorkspaceService workspace;
    static AnalysisService analysis;

    @BeforeAll
    static void importSample() throws Exception {
        Path file = dir.resolve("CDNOW_sample.txt");
        try (InputStream in = FormulaMethodsTest.class.getResourceAsStream("/data/cdnow/CDNOW_sample.txt")) {
            Files.copy(in, file);
        }
        workspace = WorkspaceService.open(dir.resolve("ws"));
        new ImportService(workspace).importFile(new ImportRequest(file, null, false, null, null, null, null,
                Map.of("customer", "2", "date", "3", "quantity", "4", "amount", "5")), false, ProgressListener.NONE);
        analysis = new AnalysisService(workspace);
    }

    @AfterAll
    static void close() {
        workspace.close();
    }

    @Test
    void simpleClvAppliesTheMarginAndTheExplainerShowsIt() {
        AnalysisSettings s = AnalysisSettings.defaults(TimeUnit.WEEK).withMargin(0.3).withSimpleInputs(5, 3);
        ClvReport report = analysis.clv(ClvMethod.SIMPLE, s, ProgressListener.NONE);
        CustomerClv row = report.customers().get(7);
        CustomerSummary c = row.summary();
        // independently: revenue per observed year (at least one month observed) × lifespan × margin − CAC
        double years = Math.max(c.age() * 7, 365.25 / 12) / 365.25;
        assertThat(row.clv()).isCloseTo(c.revenue() / years * 3 * 0.3 - 5, within(1e-9));
        ClvResult explained = analysis.explain(c.customerId(), ClvMethod.SIMPLE, s, ProgressListener.NONE);
        assertThat(explained.formula()).contains("× m");
        assertThat(explained.inputs()).containsEntry("margin m (fraction of revenue)", 0.3);
        assertThat(explained.value()).isEqualTo(row.clv());
    }

    @Test
    void retentionClvIsComparableInDaysWeeksAndMonths() {
        double[] means = new double[3];
        TimeUnit[] units = {TimeUnit.DAY, TimeUnit.WEEK, TimeUnit.MONTH};
        for (int i = 0; i < 3; i++) {
            means[i] = analysis.clv(ClvMethod.RETENTION, AnalysisSettings.defaults(units[i]), ProgressListener.NONE)
                    .mean();
        }
        // stated tolerance: within 25 % of each other. Retention is estimated on one window (a quarter here) for
        // every unit; what remains is the textbook convention m × r / (1 + d − r), margins at the end of each
        // period, which with CDNOW's high churn counts a month's margin later than a day's (docs/definitions.md).
        // Before, per-unit activity made the weekly CLV a small fraction of the monthly one.
        assertThat(means[0]).isCloseTo(means[2], within(0.25 * means[2]));
        assertThat(means[1]).isCloseTo(means[2], within(0.25 * means[2]));
        assertThat(means[0]).isCloseTo(means[1], within(0.25 * means[1]));
    }

    @Test
    void retentionSaysWhichWindowItWasEstimatedOnAndWarnsWhenImplausible() {
        ClvReport weekly = analysis.clv(ClvMethod.RETENTION, AnalysisSettings.defaults(TimeUnit.WEEK),
                ProgressListener.NONE);
        assertThat(weekly.warnings()).anyMatch(w -> w.contains("per quarter") && w.contains("per week"));
        ClvReport given = analysis.clv(ClvMethod.RETENTION, AnalysisSettings.defaults(TimeUnit.WEEK)
                .withRetention(0.05), ProgressListener.NONE);
        assertThat(given.warnings()).anyMatch(w -> w.contains("implausibly low"));
    }
}
