package org.valuelens.model.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.valuelens.model.CustomerSummary;

class QuadrantSegmenterTest {

    private final List<RealData.Line> lines = RealData.apparelLines();
    private final List<CustomerSummary> apparel = RealData.summaries(lines, RealData.lastDay(lines));

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : 0.5 * (s[n / 2 - 1] + s[n / 2]);
    }

    @Test
    void apparelQuadrantCountsMatchAnIndependentMedianSplit() {
        int n = apparel.size();
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = apparel.get(i).frequency();
            y[i] = apparel.get(i).revenue() * 0.4 / (apparel.get(i).frequency() + 1);
        }
        double mx = median(x);
        double my = median(y);
        int gold = 0;
        int meteor = 0;
        int stream = 0;
        double goldProfit = 0;
        double allProfit = 0;
        for (int i = 0; i < n; i++) {
            double profit = apparel.get(i).revenue() * 0.4;
            allProfit += profit;
            if (x[i] > mx && y[i] > my) {
                gold++;
                goldProfit += profit;
            } else if (y[i] > my) {
                meteor++;
            } else if (x[i] > mx) {
                stream++;
            }
        }
        QuadrantResult r = QuadrantSegmenter.defaults().withMargin(0.4).segment(apparel);
        assertThat(r.xThreshold()).isEqualTo(mx);
        assertThat(r.yThreshold()).isCloseTo(my, within(1e-9));
        assertThat(r.quadrant(Quadrant.GOLD).customers()).isEqualTo(gold);
        assertThat(r.quadrant(Quadrant.METEOR).customers()).isEqualTo(meteor);
        assertThat(r.quadrant(Quadrant.STREAM).customers()).isEqualTo(stream);
        assertThat(r.quadrant(Quadrant.BURDEN).customers()).isEqualTo(n - gold - meteor - stream);
        assertThat(r.quadrant(Quadrant.GOLD).profitShare()).isCloseTo(goldProfit / allProfit, within(1e-12));
    }

    @Test
    void everyCustomerHasExactlyOnePoint() {
        QuadrantResult r = QuadrantSegmenter.defaults().segment(apparel);
        assertThat(r.points()).hasSize(apparel.size());
        assertThat(r.quadrants().stream().mapToInt(QuadrantResult.Summary::customers).sum())
                .isEqualTo(apparel.size());
        assertThat(r.segmentByCustomer()).hasSize(apparel.size());
    }

    @Test
    void valueAtTheThresholdCountsAsLowAndCostIsUsedWhenKnown() {
        LocalDate d = LocalDate.of(2020, 1, 1);
        // x = 2 and y = (100 − 40) / 3 = 20: exactly at both thresholds → Burden.
        CustomerSummary atThreshold = new CustomerSummary("a", d, d.plusDays(10), null, 2, 1, 2, 0, 100, 40.0, 3,
                0, 0);
        CustomerSummary above = new CustomerSummary("b", d, d.plusDays(10), null, 3, 1, 2, 0, 100, 0.0, 4, 0, 0);
        QuadrantResult r = QuadrantSegmenter.defaults().withThresholds(2.0, 20.0).segment(List.of(atThreshold,
                above));
        assertThat(r.points().get(0).y()).isCloseTo(20.0, within(1e-12));
        assertThat(r.points().get(0).quadrant()).isEqualTo(Quadrant.BURDEN);
        assertThat(r.points().get(1).quadrant()).isEqualTo(Quadrant.GOLD);
        assertThat(r.quadrant(Quadrant.GOLD).action()).isEqualTo("Retain and reward.");
    }
}
