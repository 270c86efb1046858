package org.valuelens.model.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.valuelens.model.CustomerSummary;

class RfmScorerTest {

    private static final LocalDate END = RealData.CDNOW_END;
    private final List<CustomerSummary> cdnow = RealData.summaries(RealData.cdnowLines(), END);

    /** Independent score: 1 + floor(5 × (count strictly worse) / n), by a plain double loop. */
    private static int[] naiveScores(double[] v, boolean higherIsBetter) {
        int n = v.length;
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            int worse = 0;
            for (double w : v) {
                if (higherIsBetter ? w < v[i] : w > v[i]) {
                    worse++;
                }
            }
            out[i] = 1 + 5 * worse / n;
        }
        return out;
    }

    /** The documented table written again as if/else, on R and the mean of F and M rounded half up. */
    private static String naiveSegment(int r, int f, int m) {
        int fm = (int) Math.floor((f + m) / 2.0 + 0.5);
        if (r >= 4 && fm >= 4) {
            return "Champions";
        } else if (r == 3 && fm >= 4) {
            return "Loyal";
        } else if (r >= 4 && fm >= 2) {
            return "Potential loyalist";
        } else if (r == 5) {
            return "New";
        } else if (r == 4) {
            return "Promising";
        } else if (r == 3 && fm >= 2) {
            return "Need attention";
        } else if (r == 3) {
            return "About to sleep";
        } else if (fm == 5) {
            return "Can't lose";
        } else if (fm >= 3) {
            return "At risk";
        } else if (r == 2) {
            return "Hibernating";
        }
        return "Lost";
    }

    @Test
    void everyOneOf125ScoreCombinationsMatchesExactlyOneRule() {
        for (int r = 1; r <= 5; r++) {
            for (int f = 1; f <= 5; f++) {
                for (int m = 1; m <= 5; m++) {
                    int fm = RfmSegment.fmScore(f, m);
                    int matches = 0;
                    for (RfmSegment s : RfmSegment.values()) {
                        if (s.matches(r, fm)) {
                            matches++;
                        }
                    }
                    assertThat(matches).as("R=%d F=%d M=%d", r, f, m).isEqualTo(1);
                    assertThat(RfmSegment.of(r, f, m).label()).isEqualTo(naiveSegment(r, f, m));
                }
            }
        }
    }

    @Test
    void cdnowSegmentCountsMatchAnIndependentScoring() {
        int n = cdnow.size();
        double[] rec = new double[n];
        double[] freq = new double[n];
        double[] mon = new double[n];
        for (int i = 0; i < n; i++) {
            CustomerSummary c = cdnow.get(i);
            rec[i] = ChronoUnit.DAYS.between(c.lastPurchase(), END);
            freq[i] = c.frequency() + 1;
            mon[i] = c.revenue() / (c.frequency() + 1);
        }
        int[] r = naiveScores(rec, false);
        int[] f = naiveScores(freq, true);
        int[] m = naiveScores(mon, true);
        Map<String, Integer> expected = new java.util.HashMap<>();
        for (int i = 0; i < n; i++) {
            expected.merge(naiveSegment(r[i], f[i], m[i]), 1, Integer::sum);
        }

        RfmResult result = RfmScorer.at(END).score(cdnow);

        for (SegmentSummary s : result.segments()) {
            assertThat(s.customers()).as(s.name()).isEqualTo(expected.getOrDefault(s.name(), 0));
        }
        for (int i = 0; i < n; i++) {
            RfmScore s = result.scores().get(i);
            assertThat(new int[] {s.r(), s.f(), s.m()}).as(s.customerId()).containsExactly(r[i], f[i], m[i]);
        }
    }

    @Test
    void everyCdnowCustomerLandsInExactlyOneRfmSegment() {
        RfmResult result = RfmScorer.at(END).score(cdnow);
        int total = result.segments().stream().mapToInt(SegmentSummary::customers).sum();
        assertThat(total).isEqualTo(cdnow.size());
        assertThat(result.segmentByCustomer()).hasSize(cdnow.size());
        assertThat(result.segments()).hasSize(11);
    }

    @Test
    void equalValuesAlwaysGetTheSameScore() {
        RfmResult result = RfmScorer.at(END).score(cdnow);
        Map<Integer, Integer> scoreByFrequency = new java.util.HashMap<>();
        for (RfmScore s : result.scores()) {
            Integer previous = scoreByFrequency.putIfAbsent(s.frequency(), s.f());
            if (previous != null) {
                assertThat(s.f()).as("frequency %d", s.frequency()).isEqualTo(previous);
            }
        }
    }

    @Test
    void heavilyTiedFrequencyGivesAWarningNamingTheDimension() {
        // More than half of CDNOW buyers bought on one day only, so F cannot reach 5 distinct scores.
        RfmResult result = RfmScorer.at(END).score(cdnow);
        long oneTimers = cdnow.stream().filter(c -> c.frequency() == 0).count();
        assertThat(oneTimers).isGreaterThan(cdnow.size() / 2);
        assertThat(result.warnings()).anyMatch(w -> w.startsWith("Frequency has only"));
    }

    @Test
    void allEqualValuesGiveOneScoreAndThreeWarnings() {
        List<CustomerSummary> same = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            same.add(new CustomerSummary("c" + i, LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 1), null, 0, 0, 1,
                    0, 10.0, null, 1, 0, 0));
        }
        RfmResult result = RfmScorer.at(LocalDate.of(2020, 2, 1)).score(same);
        assertThat(result.scores()).allMatch(s -> s.r() == 1 && s.f() == 1 && s.m() == 1);
        assertThat(result.warnings()).hasSize(3);
    }

    @Test
    void distinctValuesGiveExactQuintiles() {
        List<CustomerSummary> ten = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ten.add(new CustomerSummary("c" + i, LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 1), null, i, 0, 1,
                    0, 10.0 * (i + 1), null, 1, 0, 0));
        }
        RfmResult result = RfmScorer.at(LocalDate.of(2020, 2, 1)).withMonetary(RfmScorer.Monetary.TOTAL_REVENUE)
                .score(ten);
        assertThat(result.scores().stream().mapToInt(RfmScore::f).toArray())
                .containsExactly(1, 1, 2, 2, 3, 3, 4, 4, 5, 5);
        assertThat(result.scores().stream().mapToInt(RfmScore::m).toArray())
                .containsExactly(1, 1, 2, 2, 3, 3, 4, 4, 5, 5);
    }

    @Test
    void overriddenActionIsCarriedIntoTheSummary() {
        Map<RfmSegment, String> o = new EnumMap<>(RfmSegment.class);
        o.put(RfmSegment.LOST, "Ignore.");
        RfmResult result = RfmScorer.at(END).withActions(o).score(cdnow);
        assertThat(result.segment(RfmSegment.LOST).action()).isEqualTo("Ignore.");
        assertThat(result.segment(RfmSegment.CHAMPIONS).action()).isEqualTo(RfmSegment.CHAMPIONS.defaultAction());
    }

    @Test
    void wholeNumberScoresMatchTheNaiveCountInBothDirections() {
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(7);
        double[] days = new double[3_000];
        for (int i = 0; i < days.length; i++) {
            days[i] = rnd.nextInt(-40, 400); // whole numbers with many ties, some negative
        }
        assertThat(RfmScorer.quintileScores(days, true)).containsExactly(naiveScores(days, true));
        assertThat(RfmScorer.quintileScores(days, false)).containsExactly(naiveScores(days, false));
    }

    @Test
    void fractionalAndWidelySpreadScoresMatchTheNaiveCount() {
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(8);
        double[] spend = new double[2_000];
        double[] wide = new double[2_000];
        for (int i = 0; i < spend.length; i++) {
            spend[i] = Math.round(rnd.nextDouble(0, 50) * 4) / 4.0; // quarters: ties, not whole numbers
            wide[i] = rnd.nextInt(3) * 1e8; // whole numbers too far apart to count
        }
        assertThat(RfmScorer.quintileScores(spend, true)).containsExactly(naiveScores(spend, true));
        assertThat(RfmScorer.quintileScores(wide, false)).containsExactly(naiveScores(wide, false));
    }
}
