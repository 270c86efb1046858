package org.valuelens.gui.clv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
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
import org.valuelens.service.Settings;
import org.valuelens.service.SettingsService;
import org.valuelens.service.WorkspaceSession;

/** Reopening a workspace in the app shows the saved fit on the CLV page without fitting again. */
class ClvSavedFitTest {

    @TempDir
    Path dir;

    private ClvViewModel model(WorkspaceSession session) {
        SessionHolder holder = new SessionHolder();
        holder.replace(session);
        WorkspaceState state = new WorkspaceState();
        state.set(session.directory(), "CDNOW sample");
        return new ClvViewModel(state, EmptyStateActions.NONE, holder,
                new UserSettings(new SettingsService(dir.resolve("settings")), Settings.DEFAULTS),
                new DirectTaskExecutor(), new FakeDialogService(), new I18n(Locale.ENGLISH));
    }

    @Test
    void aReopenedWorkspaceShowsTheSavedFitWithoutRefitting() throws Exception {
        List<ClvViewModel.Parameter> first;
        String firstSummary;
        try (WorkspaceSession session = CdnowSample.open(dir)) {
            ClvViewModel page = model(session);
            page.run();
            first = List.copyOf(page.parameters());
            firstSummary = page.fitSummaryProperty().get();
            assertThat(session.analysis().fits().fitsMade()).isPositive();
        }

        try (WorkspaceSession reopened = WorkspaceSession.open(dir.resolve("ws"))) {
            ClvViewModel page = model(reopened);
            page.run();

            assertThat(reopened.analysis().fits().fitsMade()).isZero();
            assertThat(reopened.analysis().fits().fitsReused()).isPositive();
            assertThat(page.parameters()).containsExactlyElementsOf(first);
            assertThat(page.fitSummaryProperty().get()).isEqualTo(firstSummary);
        }
    }
}
