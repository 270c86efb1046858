package org.valuelens.model.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.valuelens.model.CustomerSummary;
import org.valuelens.model.TimeUnit;
import org.valuelens.model.btyd.BgNbdModel;
import org.valuelens.model.validation.HoldoutValidation;
import org.valuelens.model.validation.HoldoutValidator;
import org.valuelens.model.validation.HoldoutValidatorTest;

class HoldoutAccuracyTest {

    private static CustomerSummary customer(String id, int x, double tx, double age, int holdout) {
        LocalDate d = LocalDate.of(2024, 1, 1);
        return new CustomerSummary(id, d, d, null, x, tx, age, 0, 0, null, x + 1, holdout, 0);
    }

    @Test
    void baselineByHand() {
        // holdout 10: predictions x/T*10 = 0, 1, 5; actual 2, 1, 4
        List<CustomerSummary> cs = List.of(customer("A", 0, 0, 10, 2), customer("B", 2, 5, 20, 1),
                customer("C", 5, 8, 10, 4));
        AccuracyRow row = HoldoutAccuracy.baseline(cs, 10);
        assertThat(row.modelId()).isEqualTo("baseline");
        assertThat(row.ok()).isTrue();
        assertThat(row.mae()).isCloseTo((2 + 0 + 1) / 3.0, within(1e-12));
        assertThat(row.rmse()).isCloseTo(Math.sqrt((4 + 0 + 1) / 3.0), within(1e-12));
        assertThat(row.totalPredicted()).isCloseTo(6, within(1e-12));
        assertThat(row.totalActual()).isEqualTo(7);
        assertThat(row.percentError()).isCloseTo(-100.0 / 7, within(1e-9));
        // correlation of (0,1,5) and (2,1,4): means 2 and 7/3
        double cov = (-2) * (-1.0 / 3) + (-1) * (-4.0 / 3) + 3 * (5.0 / 3);
        double vp = 4 + 1 + 9;
        double va = 1.0 / 9 + 16.0 / 9 + 25.0 / 9;
        assertThat(row.correlation()).isCloseTo(cov / Math.sqrt(vp * va), within(1e-12));
    }

    @Test
    void agreesWithTheValidateCommandsFiguresOnCdnow() throws Exception {
        List<CustomerSummary> cs = HoldoutValidatorTest.cdnow().customers();
        BgNbdModel bg = new BgNbdModel(0.2426, 4.4137, 0.7930, 2.4262);
        double holdout = 39;
        AccuracyRow row = HoldoutAccuracy.of(bg, cs, holdout);
        HoldoutValidation v = HoldoutValidator.validate(bg, cs, holdout, TimeUnit.WEEK);
        assertThat(row.mae()).isCloseTo(v.model().mae(), within(1e-9));
        assertThat(row.rmse()).isCloseTo(v.model().rmse(), within(1e-9));
        assertThat(row.totalPredicted()).isCloseTo(v.model().totalPredicted(), within(1e-6));
        assertThat(row.totalActual()).isEqualTo(v.model().totalActual());
        assertThat(row.correlation()).isBetween(0.5, 0.9);
        AccuracyRow base = HoldoutAccuracy.baseline(cs, holdout);
        assertThat(base.mae()).isCloseTo(v.baseline().mae(), within(1e-9));
        assertThat(HoldoutAccuracy.totalActual(cs)).isEqualTo(v.model().totalActual());
    }

    @Test
    void aFailedRowCarriesItsReason() {
        AccuracyRow row = AccuracyRow.failed("pareto-nbd", "Too few repeat customers.", 12);
        assertThat(row.ok()).isFalse();
        assertThat(row.failure()).isEqualTo("Too few repeat customers.");
        assertThat(row.mae()).isNaN();
        assertThat(row.percentError()).isNull();
    }
}
