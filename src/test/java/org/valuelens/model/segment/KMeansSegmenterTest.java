package org.valuelens.model.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.valuelens.model.CustomerSummary;

class KMeansSegmenterTest {

    private final List<RealData.Line> lines = RealData.apparelLines();
    private final LocalDate end = RealData.lastDay(lines);
    private final List<CustomerSummary> apparel = RealData.summaries(lines, end);

    @Test
    void sameSeedTwiceGivesAnIdenticalResult() {
        KMeansResult a = KMeansSegmenter.at(end, 42L).segment(apparel);
        KMeansResult b = KMeansSegmenter.at(end, 42L).segment(apparel);
        assertThat(b).isEqualTo(a);
    }

    @Test
    void suggestedKComesFromTheHighestSilhouetteAmongTwoToEight() {
        KMeansResult r = KMeansSegmenter.at(end, 7L).segment(apparel);
        assertThat(r.kSuggested()).isTrue();
        assertThat(r.candidates()).extracting(KMeansResult.KCandidate::k).containsExactly(2, 3, 4, 5, 6, 7, 8);
        KMeansResult.KCandidate best = r.candidates().stream()
                .max((x, y) -> Double.compare(x.silhouette(), y.silhouette())).orElseThrow();
        assertThat(r.k()).isEqualTo(best.k());
        assertThat(r.candidates()).allMatch(c -> c.silhouette() >= -1 && c.silhouette() <= 1);
    }

    @Test
    void everyCustomerIsInExactlyOneClusterAndNamesAreUnique() {
        KMeansResult r = KMeansSegmenter.at(end, 1L).withK(6).segment(apparel);
        assertThat(r.assignments()).hasSize(apparel.size());
        assertThat(r.clusters().stream().mapToInt(ClusterProfile::customers).sum()).isEqualTo(apparel.size());
        assertThat(new HashSet<>(r.clusters().stream().map(ClusterProfile::name).toList()))
                .hasSize(r.clusters().size());
        int[] counted = new int[r.k()];
        r.assignments().forEach(a -> counted[a.cluster()]++);
        for (ClusterProfile p : r.clusters()) {
            assertThat(counted[p.index()]).isEqualTo(p.customers());
        }
    }

    @Test
    void eachCustomerSitsAtItsNearestCentroidInIndependentlyStandardisedSpace() {
        KMeansResult r = KMeansSegmenter.at(end, 3L).withK(4).segment(apparel);
        int n = apparel.size();
        double[][] z = new double[n][3];
        for (int i = 0; i < n; i++) {
            CustomerSummary c = apparel.get(i);
            int days = c.frequency() + 1;
            z[i][0] = Math.log(1 + ChronoUnit.DAYS.between(c.lastPurchase(), end));
            z[i][1] = Math.log(1 + days);
            z[i][2] = Math.log(1 + Math.max(0, c.revenue() / days));
        }
        for (int d = 0; d < 3; d++) {
            double mean = 0;
            for (double[] row : z) {
                mean += row[d] / n;
            }
            double var = 0;
            for (double[] row : z) {
                var += (row[d] - mean) * (row[d] - mean) / n;
            }
            for (double[] row : z) {
                row[d] = (row[d] - mean) / Math.sqrt(var);
            }
        }
        for (int i = 0; i < n; i++) {
            int own = r.assignments().get(i).cluster();
            double ownD = dist(z[i], r.clusters().get(own).centroidZ());
            for (ClusterProfile p : r.clusters()) {
                assertThat(ownD).isLessThanOrEqualTo(dist(z[i], p.centroidZ()) + 1e-9);
            }
        }
    }

    @Test
    void clusterWithTheMostRecentFrequentHighSpendCentroidIsNamedHighValueLoyal() {
        KMeansResult r = KMeansSegmenter.at(end, 11L).withK(8).segment(apparel);
        for (ClusterProfile p : r.clusters()) {
            List<Double> c = p.centroidZ();
            if (c.get(0) < 0 && c.get(1) > 0 && c.get(2) > 0) {
                assertThat(p.name()).startsWith("High value loyal");
            }
            if (c.get(0) >= 0 && c.get(1) <= 0 && c.get(2) <= 0) {
                assertThat(p.name()).startsWith("Lapsed low value");
            }
        }
    }

    private static double dist(double[] a, List<Double> b) {
        double s = 0;
        for (int d = 0; d < 3; d++) {
            s += (a[d] - b.get(d)) * (a[d] - b.get(d));
        }
        return s;
    }

    @Test
    void identicalCustomersEndInOneClusterEvenWhenMoreAreAskedFor() {
        List<CustomerSummary> same = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            same.add(new CustomerSummary("c" + i, end.minusDays(3), end.minusDays(3), null, 0, 0, 1, 0, 10, null, 1,
                    0, 0));
        }
        KMeansResult r = KMeansSegmenter.at(end, 5L).withK(3).segment(same);
        assertThat(r.clusters()).hasSize(1);
        assertThat(r.clusters().get(0).customers()).isEqualTo(5);
        assertThat(r.assignments()).allMatch(a -> a.cluster() == 0);
    }

    @Test
    void fixedKWithTheSameSeedIsReproducible() {
        KMeansResult a = KMeansSegmenter.at(end, 100L).withK(5).segment(apparel);
        KMeansResult b = KMeansSegmenter.at(end, 100L).withK(5).segment(apparel);
        assertThat(b.assignments()).isEqualTo(a.assignments());
        assertThat(b.clusters()).isEqualTo(a.clusters());
    }
}
