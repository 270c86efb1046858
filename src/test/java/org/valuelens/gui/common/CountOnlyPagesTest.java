package org.valuelens.gui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuelens.gui.channels.ChannelsViewModel;
import org.valuelens.gui.clv.ClvViewModel;
import org.valuelens.gui.overview.OverviewViewModel;
import org.valuelens.gui.segments.SegmentsViewModel;
import org.valuelens.model.progress.ProgressListener;
import org.valuelens.service.ImportRequest;
import org.valuelens.service.Settings;
import org.valuelens.service.SettingsService;
import org.valuelens.service.WorkspaceSession;

/**
 * The spend pages on a count-only dataset (grocery, no amount column): the page notice says the dataset has no
 * amounts and no error dialog opens; the Overview shows the count figures and a dash for the spend ones.
 */
class CountOnlyPagesTest {

    @TempDir
    static Path dir;
    private static WorkspaceSession session;
    private static SessionHolder holder;
    private static WorkspaceState state;
    private static final I18n EN = new I18n(Locale.ENGLISH);

    @BeforeAll
    static void importGrocery() throws Exception {
        Path file = dir.resolve("groceryElog.csv");
        try (InputStream in = CountOnlyPagesTest.class.getResourceAsStream("/data/grocery/groceryElog.csv")) {
            Files.copy(in, file);
        }
        session = WorkspaceSession.open(dir.resolve("ws"));
        session.imports().importFile(ImportRequest.of(file), false, ProgressListener.NONE);
        holder = new SessionHolder();
        holder.replace(session);
        state = new WorkspaceState();
        state.set(session.directory(), "grocery");
    }

    @AfterAll
    static void close() {
        session.close();
    }

    private static UserSettings settings() {
        return new UserSettings(new SettingsService(dir.resolve("s-" + System.nanoTime())), Settings.DEFAULTS);
    }

    @Test
    void clvPageShowsTheNoAmountsNoticeInsteadOfADialog() {
        FakeDialogService dialogs = new FakeDialogService();
        ClvViewModel model = new ClvViewModel(state, EmptyStateActions.NONE, holder, settings(),
                new DirectTaskExecutor(), dialogs, EN);
        model.run();
        assertThat(dialogs.shown).isEmpty();
        assertThat(model.noticeProperty().get()).isEqualTo(EN.get("page.noAmounts"));
    }

    @Test
    void segmentsAndChannelsPagesShowTheNoticeInsteadOfADialog() {
        FakeDialogService dialogs = new FakeDialogService();
        SegmentsViewModel segments = new SegmentsViewModel(state, EmptyStateActions.NONE, holder, settings(),
                new DirectTaskExecutor(), dialogs, EN);
        segments.run();
        ChannelsViewModel channels = new ChannelsViewModel(state, EmptyStateActions.NONE, holder, settings(),
                new DirectTaskExecutor(), dialogs, EN);
        channels.run();
        assertThat(dialogs.shown).isEmpty();
        assertThat(segments.noticeProperty().get()).isEqualTo(EN.get("page.noAmounts"));
        assertThat(channels.noticeProperty().get()).isEqualTo(EN.get("page.noAmounts"));
    }

    @Test
    void cohortsShowRetentionAndSayMarginIsNotAvailable() {
        FakeDialogService dialogs = new FakeDialogService();
        org.valuelens.gui.cohorts.CohortsViewModel model = new org.valuelens.gui.cohorts.CohortsViewModel(state,
                EmptyStateActions.NONE, holder, settings(), new DirectTaskExecutor(), dialogs, EN);
        model.run();
        assertThat(dialogs.shown).isEmpty();
        assertThat(model.resultProperty().get().customers()).isEqualTo(1_525);
        assertThat(model.heatmapProperty().get()).isNotNull();
        assertThat(model.ltvProperty().get()).isNull();
        assertThat(model.noticeProperty().get()).isEqualTo(EN.get("cohorts.noAmounts"));
    }

    @Test
    void whatIfDoesNotLoadAZeroAverageOrderValue() {
        org.valuelens.gui.whatif.WhatIfViewModel model = new org.valuelens.gui.whatif.WhatIfViewModel(state,
                EmptyStateActions.NONE, holder, new DirectTaskExecutor(), new FakeDialogService(), settings(), EN);
        double before = model.aovProperty().get();
        model.loadFromDataset();
        assertThat(model.aovProperty().get()).isEqualTo(before);
        assertThat(model.messageProperty().get()).isEqualTo(EN.get("page.noAmounts"));
    }

    @Test
    void overviewShowsCountsAndADashForSpend() {
        FakeDialogService dialogs = new FakeDialogService();
        OverviewViewModel model = new OverviewViewModel(state, EmptyStateActions.NONE, holder,
                new DirectTaskExecutor(), dialogs, settings(), EN);
        model.refresh();
        assertThat(dialogs.shown).isEmpty();
        assertThat(model.kpis()).filteredOn(k -> k.id().equals("revenue") || k.id().equals("meanClv"))
                .allMatch(k -> k.value().equals(EN.get("overview.noAmounts.value")));
        OverviewViewModel.Kpi customers = model.kpis().stream().filter(k -> k.id().equals("customers"))
                .findFirst().orElseThrow();
        assertThat(customers.value()).isEqualTo("1,525");
    }
}
