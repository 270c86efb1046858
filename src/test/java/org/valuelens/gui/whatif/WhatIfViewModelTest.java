package org.valuelens.gui.whatif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuelens.gui.common.DirectTaskExecutor;
import org.valuelens.gui.common.FakeDialogService;
import org.valuelens.gui.common.EmptyStateActions;
import org.valuelens.gui.common.I18n;
import org.valuelens.gui.common.SessionHolder;
import org.valuelens.gui.common.UserSettings;
import org.valuelens.gui.common.WorkspaceState;
import org.valuelens.gui.segments.CdnowSample;
import org.valuelens.model.CustomerSummary;
import org.valuelens.model.TimeUnit;
import org.valuelens.model.progress.ProgressListener;
import org.valuelens.service.AnalysisSettings;
import org.valuelens.service.Settings;
import org.valuelens.service.SettingsService;
import org.valuelens.service.WorkspaceSession;

/** The What-if calculator's figures without a UI: formulas on known inputs and "Load from dataset" on CDNOW. */
class WhatIfViewModelTest {

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

    private WhatIfViewModel model(WorkspaceState state, SessionHolder sessions) {
        return new WhatIfViewModel(state, EmptyStateActions.NONE, sessions, new DirectTaskExecutor(),
                new FakeDialogService(),
                new UserSettings(new SettingsService(dir.resolve("s-" + System.nanoTime())), Settings.DEFAULTS), en);
    }

    @Test
    void withoutDiscountAndMatchingRetentionBothClvsAgree() {
        WhatIfViewModel m = model(new WorkspaceState(), new SessionHolder());
        m.aovProperty().set(80);
        m.purchasesPerYearProperty().set(3);
        m.lifespanYearsProperty().set(4);
        m.marginPercentProperty().set(25);
        m.discountPercentProperty().set(0);
        m.cacProperty().set(50);

        // 80 × 3 × 4 × 0.25 − 50 = 190; retention 1 − 1/4 = 0.75 gives 60 / (1 − 0.75) − 50 = 190 too
        assertThat(m.simpleClvProperty().get()).isCloseTo(190, within(1e-9));
        assertThat(m.discountedClvProperty().get()).isCloseTo(190, within(1e-9));
        assertThat(m.detailTextProperty().get()).contains("$60.00").contains("4.8 : 1");
    }

    @Test
    void invalidRetentionShowsAMessageInsteadOfANumber() {
        WhatIfViewModel m = model(new WorkspaceState(), new SessionHolder());
        m.useRetentionProperty().set(true);

        m.retentionPercentProperty().set(100);

        assertThat(m.simpleTextProperty().get()).isEqualTo("–");
        assertThat(m.messageProperty().get()).startsWith("⚠");
    }

    @Test
    void loadFromDatasetTakesTheSamplesMeanRevenuePerYearAndTheMargin() {
        WorkspaceState state = new WorkspaceState();
        state.set(session.directory(), "CDNOW sample");
        SessionHolder sessions = new SessionHolder();
        sessions.replace(session);
        WhatIfViewModel m = model(state, sessions);
        double perYear = 0;
        var customers = session.analysis().summarize(AnalysisSettings.defaults(TimeUnit.WEEK), ProgressListener.NONE)
                .customers();
        for (CustomerSummary c : customers) {
            perYear += c.revenue() / (Math.max(c.age(), 1.0) * 7 / 365.25);
        }
        perYear /= customers.size();

        m.loadFromDataset();

        assertThat(m.aovProperty().get() * m.purchasesPerYearProperty().get()).isCloseTo(perYear, within(0.5));
        assertThat(m.marginPercentProperty().get()).isEqualTo(30.0);
        assertThat(m.messageProperty().get()).contains("CDNOW sample").contains("2,357");
    }
}
