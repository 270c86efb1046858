package org.valuelens.gui.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
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
import org.valuelens.service.OverviewReport;
import org.valuelens.service.Settings;
import org.valuelens.service.SettingsService;
import org.valuelens.service.WorkspaceSession;

class OverviewViewModelTest {

    /** customer, date, amount: A buys twice on one day (one order), C and A come back. */
    private static final String[][] ROWS = {
        {"A", "2024-01-01", "10"}, {"A", "2024-01-01", "5"}, {"A", "2024-02-01", "20"}, {"B", "2024-01-05", "100"},
        {"C", "2024-01-10", "7"}, {"C", "2024-03-10", "3"}, {"D", "2024-02-02", "50"}, {"E", "2024-03-01", "1"}};

    @TempDir
    Path dir;

    private final WorkspaceState state = new WorkspaceState();
    private final List<String> calls = new ArrayList<>();
    private final SessionHolder sessions = new SessionHolder();
    private final FakeDialogService dialogs = new FakeDialogService();

    private OverviewViewModel model() {
        UserSettings settings = new UserSettings(new SettingsService(dir.resolve("settings.properties")),
                Settings.DEFAULTS);
        return new OverviewViewModel(state, new EmptyStateActions() {
            @Override
            public void openSample() {
                calls.add("sample");
            }

            @Override
            public void chooseAndImport() {
                calls.add("import");
            }
        }, sessions, new DirectTaskExecutor(), dialogs, settings, new I18n(Locale.ENGLISH));
    }

    private void openSmallDataset() throws Exception {
        StringBuilder csv = new StringBuilder("customer,date,amount\n");
        for (String[] r : ROWS) {
            csv.append(String.join(",", r)).append('\n');
        }
        Path file = dir.resolve("small.csv");
        Files.writeString(file, csv);
        WorkspaceSession session = WorkspaceSession.open(dir.resolve("ws"));
        int id = session.imports().importFile(ImportRequest.of(file), false, ProgressListener.NONE).datasetId();
        sessions.replace(session, id);
    }

    @AfterEach
    void close() {
        sessions.close();
    }

    @Test
    void isEmptyUntilADatasetIsOpen() {
        OverviewViewModel model = model();
        assertThat(model.loadedProperty().get()).isFalse();

        state.set(Paths.get("ws"), "CDNOW sample");

        assertThat(model.loadedProperty().get()).isTrue();
        assertThat(model.datasetNameProperty().get()).isEqualTo("CDNOW sample");
    }

    @Test
    void emptyStateCommandsReachTheWorkspaceActions() {
        OverviewViewModel model = model();
        model.openSample();
        model.importFile();

        assertThat(calls).containsExactly("sample", "import");
    }

    @Test
    void kpisMatchAnIndependentComputationOnASmallDataset() throws Exception {
        OverviewViewModel model = model();
        openSmallDataset();

        state.set(dir.resolve("ws"), "small.csv");

        // independent computation over the raw rows
        Map<String, Double> revenue = new HashMap<>();
        Set<String> orderKeys = new HashSet<>();
        Map<String, Set<LocalDate>> days = new HashMap<>();
        for (String[] r : ROWS) {
            revenue.merge(r[0], Double.parseDouble(r[2]), Double::sum);
            orderKeys.add(r[0] + "|" + r[1]);
            days.computeIfAbsent(r[0], k -> new HashSet<>()).add(LocalDate.parse(r[1]));
        }
        int customers = revenue.size();
        double total = revenue.values().stream().mapToDouble(Double::doubleValue).sum();
        long repeaters = days.values().stream().filter(s -> s.size() > 1).count();
        double[] clv = revenue.values().stream().mapToDouble(v -> v * Settings.DEFAULTS.margin()).sorted().toArray();
        double max = Arrays.stream(revenue.values().stream().mapToDouble(Double::doubleValue).toArray()).max()
                .orElseThrow(); // top 20 % of 5 customers = the single largest

        OverviewReport r = model.reportProperty().get();
        assertThat(dialogs.shown).isEmpty();
        assertThat(r.customers()).isEqualTo(customers);
        assertThat(r.revenue()).isCloseTo(total, within(1e-9));
        assertThat(r.orders()).isEqualTo(orderKeys.size());
        assertThat(r.averageOrderValue()).isCloseTo(total / orderKeys.size(), within(1e-9));
        assertThat(r.purchaseFrequency()).isCloseTo((double) orderKeys.size() / customers, within(1e-9));
        assertThat(r.repeatRate()).isCloseTo((double) repeaters / customers, within(1e-9));
        assertThat(r.meanClv()).isCloseTo(Arrays.stream(clv).average().orElseThrow(), within(1e-9));
        assertThat(r.medianClv()).isCloseTo(clv[clv.length / 2], within(1e-9));
        assertThat(r.topShare()).isCloseTo(max / total, within(1e-9));
    }

    @Test
    void kpiCardsAreFormattedWithCurrencyAndPercent() throws Exception {
        OverviewViewModel model = model();
        openSmallDataset();

        state.set(dir.resolve("ws"), "small.csv");

        Map<String, String> values = new HashMap<>();
        model.kpis().forEach(k -> values.put(k.id(), k.value()));
        // by hand: revenue 196 over 7 orders and 5 customers; 2 repeaters; top customer B = 100
        assertThat(values).containsEntry("customers", "5").containsEntry("revenue", "$196")
                .containsEntry("aov", "$28.00").containsEntry("frequency", "1.40").containsEntry("repeat", "40.0%")
                .containsEntry("top20", "51.0%");
        assertThat(model.histogramProperty().get()).isNotNull();
        assertThat(model.lorenzProperty().get()).isNotNull();
    }
}
