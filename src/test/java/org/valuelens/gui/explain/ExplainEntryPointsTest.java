package org.valuelens.gui.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.Locale;
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
import org.valuelens.gui.overview.OverviewViewModel;
import org.valuelens.gui.segments.CdnowSample;
import org.valuelens.gui.segments.SegmentsViewModel;
import org.valuelens.service.ClvMethod;
import org.valuelens.service.Settings;
import org.valuelens.service.SettingsService;
import org.valuelens.service.WorkspaceSession;

/**
 * The "How is this computed?" entry points of the Overview and Segments pages over the CDNOW sample: the explained
 * figure is the one the page shows.
 */
class ExplainEntryPointsTest {

    @TempDir
    static Path dir;
    private static WorkspaceSession session;
    private final I18n en = new I18n(Locale.ENGLISH);

    @BeforeAll
    static void importSample() throws Exception {
        session = CdnowSample.open(dir);
    }

    @AfterAll
    static void close() {
        session.close();
    }

    private SessionHolder holder() {
        SessionHolder h = new SessionHolder();
        h.replace(session);
        return h;
    }

    private UserSettings settings() {
        return new UserSettings(new SettingsService(dir.resolve("s-" + System.nanoTime())), Settings.DEFAULTS);
    }

    @Test
    void overviewAverageClvCardIsExplainedAsTheSameMean() {
        WorkspaceState state = new WorkspaceState();
        SessionHolder sessions = holder();
        UserSettings settings = settings();
        OverviewViewModel overview = new OverviewViewModel(state, EmptyStateActions.NONE, sessions,
                new DirectTaskExecutor(), new FakeDialogService(), settings, en);
        assertThat(overview.explainMeanClv()).isEmpty();
        state.set(session.directory(), "CDNOW sample");

        ExplainRequest request = overview.explainMeanClv().orElseThrow();
        ExplainViewModel explain = new ExplainViewModel(sessions, new DirectTaskExecutor(), settings, en);
        explain.load(request);

        assertThat(request.method()).isEqualTo(ClvMethod.HISTORICAL);
        assertThat(request.customerIds()).isNull();
        assertThat(explain.explanationProperty().get().result().value())
                .isCloseTo(overview.reportProperty().get().meanClv(), within(1e-9));
        assertThat(explain.resultProperty().get())
                .isEqualTo(kpi(overview, "meanClv"));
        assertThat(explain.noteProperty().get()).contains("2,357 customers");
    }

    @Test
    void clvPageCustomerExplanationGivesTheValueInTheTable() {
        WorkspaceState state = new WorkspaceState();
        state.set(session.directory(), "CDNOW sample");
        SessionHolder sessions = holder();
        UserSettings settings = settings();
        org.valuelens.gui.clv.ClvViewModel clv = new org.valuelens.gui.clv.ClvViewModel(state,
                EmptyStateActions.NONE, sessions, settings, new DirectTaskExecutor(), new FakeDialogService(), en);
        clv.methodProperty().set(ClvMethod.SIMPLE);
        assertThat(clv.explainCustomer("1")).isEmpty();
        clv.run();
        org.valuelens.gui.clv.ClvViewModel.Row row = clv.visibleRows().get(10);

        ExplainRequest request = clv.explainCustomer(row.customerId()).orElseThrow();
        ExplainViewModel explain = new ExplainViewModel(sessions, new DirectTaskExecutor(), settings, en);
        explain.load(request);

        assertThat(request.single()).isTrue();
        assertThat(explain.explanationProperty().get().result().value()).isCloseTo(row.clv(), within(1e-9));
        assertThat(explain.symbols()).containsKeys("AOV", "F", "L", "CAC", "CLV");
        assertThat(explain.steps()).extracting(ExplainViewModel.Line::label)
                .contains("revenue per year (AOV × F)", "CLV after acquisition cost");
    }

    @Test
    void customerDetailExplanationUsesTheSameBgNbdFitAsItsAliveChart() {
        WorkspaceState state = new WorkspaceState();
        SessionHolder sessions = holder();
        UserSettings settings = settings();
        org.valuelens.gui.customers.CustomersViewModel customers = new org.valuelens.gui.customers.CustomersViewModel(
                state, EmptyStateActions.NONE, sessions, new DirectTaskExecutor(), new FakeDialogService(), settings,
                en);
        state.set(session.directory(), "CDNOW sample");
        String id = customers.customers().get(20).customerId();
        customers.select(id);
        double[] alive = customers.detailProperty().get().pAlive();

        ExplainRequest request = customers.explainSelected().orElseThrow();
        ExplainViewModel explain = new ExplainViewModel(sessions, new DirectTaskExecutor(), settings, en);
        explain.load(request);

        assertThat(request.method()).isEqualTo(ClvMethod.BG_NBD);
        // the first step is P(alive) at the customer's own x, t_x and T: the last point of the detail's curve
        assertThat(explain.explanationProperty().get().result().steps().get(0).value())
                .isCloseTo(alive[alive.length - 1], within(1e-9));
        assertThat(explain.parameters()).extracting(ExplainViewModel.ParameterNote::name).contains("r", "α", "a",
                "b", "p", "q", "γ", "d");
    }

    private static String kpi(OverviewViewModel overview, String id) {
        return overview.kpis().stream().filter(k -> k.id().equals(id)).findFirst().orElseThrow().value();
    }

    @Test
    void selectedSegmentMeanIsTheMeanMarginOfItsMembers() {
        WorkspaceState state = new WorkspaceState();
        state.set(session.directory(), "CDNOW sample");
        SessionHolder sessions = holder();
        UserSettings settings = settings();
        SegmentsViewModel segments = new SegmentsViewModel(state, EmptyStateActions.NONE, sessions, settings,
                new DirectTaskExecutor(), new FakeDialogService(), en);
        segments.run();
        String first = segments.segments().get(0).row().name();
        segments.selectSegment(first);
        // independent: historical margin = revenue × 30 % (the sample has no cost), averaged over the members
        double expected = segments.members().stream().mapToDouble(m -> m.revenue() * 0.3).average().orElseThrow();

        ExplainRequest request = segments.explainSegment().orElseThrow();
        ExplainViewModel explain = new ExplainViewModel(sessions, new DirectTaskExecutor(), settings, en);
        explain.load(request);

        assertThat(request.customerIds()).hasSize(segments.members().size());
        assertThat(explain.titleProperty().get()).contains("segment " + first);
        assertThat(explain.explanationProperty().get().result().value()).isCloseTo(expected, within(1e-9));
        assertThat(explain.explanationProperty().get().exact()).isTrue();
    }
}
