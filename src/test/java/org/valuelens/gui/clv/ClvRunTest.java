package org.valuelens.gui.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.LocalDate;
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
import org.valuelens.gui.segments.CdnowSample;
import org.valuelens.model.CustomerSummary;
import org.valuelens.model.TimeUnit;
import org.valuelens.model.progress.ProgressListener;
import org.valuelens.service.AnalysisSettings;
import org.valuelens.service.ClvMethod;
import org.valuelens.service.Settings;
import org.valuelens.service.SettingsService;
import org.valuelens.service.WorkspaceSession;

/** The CLV page's run over the CDNOW sample: results, diagnostics and holdout figures reach the view model. */
class ClvRunTest {

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

    private ClvViewModel model() {
        return model(session, dir, Locale.ENGLISH);
    }

    /**
     * @param open   the open CDNOW sample
     * @param dir    a folder for the settings file
     * @param locale the interface language
     * @return the CLV page's view model over the sample, running its jobs at once
     */
    static ClvViewModel model(WorkspaceSession open, Path dir, Locale locale) {
        SessionHolder holder = new SessionHolder();
        holder.replace(open);
        WorkspaceState state = new WorkspaceState();
        state.set(open.directory(), "CDNOW sample");
        return new ClvViewModel(state, EmptyStateActions.NONE, holder,
                new UserSettings(new SettingsService(dir.resolve("s-" + System.nanoTime())), Settings.DEFAULTS),
                new DirectTaskExecutor(), new FakeDialogService(), new I18n(locale));
    }

    @Test
    void bgNbdRunListsEveryCustomerAndTheFourParameters() {
        ClvViewModel model = model();

        model.run();

        assertThat(model.visibleRows()).hasSize(CdnowSample.CUSTOMERS);
        assertThat(model.parameters()).extracting(ClvViewModel.Parameter::name)
                .containsExactly("r", "alpha", "a", "b");
        assertThat(model.fitSummaryProperty().get()).contains("log-likelihood");
    }

    @Test
    void holdoutActualTotalEqualsTheRepeatPurchasesAfterTheCalibrationEnd() {
        ClvViewModel model = model();
        model.calibrationEndProperty().set("1997-09-30");

        model.run();

        long actual = session.analysis().summarize(AnalysisSettings.defaults(TimeUnit.WEEK)
                        .withPeriod(LocalDate.of(1997, 9, 30), null), ProgressListener.NONE).customers().stream()
                .mapToLong(CustomerSummary::holdoutFrequency).sum();
        assertThat(model.accuracyRows()).hasSize(2);
        assertThat(model.accuracyRows().get(0).actual()).isCloseTo(actual, within(1e-9));
        assertThat(model.holdoutBarsProperty().get()).isNotNull();
        assertThat(model.trackingProperty().get()).isNotNull();
    }

    @Test
    void defaultCalibrationEndIsTheMiddleOfTheDataSpanAsInTheReport() {
        // CDNOW sample: first purchase 1997-01-01, last transaction 1998-06-30 (545 days); the middle day is
        // 1997-09-30, the split of Fader, Hardie and Lee, and the report's default (ReportServiceTest)
        LocalDate end = ClvViewModel.defaultCalibrationEnd(session.analysis().summarize(
                AnalysisSettings.defaults(TimeUnit.WEEK), ProgressListener.NONE));

        assertThat(end).isEqualTo(LocalDate.of(1997, 9, 30));
    }

    @Test
    void historicalMethodHasNoDiagnostics() {
        ClvViewModel model = model();
        model.methodProperty().set(ClvMethod.HISTORICAL);

        model.run();

        assertThat(model.parameters()).isEmpty();
        assertThat(model.accuracyRows()).isEmpty();
        assertThat(model.probabilisticProperty().get()).isFalse();
    }
}
