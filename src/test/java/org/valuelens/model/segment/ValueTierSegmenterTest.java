package org.valuelens.model.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.valuelens.model.CustomerSummary;

class ValueTierSegmenterTest {

    private final List<CustomerSummary> cdnow = RealData.summaries(RealData.cdnowLines(), RealData.CDNOW_END);

    /** A CLV stand-in: revenue plus a small id-based term, so the test is independent of any CLV model. */
    private double[] clv() {
        double[] v = new double[cdnow.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = cdnow.get(i).revenue() * (1.0 + (Integer.parseInt(cdnow.get(i).customerId()) % 7) / 10.0);
        }
        return v;
    }

    @Test
    void defaultSharesSplitCdnowByRankAsAnIndependentSortDoes() {
        double[] clv = clv();
        ValueTierResult r = ValueTierSegmenter.defaults().segment(cdnow, clv);

        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < clv.length; i++) {
            idx.add(i);
        }
        idx.sort(Comparator.comparingDouble((Integer i) -> -clv[i]).thenComparing(i -> cdnow.get(i).customerId()));
        int n = clv.length;
        int high = (int) Math.floor(0.2 * n + 0.5);
        int highMedium = (int) Math.floor(0.5 * n + 0.5);
        double highRevenue = 0;
        double highClv = 0;
        double allClv = 0;
        for (int r2 = 0; r2 < n; r2++) {
            allClv += clv[idx.get(r2)];
            if (r2 < high) {
                highRevenue += cdnow.get(idx.get(r2)).revenue();
                highClv += clv[idx.get(r2)];
            }
        }
        assertThat(r.tier(ValueTier.HIGH).customers()).isEqualTo(high);
        assertThat(r.tier(ValueTier.MEDIUM).customers()).isEqualTo(highMedium - high);
        assertThat(r.tier(ValueTier.LOW).customers()).isEqualTo(n - highMedium);
        assertThat(r.tier(ValueTier.HIGH).revenue()).isCloseTo(highRevenue, within(1e-6));
        assertThat(r.tier(ValueTier.HIGH).clvShare()).isCloseTo(highClv / allClv, within(1e-12));
        assertThat(r.tier(ValueTier.HIGH).customerIds().get(0)).isEqualTo(cdnow.get(idx.get(0)).customerId());
    }

    @Test
    void everyCustomerLandsInExactlyOneTier() {
        ValueTierResult r = ValueTierSegmenter.defaults().segment(cdnow, clv());
        Set<String> seen = new HashSet<>();
        int total = 0;
        for (TierSummary t : r.tiers()) {
            total += t.customers();
            for (String id : t.customerIds()) {
                assertThat(seen.add(id)).as("customer %s in two tiers", id).isTrue();
            }
        }
        assertThat(total).isEqualTo(cdnow.size());
        assertThat(seen).hasSize(cdnow.size());
        assertThat(r.segmentByCustomer()).hasSize(cdnow.size());
    }

    @Test
    void fixedThresholdsCountCustomersAtOrAboveEachBound() {
        double[] clv = clv();
        ValueTierResult r = ValueTierSegmenter.defaults().withThresholds(100.0, 30.0).segment(cdnow, clv);
        int high = 0;
        int medium = 0;
        for (double v : clv) {
            if (v >= 100.0) {
                high++;
            } else if (v >= 30.0) {
                medium++;
            }
        }
        assertThat(r.tier(ValueTier.HIGH).customers()).isEqualTo(high);
        assertThat(r.tier(ValueTier.MEDIUM).customers()).isEqualTo(medium);
        assertThat(r.tier(ValueTier.LOW).customers()).isEqualTo(clv.length - high - medium);
    }

    @Test
    void equalClvValuesAreSplitByCustomerIdAtTheTierBoundary() {
        List<CustomerSummary> five = new ArrayList<>();
        for (String id : List.of("e", "c", "a", "d", "b")) {
            five.add(new CustomerSummary(id, LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 1), null, 0, 0, 1, 0,
                    10, null, 1, 0, 0));
        }
        ValueTierResult r = ValueTierSegmenter.defaults().withShares(0.4, 0.2).segment(five, new double[5]);
        assertThat(r.tier(ValueTier.HIGH).customerIds()).containsExactly("a", "b");
        assertThat(r.tier(ValueTier.MEDIUM).customerIds()).containsExactly("c");
    }

    @Test
    void clvGivenByIdGivesTheSameTiersAsTheAlignedArray() {
        double[] clv = clv();
        Map<String, Double> byId = new HashMap<>();
        for (int i = 0; i < clv.length; i++) {
            byId.put(cdnow.get(i).customerId(), clv[i]);
        }
        assertThat(ValueTierSegmenter.defaults().segment(cdnow, byId))
                .isEqualTo(ValueTierSegmenter.defaults().segment(cdnow, clv));
    }

    @Test
    void callerCanOverrideOneActionAndKeepTheOthers() {
        ValueTierResult r = ValueTierSegmenter.defaults().withActions(Map.of(ValueTier.LOW, "Do nothing."))
                .segment(cdnow, clv());
        assertThat(r.tier(ValueTier.LOW).action()).isEqualTo("Do nothing.");
        assertThat(r.tier(ValueTier.HIGH).action()).isEqualTo(ValueTier.HIGH.defaultAction());
    }

    @Test
    void longRunsOfEqualClvAreRankedByCustomerIdAsABoxedSortDoes() {
        double[] v = new double[cdnow.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = i % 3; // three runs of about 800 customers each
        }
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < v.length; i++) {
            expected.add(i);
        }
        expected.sort(Comparator.comparingDouble((Integer i) -> -v[i])
                .thenComparing(i -> cdnow.get(i).customerId()));
        assertThat(ValueTierSegmenter.rankOrder(cdnow, v)).containsExactly(
                expected.stream().mapToInt(Integer::intValue).toArray());
    }

    @Test
    void radixOrderMatchesABoxedSortOnSignedValuesWithTiesAndSignedZeros() {
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(3);
        double[] v = new double[5_000];
        for (int i = 0; i < v.length; i++) {
            v[i] = switch (i % 5) {
                case 0 -> -0.0;
                case 1 -> 0.0;
                case 2 -> Math.round(rnd.nextDouble(-100, 100)); // whole numbers, many ties
                default -> rnd.nextDouble(-1e6, 1e6) * rnd.nextDouble(); // wide spread, both signs
            };
        }
        for (boolean descending : new boolean[] {false, true}) {
            List<Integer> expected = new ArrayList<>();
            for (int i = 0; i < v.length; i++) {
                expected.add(i);
            }
            // Double.compare orders -0.0 before 0.0: compare v + 0.0 so that they tie, as the segmenters do
            Comparator<Integer> byValue = (a, b) -> Double.compare(v[a] + 0.0, v[b] + 0.0);
            expected.sort((descending ? byValue.reversed() : byValue).thenComparingInt(i -> i));
            assertThat(Shares.sortedIndices(v, descending)).containsExactly(
                    expected.stream().mapToInt(Integer::intValue).toArray());
        }
    }
}
