package org.valuelens.model.btyd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.special.Beta;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** BG/BB on the BTYD donations rf.matrix against Fader, Hardie &amp; Shang (2010). */
class BgBbFitterTest {

    private static FitResult<BgBbModel> fit;

    @BeforeAll
    static void fitDonations() throws IOException {
        List<long[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(BgBbFitterTest.class.getResourceAsStream(
                "/data/btyd/donationsSummary_rf.matrix.csv"), StandardCharsets.UTF_8))) {
            r.readLine();
            String line;
            while ((line = r.readLine()) != null) {
                String[] p = line.split(",");
                rows.add(new long[] {Long.parseLong(p[0]), Long.parseLong(p[1]), Long.parseLong(p[2]),
                    Long.parseLong(p[3])});
            }
        }
        int k = rows.size();
        int[] x = new int[k];
        int[] tx = new int[k];
        int[] n = new int[k];
        long[] c = new long[k];
        for (int i = 0; i < k; i++) {
            x[i] = (int) rows.get(i)[0];
            tx[i] = (int) rows.get(i)[1];
            n[i] = (int) rows.get(i)[2];
            c[i] = rows.get(i)[3];
        }
        fit = new BgBbFitter().fit(x, tx, n, c);
    }

    @Test
    void donorCountIs11104() {
        assertThat(fit.customers()).isEqualTo(11_104);
    }

    @Test
    void parametersMatchPublished() {
        assertThat(fit.parameter("alpha")).isCloseTo(1.204, offset(0.005 * 1.204));
        assertThat(fit.parameter("beta")).isCloseTo(0.750, offset(0.005 * 0.750));
        assertThat(fit.parameter("gamma")).isCloseTo(0.657, offset(0.005 * 0.657));
        assertThat(fit.parameter("delta")).isCloseTo(2.783, offset(0.005 * 2.783));
    }

    @Test
    void logLikelihoodMatchesPublished() {
        assertThat(fit.logLikelihood()).isCloseTo(-33225.58, within(0.05));
    }

    @Test
    void expectedTransactionsEqualMeanPTimesSummedSurvival() {
        BgBbModel m = fit.model();
        double sum = 0;
        for (int t = 1; t <= 5; t++) {
            sum += Math.exp(Beta.logBeta(m.gamma(), m.delta() + t) - Beta.logBeta(m.gamma(), m.delta()));
        }
        double expected = m.alpha() / (m.alpha() + m.beta()) * sum;
        assertThat(m.expectedTransactionsNewCustomer(5)).isCloseTo(expected, within(1e-10));
    }

    @Test
    void donorWhoGaveEveryYearIsMoreLikelyAliveThanOneWhoStopped() {
        BgBbModel m = fit.model();
        assertThat(m.probabilityAlive(6, 6, 6)).isGreaterThan(m.probabilityAlive(3, 3, 6)).isBetween(0.0, 1.0);
    }
}
