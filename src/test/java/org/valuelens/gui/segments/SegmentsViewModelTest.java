package org.valuelens.gui.segments;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuelens.gui.common.DirectTaskExecutor;
import org.valuelens.gui.common.EmptyStateActions;
import org.valuelens.gui.common.FakeDialogService;
import org.valuelens.gui.common.I18n;
import org.valuelens.gui.common.SessionHolder;
import org.valuelens.gui.common.UserSettings;
import org.valuelens.gui.common.WorkspaceState;
import org.valuelens.model.CustomerSummary;
import org.valuelens.model.TimeUnit;
import org.valuelens.model.progress.ProgressListener;
import org.valuelens.service.AnalysisSettings;
import org.valuelens.service.Settings;
import org.valuelens.service.SettingsService;
import org.valuelens.service.WorkspaceSession;

/** Segments page state without a UI, over the CDNOW sample. */
class SegmentsViewModelTest {

    @TempDir
    static Path dir;
    private static WorkspaceSession session;
    private static List<CustomerSummary> customers;
    private final I18n en = new I18n(Locale.ENGLISH);
    private final FakeDialogService dialogs = new FakeDialogService();
    private SegmentsViewModel model;

    @BeforeAll
    static void importSample() throws Exception {
        session = CdnowSample.open(dir);
        customers = session.analysis().summarize(AnalysisSettings.defaults(TimeUnit.WEEK), ProgressListener.NONE)
                .customers();
    }

    @AfterAll
    static void close() {
        session.close();
    }

    @BeforeEach
    void setUp() {
        SessionHolder holder = new SessionHolder();
        holder.replace(session);
        WorkspaceState state = new WorkspaceState();
        state.set(session.directory(), "CDNOW sample");
        model = new SegmentsViewModel(state, EmptyStateActions.NONE, holder,
                new UserSettings(new SettingsService(dir.resolve("s-" + System.nanoTime())), Settings.DEFAULTS),
                new DirectTaskExecutor(), dialogs, en);
    }

    /** Independent count: customers with more than x repeat purchases. */
    private static long frequentAbove(double x) {
        return customers.stream().filter(c -> c.frequency() > x).count();
    }

    @Test
    void quadrantThresholdChangeRecomputesTheCounts() {
        model.run();
        List<Integer> atMedian = model.counts();

        model.setThresholds(3, model.yThresholdProperty().get());

        List<Integer> after = model.counts();
        assertThat(after).isNotEqualTo(atMedian);
        // gold + stream are the customers above the purchases threshold
        assertThat((long) after.get(0) + after.get(2)).isEqualTo(frequentAbove(3));
        assertThat(after.stream().mapToInt(Integer::intValue).sum()).isEqualTo(CdnowSample.CUSTOMERS);
    }

    @Test
    void firstQuadrantRunFillsInTheMedianThresholds() {
        model.run();

        double[] x = customers.stream().mapToDouble(CustomerSummary::frequency).sorted().toArray();
        double median = x.length % 2 == 1 ? x[x.length / 2] : (x[x.length / 2 - 1] + x[x.length / 2]) / 2;
        assertThat(model.xThresholdProperty().get()).isEqualTo(median);
    }

    @Test
    void selectingASegmentListsExactlyItsCustomers() {
        model.run();
        SegmentsViewModel.SegmentItem gold = model.segments().get(0);

        model.selectSegment(gold.row().name());

        assertThat(model.members()).hasSize(gold.row().customers());
        double x = model.xThresholdProperty().get();
        assertThat(model.members()).allMatch(m -> m.repeatPurchases() > x);
    }

    @Test
    void aKOutsideTwoToTwelveIsRejectedWithAMessage() {
        model.kTextProperty().set("40");

        model.run();

        assertThat(model.messageProperty().get()).isEqualTo(en.get("segments.error.kRange"));
    }

    @Test
    void aNonNumericSeedIsRejectedWithAMessage() {
        model.seedTextProperty().set("forty-two");

        model.run();

        assertThat(model.messageProperty().get()).isEqualTo(en.get("segments.error.kmeansFields"));
    }

    @Test
    void exportWritesTheSelectedSegmentsCustomersAsCsv() throws Exception {
        model.run();
        SegmentsViewModel.SegmentItem burden = model.segments().get(3);
        model.selectSegment(burden.row().name());
        Path target = dir.resolve("burden.csv");
        dialogs.chooserAnswers.add(target);

        model.exportMembers();

        List<String> lines = Files.readAllLines(target);
        assertThat(lines).hasSize(burden.row().customers() + 1);
        assertThat(lines.get(0).replace("\uFEFF", "")).startsWith("customer,segment"); // BOM for Excel
    }
}
