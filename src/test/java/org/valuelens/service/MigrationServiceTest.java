package org.valuelens.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuelens.gui.segments.CdnowSample;
import org.valuelens.model.TimeUnit;
import org.valuelens.model.progress.ProgressListener;
import org.valuelens.model.segment.MigrationMatrix;

/** Segment migration on the CDNOW sample, checked against counts read straight from the raw file. */
class MigrationServiceTest {
    private static final LocalDate SPLIT = LocalDate.of(1997, 10, 1);
    private static final AnalysisSettings SETTINGS = AnalysisSettings.defaults(TimeUnit.WEEK);

    @TempDir
    static Path dir;
    private static WorkspaceSession session;
    /** customer id → {bought before the split, bought on or after it}, from the raw file. */
    private static final Map<String, boolean[]> PERIODS = new HashMap<>();

    @BeforeAll
    static void open() throws IOException {
        session = CdnowSample.open(dir);
        DateTimeFormatter f = DateTimeFormatter.BASIC_ISO_DATE;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(MigrationServiceTest.class
                .getResourceAsStream("/data/cdnow/CDNOW_sample.txt"), StandardCharsets.US_ASCII))) {
            String line;
            while ((line = r.readLine()) != null) {
                String[] p = line.trim().split("\\s+");
                boolean after = !LocalDate.parse(p[2], f).isBefore(SPLIT);
                PERIODS.computeIfAbsent(p[1], k -> new boolean[2])[after ? 1 : 0] = true;
            }
        }
    }

    @AfterAll
    static void close() {
        session.close();
    }

    private static MigrationReport quadrant() {
        return session.migrations().migration("quadrant", SPLIT, SegmentService.Options.defaults(), SETTINGS,
                ProgressListener.NONE);
    }

    private static int sum(int[] row) {
        int s = 0;
        for (int v : row) {
            s += v;
        }
        return s;
    }

    @Test
    void goneAndNewMatchTheRawFile() {
        long onlyBefore = PERIODS.values().stream().filter(b -> b[0] && !b[1]).count();
        long onlyAfter = PERIODS.values().stream().filter(b -> !b[0] && b[1]).count();
        MigrationMatrix m = quadrant().matrix();
        int[][] c = m.counts();
        int gone = 0;
        for (int[] row : c) {
            gone += row[row.length - 1];
        }
        assertThat(gone).isEqualTo(onlyBefore);
        assertThat(sum(c[c.length - 1])).isEqualTo(onlyAfter);
    }

    @Test
    void rowsAddUpToTheFirstPeriodAndColumnsToTheSecond() {
        MigrationReport r = quadrant();
        long before = PERIODS.values().stream().filter(b -> b[0]).count();
        long after = PERIODS.values().stream().filter(b -> b[1]).count();
        assertThat(r.customersBefore()).isEqualTo(before);
        assertThat(r.customersAfter()).isEqualTo(after);
        int[][] c = r.matrix().counts();
        int rows = 0;
        for (int i = 0; i < c.length - 1; i++) {
            rows += sum(c[i]);
        }
        int cols = 0;
        for (int[] row : c) {
            for (int j = 0; j < row.length - 1; j++) {
                cols += row[j];
            }
        }
        assertThat(rows).isEqualTo(before);
        assertThat(cols).isEqualTo(after);
        assertThat(r.matrix().fromLabels()).endsWith(MigrationMatrix.NEW);
        assertThat(r.matrix().toLabels()).endsWith(MigrationMatrix.GONE);
    }

    @Test
    void rfmMigrationCoversTheSameCustomers() {
        MigrationReport r = session.migrations().migration("rfm", SPLIT, SegmentService.Options.defaults(),
                SETTINGS, ProgressListener.NONE);
        Set<String> labels = new HashSet<>(r.matrix().fromLabels());
        assertThat(labels).contains(MigrationMatrix.NEW);
        assertThat(r.customersBefore()).isEqualTo(PERIODS.values().stream().filter(b -> b[0]).count());
    }

    @Test
    void defaultSplitIsTheMiddleOfTheData() {
        // CDNOW runs 1997-01-01 .. 1998-06-30: 546 days, middle 1997-01-01 + 273 days
        assertThat(session.migrations().defaultSplit(SETTINGS)).isEqualTo(LocalDate.of(1997, 1, 1).plusDays(273));
    }

    @Test
    void aSplitOutsideTheDataIsRefusedWithTheDates() {
        assertThatThrownBy(() -> session.migrations().migration("quadrant", LocalDate.of(1996, 1, 1),
                SegmentService.Options.defaults(), SETTINGS, ProgressListener.NONE))
                .isInstanceOf(ServiceException.class).hasMessageContaining("1996-01-01")
                .hasMessageContaining("1997-01-01");
    }

    @Test
    void kmeansIsNotAMigrationScheme() {
        assertThatThrownBy(() -> session.migrations().migration("kmeans", SPLIT, SegmentService.Options.defaults(),
                SETTINGS, ProgressListener.NONE)).isInstanceOf(ServiceException.class)
                .hasMessageContaining("quadrant and rfm");
    }

    @Test
    void churnSchemeBandsEveryCustomerAndAgreesWithTheHiatusTotal() {
        SegmentReport r = session.segments().segment("churn", SegmentService.Options.defaults(), SETTINGS,
                ProgressListener.NONE);
        assertThat(r.segments()).extracting(SegmentRow::name).containsExactly("High risk", "Watch", "Active");
        assertThat(r.segments().stream().mapToInt(SegmentRow::customers).sum()).isEqualTo(CdnowSample.CUSTOMERS);
        double hiatus = r.segments().stream().mapToDouble(s -> s.figures().get("hiatusAtRisk")).sum();
        assertThat(hiatus).isEqualTo(((Number) r.thresholds().get("hiatusAtRisk")).doubleValue());
        List<String> bands = r.rows().stream().map(row -> row.churnBand()).distinct().toList();
        assertThat(bands).isNotEmpty().allMatch(b -> List.of("High risk", "Watch", "Active").contains(b));
    }
}
