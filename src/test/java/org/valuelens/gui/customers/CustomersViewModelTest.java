package org.valuelens.gui.customers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
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
import org.valuelens.model.progress.ProgressListener;
import org.valuelens.service.ImportRequest;
import org.valuelens.service.Settings;
import org.valuelens.service.SettingsService;
import org.valuelens.service.WorkspaceSession;

class CustomersViewModelTest {

    @TempDir
    Path dir;

    private final WorkspaceState state = new WorkspaceState();
    private final SessionHolder sessions = new SessionHolder();
    private final FakeDialogService dialogs = new FakeDialogService();
    private CustomersViewModel model;

    @BeforeEach
    void open() throws Exception {
        Path file = dir.resolve("shop.csv");
        Files.writeString(file, "customer,date,amount\nANNA,2024-01-01,10\nANNA,2024-01-15,20\nBEN,2024-01-02,5\n"
                + "HANNAH,2024-01-03,8\nHANNAH,2024-02-03,9\nHANNAH,2024-03-03,10\nCARL,2024-03-01,4\n");
        WorkspaceSession session = WorkspaceSession.open(dir.resolve("ws"));
        int id = session.imports().importFile(ImportRequest.of(file), false, ProgressListener.NONE).datasetId();
        sessions.replace(session, id);
        model = new CustomersViewModel(state, new EmptyStateActions() {
            @Override
            public void openSample() {
            }

            @Override
            public void chooseAndImport() {
            }
        }, sessions, new DirectTaskExecutor(), dialogs,
                new UserSettings(new SettingsService(dir.resolve("s.properties")), Settings.DEFAULTS),
                new I18n(Locale.ENGLISH));
        state.set(dir.resolve("ws"), "shop.csv");
    }

    @AfterEach
    void close() {
        sessions.close();
    }

    @Test
    void listsEveryCustomerWithPurchasesAndRevenue() {
        assertThat(model.customers()).extracting(CustomerSummary::customerId)
                .containsExactlyInAnyOrder("ANNA", "BEN", "HANNAH", "CARL");
        CustomerSummary hannah = model.customers().stream().filter(c -> c.customerId().equals("HANNAH"))
                .findFirst().orElseThrow();
        assertThat(hannah.purchaseDays()).isEqualTo(3);
        assertThat(hannah.revenue()).isEqualTo(27.0);
    }

    @Test
    void searchFiltersByPartOfTheIdIgnoringCase() {
        model.searchProperty().set("anna");

        assertThat(model.customers()).extracting(CustomerSummary::customerId)
                .containsExactlyInAnyOrder("ANNA", "HANNAH");
    }

    @Test
    void selectingACustomerShowsTheirInputsAndCharts() {
        model.select("HANNAH");

        assertThat(dialogs.shown).isEmpty();
        assertThat(model.detailProperty().get().summary().frequency()).isEqualTo(2);
        assertThat(model.inputs().get(0)).containsExactly("Repeat purchases (x)", "2");
        assertThat(model.timelineProperty().get()).isNotNull();
        assertThat(model.aliveChartProperty().get()).isNotNull();
    }
}
