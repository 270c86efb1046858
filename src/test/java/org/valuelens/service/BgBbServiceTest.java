package org.valuelens.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** BG/BB on the BTYD donations table against Fader, Hardie &amp; Shang (2010) (see PUBLISHED.md). */
class BgBbServiceTest {

    private static String donations() throws IOException {
        try (InputStream in = BgBbServiceTest.class.getResourceAsStream(
                "/data/btyd/donationsSummary_rf.matrix.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void donationsTableGivesThePublishedParameters() throws IOException {
        List<BgBbService.Line> lines = BgBbService.parse(donations());
        BgBbReport r = new BgBbService().fit(lines, 5);
        assertThat(lines).hasSize(22);
        assertThat(r.customers()).isEqualTo(11_104);
        assertThat(r.fit().parameter("alpha")).isCloseTo(1.204, offset(0.005 * 1.204));
        assertThat(r.fit().parameter("beta")).isCloseTo(0.750, offset(0.005 * 0.750));
        assertThat(r.fit().parameter("gamma")).isCloseTo(0.657, offset(0.005 * 0.657));
        assertThat(r.fit().parameter("delta")).isCloseTo(2.783, offset(0.005 * 2.783));
        assertThat(r.fit().logLikelihood()).isCloseTo(-33225.58, within(0.05));
    }

    @Test
    void everyRowGetsAProbabilityAndTheProjectionGrows() throws IOException {
        BgBbReport r = new BgBbService().fit(BgBbService.parse(donations()), 5);
        assertThat(r.rows()).allSatisfy(row -> assertThat(row.pAlive()).isBetween(0.0, 1.0));
        assertThat(r.expected()).hasSize(5).isSorted();
        long sum = r.rows().stream().mapToLong(BgBbReport.Row::customers).sum();
        assertThat(sum).isEqualTo(r.customers());
    }

    @Test
    void anImpossibleHistoryIsRefusedByLineNumber() {
        assertThatThrownBy(() -> BgBbService.parse("x,t_x,n,customers\n6,6,6,1203\n3,2,6,10"))
                .isInstanceOf(ServiceException.class).hasMessageContaining("Line 3 (\"3,2,6,10\")");
    }

    @Test
    void aLineWithThreeNumbersIsRefused() {
        assertThatThrownBy(() -> BgBbService.parse("6,6,6"))
                .isInstanceOf(ServiceException.class).hasMessageContaining("Line 1").hasMessageContaining("four");
    }
}
