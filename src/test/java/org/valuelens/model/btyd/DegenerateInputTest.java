package org.valuelens.model.btyd;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Degenerate data gives a FitException with a plain message, never NaN parameters. */
class DegenerateInputTest {

    private static final CalibrationData EMPTY = CalibrationData.of(new int[0], new double[0], new double[0]);
    private static final CalibrationData ONE_TIME_BUYERS = CalibrationData.of(new int[] {0, 0, 0},
            new double[] {0, 0, 0}, new double[] {10, 20, 30});
    private static final CalibrationData ONE_CUSTOMER = CalibrationData.of(new int[] {3}, new double[] {5},
            new double[] {10});

    @Test
    void bgNbdRejectsEmptyInput() {
        assertThatThrownBy(() -> BgNbdFitter.bgNbd().fit(EMPTY)).isInstanceOf(FitException.class)
                .hasMessage("cannot fit BG/NBD: there are no customers");
    }

    @Test
    void bgNbdNeedsARepeatCustomer() {
        assertThatThrownBy(() -> BgNbdFitter.bgNbd().fit(ONE_TIME_BUYERS)).isInstanceOf(FitException.class)
                .hasMessageStartingWith("need at least one repeat customer to fit BG/NBD");
    }

    @Test
    void bgNbdNeedsMoreThanOneCustomer() {
        assertThatThrownBy(() -> BgNbdFitter.bgNbd().fit(ONE_CUSTOMER)).isInstanceOf(FitException.class)
                .hasMessage("need at least 2 customers to fit BG/NBD, got 1");
    }

    @Test
    void mbgNbdNeedsARepeatCustomer() {
        assertThatThrownBy(() -> BgNbdFitter.mbgNbd().fit(ONE_TIME_BUYERS)).isInstanceOf(FitException.class)
                .hasMessageStartingWith("need at least one repeat customer to fit MBG/NBD");
    }

    @Test
    void paretoNbdNeedsARepeatCustomer() {
        assertThatThrownBy(() -> new ParetoNbdFitter().fit(ONE_TIME_BUYERS)).isInstanceOf(FitException.class)
                .hasMessageStartingWith("need at least one repeat customer to fit Pareto/NBD");
    }

    @Test
    void paretoNbdRejectsEmptyInput() {
        assertThatThrownBy(() -> new ParetoNbdFitter().fit(EMPTY)).isInstanceOf(FitException.class)
                .hasMessage("cannot fit Pareto/NBD: there are no customers");
    }

    @Test
    void gammaGammaRejectsZeroSpend() {
        assertThatThrownBy(() -> new GammaGammaFitter().fit(new int[] {1, 2, 0}, new double[] {0, 0, 0}))
                .isInstanceOf(FitException.class)
                .hasMessage("need repeat customers with positive spend to fit Gamma-Gamma; found none "
                        + "(1 one-time buyers, 2 repeat customers with zero spend)");
    }

    @Test
    void gammaGammaRejectsEmptyInput() {
        assertThatThrownBy(() -> new GammaGammaFitter().fit(new int[0], new double[0]))
                .isInstanceOf(FitException.class).hasMessage("cannot fit Gamma-Gamma: there are no customers");
    }

    @Test
    void sbgRejectsACohortWithoutChurn() {
        assertThatThrownBy(() -> new SbgFitter().fitCounts(new long[] {100, 100, 100}))
                .isInstanceOf(FitException.class).hasMessageContaining("nobody churned");
    }

    @Test
    void sbgRejectsIncreasingCounts() {
        assertThatThrownBy(() -> new SbgFitter().fitCounts(new long[] {100, 80, 90}))
                .isInstanceOf(FitException.class).hasMessageContaining("must not increase");
    }

    private static final CalibrationData THREE_REGULAR = CalibrationData.of(new int[] {3, 3, 3},
            new double[] {2, 5, 9}, new double[] {10, 10, 10});

    @Test
    void bgNbdOnTinyRegularDataConvergesAtABoundaryAndSaysWhatItMeans() {
        FitResult<BgNbdModel> fit = BgNbdFitter.bgNbd().fit(THREE_REGULAR);
        org.assertj.core.api.Assertions.assertThat(fit.atBoundary()).isTrue();
        org.assertj.core.api.Assertions.assertThat(fit.warnings())
                .anyMatch(w -> w.startsWith("The fit converged at a boundary of the model"))
                .anyMatch(w -> w.startsWith("In plain words"));
        org.assertj.core.api.Assertions.assertThat(fit.model().expectedPurchases(20, 3, 9, 10)).isFinite();
    }

    @Test
    void paretoNbdOnTinyRegularDataIsFlaggedAsABoundaryFit() {
        FitResult<ParetoNbdModel> fit = new ParetoNbdFitter().fit(THREE_REGULAR);
        org.assertj.core.api.Assertions.assertThat(fit.atBoundary()).isTrue();
        org.assertj.core.api.Assertions.assertThat(fit.warnings())
                .anyMatch(w -> w.contains("converged at a boundary"))
                .contains("Only 3 customers: the estimates are very uncertain.");
        org.assertj.core.api.Assertions.assertThat(fit.parameters().values()).allSatisfy(v ->
                org.assertj.core.api.Assertions.assertThat(v).isFinite().isPositive());
    }

    @Test
    void calibrationDataRejectsRecencyBeyondAge() {
        assertThatThrownBy(() -> CalibrationData.of(new int[] {1}, new double[] {5}, new double[] {4}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0 <= t_x <= T");
    }

    @Test
    void identicalHistoriesShareOneWeightedRow() {
        CalibrationData d = CalibrationData.of(new int[] {1, 1, 0, 1}, new double[] {2, 2, 0, 3},
                new double[] {9, 9, 9, 9});
        org.assertj.core.api.Assertions.assertThat(d.rows()).isEqualTo(3);
        org.assertj.core.api.Assertions.assertThat(d.customers()).isEqualTo(4);
        org.assertj.core.api.Assertions.assertThat(d.weight()).containsExactly(2, 1, 1);
    }
}
