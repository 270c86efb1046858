package org.valuelens.gui.products;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
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
import org.valuelens.model.product.FirstProductRow;
import org.valuelens.model.progress.ProgressListener;
import org.valuelens.service.ImportRequest;
import org.valuelens.service.Settings;
import org.valuelens.service.SettingsService;
import org.valuelens.service.WorkspaceSession;

/** Products page state: CDNOW (no product column) says why the product tables are empty; Online Retail fills them. */
class ProductsViewModelTest {

    @TempDir
    static Path dir;
    private static WorkspaceSession cdnow;
    private static WorkspaceSession retail;

    @BeforeAll
    static void open() throws Exception {
        Files.createDirectories(dir.resolve("cdnow"));
        cdnow = CdnowSample.open(dir.resolve("cdnow"));
        Path file = dir.resolve("retail.xlsx");
        try (InputStream in = ProductsViewModelTest.class.getResourceAsStream(
                "/data/online_retail/online_retail_40k.xlsx")) {
            Files.copy(in, file);
        }
        retail = WorkspaceSession.open(dir.resolve("retail"));
        retail.imports().importFile(new ImportRequest(file, null, null, null, null, null, null, Map.of()), false,
                ProgressListener.NONE);
    }

    @AfterAll
    static void close() {
        cdnow.close();
        retail.close();
    }

    private static ProductsViewModel model(WorkspaceSession session, FakeDialogService dialogs) {
        SessionHolder holder = new SessionHolder();
        holder.replace(session);
        WorkspaceState state = new WorkspaceState();
        state.set(session.directory(), "data");
        UserSettings settings = new UserSettings(new SettingsService(dir.resolve("s-" + System.nanoTime())),
                Settings.DEFAULTS);
        return new ProductsViewModel(state, EmptyStateActions.NONE, holder, settings, new DirectTaskExecutor(),
                dialogs, new I18n(Locale.ENGLISH));
    }

    @Test
    void withoutAProductColumnThePageSaysWhyAndStillShowsCohortsAndRepeat() {
        FakeDialogService dialogs = new FakeDialogService();
        ProductsViewModel model = model(cdnow, dialogs);
        model.run();
        assertThat(model.noticeProperty().get()).isEqualTo(new I18n(Locale.ENGLISH).get("products.noProducts"));
        assertThat(model.firstProducts()).isEmpty();
        assertThat(model.pairs()).isEmpty();
        // CDNOW's customers all first bought in January-March 1997, then the "all" row
        assertThat(model.cohorts()).hasSize(4);
        assertThat(model.steps()).hasSize(3);
        assertThat(model.outcomeProperty().get().cohortChart()).isNotNull();
        assertThat(model.outcomeProperty().get().firstChart()).isNull();
    }

    @Test
    void onlineRetailFillsEveryTabAndTheMinimumHidesSmallFirstProducts() {
        ProductsViewModel model = model(retail, new FakeDialogService());
        model.minCustomersProperty().set(10);
        model.run();
        assertThat(model.noticeProperty().get()).isEmpty();
        assertThat(model.firstProducts()).isNotEmpty().allMatch(r -> r.customers() >= 10);
        FirstProductRow top = model.firstProducts().get(0);
        assertThat(model.name(top.key())).contains(" — ");
        assertThat(model.pairs()).isNotEmpty();
        ProductsOutcome o = model.outcomeProperty().get();
        assertThat(o.firstChart()).isNotNull();
        assertThat(o.affinityChart()).isNotNull();
        assertThat(o.repeatChart()).isNotNull();
    }

    @Test
    void byCategoryOnAFileWithoutCategoriesSaysSo() {
        ProductsViewModel model = model(retail, new FakeDialogService());
        model.byCategoryProperty().set(true);
        model.run();
        assertThat(model.noticeProperty().get()).isEqualTo(new I18n(Locale.ENGLISH).get("products.noCategories"));
        assertThat(model.firstProducts()).isEmpty();
    }
}
