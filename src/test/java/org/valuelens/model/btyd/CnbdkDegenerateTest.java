package org.valuelens.model.btyd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** (M)BG/CNBD-k on data too thin for a fit: one clear sentence, never a crash or NaN parameters. */
class CnbdkDegenerateTest {

    @Test
    void onlyOneTimeBuyersIsRefusedInOneSentence() {
        CalibrationData d = CalibrationData.of(new int[] {0, 0, 0}, new double[] {0, 0, 0}, new double[] {10, 20, 30});
        assertThatThrownBy(() -> CnbdkFitter.mbgCnbdk().fit(d, 0)).isInstanceOf(FitException.class)
                .hasMessageContaining("need at least one repeat customer to fit MBG/CNBD-k");
    }

    @Test
    void oneCustomerIsRefused() {
        CalibrationData d = CalibrationData.of(new int[] {2}, new double[] {5}, new double[] {10});
        assertThatThrownBy(() -> CnbdkFitter.bgCnbdk().fit(d, 1.0)).isInstanceOf(FitException.class)
                .hasMessageContaining("need at least 2 customers to fit BG/CNBD-k");
    }

    @Test
    void aNonFiniteLittIsRefused() {
        CalibrationData d = CalibrationData.of(new int[] {2, 0}, new double[] {5, 0}, new double[] {10, 12});
        assertThatThrownBy(() -> CnbdkFitter.bgCnbdk().fit(d, Double.NaN))
                .hasMessageContaining("log inter-purchase times must be finite");
    }

    @Test
    void twoCustomersGiveFiniteParametersOrAClearRefusal() {
        CalibrationData d = CalibrationData.of(new int[] {3, 0}, new double[] {9, 0}, new double[] {10, 12});
        try {
            FitResult<CnbdkModel> fit = CnbdkFitter.mbgCnbdk().fit(d, 3 * Math.log(3));
            fit.parameters().values().forEach(v -> assertThat(v).isFinite().isPositive());
            assertThat(fit.warnings()).anyMatch(w -> w.contains("Only 2 customers"));
        } catch (FitException e) {
            assertThat(e.getMessage()).contains("MBG/CNBD-k");
        }
    }
}
