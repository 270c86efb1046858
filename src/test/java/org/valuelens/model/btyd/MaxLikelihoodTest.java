package org.valuelens.model.btyd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class MaxLikelihoodTest {

    @Test
    void poissonRateEstimateAndStandardErrorMatchTheory() {
        // LL(lambda) = S ln(lambda) - n lambda: MLE S/n, standard error sqrt(lambda / n)
        double total = 150;
        int n = 60;
        MaxLikelihood.Estimate e = MaxLikelihood.maximise(p -> total * Math.log(p[0]) - n * p[0],
                List.of(new double[] {1.0}, new double[] {10.0}), new String[] {"lambda"});
        assertThat(e.params()[0]).isCloseTo(2.5, within(1e-6));
        assertThat(e.se()[0]).isCloseTo(Math.sqrt(2.5 / 60), within(1e-5));
        assertThat(e.converged()).isTrue();
    }

    @Test
    void flatDirectionGivesNanStandardErrorsAndAWarning() {
        // the second parameter does not enter the likelihood: singular Hessian
        MaxLikelihood.Estimate e = MaxLikelihood.maximise(p -> -(p[0] - 1) * (p[0] - 1),
                List.of(new double[] {2.0, 3.0}), new String[] {"a", "b"});
        assertThat(e.se()[0]).isNaN();
        assertThat(e.se()[1]).isNaN();
        assertThat(e.warnings()).anyMatch(w -> w.startsWith("Standard errors are unavailable"));
    }

    @Test
    void logSumExpIsStableForLargeArguments() {
        assertThat(MaxLikelihood.logSumExp(1000, 1000)).isCloseTo(1000 + Math.log(2), within(1e-12));
        assertThat(MaxLikelihood.logSumExp(Double.NEGATIVE_INFINITY, -5)).isEqualTo(-5);
    }

    @Test
    void chunkedSumEqualsPlainSum() {
        int n = 100_000;
        double plain = 0;
        for (int i = 0; i < n; i++) {
            plain += 1.0 / (i + 1);
        }
        assertThat(MaxLikelihood.sum(n, i -> 1.0 / (i + 1))).isCloseTo(plain, within(1e-9));
    }
}
