package org.valuelens.gui.clv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.valuelens.service.ClvMethod;
import org.valuelens.service.ClvReport;
import org.valuelens.service.CustomerClv;
import org.valuelens.service.Settings;
import org.valuelens.service.SettingsService;

/** CLV page state without a UI: copy format, filter, search, parameter validation. */
class ClvViewModelTest {

    @TempDir
    Path dir;
    private final I18n en = new I18n(Locale.ENGLISH);
    private ClvViewModel model;

    @BeforeEach
    void setUp() {
        model = new ClvViewModel(new WorkspaceState(), EmptyStateActions.NONE, new SessionHolder(),
                new UserSettings(new SettingsService(dir.resolve("s.properties")), Settings.DEFAULTS),
                new DirectTaskExecutor(), new FakeDialogService(), en);
    }

    private static CustomerClv customer(String id, int x, double tx, double age, double revenue, double clv,
                                        double pAlive) {
        CustomerSummary s = new CustomerSummary(id, LocalDate.of(2020, 1, 1), LocalDate.of(2020, 3, 1), null, x, tx,
                age, x == 0 ? 0 : revenue / (x + 1), revenue, null, x + 1, 0, 0);
        return new CustomerClv(s, clv, revenue * 0.3, pAlive, Double.NaN);
    }

    private void showThree() {
        List<CustomerClv> rows = List.of(customer("A17", 2, 10.5, 30, 1234.5, 2500.25, 0.8125),
                customer("B2", 0, 0, 12, 40, 3.5, 1.0), customer("A3", 5, 20, 40, 99.999, 120, 0.5));
        ClvReport report = new ClvReport(ClvMethod.BG_NBD, TimeUnit.WEEK, 52, "f", Map.of(), rows, 2623.75,
                874.58, 120, List.of(), null);
        model.show(new ClvViewModel.Outcome(report, null, null, null, null, null));
    }

    @Test
    void copyWritesAHeaderRowAndOneTabSeparatedLinePerCustomerWithPlainNumbers() {
        showThree();

        String text = model.copyText(List.of());

        String[] lines = text.split("\n");
        assertThat(lines).hasSize(4);
        assertThat(lines[0].split("\t")).containsExactly("customer", "x", "t_x (week)", "T (week)", "revenue ($)",
                "historical value ($)", "CLV ($)", "P(alive)");
        assertThat(text).contains("A17\t2\t10.5\t30\t1234.5\t370.35\t2500.25\t0.8125\n");
        assertThat(text).doesNotContain(",");
    }

    @Test
    void copyOfASelectionWritesOnlyTheSelectedRows() {
        showThree();
        ClvViewModel.Row b2 = model.visibleRows().stream().filter(r -> r.customerId().equals("B2")).findFirst()
                .orElseThrow();

        String text = model.copyText(List.of(b2));

        assertThat(text.split("\n")).hasSize(2);
        assertThat(text.split("\n")[1]).isEqualTo("B2\t0\t0\t12\t40\t12\t3.5\t1");
    }

    @Test
    void unknownPAliveIsCopiedAsAnEmptyCell() {
        assertThat(ClvViewModel.plain(Double.NaN)).isEmpty();
        assertThat(ClvViewModel.plain(1234567.125)).isEqualTo("1234567.125");
    }

    @Test
    void minimumClvFilterHidesCustomersBelowIt() {
        showThree();

        model.minClvProperty().set("100");

        assertThat(model.visibleRows()).extracting(ClvViewModel.Row::customerId).containsExactlyInAnyOrder("A17",
                "A3");
    }

    @Test
    void searchMatchesPartOfTheIdIgnoringCase() {
        showThree();

        model.searchProperty().set("a1");

        assertThat(model.visibleRows()).extracting(ClvViewModel.Row::customerId).containsExactly("A17");
    }

    @Test
    void summaryStatesCountTotalMeanMedianWithoutTheRawFormula() {
        showThree();

        // the formula is typeset in "How is this computed?", not printed raw under the table (issue 15)
        assertThat(model.summaryProperty().get()).isEqualTo("3 customers · total $2,623.75 · mean $874.58 · "
                + "median $120.00");
    }

    @Test
    void defaultsComeFromTheSettings() {
        assertThat(model.timeUnitProperty().get()).isEqualTo(TimeUnit.WEEK);
        assertThat(model.horizonProperty().get()).isEqualTo("52");
        assertThat(model.discountPercentProperty().get()).isEqualTo("10");
        assertThat(model.marginPercentProperty().get()).isEqualTo("30");
    }

    @Test
    void aMarginAboveOneHundredPercentIsRejectedWithAMessage() {
        model.marginPercentProperty().set("130");

        model.run();

        assertThat(model.messageProperty().get()).isEqualTo(en.get("clv.error.margin"));
        assertThat(model.runningProperty().get()).isFalse();
    }

    @Test
    void aNonNumericHorizonIsRejectedWithAMessage() {
        model.horizonProperty().set("a year");

        model.run();

        assertThat(model.messageProperty().get()).isEqualTo(en.get("clv.error.horizon"));
    }

    @Test
    void aBadCalibrationDateIsRejectedWithAMessage() {
        model.calibrationEndProperty().set("30/09/1997");

        model.run();

        assertThat(model.messageProperty().get()).isEqualTo(en.get("clv.error.calibrationEnd"));
    }

    @Test
    void changingTheTimeUnitKeepsTheHorizonLength() {
        model.timeUnitProperty().set(TimeUnit.MONTH);

        assertThat(model.horizonProperty().get()).isEqualTo("12");
    }
}
