package org.valuelens.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuelens.gui.segments.CdnowSample;
import org.valuelens.model.TimeUnit;
import org.valuelens.model.progress.ProgressListener;

/** The CDNOW sample in calendar months as a BG/BB table, checked against the raw file read here. */
class DiscretePeriodsTest {
    private static final AnalysisSettings SETTINGS = AnalysisSettings.defaults(TimeUnit.WEEK);

    @TempDir
    static Path dir;
    private static WorkspaceSession session;

    @BeforeAll
    static void open() throws IOException {
        session = CdnowSample.open(dir);
    }

    @AfterAll
    static void close() {
        session.close();
    }

    /** "x t_x n" → customers, computed straight from the file's months (the data end in June 1998). */
    private static Map<String, Long> expectedMonthly(YearMonth end) throws IOException {
        Map<String, TreeSet<YearMonth>> months = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(DiscretePeriodsTest.class
                .getResourceAsStream("/data/cdnow/CDNOW_sample.txt"), StandardCharsets.US_ASCII))) {
            String line;
            while ((line = r.readLine()) != null) {
                String[] p = line.trim().split("\\s+");
                LocalDate d = LocalDate.parse(p[2], DateTimeFormatter.BASIC_ISO_DATE);
                if (!YearMonth.from(d).isAfter(end)) {
                    months.computeIfAbsent(p[1], k -> new TreeSet<>()).add(YearMonth.from(d));
                }
            }
        }
        Map<String, Long> out = new HashMap<>();
        for (TreeSet<YearMonth> m : months.values()) {
            YearMonth first = m.first();
            int x = m.size() - 1;
            long tx = x == 0 ? 0 : first.until(m.last(), java.time.temporal.ChronoUnit.MONTHS);
            long n = first.until(end, java.time.temporal.ChronoUnit.MONTHS);
            out.merge(x + " " + tx + " " + n, 1L, Long::sum);
        }
        return out;
    }

    private static Map<String, Long> asMap(List<BgBbService.Line> lines) {
        Map<String, Long> m = new HashMap<>();
        for (BgBbService.Line l : lines) {
            m.put(l.x() + " " + l.tx() + " " + l.n(), l.customers());
        }
        return m;
    }

    @Test
    void monthlyTableMatchesTheRawFile() throws IOException {
        List<BgBbService.Line> lines = new DiscretePeriods(session.analysis()).table("month", SETTINGS,
                ProgressListener.NONE);
        assertThat(asMap(lines)).isEqualTo(expectedMonthly(YearMonth.of(1998, 6)));
        assertThat(lines.stream().mapToLong(BgBbService.Line::customers).sum()).isEqualTo(CdnowSample.CUSTOMERS);
    }

    @Test
    void aCalibrationEndCutsTheTable() throws IOException {
        AnalysisSettings cut = SETTINGS.withPeriod(LocalDate.of(1997, 9, 30), null);
        List<BgBbService.Line> lines = new DiscretePeriods(session.analysis()).table("month", cut,
                ProgressListener.NONE);
        assertThat(asMap(lines)).isEqualTo(expectedMonthly(YearMonth.of(1997, 9)));
    }

    @Test
    void theTableFitsAndEveryCustomerIsCounted() {
        List<BgBbService.Line> lines = new DiscretePeriods(session.analysis()).table("month", SETTINGS,
                ProgressListener.NONE);
        BgBbReport r = new BgBbService().fit(lines, 12);
        assertThat(r.customers()).isEqualTo(CdnowSample.CUSTOMERS);
        assertThat(r.rows()).allSatisfy(row -> assertThat(row.pAlive()).isBetween(0.0, 1.0));
    }

    @Test
    void anUnknownPeriodIsNamed() {
        assertThatThrownBy(() -> new DiscretePeriods(session.analysis()).table("week", SETTINGS,
                ProgressListener.NONE)).isInstanceOf(ServiceException.class).hasMessageContaining("'week'");
    }
}
