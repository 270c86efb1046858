package org.valuelens.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.valuelens.model.TimeUnit;
import org.valuelens.model.progress.ProgressListener;
import org.valuelens.model.summary.ReturnsPolicy;
import org.valuelens.model.summary.SummaryResult;

/**
 * Saved summaries (docs/decisions/0042-saved-summaries.md): a summary read back from the workspace is the summary
 * made from the lines, bit for bit, under every kind of setting, on CDNOW and the Online Retail extract (times of
 * day, returns, costs absent, channels); a changed setting gets its own summary; an unreadable one is made again.
 */
class SavedSummaryTest {

    @org.junit.jupiter.api.io.TempDir
    static Path dir;
    static WorkspaceSession session;
    static int cdnow;
    static int retail;


    @BeforeAll
    static void importFiles() throws Exception {
        session = WorkspaceSession.open(dir.resolve("ws"));
        cdnow = SampleImports.cdnow(session, dir);
        retail = SampleImports.retail(session, dir);
    }

    @AfterAll
    static void close() {
        session.close();
    }

    static Stream<Arguments> settings() {
        return Stream.of("cdnow", "retail").flatMap(name -> Stream.of(
                Arguments.of(name, AnalysisSettings.defaults(TimeUnit.WEEK)),
                Arguments.of(name, AnalysisSettings.defaults(TimeUnit.DAY)),
                Arguments.of(name, AnalysisSettings.defaults(TimeUnit.MONTH).withReturns(ReturnsPolicy.EXCLUDE)),
                Arguments.of(name, AnalysisSettings.defaults(TimeUnit.WEEK).withPeriod(
                        "cdnow".equals(name) ? LocalDate.of(1997, 9, 30) : LocalDate.of(2011, 6, 30), null))));
    }

    private static int dataset(String name) {
        return "cdnow".equals(name) ? cdnow : retail;
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("settings")
    void aSavedSummaryIsTheSummaryMadeFromTheLines(String name, AnalysisSettings base) {
        AnalysisSettings settings = base.withDataset(dataset(name));
        SummaryResult made = new AnalysisService(session.workspace(), Long.MAX_VALUE)
                .summarize(settings, ProgressListener.NONE);
        AnalysisService saving = new AnalysisService(session.workspace(), 0);
        saving.summarize(settings, ProgressListener.NONE);
        AnalysisService reading = new AnalysisService(session.workspace(), 0);
        SummaryResult read = reading.summarize(settings, ProgressListener.NONE);

        assertThat(reading.savedSummaries().read()).isEqualTo(1);
        assertThat(made.customers()).isNotEmpty();
        assertThat(DeepClose.difference(read, made, 0)).as("saved vs made").isNull();
    }

    @Test
    void aChangedSettingIsSummarisedAgainAndBelowTheThresholdNothingIsSaved() {
        AnalysisSettings week = AnalysisSettings.defaults(TimeUnit.WEEK).withDataset(cdnow);
        new AnalysisService(session.workspace(), 0).summarize(week, ProgressListener.NONE);

        AnalysisService other = new AnalysisService(session.workspace(), 0);
        SummaryResult day = other.summarize(week.withTimeUnit(TimeUnit.DAY).withReturns(ReturnsPolicy.EXCLUDE),
                ProgressListener.NONE);
        assertThat(other.savedSummaries().read()).isZero();
        assertThat(day.settings().timeUnit()).isEqualTo(TimeUnit.DAY);

        AnalysisService large = new AnalysisService(session.workspace(), Long.MAX_VALUE);
        large.summarize(week, ProgressListener.NONE);
        assertThat(large.savedSummaries().read()).isZero();
    }

    @Test
    void anUnreadableSavedSummaryIsMadeAgain() throws Exception {
        AnalysisSettings settings = AnalysisSettings.defaults(TimeUnit.MONTH).withDataset(retail);
        new AnalysisService(session.workspace(), 0).summarize(settings, ProgressListener.NONE);
        // a second connection to the same database file (the workspace's own connection stays open)
        String url = "jdbc:h2:file:" + dir.resolve("ws").toAbsolutePath().resolve("valuelens")
                + ";LOCK_MODE=0;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
        int changed;
        try (Connection c = DriverManager.getConnection(url, "sa", "");
             PreparedStatement ps = c.prepareStatement("UPDATE store_segments SET data = ?"
                     + " WHERE dataset_id = ? AND name LIKE 'summary/%'")) {
            ps.setBytes(1, new byte[] {9, 9, 9, 9, 1, 2, 3});
            ps.setInt(2, retail);
            changed = ps.executeUpdate();
        }
        assertThat(changed).isPositive();
        AnalysisService fresh = new AnalysisService(session.workspace(), 0);
        SummaryResult again = fresh.summarize(settings, ProgressListener.NONE);
        assertThat(fresh.savedSummaries().read()).isZero();
        SummaryResult made = new AnalysisService(session.workspace(), Long.MAX_VALUE)
                .summarize(settings, ProgressListener.NONE);
        assertThat(DeepClose.difference(again, made, 0)).isNull();
    }
}
