package org.valuelens.model.btyd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Checks the test-side CDNOW summary against BTYD's own cdnowSummary files and the published counts. */
class CdnowFixtureTest {

    private static List<String[]> csv(String resource) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                CdnowFixtureTest.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            r.readLine();
            String line;
            while ((line = r.readLine()) != null) {
                rows.add(line.replace("\"", "").split(","));
            }
        }
        return rows;
    }

    @Test
    void everyCustomerMatchesBtydCbs() throws IOException {
        CdnowFixture fx = CdnowFixture.load();
        List<String[]> cbs = csv("/data/btyd/cdnowSummary_cbs.csv");
        assertThat(cbs).hasSize(fx.size());
        for (int i = 0; i < cbs.size(); i++) {
            String[] row = cbs.get(i);
            assertThat(Integer.parseInt(row[0])).isEqualTo(i + 1);
            assertThat(fx.x[i]).as("x of customer %d", i + 1).isEqualTo(Integer.parseInt(row[1]));
            assertThat(fx.tx[i]).as("t.x of customer %d", i + 1).isCloseTo(Double.parseDouble(row[2]), within(1e-9));
            assertThat(fx.age[i]).as("T.cal of customer %d", i + 1).isCloseTo(Double.parseDouble(row[3]),
                    within(1e-9));
            assertThat(fx.xStar[i]).as("x.star of customer %d", i + 1).isEqualTo(Integer.parseInt(row[4]));
        }
    }

    @Test
    void meanRepeatSpendMatchesBtydMx() throws IOException {
        CdnowFixture fx = CdnowFixture.load();
        List<String[]> mx = csv("/data/btyd/cdnowSummary_m.x.csv");
        assertThat(mx).hasSize(fx.size());
        for (int i = 0; i < mx.size(); i++) {
            assertThat(fx.meanRepeatSpend[i]).as("m.x of customer %d", i + 1)
                    .isCloseTo(Double.parseDouble(mx.get(i)[0]), within(1e-6));
        }
    }

    @Test
    void customerCountAndFrequencyBucketsMatchPublished() {
        CdnowFixture fx = CdnowFixture.load();
        int[] buckets = new int[8];
        for (int v : fx.x) {
            buckets[CdnowFixture.bucket(v)]++;
        }
        assertThat(fx.size()).isEqualTo(2357);
        assertThat(buckets).containsExactly(1411, 439, 214, 100, 62, 38, 29, 64);
        assertThat(fx.calibration().repeatCustomers()).isEqualTo(946);
    }

    @Test
    void holdoutMeanByFrequencyMatchesPublishedActuals() {
        CdnowFixture fx = CdnowFixture.load();
        double[] sum = new double[8];
        int[] count = new int[8];
        for (int i = 0; i < fx.size(); i++) {
            int b = CdnowFixture.bucket(fx.x[i]);
            sum[b] += fx.xStar[i];
            count[b]++;
        }
        double[] published = {0.237, 0.697, 1.393, 1.560, 2.532, 2.947, 3.862, 6.359};
        for (int b = 0; b < 8; b++) {
            assertThat(sum[b] / count[b]).as("bucket %d", b).isCloseTo(published[b], within(1e-3));
        }
    }
}
