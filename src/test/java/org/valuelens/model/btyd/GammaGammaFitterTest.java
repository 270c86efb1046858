package org.valuelens.model.btyd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Gamma-Gamma on CDNOW mean repeat spend against PUBLISHED.md (Fader &amp; Hardie 2013, CLVTools, lifetimes). */
class GammaGammaFitterTest {

    private static FitResult<GammaGammaModel> fit;

    @BeforeAll
    static void fitCdnow() {
        CdnowFixture fx = CdnowFixture.load();
        fit = new GammaGammaFitter().fit(fx.x, fx.meanRepeatSpend);
    }

    @Test
    void parametersMatchPublishedToTwoDecimals() {
        assertThat(fit.parameter("p")).isCloseTo(6.25, offset(0.005 * 6.25));
        assertThat(fit.parameter("q")).isCloseTo(3.74, offset(0.005 * 3.74));
        assertThat(fit.parameter("gamma")).isCloseTo(15.44, offset(0.005 * 15.44));
    }

    @Test
    void logLikelihoodMatchesClvTools() {
        assertThat(fit.logLikelihood()).isCloseTo(-4055.92, within(0.1));
    }

    @Test
    void preparedLikelihoodEqualsTheSumOfIndividualTerms() {
        // Fader & Hardie (2013) eq. 3 per customer, summed directly
        int[] x = {1, 2, 2, 7, 30};
        double[] m = {12.5, 40.0, 3.25, 18.0, 27.75};
        double p = 6.1;
        double q = 3.7;
        double g = 15.4;
        double expected = 0;
        for (int i = 0; i < x.length; i++) {
            expected += org.apache.commons.math3.special.Gamma.logGamma(p * x[i] + q)
                    - org.apache.commons.math3.special.Gamma.logGamma(p * x[i])
                    - org.apache.commons.math3.special.Gamma.logGamma(q) + q * Math.log(g)
                    + (p * x[i] - 1) * Math.log(m[i]) + p * x[i] * Math.log(x[i])
                    - (p * x[i] + q) * Math.log(g + x[i] * m[i]);
        }
        assertThat(new GammaGammaFitter.SpendData(x, m).logLikelihood(new double[] {p, q, g}))
                .isCloseTo(expected, within(1e-9 * Math.abs(expected)));
    }

    @Test
    void fitsOnlyThe946RepeatCustomersAndSaysWhy() {
        assertThat(fit.customers()).isEqualTo(946);
        assertThat(fit.warnings()).anyMatch(w -> w.contains("excluded 1411 one-time buyers"));
    }

    @Test
    void meanExpectedSpendMatchesPublishedAndObserved() {
        CdnowFixture fx = CdnowFixture.load();
        double expected = 0;
        double observed = 0;
        int n = 0;
        for (int i = 0; i < fx.size(); i++) {
            if (fx.x[i] > 0) {
                expected += fit.model().expectedSpend(fx.x[i], fx.meanRepeatSpend[i]);
                observed += fx.meanRepeatSpend[i];
                n++;
            }
        }
        assertThat(observed / n).isCloseTo(35.08, within(0.005));
        assertThat(expected / n).isCloseTo(35.25, offset(0.005 * 35.25));
    }

    @Test
    void oneTimeBuyerGetsPopulationMean() {
        GammaGammaModel m = new GammaGammaModel(6.25, 3.74, 15.44);
        assertThat(m.expectedSpend(0, 0)).isCloseTo(6.25 * 15.44 / 2.74, within(1e-12));
    }

    @Test
    void warnsWhenFrequencyAndSpendAreCorrelated() {
        int[] x = {1, 2, 3, 4, 5, 6, 7, 8};
        double[] m = {10, 12, 15, 14, 20, 22, 25, 30};
        FitResult<GammaGammaModel> r = new GammaGammaFitter().fit(x, m);
        assertThat(r.warnings()).anyMatch(w -> w.startsWith("Frequency and mean spend are correlated"));
    }

    @Test
    void noCorrelationWarningOnCdnow() {
        // CDNOW's frequency/spend correlation is small (Fader & Hardie 2013 report 0.11)
        assertThat(fit.warnings()).noneMatch(w -> w.startsWith("Frequency and mean spend are correlated"));
    }
}
