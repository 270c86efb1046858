package org.valuelens.model.btyd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** sBG against Fader &amp; Hardie (2007), "How to project customer retention" (years 0..7 fitted). */
class SbgFitterTest {

    private static final double[] REGULAR = {100, 63.1, 46.8, 38.2, 32.6, 28.9, 26.2, 24.1, 22.3, 20.7, 19.4, 18.3,
        17.3};
    private static final double[] HIGH_END = {100, 86.9, 74.3, 65.3, 59.3, 55.1, 51.7, 49.1, 46.8, 44.5, 42.7, 40.9,
        39.4};

    private static FitResult<SbgModel> fitYears0To7(double[] curve) {
        return new SbgFitter().fitPercent(Arrays.copyOf(curve, 8), 1000);
    }

    @Test
    void regularSegmentParametersMatchPublished() {
        FitResult<SbgModel> fit = fitYears0To7(REGULAR);
        assertThat(fit.parameter("alpha")).isCloseTo(0.704, offset(0.005 * 0.704));
        assertThat(fit.parameter("beta")).isCloseTo(1.182, offset(0.005 * 1.182));
    }

    @Test
    void highEndSegmentParametersMatchPublished() {
        FitResult<SbgModel> fit = fitYears0To7(HIGH_END);
        assertThat(fit.parameter("alpha")).isCloseTo(0.668, offset(0.005 * 0.668));
        assertThat(fit.parameter("beta")).isCloseTo(3.806, offset(0.005 * 3.806));
    }

    @Test
    void highEndProjectionForYearsEightToTwelveMatchesPublished() {
        SbgModel m = fitYears0To7(HIGH_END).model();
        double[] published = {0.460, 0.436, 0.414, 0.395, 0.378};
        for (int i = 0; i < published.length; i++) {
            assertThat(m.survival(8 + i)).as("year %d", 8 + i).isCloseTo(published[i], within(0.005));
        }
    }

    @Test
    void retentionRateIsTheRatioOfSuccessiveSurvival() {
        SbgModel m = new SbgModel(0.668, 3.806);
        for (int t = 1; t <= 12; t++) {
            assertThat(m.retentionRate(t)).isCloseTo(m.survival(t) / m.survival(t - 1), within(1e-12));
        }
    }

    @Test
    void discountedExpectedLifetimeEqualsDirectSum() {
        SbgModel m = new SbgModel(0.704, 1.182);
        double d = 0.10;
        double sum = 0;
        for (int t = 0; t < 5000; t++) {
            sum += m.survival(t) / Math.pow(1 + d, t);
        }
        assertThat(m.discountedExpectedLifetime(d)).isCloseTo(sum, within(1e-9));
    }

    @Test
    void discountedExpectedResidualLifetimeEqualsDirectSum() {
        SbgModel m = new SbgModel(0.668, 3.806);
        double d = 0.10;
        int renewals = 4;
        double sum = 0;
        // Fader & Hardie (2010): the payment at the pending renewal is not discounted, later ones are
        for (int j = renewals + 1; j < 5000; j++) {
            sum += m.survival(j) / m.survival(renewals) / Math.pow(1 + d, j - renewals - 1);
        }
        assertThat(m.discountedExpectedResidualLifetime(d, renewals)).isCloseTo(sum, within(1e-9));
    }

    @Test
    void cohortSizeIsTheCustomerCount() {
        assertThat(fitYears0To7(REGULAR).customers()).isEqualTo(1000);
    }
}
