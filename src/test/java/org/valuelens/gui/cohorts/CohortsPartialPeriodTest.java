package org.valuelens.gui.cohorts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYShapeAnnotation;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuelens.gui.common.DirectTaskExecutor;
import org.valuelens.gui.common.EmptyStateActions;
import org.valuelens.gui.common.FakeDialogService;
import org.valuelens.gui.common.I18n;
import org.valuelens.gui.common.SessionHolder;
import org.valuelens.gui.common.UserSettings;
import org.valuelens.gui.common.WorkspaceState;
import org.valuelens.model.progress.ProgressListener;
import org.valuelens.service.ImportRequest;
import org.valuelens.service.Settings;
import org.valuelens.service.SettingsService;
import org.valuelens.service.WorkspaceSession;

/** The Cohorts page on data ending mid-month: partial cells hatched with a note, curves without them. */
class CohortsPartialPeriodTest {

    @TempDir
    static Path dir;
    private static WorkspaceSession session;
    private static CohortsViewModel model;

    @BeforeAll
    static void run() throws Exception {
        session = WorkspaceSession.open(dir.resolve("ws"));
        // 2021-01-05 .. 2021-03-15: March is partial
        Path file = Files.writeString(dir.resolve("shop.csv"), "customer,date,amount\na,2021-01-05,10\n"
                + "a,2021-02-10,20\na,2021-03-15,5\nb,2021-01-20,30\nb,2021-03-02,10\nc,2021-02-03,40\n"
                + "c,2021-03-10,8\nd,2021-02-25,15\ne,2021-03-05,12\n");
        session.imports().importFile(new ImportRequest(file, null, true, null, null, null, null, Map.of()), false,
                ProgressListener.NONE);
        SessionHolder holder = new SessionHolder();
        holder.replace(session);
        WorkspaceState state = new WorkspaceState();
        state.set(session.directory(), "shop");
        model = new CohortsViewModel(state, EmptyStateActions.NONE, holder,
                new UserSettings(new SettingsService(dir.resolve("s.properties")), Settings.DEFAULTS),
                new DirectTaskExecutor(), new FakeDialogService(), new I18n(Locale.ENGLISH));
        model.run();
    }

    @AfterAll
    static void close() {
        session.close();
    }

    @Test
    void heatmapHatchesTheThreeMarchCellsAndSaysWhy() {
        JFreeChart heat = model.heatmapProperty().get();
        long hatched = heat.getXYPlot().getAnnotations().stream().filter(XYShapeAnnotation.class::isInstance)
                .count();
        assertThat(hatched).isEqualTo(3); // one March cell per cohort (January, February, March)
        assertThat(heat.getSubtitles()).filteredOn(TextTitle.class::isInstance)
                .extracting(t -> ((TextTitle) t).getText())
                .contains("Hatched: 2021-03 is a partial period (the data ends on 2021-03-15); it is left out of the "
                        + "curves and averages.");
    }

    @Test
    void retentionCurvesStopBeforeMarchAndTheAverageUsesCompleteCells() {
        XYDataset d = model.retentionProperty().get().getXYPlot().getDataset();
        assertThat(d.getSeriesCount()).isEqualTo(4); // three cohorts + the average
        // January cohort: period 2 (March) is left out of its curve
        assertThat(d.getYValue(0, 2)).isNaN();
        assertThat(d.getYValue(0, 1)).isCloseTo(0.5, within(1e-12));
        // average over complete cells, by hand: period 1 only January (a of a, b bought in February)
        assertThat(d.getSeriesKey(3)).isEqualTo("Average (complete periods)");
        assertThat(d.getYValue(3, 1)).isCloseTo(0.5, within(1e-12));
        assertThat(d.getYValue(3, 2)).isNaN();
    }

    @Test
    void exportedTableSaysWhichRowsArePartial() {
        java.util.List<java.util.List<Object>> rows = model.cohortTable().rows();
        // January periods 0, 1 complete, 2 (March) partial; February 0 complete, 1 partial; March 0 partial
        assertThat(rows).extracting(r -> r.get(0) + "/" + r.get(3) + "=" + r.get(r.size() - 1)).containsExactly(
                "2021-01/0=true", "2021-01/1=true", "2021-01/2=false", "2021-02/0=true", "2021-02/1=false",
                "2021-03/0=false");
    }
}
